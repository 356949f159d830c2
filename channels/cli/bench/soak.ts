/**
 * @module `npm run bench -- --soak-seconds N`: a bounded loopback soak. Workers send the mix in
 * `soak-requests.ts` (valid and hostile, at the same time) while a poller times /healthz; the
 * figures are errors, unexpected statuses, p99 per kind and the process RSS before and after.
 */
import { loadConfig } from '../../../core/index.js';
import type { OpenIndex } from '../../../index/index.js';
import { startNodeServer } from '../../http/node.js';
import type { LongInputFigures } from './measure-long-input.js';
import { percentiles, type Percentiles } from './percentiles.js';
import { SOAK_REQUESTS, type SoakRequest } from './soak-requests.js';

export interface SoakKindFigures {
  kind: string;
  hostile: boolean;
  requests: number;
  /** 5xx, dropped connections and timeouts. */
  errors: number;
  /** Handled, but not with a status this kind should get. */
  unexpected: number;
  statuses: Record<string, number>;
  latency: Percentiles;
}

export interface SoakFigures {
  seconds: number;
  concurrency: number;
  requests: number;
  errors: number;
  unexpected: number;
  latency: Percentiles & { max: number };
  kinds: SoakKindFigures[];
  healthz: { checks: number; failures: number; p99: number; max: number };
  /** The whole process (server and soak client share it); after a GC when --expose-gc is on. */
  rssMegabytes: { before: number; after: number };
  heapMegabytes: { before: number; after: number };
}

const REQUEST_TIMEOUT_MS = 15_000;
const megabytes = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1));

function settleMemory(): { rss: number; heap: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heap: heapUsed };
}

async function send(url: string, request: SoakRequest): Promise<{ status: number | 'error'; ms: number }> {
  const started = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  try {
    const response = await fetch(`${url}${request.path}`, { ...request.init, signal: controller.signal });
    if (request.disconnect && response.body) {
      const reader = response.body.getReader();
      await reader.read();
      await reader.cancel();
    } else {
      await response.arrayBuffer();
    }
    return { status: response.status, ms: performance.now() - started };
  } catch {
    return { status: 'error', ms: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

export async function runSoak(index: OpenIndex, seconds: number, concurrency = 16): Promise<SoakFigures> {
  // The soak measures the server under hostile load, not the rate limiter; the admin route is on so its refusals are exercised.
  const config = loadConfig({ RATE_LIMIT_PER_MINUTE: '100000', ADMIN_TOKEN: 'soak-admin-token-never-sent' });
  const server = await startNodeServer({ config, openIndex: async () => index, port: 0, log: () => {} });
  const samples = new Map<string, { request: SoakRequest; ms: number[]; statuses: Record<string, number> }>();
  for (const request of SOAK_REQUESTS) samples.set(request.kind, { request, ms: [], statuses: {} });
  const health: number[] = [];
  let healthFailures = 0;
  try {
    await server.ready();
    // One warm-up round, so the RSS before is the server's working size, not its cold start.
    for (const request of SOAK_REQUESTS) await send(server.url, request);
    const before = settleMemory();
    const deadline = performance.now() + seconds * 1000;
    const worker = async (offset: number) => {
      for (let i = offset; performance.now() < deadline; i += concurrency) {
        const request = SOAK_REQUESTS[i % SOAK_REQUESTS.length]!;
        const { status, ms } = await send(server.url, request);
        const entry = samples.get(request.kind)!;
        entry.ms.push(ms);
        entry.statuses[String(status)] = (entry.statuses[String(status)] ?? 0) + 1;
      }
    };
    const poller = async () => {
      while (performance.now() < deadline) {
        const { status, ms } = await send(server.url, { kind: 'healthz', hostile: false, path: '/healthz', expect: [200] });
        health.push(ms);
        if (status !== 200) healthFailures++;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    await Promise.all([...Array.from({ length: concurrency }, (_, n) => worker(n)), poller()]);
    const after = settleMemory();
    const kinds = [...samples.values()].map(({ request, ms, statuses }): SoakKindFigures => {
      const errors = Object.entries(statuses).filter(([status]) => status === 'error' || Number(status) >= 500).reduce((sum, [, n]) => sum + n, 0);
      const handled = Object.entries(statuses).filter(([status]) => request.expect.includes(Number(status))).reduce((sum, [, n]) => sum + n, 0);
      return { kind: request.kind, hostile: request.hostile, requests: ms.length, errors, unexpected: ms.length - handled - errors, statuses, latency: percentiles(ms) };
    });
    const all = kinds.flatMap((kind) => samples.get(kind.kind)!.ms);
    return {
      seconds, concurrency,
      requests: all.length,
      errors: kinds.reduce((sum, kind) => sum + kind.errors, 0),
      unexpected: kinds.reduce((sum, kind) => sum + kind.unexpected, 0),
      latency: { ...percentiles(all), max: Number(Math.max(0, ...all).toFixed(1)) },
      kinds,
      healthz: { checks: health.length, failures: healthFailures, p99: percentiles(health).p99, max: Number(Math.max(0, ...health).toFixed(1)) },
      rssMegabytes: { before: megabytes(before.rss), after: megabytes(after.rss) },
      heapMegabytes: { before: megabytes(before.heap), after: megabytes(after.heap) },
    };
  } finally {
    await server.close();
  }
}

export function soakTable(figures: SoakFigures): string[][] {
  return figures.kinds.map((kind) => [
    kind.kind, kind.hostile ? 'hostile' : 'valid', String(kind.requests),
    Object.entries(kind.statuses).map(([status, n]) => `${status}×${n}`).join(' '),
    String(kind.errors), String(kind.unexpected), `${kind.latency.p50} / ${kind.latency.p99}`,
  ]);
}

/** The bench's pass/fail lines for issue 16: long input ingests in time, and the soak loses nothing. */
export function soakTargets(longInput: LongInputFigures[], soak: SoakFigures | undefined) {
  const [paragraph, line] = longInput;
  return [
    { target: 'ingest of one 100 KB paragraph < 1 s', value: `${paragraph?.seconds} s`, met: (paragraph?.seconds ?? Infinity) < 1 },
    { target: '4 MB one-line file split or skipped in seconds (< 30 s)', value: `${line?.seconds} s (${line?.paragraphs} paragraphs, ${line?.skipped} skipped)`, met: (line?.seconds ?? Infinity) < 30 },
    {
      target: 'soak: no 5xx, drops or unexpected statuses; /healthz answered throughout',
      value: soak ? `${soak.errors} errors, ${soak.unexpected} unexpected, /healthz max ${soak.healthz.max} ms` : 'not run (--soak-seconds)',
      met: soak !== undefined && soak.errors === 0 && soak.unexpected === 0 && soak.healthz.failures === 0,
    },
  ];
}
