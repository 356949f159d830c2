/**
 * @module Ingest on a worker thread, so the HTTP server keeps answering (health checks, questions
 * from the old snapshot) while a reindex or the first build reads every report.
 */
import { open } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { BaogaoError, type BaogaoErrorCode, type Config } from '../../core/index.js';
import type { OpenIndex } from '../../index/index.js';
import { snapshotPath } from '../../index/snapshot-file.js';
import { INGEST_VERSION, type IngestSummary } from '../../ingest/index.js';
import { openIndexFor, type CliIo } from './context.js';

export interface IngestThreadOptions {
  rebuild?: boolean;
  log?: (message: string) => void;
}

type ThreadMessage =
  | { type: 'log'; text: string }
  | { type: 'done'; summary: IngestSummary }
  | { type: 'failed'; error: { code: BaogaoErrorCode; message: string; field: string | undefined } };

/**
 * Compiled (dist/cli, what `npm start` runs) the entry is JavaScript. From source (tests, tsx),
 * tsx's loader hooks do not reach worker threads on Node 20, so the thread starts as a line of
 * JavaScript that imports the entry through tsx's own `tsImport`.
 */
function createIngestWorker(workerData: unknown): Worker {
  if (import.meta.url.endsWith('.js')) return new Worker(new URL('./ingest-thread-entry.js', import.meta.url), { workerData });
  const entry = new URL('./ingest-thread-entry.ts', import.meta.url);
  const tsx = import.meta.resolve?.('tsx/esm/api') ?? 'tsx/esm/api';
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** Runs `ingestWith` for this environment on a worker thread; resolves with its summary. */
export function ingestInThread(env: Record<string, string | undefined>, options: IngestThreadOptions = {}): Promise<IngestSummary> {
  return new Promise((resolve, reject) => {
    const worker = createIngestWorker({ env: { ...env }, rebuild: options.rebuild ?? false });
    let settled = false;
    const settle = (outcome: () => void) => { if (!settled) { settled = true; outcome(); } };
    worker.on('message', (message: ThreadMessage) => {
      if (message.type === 'log') options.log?.(message.text.trimEnd());
      else if (message.type === 'done') settle(() => resolve(message.summary));
      else settle(() => reject(new BaogaoError(message.error.code, { message: message.error.message, ...(message.error.field ? { field: message.error.field } : {}) })));
    });
    // A crash or an out-of-memory in the thread ends the ingest, not the server.
    worker.on('error', (cause) => settle(() => reject(new BaogaoError('internal', { message: `ingest thread failed: ${cause.message}`, cause }))));
    worker.on('exit', (code) => settle(() => reject(new BaogaoError('internal', { message: `ingest thread exited with code ${code} before finishing` }))));
  });
}

/** Reads only the head of the snapshot: the ingest version sits in its first few dozen bytes. */
async function snapshotIsCurrent(dataDir: string): Promise<boolean> {
  const file = await open(snapshotPath(dataDir)).catch(() => undefined);
  if (!file) return false;
  try {
    const { buffer, bytesRead } = await file.read({ buffer: Buffer.alloc(512), position: 0 });
    return buffer.subarray(0, bytesRead).toString('utf8').match(/"ingestVersion":"([^"]*)"/)?.[1] === INGEST_VERSION;
  } catch {
    // A directory or an unreadable file: openIndexFor reports it properly.
    return true;
  } finally {
    await file.close();
  }
}

/**
 * Opens the index for the server: a missing or outdated snapshot is built on a worker thread
 * first, so the server answers /healthz (and /readyz says "not yet") meanwhile. A snapshot that
 * looks current but fails its checksum is still rebuilt by `openIndexFor`, in process.
 */
export async function openIndexOffThread(config: Config, io: CliIo, log?: (message: string) => void): Promise<OpenIndex> {
  if (!(await snapshotIsCurrent(config.dataDir))) await ingestInThread(io.env, log ? { log } : {});
  return openIndexFor(config, io);
}
