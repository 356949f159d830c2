/**
 * @module Fits the offline agent's candidate weights (agent/offline/answer-weights.json) by logistic
 * regression on the training split only: every candidate of every training question is labelled by
 * the gold scorer (would this answer be correct?), then the confidence thresholds are chosen so that
 * plainly stated answers are rarely wrong. Run: `npm run fit:weights` (add `-- --gold FILE` for your own).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { offlineCandidates } from '../agent/index.js';
import type { Answer } from '../core/index.js';
import type { OpenIndex } from '../index/index.js';
import { FEATURES, type AnswerWeights } from '../agent/offline/rank-candidates.js';
import type { GoldQuestion } from './gold-set.js';
import { goldParagraphIds, scoreAnswer } from './score-answer.js';

export const WEIGHTS_PATH = fileURLToPath(new URL('../agent/offline/answer-weights.json', import.meta.url));

interface Example {
  question: string;
  x: number[];
  y: number;
}

interface QuestionOutcome {
  /** Probability of the top candidate under the fitted weights. */
  p: number;
  topCorrect: boolean;
  expectsRefusal: boolean;
}

function asAnswer(candidate: { answer: string; citations: Answer['citations'] }, lang: Answer['lang']): Answer {
  return { answer: candidate.answer, citations: candidate.citations, steps: [], calculations: [], grounded: true, ungroundedNumbers: [], refused: false, lang, agent: 'offline', timings: { totalMs: 0, toolsMs: 0 } };
}

export async function collectExamples(questions: GoldQuestion[], index: OpenIndex, onProgress: (done: number, total: number) => void = () => {}) {
  const examples: Example[] = [];
  const perQuestion: { expectsRefusal: boolean; candidates: { x: number[]; correct: boolean }[] }[] = [];
  for (const [i, question] of questions.entries()) {
    const candidates = await offlineCandidates(question.messages, index);
    const gold = goldParagraphIds(question, index.snapshot.paragraphs, index.snapshot.documents);
    const scored = candidates.map((candidate) => {
      const x = FEATURES.map((name) => candidate.features[name] ?? 0);
      // A refusal question has no right candidate: every one of them should score low.
      const correct = !question.expect.refusal && scoreAnswer(question, asAnswer(candidate, question.lang), gold).correctAndCited;
      examples.push({ question: question.id, x, y: correct ? 1 : 0 });
      return { x, correct };
    });
    perQuestion.push({ expectsRefusal: question.expect.refusal, candidates: scored });
    onProgress(i + 1, questions.length);
  }
  return { examples, perQuestion };
}

/** Plain batch gradient descent on the log loss with a little L2; small data, no library needed. */
export function fitLogistic(examples: Example[], { iterations = 4000, rate = 0.5, l2 = 0.01 } = {}): number[] {
  const dims = examples[0]?.x.length ?? FEATURES.length;
  const w = new Array<number>(dims).fill(0);
  for (let step = 0; step < iterations; step++) {
    const gradient = new Array<number>(dims).fill(0);
    for (const { x, y } of examples) {
      const p = 1 / (1 + Math.exp(-x.reduce((sum, value, i) => sum + value * w[i]!, 0)));
      for (let i = 0; i < dims; i++) gradient[i]! += (p - y) * x[i]!;
    }
    for (let i = 0; i < dims; i++) w[i]! -= rate * (gradient[i]! / examples.length + (i === 0 ? 0 : l2 * w[i]!));
  }
  return w.map((value) => Math.round(value * 1000) / 1000);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * `medium`: the threshold that maximises right answers plus right refusals; `high`: the lowest
 * threshold at or above it whose plainly stated answers are at least 95% right on the training split.
 */
export function chooseThresholds(outcomes: QuestionOutcome[]): { high: number; medium: number } {
  const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
  const utility = (t: number) => outcomes.reduce((sum, o) => sum + (o.p >= t ? (o.topCorrect ? 1 : o.expectsRefusal ? -1 : -0.5) : o.expectsRefusal ? 1 : 0), 0);
  const medium = grid.reduce((best, t) => (utility(t) > utility(best) ? t : best), grid[0]!);
  const precision = (t: number) => {
    const stated = outcomes.filter((o) => o.p >= t);
    return stated.length ? stated.filter((o) => o.topCorrect).length / stated.length : 1;
  };
  const high = grid.find((t) => t >= medium && precision(t) >= 0.95) ?? 0.99;
  return { high, medium };
}

export function outcomesUnder(weights: number[], perQuestion: { expectsRefusal: boolean; candidates: { x: number[]; correct: boolean }[] }[]): QuestionOutcome[] {
  return perQuestion.map(({ expectsRefusal, candidates }) => {
    const scored = candidates.map((candidate) => ({ ...candidate, p: sigmoid(candidate.x.reduce((sum, value, i) => sum + value * weights[i]!, 0)) })).sort((a, b) => b.p - a.p);
    return { p: scored[0]?.p ?? 0, topCorrect: Boolean(scored[0]?.correct), expectsRefusal };
  });
}

export async function fitAnswerWeights(questions: GoldQuestion[], index: OpenIndex, options: { onProgress?: (done: number, total: number) => void; write?: boolean } = {}) {
  const { examples, perQuestion } = await collectExamples(questions, index, options.onProgress);
  const weights = fitLogistic(examples);
  const outcomes = outcomesUnder(weights, perQuestion);
  const thresholds = chooseThresholds(outcomes);
  const result: AnswerWeights = { features: [...FEATURES], weights, thresholds, fittedOn: `${questions.length} training questions, ${examples.length} candidates, ${new Date().toISOString().slice(0, 10)}` };
  if (options.write !== false) writeFileSync(WEIGHTS_PATH, `${JSON.stringify(result, null, 2)}\n`);
  const answered = outcomes.filter((o) => o.p >= thresholds.medium);
  return {
    weights: result,
    training: {
      questions: questions.length,
      topCorrect: outcomes.filter((o) => o.topCorrect).length,
      answered: answered.length,
      answeredCorrect: answered.filter((o) => o.topCorrect).length,
      refusalsKept: outcomes.filter((o) => o.expectsRefusal && o.p < thresholds.medium).length,
      refusalsExpected: outcomes.filter((o) => o.expectsRefusal).length,
    },
  };
}
