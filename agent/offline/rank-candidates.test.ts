import { describe, expect, it } from 'vitest';
import { wantedTypes } from './answer-type.js';
import { ANSWER_WEIGHTS, preferAskedType } from './rank-candidates.js';

const entry = (type: 'list' | 'sentence' | 'amount' | 'person' | 'explanation', p: number) => ({ candidate: { type }, p });

describe('preferAskedType', () => {
  const medium = ANSWER_WEIGHTS.thresholds.medium;

  it('puts a good-enough list first for a list question, over a slightly better quoted sentence', () => {
    const ranked = [entry('sentence', medium + 0.1), entry('amount', medium + 0.05), entry('list', medium + 0.01)];
    expect(preferAskedType(ranked, wantedTypes('Which chip companies has Alibaba invested in?'))[0]!.candidate.type).toBe('list');
    expect(preferAskedType(ranked.map((e) => (e.candidate.type === 'list' ? entry('person', e.p) : e)), wantedTypes('Who heads Alibaba Cloud?'))[0]!.candidate.type).toBe('person');
  });

  it('leaves the order alone when the wanted type is too weak to state, or when nothing is clearly asked', () => {
    const weak = [entry('sentence', medium + 0.1), entry('list', medium - 0.05)];
    expect(preferAskedType(weak, wantedTypes('Which chip companies has Alibaba invested in?'))[0]!.candidate.type).toBe('sentence');
    const open = [entry('amount', 0.9), entry('explanation', 0.8)];
    expect(preferAskedType(open, wantedTypes('Why did Alibaba invest in Moonshot AI?'))[0]!.candidate.type).toBe('amount');
  });
});
