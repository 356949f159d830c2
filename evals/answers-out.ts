/** @module `--answers-out`: every answer as one JSON line (id, question messages, the full Answer JSON, the rule score), for an independent grader. */
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { QuestionResult } from './summarise-results.js';

export interface AnswerLine {
  id: string;
  /** The agent the run asked for; `answer.agent` says who answered (the offline planner after an LLM fallback). */
  run: 'offline' | 'llm';
  split: string;
  kind: string;
  batch?: number;
  group?: string;
  messages: QuestionResult['question']['messages'];
  answer: QuestionResult['answer'];
  score: QuestionResult['score'] & { outcome: QuestionResult['outcome']; hedged: boolean; ruleGradable: boolean };
}

export function answerLine(result: QuestionResult, run: 'offline' | 'llm'): AnswerLine {
  const { question } = result;
  return {
    id: question.id, run, split: question.split, kind: question.kind,
    ...(question.batch !== undefined ? { batch: question.batch } : {}),
    ...(question.group !== undefined ? { group: question.group } : {}),
    messages: question.messages,
    answer: result.answer,
    score: { ...result.score, outcome: result.outcome, hedged: result.hedged, ruleGradable: result.ruleGradable },
  };
}

/** Truncates `path`, then appends a line per answer as each question finishes (a crashed run keeps what it has). */
export async function createAnswersWriter(path: string): Promise<(result: QuestionResult, run: 'offline' | 'llm') => Promise<void>> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, '');
  return (result, run) => appendFile(path, `${JSON.stringify(answerLine(result, run))}\n`);
}
