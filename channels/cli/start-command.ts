/** @module `npm start`: serves the API and the web chat on PORT (default 8787). */
import { parseArgs } from 'node:util';
import { startNodeServer } from '../http/node.js';
import { configFrom, ingestWith, loggerFor, openIndexFor, type CliIo } from './context.js';

export async function startCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { host: { type: 'string' } } });
  const config = configFrom(io);
  const { url, close } = await startNodeServer({
    config,
    openIndex: () => openIndexFor(config, io),
    reindex: () => ingestWith(config, io, { quiet: true }),
    log: loggerFor(config, io),
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
