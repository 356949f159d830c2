/** @module Compares a run with a baseline run question by question: newly failing, newly passing. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BaogaoError } from '../core/index.js';
import type { EvalSummary, QuestionRecord } from './run-evals.js';

export interface RunDiff {
  baseline: { at: string; path: string; agent: string };
  /** Questions in both runs. */
  compared: number;
  /** Correct and cited in the baseline, not now. */
  newlyFailing: string[];
  /** Not correct and cited in the baseline, correct and cited now. */
  newlyPassing: string[];
  /** Questions only in this run, and only in the baseline. */
  added: number;
  removed: number;
}

export type SavedRun = Pick<EvalSummary, 'at' | 'agent'> & Partial<Pick<EvalSummary, 'questionSet' | 'questions' | 'failures' | 'total'>>;

export async function readSavedRun(path: string): Promise<SavedRun> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new BaogaoError('invalid_input', { message: `Cannot read --baseline ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, field: 'baseline', cause: error });
  }
  try {
    const run = JSON.parse(text) as SavedRun;
    if (typeof run.at !== 'string' || !Array.isArray(run.questions)) throw new Error('no "at" and "questions": not a saved eval run');
    return run;
  } catch (error) {
    throw new BaogaoError('invalid_input', { message: `--baseline ${path}: ${(error as Error).message}`, field: 'baseline', cause: error });
  }
}

/**
 * The previous saved run of the same question set and agent in `directory` (run-*.json, then
 * latest-summary.json), or undefined. Runs saved before per-question records existed are skipped.
 */
export async function findPreviousRun(directory: string, current: Pick<EvalSummary, 'at' | 'agent' | 'questionSet'>): Promise<{ run: SavedRun; path: string } | undefined> {
  const names = await readdir(directory).catch(() => [] as string[]);
  // Run files are named by time, so the newest come first; the kept latest summary is the last resort.
  const candidates = [...names.filter((name) => /^run-.*\.json$/.test(name)).sort().reverse(), ...(names.includes('latest-summary.json') ? ['latest-summary.json'] : [])];
  for (const name of candidates) {
    const path = join(directory, name);
    const run = await readFile(path, 'utf8').then((text) => JSON.parse(text) as SavedRun, () => undefined);
    if (!run || !Array.isArray(run.questions) || run.at >= current.at || run.agent !== current.agent) continue;
    if ((run.questionSet ?? 'default') === current.questionSet) return { run, path };
  }
  return undefined;
}

export function diffRuns(baseline: { run: SavedRun; path: string }, current: { questions: QuestionRecord[] }): RunDiff {
  const before = new Map((baseline.run.questions ?? []).map((record) => [record.id, record]));
  const nowIds = new Set(current.questions.map((record) => record.id));
  const both = current.questions.filter((record) => before.has(record.id) && record.ruleGradable && before.get(record.id)!.ruleGradable);
  return {
    baseline: { at: baseline.run.at, path: baseline.path, agent: baseline.run.agent },
    compared: both.length,
    newlyFailing: both.filter((record) => before.get(record.id)!.correctAndCited && !record.correctAndCited).map((record) => record.id),
    newlyPassing: both.filter((record) => !before.get(record.id)!.correctAndCited && record.correctAndCited).map((record) => record.id),
    added: current.questions.filter((record) => !before.has(record.id)).length,
    removed: [...before.keys()].filter((id) => !nowIds.has(id)).length,
  };
}
