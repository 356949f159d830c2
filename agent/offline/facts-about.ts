/**
 * @module The facts that may be about a company: its own, its units' (a subsidiary's figure speaks for its
 * parent), and those whose sentence names it. Indexed once per snapshot, so filling a calculation's operand
 * weighs these instead of every fact in the collection; in snapshot order, so ties fall as they did.
 */
import type { Fact } from '../../core/index.js';
import type { OpenIndex } from '../../index/index.js';
import { figureWithItem } from '../phrases.js';

const built = new WeakMap<object, Map<string, Fact[]>>();
const namedInQuotes = new WeakMap<object, Map<string, string[]>>();
const countedTermsMemo = new WeakMap<object, Map<string, string[]>>();

function memoFor(memos: WeakMap<object, Map<string, string[]>>, index: OpenIndex): Map<string, string[]> {
  let memo = memos.get(index.snapshot);
  if (!memo) memos.set(index.snapshot, (memo = new Map()));
  return memo;
}

/** The entities a fact's sentence names (`aliases.ids`), found once per sentence: every lookup of a question weighs the same facts. */
export function idsNamedIn(index: OpenIndex, quote: string): string[] {
  const memo = memoFor(namedInQuotes, index);
  let ids = memo.get(quote);
  if (!ids) memo.set(quote, (ids = index.aliases.ids(quote)));
  return ids;
}

/** The terms of the words right after a fact's figure ("developers" in "2 million developers"), the noun it counts; tokenized once per fact. */
export function countedTerms(index: OpenIndex, fact: Fact): string[] {
  const memo = memoFor(countedTermsMemo, index);
  const key = `${fact.text}\u0000${fact.quote}`;
  let terms = memo.get(key);
  if (!terms) memo.set(key, (terms = index.tokenizer.terms(figureWithItem(fact).slice(fact.text.length))));
  return terms;
}

function indexFor(index: OpenIndex): Map<string, Fact[]> {
  let byEntity = built.get(index.snapshot);
  if (!byEntity) {
    byEntity = new Map();
    for (const fact of index.snapshot.facts) {
      const about = new Set(idsNamedIn(index, fact.quote));
      if (fact.entity) {
        about.add(fact.entity);
        const parent = index.aliases.get(fact.entity)?.parent;
        if (parent) about.add(parent);
      }
      for (const id of about) {
        const list = byEntity.get(id);
        if (list) list.push(fact);
        else byEntity.set(id, [fact]);
      }
    }
    built.set(index.snapshot, byEntity);
  }
  return byEntity;
}

/** Every fact that is the company's own, its direct unit's, or names it (`aliases.ids` of the sentence). */
export function factsAbout(index: OpenIndex, entityId: string): readonly Fact[] {
  return indexFor(index).get(entityId) ?? [];
}
