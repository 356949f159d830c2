/** @module `npm run ingest [-- --rebuild] [--json]` */
import { parseArgs } from 'node:util';
import { configFrom, ingestWith, type CliIo } from './context.js';

export async function ingestCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' }, rebuild: { type: 'boolean' } }, strict: true });
  const config = configFrom(io);
  const summary = await ingestWith(config, io, { rebuild: values.rebuild ?? false, quiet: values.json ?? false });
  if (values.json) {
    io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `Indexed ${summary.documents} documents, ${summary.paragraphs} paragraphs (${summary.pairs} bilingual pairs), ${summary.facts} facts in ${summary.seconds}s`,
    `  built: ${summary.built.length}, unchanged: ${summary.unchanged.length}, removed: ${summary.removed.length}, store: ${summary.store}`,
    `  snapshot: ${summary.snapshotPath}`,
    ...summary.skipped.map((skip) => `  skipped ${skip.file}: ${skip.reason}`),
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
