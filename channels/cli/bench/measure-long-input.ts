/**
 * @module Ingest time for input shaped to hurt: one 100 KB paragraph of figures and a 4 MB file
 * on one line. Ingest must stay linear in input size (issue 16), so these are bench figures.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createMemoryStore } from '../../../index/index.js';
import { extractFactsForIngest, runIngest } from '../../../ingest/index.js';

export interface LongInputFigures {
  input: string;
  bytes: number;
  seconds: number;
  paragraphs: number;
  facts: number;
  skipped: number;
}

/** Sentences full of amounts, periods and names: the shape that once took minutes per paragraph. */
export function paragraphOfFigures(chars: number): string {
  let text = '';
  for (let i = 0; text.length < chars; i++) {
    text += `Alibaba's capital expenditure reached ${(30 + (i % 50) / 7).toFixed(3)} billion yuan in Q${1 + (i % 4)} ${2020 + (i % 6)}, up ${(i % 90) + 3}% year on year, while Tencent spent 3800亿元 on ${(i % 7) + 2},000 GPUs. `;
  }
  return text.slice(0, chars);
}

export async function measureLongInput(work: string): Promise<LongInputFigures[]> {
  const inputs = [
    { input: 'one 100 KB paragraph', text: `Caixin\nFigures\nJun. 23, 2025\n\n${paragraphOfFigures(100 * 1024)}\n` },
    { input: 'a 4 MB file on one line', text: paragraphOfFigures(4 * 1024 * 1024) },
  ];
  const figures: LongInputFigures[] = [];
  for (const [n, { input, text }] of inputs.entries()) {
    const reportsDir = join(work, `long-input-${n}`);
    await mkdir(reportsDir, { recursive: true });
    await writeFile(join(reportsDir, 'report.txt'), text);
    const started = performance.now();
    const summary = await runIngest({ reportsDir, dataDir: join(work, `long-input-data-${n}`), store: createMemoryStore(), extractFacts: extractFactsForIngest });
    figures.push({
      input, bytes: Buffer.byteLength(text), seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
      paragraphs: summary.paragraphs, facts: summary.facts, skipped: summary.skipped.length,
    });
  }
  return figures;
}
