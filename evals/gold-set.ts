/** @module The question sets: the built-in gold questions (evals/gold-questions.json), the held-out files (evals/heldout/), and anyone's own file. */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { BaogaoError } from '../core/index.js';
import { readQuestionFile } from './read-question-file.js';
import type { GoldQuestion } from './question-schema.js';

export { questionInputSchema as goldQuestionSchema, type GoldQuestion, type GoldFigure, type Split, SPLITS, splitForBatch } from './question-schema.js';

const BUILT_IN = fileURLToPath(new URL('./gold-questions.json', import.meta.url));
const HELDOUT_DIR = fileURLToPath(new URL('./heldout/', import.meta.url));

/**
 * The built-in gold set. Batch 1 (no `batch` in the file) was written alongside the offline planner and
 * batch 2 after it: both are the train split. Batch 3 was written last and never tuned against: held out.
 */
export function loadGoldQuestions(path: string | URL = BUILT_IN): GoldQuestion[] {
  const file = path instanceof URL ? fileURLToPath(path) : path;
  return readQuestionFile(file, { label: file === BUILT_IN ? 'gold-questions.json' : undefined, defaultBatch: 1, defaultSplit: 'train' });
}

/** Every `*.json` / `*.jsonl` file in `directory`, sorted by name; none when the folder does not exist. */
export function heldOutFiles(directory = HELDOUT_DIR): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory).filter((name) => /\.jsonl?$/i.test(name)).sort().map((name) => join(directory, name));
}

/** What `npm run eval` runs without `--gold`: the built-in set, then every held-out file (their questions default to held out). */
export function loadDefaultQuestions(options: { heldOutDir?: string } = {}): GoldQuestion[] {
  const questions = loadGoldQuestions();
  for (const file of heldOutFiles(options.heldOutDir)) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    questions.push(...readQuestionFile(file, { label: `heldout/${name}`, defaultSplit: 'heldout' }));
  }
  return withUniqueIds(questions);
}

/** Questions from several files must not share ids: runs are compared question by question. */
export function withUniqueIds(questions: GoldQuestion[]): GoldQuestion[] {
  const seen = new Map<string, GoldQuestion>();
  for (const question of questions) {
    const earlier = seen.get(question.id);
    if (earlier) {
      const where = (q: GoldQuestion) => (q.source ? `${q.source.file} line ${q.source.line}` : 'an earlier file');
      throw new BaogaoError('invalid_input', { message: `${where(question)}: id: "${question.id}" is also used in ${where(earlier)}`, field: 'id' });
    }
    seen.set(question.id, question);
  }
  return questions;
}
