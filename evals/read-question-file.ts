/** @module Reads a question file (JSON in the gold shape, JSONL, or CSV); every schema problem names the file, the line and the field. */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { BaogaoError } from '../core/index.js';
import { csvRowsToQuestions, CsvHeaderError } from './csv-questions.js';
import { jsonValueLines, lineAtOffset, lineOf } from './json-value-lines.js';
import { parseCsv } from './parse-csv.js';
import { normaliseQuestion, questionInputSchema, type GoldQuestion, type Split } from './question-schema.js';

export interface QuestionFileOptions {
  /** How the file is named in ids and messages (default: its base name). */
  label?: string;
  /** Split for a question with neither `split` nor `batch` (default: heldout — your own questions were never tuned against). */
  defaultSplit?: Split;
  defaultBatch?: number;
}

/** One record to validate: where it starts, its value, and how to find a field's line or column. */
interface RawQuestion {
  line: number;
  value: unknown;
  fieldLine: (path: (string | number)[]) => number;
  fieldName: (path: (string | number)[]) => string;
}

const MAX_LISTED = 5;
const dotted = (path: PropertyKey[]) => path.map(String).join('.');

export function formatOf(path: string, text: string): 'json' | 'jsonl' | 'csv' {
  const extension = extname(path).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  if (extension === '.csv') return 'csv';
  if (extension === '.json') return 'json';
  const first = text.trimStart()[0];
  return first === '[' ? 'json' : first === '{' ? (/^\s*\{[^\n]*\}\s*\n\s*\{/.test(text) ? 'jsonl' : 'json') : 'csv';
}

function fail(label: string, problems: string[], field?: string): never {
  // Each problem starts with its line number: "3: expect.figures.0: …".
  const listed = problems.slice(1, MAX_LISTED).map((problem) => `line ${problem}`).join('; ');
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more: ${listed}${problems.length > MAX_LISTED ? '; …' : ''})` : '';
  throw new BaogaoError('invalid_input', { message: `${label}, line ${problems[0]}${more}`, ...(field ? { field } : {}) });
}

function jsonRecords(text: string, label: string): RawQuestion[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const offset = /position (\d+)/.exec(String(error))?.[1];
    return fail(label, [`${offset ? lineAtOffset(text, Number(offset)) : 1}: not valid JSON (${(error as Error).message})`]);
  }
  const lines = jsonValueLines(text);
  const wrapped = !Array.isArray(parsed);
  const list = wrapped ? (parsed as { questions?: unknown } | null)?.questions : parsed;
  if (!Array.isArray(list)) return fail(label, ['1: expected a list of questions, or an object with a "questions" list'], 'questions');
  return list.map((value, i) => {
    const base = wrapped ? ['questions', i] : [i];
    return { line: lineOf(lines, base), value, fieldLine: (path) => lineOf(lines, [...base, ...path]), fieldName: dotted };
  });
}

function jsonlRecords(text: string, label: string): RawQuestion[] {
  const records: RawQuestion[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      records.push({ line: i + 1, value: JSON.parse(raw), fieldLine: () => i + 1, fieldName: dotted });
    } catch (error) {
      problems.push(`${i + 1}: not valid JSON (${(error as Error).message})`);
    }
  });
  if (problems.length) fail(label, problems);
  return records;
}

function csvRecords(text: string, label: string): RawQuestion[] {
  try {
    return csvRowsToQuestions(parseCsv(text)).map((row) => ({
      line: row.line, value: row.value, fieldLine: () => row.line,
      fieldName: (path) => { const column = row.columnFor(path); return column ? `column "${column}"${path.length > 2 ? ` (${dotted(path)})` : ''}` : dotted(path); },
    }));
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof CsvHeaderError) return fail(label, [error.message.replace(/^line /, '')]);
    throw error;
  }
}

/** Validates raw records into questions; throws one BaogaoError listing the problems, first one in full. */
export function questionsFromText(raw: string, path: string, options: QuestionFileOptions = {}): GoldQuestion[] {
  const text = raw.replace(/^\uFEFF/, '');
  const label = options.label ?? basename(path);
  const stem = basename(path, extname(path));
  const format = formatOf(path, text);
  const records = format === 'json' ? jsonRecords(text, label) : format === 'jsonl' ? jsonlRecords(text, label) : csvRecords(text, label);
  const problems: string[] = [];
  let firstField: string | undefined;
  const questions: GoldQuestion[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const parsed = questionInputSchema.safeParse(record.value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${record.fieldLine(issue.path as (string | number)[])}: ${record.fieldName(issue.path as (string | number)[]) || 'question'}: ${issue.message}`);
        firstField ??= dotted(issue.path);
      }
      return;
    }
    const question = normaliseQuestion(parsed.data, {
      defaultSplit: options.defaultSplit ?? 'heldout', defaultBatch: options.defaultBatch,
      fallbackId: `${stem}-${i + 1}`, source: { file: label, line: record.line },
    });
    const earlier = seen.get(question.id);
    if (earlier !== undefined) problems.push(`${record.line}: id: "${question.id}" is also the id on line ${earlier}`);
    seen.set(question.id, record.line);
    questions.push(question);
  });
  if (problems.length) fail(label, problems, firstField);
  if (!questions.length) fail(label, ['1: no questions in the file']);
  return questions;
}

export function readQuestionFile(path: string, options: QuestionFileOptions = {}): GoldQuestion[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new BaogaoError('invalid_input', { message: `Cannot read question file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, field: 'gold', cause: error });
  }
  return questionsFromText(text, path, options);
}
