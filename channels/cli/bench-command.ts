/** @module `npm run bench`: prints figures (asserts nothing) and saves them as JSON for comparing runs. */
import { mkdir, mkdtemp, rm, stat, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createMemoryStore, openIndex } from '../../index/index.js';
import { readSnapshotFile } from '../../index/snapshot-file.js';
import { listReports, runIngest } from '../../ingest/index.js';
import { configFrom, type CliIo } from './context.js';
import { writeSyntheticReports } from './synthetic-reports.js';

interface Row {
  collection: string;
  files: number;
  megabytes: number;
  paragraphs: number;
  ingestSeconds: number;
  paragraphsPerSecond: number;
  openSeconds: number;
  searchP50Ms: number;
  searchP95Ms: number;
}

const QUERIES = ['Alibaba 380 billion', '阿里巴巴 3800亿', 'Tencent fourth quarter capital expenditure', '月之暗面', 'GPU export controls Nvidia', '字节跳动 豆包 API'];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(collection: string, reportsDir: string, dataDir: string): Promise<Row> {
  const files = (await readdir(reportsDir)).length;
  let bytes = 0;
  for (const name of await readdir(reportsDir)) bytes += (await stat(join(reportsDir, name))).size;
  const started = performance.now();
  const summary = await runIngest({ reportsDir, dataDir, store: createMemoryStore(), rebuild: true });
  const ingestSeconds = (performance.now() - started) / 1000;
  const opened = performance.now();
  const { searcher } = await openIndex(await readSnapshotFile(dataDir));
  const openSeconds = (performance.now() - opened) / 1000;
  const timings: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const query of QUERIES) {
      const t = performance.now();
      await searcher.search(query, { k: 5 });
      timings.push(performance.now() - t);
    }
  }
  return {
    collection, files, megabytes: Number((bytes / 1e6).toFixed(2)), paragraphs: summary.paragraphs,
    ingestSeconds: Number(ingestSeconds.toFixed(2)), paragraphsPerSecond: Math.round(summary.paragraphs / ingestSeconds),
    openSeconds: Number(openSeconds.toFixed(2)),
    searchP50Ms: Number(percentile(timings, 50).toFixed(2)), searchP95Ms: Number(percentile(timings, 95).toFixed(2)),
  };
}

export async function benchCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { scale: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
  const scale = Math.max(1, Math.min(1000, Number(values.scale ?? 100) || 100));
  const config = configFrom(io);
  await listReports(config.reportsDir);
  const work = await mkdtemp(join(tmpdir(), 'baogao-bench-'));
  try {
    const rows: Row[] = [await measure('reports (1x)', config.reportsDir, join(work, 'data-1'))];
    io.stderr(`generating a ${scale}x synthetic collection…\n`);
    await writeSyntheticReports(config.reportsDir, join(work, 'synthetic'), scale);
    rows.push(await measure(`synthetic (${scale}x)`, join(work, 'synthetic'), join(work, 'data-n')));
    const result = { at: new Date().toISOString(), node: process.version, rows, ratio: { ingestSeconds: rows[1]!.ingestSeconds / rows[0]!.ingestSeconds, searchP95: rows[1]!.searchP95Ms / rows[0]!.searchP95Ms } };
    await mkdir(join(config.dataDir, 'bench'), { recursive: true });
    const file = join(config.dataDir, 'bench', `ingest-${result.at.replace(/[:.]/g, '-')}.json`);
    await writeFile(file, JSON.stringify(result, null, 2));
    if (values.json) {
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    const headers = Object.keys(rows[0]!) as (keyof Row)[];
    io.stdout(`| ${headers.join(' | ')} |\n|${headers.map(() => '---').join('|')}|\n`);
    for (const row of rows) io.stdout(`| ${headers.map((header) => row[header]).join(' | ')} |\n`);
    io.stdout(`\n${scale}x / 1x: ingest ${result.ratio.ingestSeconds.toFixed(1)}x time, search p95 ${result.ratio.searchP95.toFixed(1)}x\nsaved ${file}\n`);
    return 0;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
