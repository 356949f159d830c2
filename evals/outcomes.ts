/** @module Outcome classes as FinanceBench reports them — correct, partial, wrong, refused — plus "confidently wrong": wrong, and neither hedged nor refused. */
import type { Answer } from '../core/index.js';
import type { GoldQuestion } from './question-schema.js';
import { NOT_ANSWERED_OPENINGS, type AnswerScore } from './score-answer.js';

export type Outcome = 'correct' | 'partial' | 'wrong' | 'refused';
export interface OutcomeRates { correct: number; partial: number; wrong: number; refused: number; confidentlyWrong: number }

/**
 * How the agents open an answer they are unsure of: the offline agent's "The closest the reports come …",
 * "The reports don't say …", "报告没有…" / "报道没有提到…", and the like.
 */
const HEDGE_OPENINGS = [
  // Every opening that says the reports don't answer directly is a hedge; the rest say less about how close they come.
  ...NOT_ANSWERED_OPENINGS,
  /^the reports? (?:don't|do not|doesn't|does not|never) (?:say|state|give|mention|cover|report|answer)/i,
  /^(?:it is|it's) not (?:clear|stated|reported)/i,
  /^(?:i|we) (?:could not|couldn't|can't|cannot) find/i,
  /^not (?:in|covered by|stated in) the reports?/i,
  /^(?:the )?reports? (?:are|is) (?:unclear|silent)/i,
  /^(?:报告|报道|资料)(?:中)?(?:没有|未|并未|并没有)/,
];

/**
 * An answer is hedged when it says so: refused, a `confidence` of low or medium (when the agent
 * reports one), or an opening sentence that says the reports don't quite answer it.
 */
export function isHedged(answer: Answer): boolean {
  if (answer.refused) return true;
  const confidence = (answer as Answer & { confidence?: unknown }).confidence;
  if (confidence === 'low' || confidence === 'medium') return true;
  const opening = answer.answer.trimStart().replace(/^[*_"“'‘]+/, '');
  return HEDGE_OPENINGS.some((pattern) => pattern.test(opening));
}

/**
 * correct: the rules pass. refused: an answer was expected and the agent refused. partial: some but not
 * all expected figures and terms are there (or all of them, but not in the first sentence when `lead`
 * asks), with nothing forbidden. wrong: everything else, including answering an unanswerable question.
 */
export function outcomeOf(question: GoldQuestion, answer: Answer, score: AnswerScore): Outcome {
  if (score.correct) return 'correct';
  if (answer.refused && !question.expect.refusal) return 'refused';
  if (!question.expect.refusal && !score.forbiddenFound.length && score.found > 0) return 'partial';
  return 'wrong';
}

export function outcomeRates(results: { outcome: Outcome; hedged: boolean }[]): OutcomeRates {
  const share = (count: number) => (results.length ? Number((count / results.length).toFixed(4)) : 0);
  const count = (outcome: Outcome) => results.filter((result) => result.outcome === outcome).length;
  return {
    correct: share(count('correct')), partial: share(count('partial')), wrong: share(count('wrong')), refused: share(count('refused')),
    confidentlyWrong: share(results.filter((result) => result.outcome === 'wrong' && !result.hedged).length),
  };
}
