/** @module `npm run facts -- [--entity Alibaba] [--metric capex] [--period "Q4 2024"] [--query text] [--k 20] [--json]` */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { METRICS } from '../../core/index.js';
import { lookupFacts } from '../../tools/index.js';
import { configFrom, openIndexFor, type CliIo } from './context.js';
import { parseFlags } from './options-error.js';

/** The most facts one lookup returns; `test/cli-options.test.ts` checks it against the tool's own schema. */
export const FACTS_K_MAX = 50;

const flagsSchema = z.object({
  entity: z.string().optional(),
  metric: z.enum(METRICS).optional(),
  period: z.string().optional(),
  query: z.string().optional(),
  doc: z.string().optional(),
  // lookup_facts returns at most FACTS_K_MAX facts (tools/lookup-facts.ts): more is refused, not cut.
  k: z.coerce.number().int().min(1).max(FACTS_K_MAX, 'one lookup returns at most that many facts').default(30),
  json: z.boolean().default(false),
});

export async function factsCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args, strict: true,
    options: { entity: { type: 'string' }, metric: { type: 'string' }, period: { type: 'string' }, query: { type: 'string' }, doc: { type: 'string' }, k: { type: 'string' }, json: { type: 'boolean' } },
  });
  const flags = parseFlags(flagsSchema, values);
  const index = await openIndexFor(configFrom(io), io);
  const result = lookupFacts(index, {
    k: flags.k,
    ...(flags.entity ? { entity: flags.entity } : {}), ...(flags.metric ? { metric: flags.metric } : {}),
    ...(flags.period ? { period: flags.period } : {}), ...(flags.query ? { query: flags.query } : {}), ...(flags.doc ? { docId: flags.doc } : {}),
  });
  if (flags.json) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  if (!result.facts.length) io.stdout('No facts match.\n');
  const rows = result.facts.map((fact) => [
    fact.entity ?? '—', fact.metric, fact.text,
    fact.period.text ?? '—', `${fact.publisher ?? fact.docId} ${fact.asOf ?? 'undated'}`, `${fact.docId}#p${fact.paragraph}${fact.disputed ? ' (disputed)' : ''}`,
  ]);
  const header = ['entity', 'metric', 'value', 'period', 'source', 'paragraph'];
  const widths = header.map((title, i) => Math.min(40, Math.max(title.length, ...rows.map((row) => row[i]!.length))));
  const line = (cells: string[]) => cells.map((cell, i) => cell.slice(0, widths[i]).padEnd(widths[i]!)).join('  ');
  io.stdout(`${line(header)}\n${line(widths.map((width) => '-'.repeat(width)))}\n${rows.map(line).join('\n')}\n`);
  for (const conflict of result.conflicts) io.stdout(`\nconflict: ${conflict.entity} ${conflict.metric} ${conflict.period}: ${conflict.factIds.join(' vs ')}\n`);
  return 0;
}
