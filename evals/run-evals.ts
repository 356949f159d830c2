/** @module Runs questions through the same agent the channels use and scores answers, outcomes, citations, retrieval and latency — overall and per split. */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { answer } from '../agent/index.js';
import type { OpenIndex } from '../index/index.js';
import type { RunDiff } from './compare-runs.js';
import type { JudgeSummary } from './llm-judge.js';
import { runFinanceBench, type FinanceBenchResult } from './financebench.js';
import { isHedged, outcomeOf, outcomeRates, type Outcome, type OutcomeRates } from './outcomes.js';
import { paraphraseConsistency, type ParaphraseScore } from './paraphrase.js';
import type { GoldQuestion, Split } from './question-schema.js';
import type { RetrievalScores } from './retrieval-metrics.js';
import { describeFigure, goldParagraphIds, ruleGradable, scoreAnswer } from './score-answer.js';
import { citationsOf, percentile, ratio, retrievalOf, scoreSplits, tally, tallyBy, type KindScore, type QuestionResult, type SplitScore } from './summarise-results.js';

export type { KindScore, QuestionResult, SplitScore } from './summarise-results.js';

export interface EvalFailure {
  id: string;
  kind: string;
  split: Split;
  batch?: number | undefined;
  outcome: Outcome;
  question: string;
  expected: string;
  got: string;
  citations: string[];
  problems: string[];
}

/** What a saved run keeps of each question, so later runs can be compared with it. */
export interface QuestionRecord {
  id: string;
  split: Split;
  kind: string;
  batch?: number | undefined;
  group?: string | undefined;
  outcome: Outcome;
  hedged: boolean;
  correct: boolean;
  correctAndCited: boolean;
  ruleGradable: boolean;
}

export interface EvalSummary {
  at: string;
  agent: 'offline' | 'llm';
  /** Which files were run (compared runs should share it). */
  questionSet: string;
  /** The split the headline and the gate use: held-out unless asked otherwise. */
  headline: Split;
  total: number;
  correct: number;
  correctness: number;
  correctAndCited: number;
  splits: Partial<Record<Split, SplitScore>>;
  outcomes: OutcomeRates;
  paraphraseConsistency: number | null;
  paraphrase: ParaphraseScore;
  byKind: Record<string, KindScore>;
  /** Batch 1 was written alongside the planner, batch 2 after it, batches 3 and later held out. */
  byBatch: Record<string, KindScore>;
  citations: { precision: number; recall: number; verbatim: number; grounded: number; withGold: number };
  calculatorUsedWhenNeeded: number;
  retrieval: { gold: RetrievalScores; financebench?: FinanceBenchResult };
  latency: { p50: number; p95: number };
  ungraded: number;
  /** Answers the offline planner gave because the LLM failed (`answer.fallback`). */
  fallbacks: number;
  questions: QuestionRecord[];
  /** Against the baseline run (`--baseline`, else the previous saved run of the same questions and agent); null when there is none. */
  diff?: RunDiff | null | undefined;
  /** `--judge llm`: rubric grades of answers with a reference answer, and agreement with the rules. */
  judge?: JudgeSummary | undefined;
  failures: EvalFailure[];
}

export interface EvalOptions {
  index: OpenIndex;
  questions: GoldQuestion[];
  model?: BaseChatModel | undefined;
  financeBenchPath?: string | undefined;
  /** A label for the question files (default "questions"). */
  questionSet?: string | undefined;
  headline?: Split | undefined;
  onProgress?: (done: number, total: number, id: string, ok: boolean, ms: number) => void;
  /** Called once per question as soon as it is scored (e.g. to write answers out). */
  onResult?: (result: QuestionResult) => void | Promise<void>;
}

function describeExpected(question: GoldQuestion): string {
  if (question.expect.refusal) return 'a refusal';
  const listed = [...question.expect.figures.map(describeFigure), ...question.expect.terms.map((group) => group.join(' | '))].join('; ');
  return listed || question.expect.answer || 'an answer citing the gold paragraphs';
}

function problemsOf({ question, score }: QuestionResult): string[] {
  return [
    ...(score.missingFigures.length ? [`missing figures: ${score.missingFigures.join(', ')}`] : []),
    ...(score.missingTerms.length ? [`missing terms: ${score.missingTerms.join(', ')}`] : []),
    ...(!score.leadOk ? ['expected answer not in the first sentence'] : []),
    ...(!score.directOk ? ["opens by saying the reports don't answer it directly"] : []),
    ...(score.forbiddenFound.length ? [`forbidden: ${score.forbiddenFound.join(', ')}`] : []),
    ...(!score.refusalOk ? [question.expect.refusal ? 'should have refused' : 'refused wrongly'] : []),
    ...(!score.citationHit ? ['no gold paragraph cited'] : []),
  ];
}

