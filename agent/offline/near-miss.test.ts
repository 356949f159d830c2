import { describe, expect, it } from 'vitest';
import type { Period } from '../../core/index.js';
import { nearMissOpening, nearMissSentences } from './near-miss.js';

const period = (from: string, to: string): Period => ({ text: null, from, to });
const YEAR_2024 = period('2024-01-01', '2024-12-31');
const Q4_2024 = period('2024-10-01', '2024-12-31');
const H2_2024 = period('2024-07-01', '2024-12-31');
const Y2024_25 = period('2024-10-01', '2025-09-30');

describe('nearMissOpening: the hedge names what differs', () => {
  it('a part of the asked period, the whole of it, or a span beside it', () => {
    expect(nearMissOpening('period', { period: Q4_2024 }, { periods: [YEAR_2024], metrics: [] }, 'en')).toBe('The reports give the figure for Q4 2024, not for 2024 as a whole:');
    expect(nearMissOpening('period', { period: YEAR_2024 }, { periods: [Q4_2024], metrics: [] }, 'en')).toBe('The reports give the figure for 2024 as a whole, not for Q4 2024 alone:');
    expect(nearMissOpening('period', { period: Y2024_25 }, { periods: [H2_2024], metrics: [] }, 'en')).toMatch(/^The reports give the figure for .+, not for .+:$/);
  });

  it('in Chinese', () => {
    expect(nearMissOpening('period', { period: Q4_2024 }, { periods: [YEAR_2024], metrics: [] }, 'zh')).toBe('报告给出的是2024年第四季度的数字,而不是2024年全期的:');
    expect(nearMissOpening('measure', { metric: 'investment_plan' }, { periods: [], metrics: ['capex'] }, 'zh')).toBe('报告给出的是投资计划,而不是资本开支:');
  });

  it('a neighbouring measure', () => {
    expect(nearMissOpening('measure', { metric: 'investment_plan' }, { periods: [], metrics: ['capex'] }, 'en')).toBe('The reports give investment plans, not capital expenditure:');
  });

  it('says nothing when the difference cannot be put in words', () => {
    expect(nearMissOpening('period', { period: { text: 'this year', from: null, to: null } }, { periods: [YEAR_2024], metrics: [] }, 'en')).toBeUndefined();
    expect(nearMissOpening('period', { period: Q4_2024 }, { periods: [], metrics: [] }, 'en')).toBeUndefined();
    expect(nearMissOpening('measure', { metric: 'capex' }, { periods: [], metrics: ['capex'] }, 'en')).toBeUndefined();
  });
});

describe('nearMissSentences', () => {
  it('puts the hedge in the first sentence, before the figure', () => {
    expect(nearMissSentences('The reports give the figure for Q4 2024, not for 2024 as a whole:', ["Tencent's capital expenditure in Q4 2024 was 36.578 billion yuan [1].", 'Quote.'], 'en'))
      .toEqual(["The reports give the figure for Q4 2024, not for 2024 as a whole: Tencent's capital expenditure in Q4 2024 was 36.578 billion yuan [1].", 'Quote.']);
    expect(nearMissSentences('报告给出的是2024年第四季度的数字,而不是2024年全期的:', ['腾讯2024年第四季度的资本开支为365.78亿元 [1]。'], 'zh'))
      .toEqual(['报告给出的是2024年第四季度的数字,而不是2024年全期的:腾讯2024年第四季度的资本开支为365.78亿元 [1]。']);
  });
});
