/** @module Measures over a set of scored answers — for all questions, per split, per kind and per batch. */
import type { Answer } from '../core/index.js';
import { outcomeRates, type Outcome, type OutcomeRates } from './outcomes.js';
import { paraphraseConsistency } from './paraphrase.js';
import type { GoldQuestion, Split } from './question-schema.js';
import { retrievalScores, type RetrievalScores } from './retrieval-metrics.js';
import type { AnswerScore } from './score-answer.js';

/** One question's run: what was asked, what came back, and how the rules graded it. */
export interface QuestionResult {
  question: GoldQuestion;
  answer: Answer;
  score: AnswerScore;
  outcome: Outcome;
  hedged: boolean;
  /** False when the question gives the rules nothing to check (only a reference answer): left out of the rule measures. */
  ruleGradable: boolean;
  /** Gold paragraph ids and the search ranking for the last user turn (empty when the question names none). */
  goldIds: Set<string>;
  ranking: string[];
  /** Whether every quote is verbatim in its paragraph. */
  verbatimQuotes: number;
  ms: number;
}

export interface KindScore { total: number; correct: number; correctness: number; correctAndCited: number }

export interface SplitScore extends KindScore {
  /** Questions the rules cannot grade (only `expect.answer`); the LLM judge grades them. */
  ungraded: number;
  outcomes: OutcomeRates;
  paraphraseConsistency: number | null;
  paraphraseGroups: number;
  citations: { precision: number; recall: number; grounded: number; withGold: number };
  retrieval: RetrievalScores;
  latency: { p50: number; p95: number };
  byKind: Record<string, KindScore>;
  byBatch: Record<string, KindScore>;
}

export const ratio = (part: number, whole: number) => (whole ? Number((part / whole).toFixed(4)) : 1);
export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Number((sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(2));
};

/** Rule measures cover the gradable questions; outcomes too. */
export function tally(results: QuestionResult[]): KindScore {
  const graded = results.filter((result) => result.ruleGradable);
  const correct = graded.filter((result) => result.score.correct).length;
  return { total: graded.length, correct, correctness: ratio(correct, graded.length), correctAndCited: ratio(graded.filter((result) => result.score.correctAndCited).length, graded.length) };
}

export function tallyBy(results: QuestionResult[], key: (question: GoldQuestion) => string | undefined): Record<string, KindScore> {
  const groups = new Map<string, QuestionResult[]>();
  for (const result of results) {
    const name = key(result.question);
    if (name !== undefined) groups.set(name, [...(groups.get(name) ?? []), result]);
  }
  return Object.fromEntries([...groups].map(([name, members]) => [name, tally(members)]));
}

export function retrievalOf(results: QuestionResult[]): RetrievalScores {
  const withGold = results.filter((result) => result.goldIds.size && !result.question.expect.refusal);
  return retrievalScores(withGold.map((result) => result.ranking), withGold.map((result) => result.goldIds));
}

export function citationsOf(results: QuestionResult[]) {
  const cited = results.filter(({ question }) => !question.expect.refusal && question.expect.paragraphs.length);
  return {
    precision: ratio(cited.reduce((sum, { score }) => sum + score.citationPrecision, 0), cited.length),
    recall: ratio(cited.reduce((sum, { score }) => sum + score.citationRecall, 0), cited.length),
    grounded: ratio(results.filter(({ answer }) => answer.grounded).length, results.length),
    /** Questions with gold paragraphs: precision and recall are over these. */
    withGold: cited.length,
  };
}

export function scoreSplit(results: QuestionResult[]): SplitScore {
  const graded = results.filter((result) => result.ruleGradable);
  const paraphrase = paraphraseConsistency(graded.map((result) => ({ group: result.question.group, correct: result.score.correct })));
  return {
    ...tally(results),
    ungraded: results.length - graded.length,
    outcomes: outcomeRates(graded),
    paraphraseConsistency: paraphrase.consistency,
    paraphraseGroups: paraphrase.groups,
    citations: citationsOf(results),
    retrieval: retrievalOf(results),
    latency: { p50: percentile(results.map((result) => result.ms), 0.5), p95: percentile(results.map((result) => result.ms), 0.95) },
    byKind: tallyBy(results, (question) => question.kind),
    byBatch: tallyBy(results, (question) => (question.batch !== undefined ? `batch ${question.batch}` : undefined)),
  };
}

/** Held-out first: it is the headline; then dev, then train. */
export const SPLIT_ORDER: Split[] = ['heldout', 'dev', 'train'];

export function scoreSplits(results: QuestionResult[]): Partial<Record<Split, SplitScore>> {
  const splits: Partial<Record<Split, SplitScore>> = {};
  for (const split of SPLIT_ORDER) {
    const members = results.filter((result) => result.question.split === split);
    if (members.length) splits[split] = scoreSplit(members);
  }
  return splits;
}
