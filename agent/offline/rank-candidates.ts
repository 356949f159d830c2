/**
 * @module One score per candidate answer: a logistic model over the evidence features, with weights
 * fitted on the training split (`npm run fit:weights` rewrites `answer-weights.json`). The score is
 * the candidate's probability of being right; thresholds on it decide answer, hedge or refusal.
 */
import weightsFile from './answer-weights.json' with { type: 'json' };

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
