/**
 * @module `npm run eval:financebench [-- --questions FILE] [--dir DIR] [--answers-out FILE] [--summary-out FILE] [--limit N] [--json]`:
 * FinanceBench's filings written as a report folder, ingested by the same pipeline as `npm run ingest`,
 * every question asked through the same `answer()` the channels use, figure answers scored by rule.
 */
import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { answer } from '../../agent/index.js';
import {
  answerLineFor, buildFinanceBenchCollection, filingsByDocId, loadFinanceBenchRows, renderFinanceBenchMarkdown, summariseFinanceBench, type FinanceBenchAnswerLine,
} from '../../evals/financebench-answers.js';
import { configFrom, ingestWith, openIndexFor, type CliIo } from './context.js';
import { parseFlags } from './options-error.js';

const flagsSchema = z.object({
  questions: z.string().min(1).optional(),
  dir: z.string().min(1).optional(),
  'answers-out': z.string().min(1).optional(),
  'summary-out': z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).optional(),
  json: z.boolean().default(false),
});

const OPTIONS = {
  questions: { type: 'string' }, dir: { type: 'string' }, 'answers-out': { type: 'string' }, 'summary-out': { type: 'string' },
  limit: { type: 'string' }, json: { type: 'boolean' },
} as const;

async function output(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

export async function financeBenchCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: OPTIONS });
  const flags = parseFlags(flagsSchema, values);
  const from = io.env.INIT_CWD ?? '.';
  const base = configFrom(io);
  const rows = await loadFinanceBenchRows(flags.questions ? resolve(from, flags.questions) : base.financeBenchPath);
  const asked = flags.limit ? rows.slice(0, flags.limit) : rows;
  // A folder of its own: the seed index and any Qdrant collection are never touched.
  const root = flags.dir ? resolve(from, flags.dir) : await mkdtemp(join(tmpdir(), 'baogao-financebench-'));
  try {
    const files = await buildFinanceBenchCollection(rows, join(root, 'reports'));
    io.stderr(`wrote ${files.length} filings (${files.reduce((sum, file) => sum + file.pages, 0)} pages) to ${join(root, 'reports')}\n`);
    const config = { ...base, reportsDir: join(root, 'reports'), dataDir: join(root, 'data'), qdrant: undefined };
    const ingest = await ingestWith(config, io, { rebuild: true, quiet: true });
    io.stderr(`ingested ${ingest.documents} documents, ${ingest.paragraphs} paragraphs, ${ingest.facts} facts in ${ingest.seconds}s\n`);
    const index = await openIndexFor(config, io);
    const filingOf = filingsByDocId(index.snapshot.documents);
    const answersOut = flags['answers-out'] ? resolve(from, flags['answers-out']) : undefined;
    if (answersOut) await output(answersOut, '');
    const lines: FinanceBenchAnswerLine[] = [];
    for (const [i, row] of asked.entries()) {
      const started = performance.now();
      const result = await answer([{ role: 'user', content: row.question }], { index });
      const line = answerLineFor(row, result, filingOf);
      lines.push(line);
      if (answersOut) await appendFile(answersOut, `${JSON.stringify(line)}\n`);
      io.stderr(`[${String(i + 1).padStart(3)}/${asked.length}] ${line.score.outcome.padEnd(11)} ${line.score.filingCited ? 'filing ' : 'other  '} ${row.financebench_id} ${(performance.now() - started).toFixed(0)} ms\n`);
    }
    const summary = summariseFinanceBench(lines);
    const markdown = renderFinanceBenchMarkdown(summary);
    if (flags['summary-out']) await output(resolve(from, flags['summary-out']), markdown);
    io.stdout(flags.json ? `${JSON.stringify(summary, null, 2)}\n` : markdown);
    return 0;
  } finally {
    if (!flags.dir) await rm(root, { recursive: true, force: true });
  }
}
