/** @module `npm run calc -- "expression" [--operand name=value …] [--rate USD/CNY=7.2 …] [--json]` */
import { BaogaoError } from '../../core/index.js';
import { capexCalculator } from '../../tools/index.js';
import { configFrom, openIndexFor, type CliIo } from './context.js';
import { parseCommandLine } from './parse-command-line.js';

function pairs(list: string[] | undefined, flag: string): [string, string][] {
  return (list ?? []).map((entry) => {
    const at = entry.indexOf('=');
    if (at <= 0) throw new BaogaoError('invalid_input', { message: `--${flag} takes name=value, got "${entry}"`, field: flag });
    return [entry.slice(0, at).trim(), entry.slice(at + 1).trim()];
  });
}

export async function calcCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, { operand: { type: 'string', multiple: true }, rate: { type: 'string', multiple: true }, json: { type: 'boolean' } });
  const expression = positionals.join(' ').trim();
  if (!expression) throw new BaogaoError('invalid_input', { message: 'calc needs an expression: npm run calc -- "prior_from_growth(36.578e9, 386%)"', field: 'expression' });
  const rates = Object.fromEntries(pairs(values.rate, 'rate').map(([pair, rate]) => {
    const value = Number(rate);
    if (!Number.isFinite(value) || value <= 0) throw new BaogaoError('invalid_input', { message: `--rate ${pair} needs a positive number`, field: 'rate' });
    return [pair, value];
  }));
  const operands = Object.fromEntries(pairs(values.operand, 'operand').map(([name, value]) => [name, value]));
  const index = await openIndexFor(configFrom(io), io);
  const result = capexCalculator(index.snapshot.facts, { expression, operands, rates });
  if (values.json) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  io.stdout(`${result.result.english}  (${result.result.chinese})\n`);
  result.steps.forEach((step, i) => io.stdout(`  ${i + 1}. ${step.expression} = ${step.result}\n`));
  for (const operand of result.operands.filter((o) => o.factId)) io.stdout(`  ${operand.name}: ${operand.text} — ${operand.paragraphId}: "${operand.quote}"\n`);
  for (const rate of result.rates) io.stdout(`  rate ${rate.from}/${rate.to} = ${rate.rate} (${rate.source}${rate.asOf ? `, ${rate.asOf}` : ''})\n`);
  return 0;
}
