/**
 * @module Retrieval on a collection nobody here wrote: FinanceBench's open-source sample, one document
 * per distinct evidence page, queried with each question through the same tokenizer and BM25 store.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { BaogaoError, type Paragraph } from '../core/index.js';
import { buildPoints, createAliasTable, createMemoryStore, createTokenizer, queryVector, SNAPSHOT_VERSION, type IndexSnapshot } from '../index/index.js';
import { retrievalScores, type RetrievalScores } from './retrieval-metrics.js';

const rowSchema = z.object({
  financebench_id: z.string(),
  question: z.string(),
  evidence: z.array(z.object({ doc_name: z.string(), evidence_page_num: z.number(), evidence_text_full_page: z.string() })).min(1),
});

/** The published plain-BM25 reference figures for this page-level collection. */
export const FINANCEBENCH_BM25_BASELINE = { hitAt1: 0.22, hitAt5: 0.407, hitAt10: 0.5 };

/** The page-text scores at the top level (the shape), the variants beside them. */
export interface FinanceBenchResult extends RetrievalScores {
  pages: number;
  /** Page text only. */
  pageText: RetrievalScores;
  /** Page text plus the filing's name ("3M 2018 10K") indexed with each page, as a title field. */
  withTitle: RetrievalScores;
  baseline: typeof FINANCEBENCH_BM25_BASELINE;
}

export async function loadFinanceBench(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new BaogaoError('not_found', { message: `FinanceBench sample not found at ${path} (set FINANCEBENCH_PATH)`, field: 'FINANCEBENCH_PATH', cause });
  }
  return text.split('\n').filter((line) => line.trim()).map((line, i) => {
    const parsed = rowSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new BaogaoError('invalid_input', { message: `FinanceBench line ${i + 1}: ${parsed.error.issues[0]?.message}`, field: 'FINANCEBENCH_PATH' });
    return parsed.data;
  });
}

async function score(rows: Awaited<ReturnType<typeof loadFinanceBench>>, withTitle: boolean): Promise<{ pages: number; scores: RetrievalScores }> {
  const pages = new Map<string, Paragraph>();
  for (const row of rows) {
    for (const evidence of row.evidence) {
      const id = `${evidence.doc_name}#p${evidence.evidence_page_num}`;
      const title = evidence.doc_name.replace(/_/g, ' ');
      if (!pages.has(id)) pages.set(id, { id, docId: evidence.doc_name, n: evidence.evidence_page_num, section: withTitle ? title : null, sectionKind: 'body', text: withTitle ? `${title}\n${evidence.evidence_text_full_page}` : evidence.evidence_text_full_page, lang: 'en' });
    }
  }
  const snapshot: IndexSnapshot = { version: SNAPSHOT_VERSION, ingestVersion: 'financebench', createdAt: new Date(0).toISOString(), documents: [], paragraphs: [...pages.values()], aliases: [], facts: [] };
  const aliases = createAliasTable([]);
  const tokenizer = createTokenizer(aliases);
  const store = createMemoryStore();
  await store.sync(buildPoints(snapshot, tokenizer, aliases), { removedDocIds: [], rebuild: true });
  const rankings: string[][] = [];
  for (const row of rows) rankings.push((await store.search({ sparse: queryVector(tokenizer.terms(row.question)), limit: 10 })).map((hit) => hit.id));
  return { pages: pages.size, scores: retrievalScores(rankings, rows.map((row) => new Set(row.evidence.map((e) => `${e.doc_name}#p${e.evidence_page_num}`)))) };
}

export async function runFinanceBench(path: string): Promise<FinanceBenchResult> {
  const rows = await loadFinanceBench(path);
  const plain = await score(rows, false);
  const titled = await score(rows, true);
  return { ...plain.scores, pages: plain.pages, pageText: plain.scores, withTitle: titled.scores, baseline: FINANCEBENCH_BM25_BASELINE };
}
