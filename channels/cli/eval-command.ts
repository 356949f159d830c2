/** @module `npm run eval [-- --gold FILE] [--split heldout|dev|train] [--agent offline,llm] [--judge llm] [--baseline PATH] [--answers-out PATH] [--only kind] [--json] [--min-correctness 0.9] [--no-financebench]` */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createChatModel } from '../../agent/index.js';
import { BaogaoError, type Config } from '../../core/index.js';
import {
  answerQuestions, createAnswersWriter, diffRuns, findPreviousRun, judgeAnswers, loadDefaultQuestions, readQuestionFile, readSavedRun,
  renderConsoleSummary, runFinanceBench, SPLITS, summariseRun, writeAgentComparison, writeReport, type EvalSummary, type GoldQuestion, type Split,
} from '../../evals/index.js';
import { configFrom, openIndexFor, type CliIo } from './context.js';
import { parseFlags } from './options-error.js';

const AGENTS = ['offline', 'llm'] as const;
const flagsSchema = z.object({
  gold: z.string().min(1).optional(),
  split: z.enum(SPLITS).optional(),
  agent: z.string().default('offline')
    .refine((text) => text.split(',').every((name) => (AGENTS as readonly string[]).includes(name.trim())), 'use offline, llm or offline,llm')
    .transform((text) => [...new Set(text.split(',').map((name) => name.trim() as (typeof AGENTS)[number]))]),
  judge: z.enum(['llm']).optional(),
  baseline: z.string().min(1).optional(),
  'answers-out': z.string().min(1).optional(),
  only: z.string().min(1).optional(),
  json: z.boolean().default(false),
  'min-correctness': z.coerce.number().min(0).max(1).optional(),
  'no-financebench': z.boolean().default(false),
});
type Flags = z.infer<typeof flagsSchema>;

const OPTIONS = {
  gold: { type: 'string' }, split: { type: 'string' }, agent: { type: 'string' }, judge: { type: 'string' }, baseline: { type: 'string' },
  'answers-out': { type: 'string' }, only: { type: 'string' }, json: { type: 'boolean' }, 'min-correctness': { type: 'string' }, 'no-financebench': { type: 'boolean' },
} as const;

function needsModel(config: Config, flag: string): NonNullable<Config['openai']> {
  if (!config.openai) throw new BaogaoError('invalid_input', { message: `--${flag} llm needs OPENAI_API_KEY (and OPENAI_BASE_URL / OPENAI_MODEL for other providers)`, field: flag });
  return config.openai;
}

function loadQuestions(flags: Flags, from: string): GoldQuestion[] {
  const questions = flags.gold ? readQuestionFile(resolve(from, flags.gold), { defaultSplit: 'heldout' }) : loadDefaultQuestions();
  if (!flags.only) return questions;
  const picked = questions.filter((question) => question.kind === flags.only);
  if (!picked.length) throw new BaogaoError('invalid_input', { message: `--only: no question of kind "${flags.only}" (kinds: ${[...new Set(questions.map((question) => question.kind))].join(', ')})`, field: 'only' });
  return picked;
}

/** The gate: the chosen split's correctness (held-out unless --split), or every question when that split is empty. */
function gate(summary: EvalSummary, split: Split, floor: number, io: CliIo): boolean {
  const score = summary.splits[split];
  const [measured, what] = score?.total ? [score.correctness, `${split} correctness`] : [summary.correctness, `correctness (no ${split} questions, so all of them)`];
  if (measured >= floor) return true;
  io.stderr(`${summary.agent}: ${what} ${measured} is below the required ${floor}\n`);
  return false;
}

export async function evalCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: OPTIONS });
  const flags = parseFlags(flagsSchema, values);
  const config = configFrom(io);
  if (flags.agent.includes('llm')) needsModel(config, 'agent');
  const judgeModel = flags.judge ? createChatModel(needsModel(config, 'judge')) : undefined;
  // npm runs scripts from the package root; paths on the command line mean the folder the user typed them in.
  const from = io.env.INIT_CWD ?? '.';
  const questions = loadQuestions(flags, from);
  const baselinePath = flags.baseline ? resolve(from, flags.baseline) : undefined;
  const baseline = baselinePath ? { run: await readSavedRun(baselinePath), path: baselinePath } : undefined;
  const index = await openIndexFor(config, io);
  const writeAnswer = flags['answers-out'] ? await createAnswersWriter(resolve(from, flags['answers-out'])) : undefined;
  const financebench = flags['no-financebench'] ? undefined : await runFinanceBench(config.financeBenchPath);
  const questionSet = flags.gold ? resolve(from, flags.gold) : 'default';
  const headline = flags.split ?? 'heldout';
  const summaries: EvalSummary[] = [];
  const reports: string[] = [];
  for (const agent of flags.agent) {
    if (flags.agent.length > 1) io.stderr(`${agent} agent\n`);
    const model = agent === 'llm' ? createChatModel(needsModel(config, 'agent')) : undefined;
    const results = await answerQuestions({
      index, questions, model,
      onResult: writeAnswer ? (result) => writeAnswer(result, agent) : undefined,
      onProgress: (done, total, id, ok, ms) => io.stderr(`[${String(done).padStart(3)}/${total}] ${ok ? 'ok  ' : 'FAIL'} ${id} ${ms.toFixed(1)} ms\n`),
    });
    const summary = summariseRun(results, { model, questionSet, headline, financebench });
    if (judgeModel) summary.judge = await judgeAnswers(judgeModel, results, (done, total, id) => io.stderr(`judge [${String(done).padStart(3)}/${total}] ${id}\n`));
    const previous = baseline ?? await findPreviousRun(config.evalReportsDir, summary);
    summary.diff = previous ? diffRuns(previous, summary) : null;
    const report = await writeReport(summary, config.evalReportsDir, { previous: previous?.run, latest: questionSet === 'default' && !flags.only });
    summaries.push(summary);
    reports.push(report.html);
  }
  if (summaries.length > 1) reports.push((await writeAgentComparison(summaries, config.evalReportsDir)).html);
  if (flags.json) {
    const compact = (summary: EvalSummary) => ({ ...summary, failures: summary.failures.map((failure) => failure.id) });
    io.stdout(`${JSON.stringify(summaries.length === 1 ? compact(summaries[0]!) : { agents: Object.fromEntries(summaries.map((summary) => [summary.agent, compact(summary)])) }, null, 2)}\n`);
  } else {
    for (const summary of summaries) io.stdout(renderConsoleSummary(summary));
    io.stdout(`report: ${reports.join(', ')}\n`);
  }
  const floor = flags['min-correctness'];
  if (floor === undefined) return 0;
  return summaries.map((summary) => gate(summary, headline, floor, io)).every(Boolean) ? 0 : 1;
}
