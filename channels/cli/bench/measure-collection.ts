/** @module One collection: ingest time, index memory, search and full-answer latency, and a peer engine on the same queries. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { answer } from '../../../agent/index.js';
import { createMemoryStore, openIndex, searchableText, type OpenIndex } from '../../../index/index.js';
import { readSnapshotFile } from '../../../index/snapshot-file.js';
import { extractFactsForIngest, runIngest } from '../../../ingest/index.js';
import { loadGoldQuestions } from '../../../evals/index.js';
import { timed, type Percentiles } from './percentiles.js';

export const QUERIES = ['Alibaba 380 billion', '阿里巴巴 3800亿', 'Tencent fourth quarter capital expenditure', '月之暗面', 'GPU export controls Nvidia', '字节跳动 豆包 API'];

export interface CollectionFigures {
  collection: string;
  files: number;
  rawMegabytes: number;
  paragraphs: number;
  facts: number;
  ingestSeconds: number;
  paragraphsPerSecond: number;
  openSeconds: number;
  indexMegabytes: number | null;
  search: Percentiles;
  answer: Percentiles;
  peerSearch: Percentiles;
}

const heapUsed = () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

export async function measureCollection(name: string, reportsDir: string, dataDir: string): Promise<{ figures: CollectionFigures; index: OpenIndex }> {
  const names = await readdir(reportsDir);
  let bytes = 0;
  for (const file of names) bytes += (await stat(join(reportsDir, file))).size;
  const ingestStarted = performance.now();
  const summary = await runIngest({ reportsDir, dataDir, store: createMemoryStore(), extractFacts: extractFactsForIngest, rebuild: true });
  const ingestSeconds = (performance.now() - ingestStarted) / 1000;
  // Memory held by the loaded index: the parsed snapshot (text, facts) plus the search structures.
  const before = heapUsed();
  const snapshot = await readSnapshotFile(dataDir);
  const openStarted = performance.now();
  const index = await openIndex(snapshot);
  const openSeconds = (performance.now() - openStarted) / 1000;
  const after = heapUsed();

  const search = await timed(QUERIES.length * 20, (i) => index.searcher.search(QUERIES[i % QUERIES.length]!, { k: 5 }));
  const questions = loadGoldQuestions();
  // Warm-up: the first fact lookup builds its term cache once per index.
  for (const question of questions.slice(0, 3)) await answer(question.messages, { index });
  const answerLatency = await timed(questions.length, (i) => answer(questions[i]!.messages, { index }));

  // The peer a user might pick instead: MiniSearch over the same paragraphs, same queries.
  const peer = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: [] });
  peer.addAll(snapshot.paragraphs.map((paragraph) => ({ id: paragraph.id, text: searchableText(paragraph) })));
  const peerSearch = await timed(QUERIES.length * 20, (i) => peer.search(QUERIES[i % QUERIES.length]!).slice(0, 5));

  return {
    index,
    figures: {
      collection: name, files: names.length, rawMegabytes: Number((bytes / 1e6).toFixed(2)), paragraphs: summary.paragraphs, facts: summary.facts,
      ingestSeconds: Number(ingestSeconds.toFixed(2)), paragraphsPerSecond: Math.round(summary.paragraphs / ingestSeconds),
      openSeconds: Number(openSeconds.toFixed(2)),
      indexMegabytes: before !== undefined && after !== undefined ? Number(((after - before) / 1e6).toFixed(1)) : null,
      search, answer: answerLatency, peerSearch,
    },
  };
}
