/** @module Runs the gold set through the same agent the channels use and scores answers, citations, tools, retrieval and latency. */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { answer } from '../agent/index.js';
import type { Answer } from '../core/index.js';
import type { OpenIndex } from '../index/index.js';
import { runFinanceBench, type FinanceBenchResult } from './financebench.js';
import type { GoldQuestion } from './gold-set.js';
import { retrievalScores, type RetrievalScores } from './retrieval-metrics.js';
import { goldParagraphIds, scoreAnswer, type AnswerScore } from './score-answer.js';

export interface KindScore { total: number; correct: number; correctness: number; correctAndCited: number }

export interface EvalFailure {
  id: string;
  kind: string;
  question: string;
  expected: string;
  got: string;
  citations: string[];
  problems: string[];
}

export interface EvalSummary {
  at: string;
  agent: 'offline' | 'llm';
  total: number;
  correct: number;
  correctness: number;
  correctAndCited: number;
  byKind: Record<string, KindScore>;
  /** Batch 1 was written alongside the planner; batch 2 after it (see gold-set.ts). */
  byBatch: Record<string, KindScore>;
  citations: { precision: number; recall: number; verbatim: number; grounded: number };
  calculatorUsedWhenNeeded: number;
  retrieval: { gold: RetrievalScores; financebench?: FinanceBenchResult };
  latency: { p50: number; p95: number };
  failures: EvalFailure[];
}

export interface EvalOptions {
  index: OpenIndex;
  questions: GoldQuestion[];
  model?: BaseChatModel | undefined;
  financeBenchPath?: string | undefined;
  onProgress?: (done: number, total: number, id: string, ok: boolean, ms: number) => void;
}

const ratio = (part: number, whole: number) => (whole ? Number((part / whole).toFixed(4)) : 1);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Number((sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(2));
};

function describeExpected(question: GoldQuestion): string {
  if (question.expect.refusal) return 'a refusal';
  const figures = question.expect.figures.map((figure) => `${figure.value}${figure.currency ? ` ${figure.currency}` : ''}${figure.unit === 'percent' ? '%' : ''}`);
  return [...figures, ...question.expect.terms.map((group) => group.join(' | '))].join('; ') || 'an answer citing the gold paragraphs';
}

export async function runEvals(options: EvalOptions): Promise<EvalSummary> {
  const { index, questions } = options;
  const { paragraphs, documents } = index.snapshot;
  const byParagraph = new Map(paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const results: { question: GoldQuestion; answer: Answer; score: AnswerScore; ms: number }[] = [];
  for (const [i, question] of questions.entries()) {
    const started = performance.now();
    const result = await answer(question.messages, { index, model: options.model });
    const ms = performance.now() - started;
    const score = scoreAnswer(question, result, goldParagraphIds(question, paragraphs, documents));
    results.push({ question, answer: result, score, ms });
    options.onProgress?.(i + 1, questions.length, question.id, score.correctAndCited, ms);
  }
  const tally = (key: (question: GoldQuestion) => string): Record<string, KindScore> => {
    const groups: Record<string, KindScore> = {};
    for (const { question, score } of results) {
      const group = (groups[key(question)] ??= { total: 0, correct: 0, correctness: 0, correctAndCited: 0 });
      group.total++;
      if (score.correct) group.correct++;
      if (score.correctAndCited) group.correctAndCited++;
    }
    for (const group of Object.values(groups)) { group.correctness = ratio(group.correct, group.total); group.correctAndCited = ratio(group.correctAndCited, group.total); }
    return groups;
  };
  const byKind = tally((question) => question.kind);
  const byBatch = tally((question) => `batch ${question.batch}`);
  const cited = results.filter(({ question }) => !question.expect.refusal && question.expect.paragraphs.length);
  const quotes = results.flatMap(({ answer: a }) => a.citations);
  const verbatim = quotes.filter((citation) => { const p = byParagraph.get(citation.paragraphId); return Boolean(p && (p.text.includes(citation.quote) || p.original?.includes(citation.quote))); }).length;
  const needCalc = results.filter(({ question }) => question.expect.calculation);

  const retrievalQuestions = results.filter(({ question }) => question.expect.paragraphs.length && !question.expect.refusal);
  const rankings: string[][] = [];
  for (const { question } of retrievalQuestions) {
    rankings.push((await index.searcher.search(question.messages.filter((m) => m.role === 'user').at(-1)!.content, { k: 10 })).map(({ paragraph }) => paragraph.id));
  }
  const gold = retrievalScores(rankings, retrievalQuestions.map(({ question }) => goldParagraphIds(question, paragraphs, documents)));

  const correct = results.filter(({ score }) => score.correct).length;
  return {
    at: new Date().toISOString(),
    agent: options.model ? 'llm' : 'offline',
    total: results.length,
    correct,
    correctness: ratio(correct, results.length),
    correctAndCited: ratio(results.filter(({ score }) => score.correctAndCited).length, results.length),
    byKind,
    byBatch,
    citations: {
      precision: ratio(cited.reduce((sum, { score }) => sum + score.citationPrecision, 0), cited.length),
      recall: ratio(cited.reduce((sum, { score }) => sum + score.citationRecall, 0), cited.length),
      verbatim: ratio(verbatim, quotes.length),
      grounded: ratio(results.filter(({ answer: a }) => a.grounded).length, results.length),
    },
    calculatorUsedWhenNeeded: ratio(needCalc.filter(({ score }) => score.calculatorUsed).length, needCalc.length),
    retrieval: { gold, ...(options.financeBenchPath ? { financebench: await runFinanceBench(options.financeBenchPath) } : {}) },
    latency: { p50: percentile(results.map((r) => r.ms), 0.5), p95: percentile(results.map((r) => r.ms), 0.95) },
    failures: results.filter(({ score }) => !score.correctAndCited).map(({ question, answer: a, score }) => ({
      id: question.id, kind: question.kind, question: question.messages.at(-1)!.content, expected: describeExpected(question), got: a.answer,
      citations: a.citations.map((citation) => `[${citation.n}] ${citation.paragraphId}`),
      problems: [
        ...(score.missingFigures.length ? [`missing figures: ${score.missingFigures.join(', ')}`] : []),
        ...(score.missingTerms.length ? [`missing terms: ${score.missingTerms.join(', ')}`] : []),
        ...(score.forbiddenFound.length ? [`forbidden: ${score.forbiddenFound.join(', ')}`] : []),
        ...(!score.refusalOk ? [question.expect.refusal ? 'should have refused' : 'refused wrongly'] : []),
        ...(!score.citationHit ? ['no gold paragraph cited'] : []),
      ],
    })),
  };
}
