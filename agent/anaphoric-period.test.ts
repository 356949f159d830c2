import { describe, expect, it } from 'vitest';
import { asksYearBefore, pointsAtPeriod, resolvePeriodAnaphora } from './anaphoric-period.js';

const Y2019 = { text: '2019', from: '2019-01-01', to: '2019-12-31' };
const Q4_2024 = { text: 'Q4 2024', from: '2024-10-01', to: '2024-12-31' };

describe('resolvePeriodAnaphora', () => {
  it('writes the period in for "the same year", "that year", "that quarter", with or without a preposition', () => {
    expect(resolvePeriodAnaphora('Which company did Alibaba and SAIC set up the same year?', 'en', Y2019)).toBe('Which company did Alibaba and SAIC set up in 2019?');
    expect(resolvePeriodAnaphora('What was its share in the first half of that year?', 'en', Y2019)).toBe('What was its share in the first half of 2019?');
    expect(resolvePeriodAnaphora('How much did it lose from that year to 2024?', 'en', Y2019)).toBe('How much did it lose from 2019 to 2024?');
    expect(resolvePeriodAnaphora('What was Alibaba’s revenue in the same quarter?', 'en', Q4_2024)).toBe('What was Alibaba’s revenue in Q4 2024?');
  });

  it('writes it in Chinese for 同年, 当年, 那一年, 同期', () => {
    expect(resolvePeriodAnaphora('同年上半年考拉的市场份额是多少?', 'zh', Y2019)).toBe('2019年上半年考拉的市场份额是多少?');
    expect(resolvePeriodAnaphora('宇树科技当年的收入是多少?', 'zh', Y2019)).toBe('宇树科技2019年的收入是多少?');
    expect(resolvePeriodAnaphora('那一年阿里巴巴有多少员工?', 'zh', Y2019)).toBe('2019年阿里巴巴有多少员工?');
    expect(resolvePeriodAnaphora('阿里巴巴同期的营收是多少?', 'zh', Q4_2024)).toBe('阿里巴巴2024年第四季度的营收是多少?');
  });

  it('writes "the year before that" / "此前一年" out only when asked to (a period an answer gave)', () => {
    expect(resolvePeriodAnaphora('And the year before that?', 'en', Y2019, true)).toBe('And in 2018?');
    expect(resolvePeriodAnaphora('此前一年呢?', 'zh', Y2019, true)).toBe('2018年呢?');
    expect(resolvePeriodAnaphora('And the year before that?', 'en', Y2019)).toBe('And the year before that?');
  });

  it('leaves a question alone with no period to point at, or nothing pointing', () => {
    expect(resolvePeriodAnaphora('What happened that year?', 'en', undefined)).toBe('What happened that year?');
    expect(resolvePeriodAnaphora('What did Alibaba say about that?', 'en', Y2019)).toBe('What did Alibaba say about that?');
    expect(pointsAtPeriod('this year')).toBe(false);
    expect(pointsAtPeriod('当年')).toBe(true);
    expect(asksYearBefore('the year before that')).toBe(true);
    expect(asksYearBefore('a year earlier')).toBe(false);
  });
});

describe('"那一年前呢?" is "and a year earlier?", not "that year"', () => {
  it('leaves it to the shift, not to the last period', () => {
    expect(pointsAtPeriod('那一年前呢?')).toBe(false);
    expect(pointsAtPeriod('那一年阿里巴巴有多少员工?')).toBe(true);
  });
});

describe('a month the last answer gave: "that month" is the month, "that year" its year', () => {
  const april = { text: 'April 2025', from: '2025-04-01', to: '2025-04-30' };
  it.each([
    ['What about ByteDance that month?', 'en', 'What about ByteDance in April 2025?'],
    ['What was its market share that year?', 'en', 'What was its market share in 2025?'],
    ['字节当月发布了什么?', 'zh', '字节2025年4月发布了什么?'],
    ['同年字节发布了什么?', 'zh', '2025年字节发布了什么?'],
  ])('%s', (question, lang, resolved) => {
    expect(resolvePeriodAnaphora(question, lang as 'en' | 'zh', april)).toBe(resolved);
  });
});
