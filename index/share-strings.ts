/**
 * @module Sharing the snapshot's repeated strings after it is parsed. `JSON.parse` gives every occurrence
 * of a document id, paragraph id, entity or unit its own copy, and every fact carries a copy of the
 * sentence it came from; at 100× that is a fifth of the index's memory. Equal strings are made one
 * string, and a fact's quote is taken from its paragraph's text (V8 keeps such a slice as a view of
 * the paragraph, not a copy). Values are unchanged: only which string objects hold them.
 */
import type { Fact, Paragraph } from '../core/index.js';
import type { IndexSnapshot } from './snapshot.js';

/** Longer strings are sentences and paragraphs, almost never repeated: pooling them only costs. */
const POOLED_MAX_LENGTH = 200;

type Pool = Map<string, string>;

function pooled(pool: Pool, value: string): string {
  if (value.length > POOLED_MAX_LENGTH) return value;
  const shared = pool.get(value);
  if (shared !== undefined) return shared;
  pool.set(value, value);
  return value;
}

/** Replaces every short string field of a plain record, and of the plain records inside it, with the pool's. */
function shareFields(pool: Pool, record: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string') record[key] = pooled(pool, value);
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) shareFields(pool, value as Record<string, unknown>);
  }
}

function quoteFromParagraph(fact: Fact, paragraph: Paragraph | undefined): string {
  const at = paragraph ? paragraph.text.indexOf(fact.quote) : -1;
  return at < 0 ? fact.quote : paragraph!.text.slice(at, at + fact.quote.length);
}

/** Mutates and returns `snapshot`; call it once, right after parsing, before anything holds its strings. */
export function shareRepeatedStrings(snapshot: IndexSnapshot): IndexSnapshot {
  const pool: Pool = new Map();
  const paragraphsById = new Map<string, Paragraph>();
  for (const paragraph of snapshot.paragraphs) {
    shareFields(pool, paragraph as unknown as Record<string, unknown>);
    paragraphsById.set(paragraph.id, paragraph);
  }
  for (const fact of snapshot.facts) {
    shareFields(pool, fact as unknown as Record<string, unknown>);
    fact.quote = quoteFromParagraph(fact, paragraphsById.get(fact.paragraphId));
  }
  return snapshot;
}
