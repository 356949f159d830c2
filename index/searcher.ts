/** @module `search(query, {k, filter})`: tokenizes, expands, asks the store, and returns paragraphs. */
import { cleanLabel, normaliseLabel, type Paragraph, type ScoredParagraph, type SearchFilter } from '../core/index.js';
import { documentVector, queryVector } from './bm25.js';
import type { AliasTable } from './alias-table.js';
import type { Embedder } from './embedder.js';
import type { IndexedParagraph, ReportStore } from './report-store.js';
import type { IndexSnapshot } from './snapshot.js';
import type { Tokenizer } from './tokenizer.js';

export interface SearchOptions {
  k?: number;
  filter?: SearchFilter;
}

export interface Searcher {
  search(query: string, options?: SearchOptions): Promise<ScoredParagraph[]>;
  paragraph(id: string): Paragraph | undefined;
  /** Paragraphs `span` either side of `id` in the same document, in order, `id` included. */
  neighbours(id: string, span?: number): Paragraph[];
}

/**
 * What a paragraph is found by: its text, its Chinese original, and for rows of a table the context
 * they are read with (caption, column headings) and the synonym table's names for their labels
 * ("Purchases of property, plant and equipment" is found by "capital expenditure").
 */
export function searchableText(paragraph: Paragraph): string {
  const text = paragraph.original ? `${paragraph.text}\n${paragraph.original}` : paragraph.text;
  const table = paragraph.table;
  if (!table) return text;
  const names = table.rows.map((row) => normaliseLabel(row.label).label).filter((label, i) => label !== cleanLabel(table.rows[i]!.label));
  return [text, table.caption ?? '', table.columns.map((column) => column.text ?? '').join(' '), ...new Set(names)].filter(Boolean).join('\n');
}

/** Points for a store, with BM25 document weights against this collection's average length. */
export function buildPoints(snapshot: IndexSnapshot, tokenizer: Tokenizer, aliases: AliasTable): IndexedParagraph[] {
  const read = snapshot.paragraphs.map((paragraph) => readParagraph(paragraph, tokenizer, aliases));
  return assemblePoints(snapshot, read);
}

/**
 * `buildPoints` that hands the thread back every few milliseconds: a server opening a freshly
 * rebuilt index keeps answering health checks and questions from the old one meanwhile.
 */
export async function buildPointsInSlices(snapshot: IndexSnapshot, tokenizer: Tokenizer, aliases: AliasTable, sliceMs = 15): Promise<IndexedParagraph[]> {
  const read: { terms: string[]; entities: string[] }[] = [];
  let sliceStart = performance.now();
  for (const paragraph of snapshot.paragraphs) {
    read.push(readParagraph(paragraph, tokenizer, aliases));
    if (performance.now() - sliceStart > sliceMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  return assemblePoints(snapshot, read);
}

function readParagraph(paragraph: Paragraph, tokenizer: Tokenizer, aliases: AliasTable) {
  const text = searchableText(paragraph);
  return { terms: tokenizer.terms(text), entities: aliases.ids(text) };
}

function assemblePoints(snapshot: IndexSnapshot, read: { terms: string[]; entities: string[] }[]): IndexedParagraph[] {
  const dates = new Map(snapshot.documents.map((document) => [document.docId, document.date]));
  const averageLength = read.reduce((sum, item) => sum + item.terms.length, 0) / Math.max(read.length, 1);
  return snapshot.paragraphs.map((paragraph, i) => {
    const dense = snapshot.embeddings?.vectors[paragraph.id];
    return {
      paragraph,
      date: dates.get(paragraph.docId) ?? null,
      entities: read[i]!.entities,
      sparse: documentVector(read[i]!.terms, averageLength),
      ...(dense ? { dense } : {}),
    };
  });
}

export function createSearcher(deps: { snapshot: IndexSnapshot; store: ReportStore; tokenizer: Tokenizer; embedder?: Embedder | undefined }): Searcher {
  const byId = new Map(deps.snapshot.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const byDoc = new Map<string, Paragraph[]>();
  for (const paragraph of deps.snapshot.paragraphs) {
    const list = byDoc.get(paragraph.docId);
    if (list) list.push(paragraph);
    else byDoc.set(paragraph.docId, [paragraph]);
  }
  const canUseDense = Boolean(deps.embedder && deps.snapshot.embeddings);

  return {
    async search(query, options = {}) {
      const k = options.k ?? 5;
      const dense = canUseDense ? await deps.embedder!.embedQuery(query) : undefined;
      const hits = await deps.store.search({ sparse: queryVector(deps.tokenizer.terms(query)), limit: k, ...(dense ? { dense } : {}), ...(options.filter ? { filter: options.filter } : {}) });
      return hits.flatMap((hit) => {
        const paragraph = hit.paragraph ?? byId.get(hit.id);
        return paragraph ? [{ paragraph, score: hit.score }] : [];
      });
    },
    paragraph: (id) => byId.get(id),
    neighbours(id, span = 1) {
      const paragraph = byId.get(id);
      if (!paragraph) return [];
      const siblings = byDoc.get(paragraph.docId) ?? [];
      return siblings.filter((sibling) => Math.abs(sibling.n - paragraph.n) <= span);
    },
  };
}
