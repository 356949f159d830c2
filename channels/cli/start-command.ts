/** @module `npm start`: serves the API and the web chat on PORT (default 8787). */
import { parseArgs } from 'node:util';
import { startNodeServer } from '../http/node.js';
import { listReports } from '../../ingest/index.js';
import { configFrom, loggerFor, type CliIo } from './context.js';
import { ingestInThread, openIndexOffThread } from './ingest-thread.js';

export async function startCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { host: { type: 'string' } } });
  const config = configFrom(io);
  // A missing reports folder is one line and a non-zero exit, before anything listens.
  await listReports(config.reportsDir);
  const log = loggerFor(config, io);
  const { url, close } = await startNodeServer({
    config,
    // Builds and reindexes run on a worker thread: the server answers throughout.
    openIndex: () => openIndexOffThread(config, io, log),
    reindex: () => ingestInThread(io.env, { log }),
    log,
    hostname: values.host ?? '127.0.0.1',
  });
  io.stdout(`Baogao is listening on ${url} — web chat at ${url}/, API docs at ${url}/docs\n`);
  // The server keeps the process alive; this command returns only when it is stopped.
  return new Promise<number>((resolve) => {
    const stop = () => void close().then(() => resolve(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
