/** @module `npm run eval [-- --agent offline|llm] [--only kind] [--json] [--min-correctness 0.9] [--no-financebench]` */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createChatModel } from '../../agent/index.js';
import { BaogaoError } from '../../core/index.js';
import { loadGoldQuestions, runEvals, writeReport } from '../../evals/index.js';
import { configFrom, openIndexFor, type CliIo } from './context.js';
import { parseFlags } from './options-error.js';

const KINDS = ['figure', 'multi', 'calculation', 'comparison', 'conflict', 'list', 'dates_people', 'chinese', 'followup', 'refusal', 'adversarial'] as const;
const flagsSchema = z.object({
  agent: z.enum(['offline', 'llm']).default('offline'),
  only: z.enum(KINDS).optional(),
  json: z.boolean().default(false),
  'min-correctness': z.coerce.number().min(0).max(1).optional(),
  'no-financebench': z.boolean().default(false),
});

export async function evalCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { agent: { type: 'string' }, only: { type: 'string' }, json: { type: 'boolean' }, 'min-correctness': { type: 'string' }, 'no-financebench': { type: 'boolean' } } });
  const flags = parseFlags(flagsSchema, values);
  const config = configFrom(io);
  if (flags.agent === 'llm' && !config.openai) throw new BaogaoError('invalid_input', { message: '--agent llm needs OPENAI_API_KEY (and OPENAI_BASE_URL / OPENAI_MODEL for other providers)', field: 'agent' });
  const questions = loadGoldQuestions().filter((question) => !flags.only || question.kind === flags.only);
  const index = await openIndexFor(config, io);
  const summary = await runEvals({
    index, questions,
    model: flags.agent === 'llm' && config.openai ? createChatModel(config.openai) : undefined,
    financeBenchPath: flags['no-financebench'] ? undefined : config.financeBenchPath,
    onProgress: (done, total, id, ok, ms) => io.stderr(`[${String(done).padStart(3)}/${total}] ${ok ? 'ok  ' : 'FAIL'} ${id} ${ms.toFixed(1)} ms\n`),
  });
  const report = await writeReport(summary, config.evalReportsDir);
  if (flags.json) io.stdout(`${JSON.stringify({ ...summary, failures: summary.failures.map((failure) => failure.id) }, null, 2)}\n`);
  else {
    io.stdout(`correct ${summary.correct}/${summary.total} (${(summary.correctness * 100).toFixed(1)}%), correct and cited ${(summary.correctAndCited * 100).toFixed(1)}%, grounded ${(summary.citations.grounded * 100).toFixed(1)}%\n`);
    io.stdout(`retrieval gold hit@1 ${(summary.retrieval.gold.hitAt1 * 100).toFixed(1)}% hit@5 ${(summary.retrieval.gold.hitAt5 * 100).toFixed(1)}% MRR ${summary.retrieval.gold.mrr.toFixed(3)}\n`);
    const fb = summary.retrieval.financebench;
    if (fb) io.stdout(`FinanceBench hit@1/5/10 ${(fb.pageText.hitAt1 * 100).toFixed(1)}/${(fb.pageText.hitAt5 * 100).toFixed(1)}/${(fb.pageText.hitAt10 * 100).toFixed(1)}% (plain BM25 ${(fb.baseline.hitAt1 * 100).toFixed(1)}/${(fb.baseline.hitAt5 * 100).toFixed(1)}/${(fb.baseline.hitAt10 * 100).toFixed(1)}%)\n`);
    io.stdout(`latency p50 ${summary.latency.p50} ms, p95 ${summary.latency.p95} ms\nreport: ${report.html}\n`);
  }
  const floor = flags['min-correctness'];
  if (floor !== undefined && summary.correctness < floor) {
    io.stderr(`correctness ${summary.correctness} is below the required ${floor}\n`);
    return 1;
  }
  return 0;
}
