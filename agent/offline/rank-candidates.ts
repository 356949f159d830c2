/**
 * @module One score per candidate answer: a logistic model over the evidence features, with weights
 * fitted on the training split (`npm run fit:weights` rewrites `answer-weights.json`). The score is
 * the candidate's probability of being right; thresholds on it decide answer, hedge or refusal.
 */
import weightsFile from './answer-weights.json' with { type: 'json' };
import { leadingType, type AnswerType, type WantedTypes } from './answer-type.js';

export const FEATURES = ['bias', 'typeFit', 'subject', 'relation', 'relationContext', 'period', 'metric', 'agreement', 'retrieval', 'strength', 'operation', 'rumour'] as const;
export type FeatureName = (typeof FEATURES)[number];
export type FeatureVector = Record<FeatureName, number>;

export interface AnswerWeights {
  features: readonly string[];
  weights: number[];
  /** Probability at or above which an answer is stated plainly, and at or above which it is hedged. */
  thresholds: { high: number; medium: number };
  fittedOn: string;
}

export type Confidence = 'high' | 'medium' | 'low';

export const ANSWER_WEIGHTS: AnswerWeights = weightsFile;

export function toArray(vector: FeatureVector): number[] {
  return FEATURES.map((name) => vector[name]);
}

export function probability(vector: FeatureVector, weights: AnswerWeights = ANSWER_WEIGHTS): number {
  const values = toArray(vector);
  const z = weights.weights.reduce((sum, weight, i) => sum + weight * (values[i] ?? 0), 0);
  return 1 / (1 + Math.exp(-z));
}

export function confidenceOf(p: number, weights: AnswerWeights = ANSWER_WEIGHTS): Confidence {
  return p >= weights.thresholds.high ? 'high' : p >= weights.thresholds.medium ? 'medium' : 'low';
}

/**
 * A question that plainly wants a list, a person or a date is answered in that form whenever such a
 * candidate is good enough to state (at least hedged), even if a figure or a single quoted sentence
 * scores a little higher: answer-type fit is decisive once it is clear what was asked. (Explanations
 * are left to the scores: a premise or a rumour is often better answered by the facts that settle it.)
 */
export function preferAskedType<T extends { candidate: { type: AnswerType }; p: number }>(ranked: T[], wanted: WantedTypes, weights: AnswerWeights = ANSWER_WEIGHTS): T[] {
  const lead = leadingType(wanted);
  // ("How many developers does ERNIE have?" wants a count: a quoted sentence about ERNIE Bot's search features is no count.)
  if (!['list', 'person', 'date', 'count'].includes(lead) || wanted[lead] < 0.5) return ranked;
  const fitting = ranked.find((entry) => entry.candidate.type === lead && entry.p >= weights.thresholds.medium);
  if (!fitting || ranked[0] === fitting || wanted[ranked[0]!.candidate.type] >= wanted[lead]) return ranked;
  return [fitting, ...ranked.filter((entry) => entry !== fitting)];
}