/** Answers and scores one question at a time, in order. */
export async function answerQuestions(options: EvalOptions): Promise<QuestionResult[]> {
  const { index, questions } = options;
  const { paragraphs, documents } = index.snapshot;
  const byParagraph = new Map(paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const results: QuestionResult[] = [];
  for (const [i, question] of questions.entries()) {
    const started = performance.now();
    const result = await answer(question.messages, { index, model: options.model });
    const ms = performance.now() - started;
    const goldIds = goldParagraphIds(question, paragraphs, documents);
    const score = scoreAnswer(question, result, goldIds);
    const lastUser = question.messages.filter((turn) => turn.role === 'user').at(-1)!.content;
    const ranking = goldIds.size ? (await index.searcher.search(lastUser, { k: 10 })).map(({ paragraph }) => paragraph.id) : [];
    const verbatimQuotes = result.citations.filter((citation) => { const p = byParagraph.get(citation.paragraphId); return Boolean(p && (p.text.includes(citation.quote) || p.original?.includes(citation.quote))); }).length;
    const scored: QuestionResult = { question, answer: result, score, outcome: outcomeOf(question, result, score), hedged: isHedged(result), ruleGradable: ruleGradable(question), goldIds, ranking, verbatimQuotes, ms };
    results.push(scored);
    await options.onResult?.(scored);
    options.onProgress?.(i + 1, questions.length, question.id, score.correctAndCited, ms);
  }
  return results;
}

/** The summary of a finished run (pure: the same results give the same summary, apart from `at`). */
export function summariseRun(results: QuestionResult[], options: Pick<EvalOptions, 'model' | 'questionSet' | 'headline'> & { financebench?: FinanceBenchResult | undefined }): EvalSummary {
  const graded = results.filter((result) => result.ruleGradable);
  const overall = tally(results);
  const quotes = results.reduce((sum, result) => sum + result.answer.citations.length, 0);
  const needCalc = results.filter(({ question }) => question.expect.calculation);
  const paraphrase = paraphraseConsistency(graded.map((result) => ({ group: result.question.group, correct: result.score.correct })));
  return {
    at: new Date().toISOString(),
    agent: options.model ? 'llm' : 'offline',
    questionSet: options.questionSet ?? 'questions',
    headline: options.headline ?? 'heldout',
    ...overall,
    splits: scoreSplits(results),
    outcomes: outcomeRates(graded),
    paraphraseConsistency: paraphrase.consistency,
    paraphrase,
    byKind: tallyBy(results, (question) => question.kind),
    byBatch: tallyBy(results, (question) => (question.batch !== undefined ? `batch ${question.batch}` : undefined)),
    citations: { ...citationsOf(results), verbatim: ratio(results.reduce((sum, result) => sum + result.verbatimQuotes, 0), quotes) },
    calculatorUsedWhenNeeded: ratio(needCalc.filter(({ score }) => score.calculatorUsed).length, needCalc.length),
    retrieval: { gold: retrievalOf(results), ...(options.financebench ? { financebench: options.financebench } : {}) },
    latency: { p50: percentile(results.map((r) => r.ms), 0.5), p95: percentile(results.map((r) => r.ms), 0.95) },
    ungraded: results.length - graded.length,
    fallbacks: results.filter((result) => result.answer.fallback).length,
    questions: results.map(({ question, outcome, hedged, score, ruleGradable: gradable }) => ({
      id: question.id, split: question.split, kind: question.kind,
      ...(question.batch !== undefined ? { batch: question.batch } : {}), ...(question.group !== undefined ? { group: question.group } : {}),
      outcome, hedged, correct: score.correct, correctAndCited: score.correctAndCited, ruleGradable: gradable,
    })),
    failures: graded.filter(({ score }) => !score.correctAndCited).map((result) => ({
      id: result.question.id, kind: result.question.kind, split: result.question.split,
      ...(result.question.batch !== undefined ? { batch: result.question.batch } : {}),
      outcome: result.outcome, question: result.question.messages.at(-1)!.content, expected: describeExpected(result.question), got: result.answer.answer,
      citations: result.answer.citations.map((citation) => `[${citation.n}] ${citation.paragraphId}`),
      problems: problemsOf(result),
    })),
  };
}

export async function runEvals(options: EvalOptions): Promise<EvalSummary> {
  const results = await answerQuestions(options);
  const financebench = options.financeBenchPath ? await runFinanceBench(options.financeBenchPath) : undefined;
  return summariseRun(results, { ...options, financebench });
}
