import { describe, expect, it } from 'vitest';
import { leadingType, wantedTypes } from './answer-type.js';

describe('wantedTypes', () => {
  it.each([
    ['Why would a startup accept compute from an investor instead of cash?', 'explanation'],
    ['How do the two companies approach model startups differently?', 'explanation'],
    ['阿里巴巴为什么要大规模投资AI?', 'explanation'],
    ['Who heads the e-commerce business group?', 'person'],
    ['谁是该公司的首席执行官?', 'person'],
    ['When did the model become open source?', 'date'],
    ['Which chip firms has the company invested in?', 'list'],
    ['How many employees did it have at the end of 2024?', 'count'],
    ["What is Tencent's Q4 2024 capital expenditure?", 'amount'],
    ['What percentage of revenue came from the cloud unit?', 'percent'],
  ])('%s → %s', (question, type) => {
    expect(leadingType(wantedTypes(question))).toBe(type);
  });

  it('weights sum to one, and "how much" is not read as an explanation', () => {
    const wanted = wantedTypes('How much did it invest?');
    expect(Object.values(wanted).reduce((sum, value) => sum + value, 0)).toBeCloseTo(1);
    expect(wanted.explanation).toBe(0);
  });

  it('gives a question with no cue a spread rather than one route', () => {
    const wanted = wantedTypes('Tell me about the cloud business.');
    expect(Object.values(wanted).filter((value) => value > 0).length).toBeGreaterThan(1);
  });
});
