/** @module `npm run bench [-- --scale 100] [--http-seconds 30] [--soak-seconds 0] [--json]`: figures printed and saved, nothing asserted. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { listReports } from '../../ingest/index.js';
import { measureColdStart } from './bench/cold-start.js';
import { measureCollection, type CollectionFigures } from './bench/measure-collection.js';
import { measureHttp } from './bench/measure-http.js';
import { measureLongInput } from './bench/measure-long-input.js';
import { runSoak, soakTable, soakTargets } from './bench/soak.js';
import { configFrom, type CliIo } from './context.js';
import { parseFlags } from './options-error.js';
import { writeSyntheticReports } from './synthetic-reports.js';

const flagsSchema = z.object({
  scale: z.coerce.number().int().min(1).max(1000).default(100),
  'http-seconds': z.coerce.number().int().min(0).max(600).default(30),
  'soak-seconds': z.coerce.number().int().min(0).max(3600).default(0),
  json: z.boolean().default(false),
});

function table(headers: string[], rows: (string | number)[][]): string {
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

export async function benchCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { scale: { type: 'string' }, 'http-seconds': { type: 'string' }, 'soak-seconds': { type: 'string' }, json: { type: 'boolean' } } });
  const flags = parseFlags(flagsSchema, values);
  const config = configFrom(io);
  await listReports(config.reportsDir);
  const work = await mkdtemp(join(tmpdir(), 'baogao-bench-'));
  try {
    io.stderr('measuring the reports (1x)…\n');
    const base = await measureCollection('reports (1x)', config.reportsDir, join(work, 'data-1'));
    io.stderr(`generating and measuring a ${flags.scale}x synthetic collection…\n`);
    await writeSyntheticReports(config.reportsDir, join(work, 'synthetic'), flags.scale);
    const scaled = await measureCollection(`synthetic (${flags.scale}x)`, join(work, 'synthetic'), join(work, 'data-n'));
    if (flags['http-seconds'] > 0) io.stderr(`load test: 50 connections, ${flags['http-seconds']} s per route, loopback…\n`);
    const http = flags['http-seconds'] > 0 ? await measureHttp(base.index, flags['http-seconds']) : [];
    if (flags['soak-seconds'] > 0) io.stderr(`soak: valid and hostile requests together for ${flags['soak-seconds']} s, loopback…\n`);
    const soak = flags['soak-seconds'] > 0 ? await runSoak(base.index, flags['soak-seconds']) : undefined;
    io.stderr('ingest of long input (a 100 KB paragraph, a 4 MB line)…\n');
    const longInput = await measureLongInput(work);
    io.stderr('CLI cold start: 5 runs per command…\n');
    const coldStart = measureColdStart(io.env);
    const rows: CollectionFigures[] = [base.figures, scaled.figures];
    const targets = [
      { target: 'offline answer p95 < 20 ms at 1x', value: `${base.figures.answer.p95} ms`, met: base.figures.answer.p95 < 20 },
      { target: `offline answer p95 < 100 ms at ${flags.scale}x`, value: `${scaled.figures.answer.p95} ms`, met: scaled.figures.answer.p95 < 100 },
      { target: 'zero errors under the load run', value: http.length ? `${http.reduce((sum, h) => sum + h.errors + h.non2xx, 0)} errors` : 'not run', met: http.length > 0 && http.every((h) => h.errors + h.non2xx === 0) },
      { target: 'CLI cold start median < 1 s (ask, calc, search, facts)', value: `${Math.max(...coldStart.slice(1).map((c) => c.medianMs))} ms at most (node -e 0: ${coldStart[0]!.medianMs} ms)`, met: coldStart.slice(1).every((c) => c.medianMs < 1000) },
      ...soakTargets(longInput, soak),
      ...rows.map((row) => ({ target: `index memory < 5x raw text (${row.collection})`, value: row.indexMegabytes === null ? 'needs --expose-gc' : `${(row.indexMegabytes / row.rawMegabytes).toFixed(1)}x (${row.indexMegabytes} MB for ${row.rawMegabytes} MB)`, met: row.indexMegabytes !== null && row.indexMegabytes < 5 * row.rawMegabytes })),
    ];
    const result = { at: new Date().toISOString(), node: process.version, scale: flags.scale, collections: rows, http, longInput, soak, coldStart, targets };
    await mkdir(join(config.dataDir, 'bench'), { recursive: true });
    const file = join(config.dataDir, 'bench', `bench-${result.at.replace(/[:.]/g, '-')}.json`);
    await writeFile(file, JSON.stringify(result, null, 2));
    if (flags.json) {
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    io.stdout(`${table(['collection', 'files', 'raw MB', 'paragraphs', 'facts', 'ingest s', '¶/s', 'open s', 'index MB'], rows.map((r) => [r.collection, r.files, r.rawMegabytes, r.paragraphs, r.facts, r.ingestSeconds, r.paragraphsPerSecond, r.openSeconds, r.indexMegabytes ?? '—']))}\n\n`);
    io.stdout(`${table(['collection', 'search p50/p95/p99 ms', 'MiniSearch p50/p95/p99 ms', 'ours ÷ MiniSearch (p50)', 'answer p50/p95/p99 ms'], rows.map((r) => [r.collection, `${r.search.p50} / ${r.search.p95} / ${r.search.p99}`, `${r.peerSearch.p50} / ${r.peerSearch.p95} / ${r.peerSearch.p99}`, (r.search.p50 / Math.max(r.peerSearch.p50, 0.001)).toFixed(2), `${r.answer.p50} / ${r.answer.p95} / ${r.answer.p99}`]))}\n\n`);
    if (http.length) io.stdout(`${table(['route', 'connections', 's', 'req/s', 'latency p50 ms', 'p99 ms', 'errors', 'non-2xx'], http.map((h) => [h.route, h.connections, h.seconds, h.requestsPerSecond, h.latencyP50, h.latencyP99, h.errors, h.non2xx]))}\n\n`);
    io.stdout(`${table(['long input', 'bytes', 'ingest s', 'paragraphs', 'facts', 'skipped'], longInput.map((l) => [l.input, l.bytes, l.seconds, l.paragraphs, l.facts, l.skipped]))}\n\n`);
    if (soak) io.stdout(`${table(['soak request', 'kind', 'sent', 'statuses', 'errors', 'unexpected', 'p50 / p99 ms'], soakTable(soak))}\n\nsoak: ${soak.requests} requests in ${soak.seconds} s at ${soak.concurrency} concurrent, ${soak.errors} errors, ${soak.unexpected} unexpected, p99 ${soak.latency.p99} ms (max ${soak.latency.max}); /healthz ${soak.healthz.checks} checks, ${soak.healthz.failures} failed, p99 ${soak.healthz.p99} ms, max ${soak.healthz.max} ms; RSS ${soak.rssMegabytes.before} → ${soak.rssMegabytes.after} MB, heap ${soak.heapMegabytes.before} → ${soak.heapMegabytes.after} MB\n\n`);
    io.stdout(`${table(['cold start (node … exit)', 'median ms', 'runs ms'], coldStart.map((c) => [c.command, c.medianMs, c.runs.join(' ')]))}\n\n`);
    io.stdout(`${table(['target', 'measured', 'met'], targets.map((t) => [t.target, t.value, t.met ? 'yes' : 'no']))}\n\nLangChain's in-memory vector store is not compared: it needs dense vectors, and none exist without an embeddings endpoint.\nsaved ${file}\n`);
    return 0;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
