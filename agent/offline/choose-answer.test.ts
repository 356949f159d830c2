import { describe, expect, it } from 'vitest';
import type { AnswerFit } from './answer-fit.js';
import { byFit } from './choose-answer.js';
import type { AnswerCandidate } from './candidates.js';
import { ANSWER_WEIGHTS } from './rank-candidates.js';

const { medium, high } = ANSWER_WEIGHTS.thresholds;
const entry = (origin: AnswerCandidate['origin'], fit: AnswerFit, p: number) => ({ candidate: { origin, fit } as AnswerCandidate, p });
const OFF: AnswerFit = { form: 'off', why: 'type' };
const DIRECT: AnswerFit = { form: 'direct' };
const NEAR: AnswerFit = { form: 'near', differs: 'period' };

describe('byFit: the typed checks choose among the candidates worth saying', () => {
  it('keeps the best-scored candidate when it fits or is not checked', () => {
    const ranked = [entry('facts', DIRECT, high), entry('sentence', DIRECT, medium)];
    expect(byFit(ranked)).toBe(ranked[0]);
    const open = [entry('explanation', { form: 'unchecked' }, high), entry('facts', DIRECT, medium)];
    expect(byFit(open)).toBe(open[0]);
  });

  it('passes over an answer that is no answer (a sentence without the figure, another company\'s figure) to one that fits, a fact first', () => {
    const ranked = [entry('explanation', OFF, high), entry('sentence', DIRECT, medium + 0.05), entry('facts', DIRECT, medium + 0.01)];
    expect(byFit(ranked)).toBe(ranked[2]);
    const noFact = [entry('sentence', OFF, high), entry('person', { form: 'weak' }, medium)];
    expect(byFit(noFact)).toBe(noFact[1]);
  });

  it('finds nothing to say when every candidate worth saying is no answer: the refusal follows', () => {
    expect(byFit([entry('sentence', OFF, high), entry('facts', DIRECT, medium - 0.1)])).toBeUndefined();
    expect(byFit([])).toBeUndefined();
  });

  it('lets a near miss give way to a direct answer also worth saying, and keeps it when there is none', () => {
    const ranked = [entry('facts', NEAR, high), entry('sentence', DIRECT, medium)];
    expect(byFit(ranked)).toBe(ranked[1]);
    const alone = [entry('facts', NEAR, high), entry('sentence', OFF, medium)];
    expect(byFit(alone)).toBe(alone[0]);
  });
});
