/**
 * @module The worker-thread side of `ingestInThread`: runs the same ingest as `npm run ingest`
 * and posts back its summary or its error (as plain data: errors do not cross threads intact).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { BaogaoError } from '../../core/index.js';
import { configFrom, ingestWith, type CliIo } from './context.js';

interface IngestThreadInput {
  env: Record<string, string | undefined>;
  rebuild: boolean;
}

const input = workerData as IngestThreadInput;
const io: CliIo = {
  env: input.env,
  stdout: () => {},
  // Warnings (an LLM fact-extraction tally, a skipped file) go to the parent's log.
  stderr: (text) => parentPort!.postMessage({ type: 'log', text }),
  interactive: false,
};

try {
  const summary = await ingestWith(configFrom(io), io, { rebuild: input.rebuild, quiet: true });
  parentPort!.postMessage({ type: 'done', summary });
} catch (error) {
  const known = BaogaoError.from(error);
  parentPort!.postMessage({ type: 'failed', error: { code: known.code, message: known.message, field: known.field } });
}
