import { describe, expect, it } from 'vitest';
import { findPeriods, resolvePeriod } from './periods.js';

describe('relative periods', () => {
  it('resolve "this year", "last year", "last quarter" and their Chinese forms against the report date', () => {
    expect(findPeriods('Tencent plans to invest 100 billion yuan this year', '2025-10-09')[0]).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(findPeriods('去年的资本开支', '2025-10-09')[0]).toMatchObject({ from: '2024-01-01', to: '2024-12-31' });
    expect(findPeriods('revenue last quarter', '2025-02-25')[0]).toMatchObject({ text: 'last quarter', from: '2024-10-01', to: '2024-12-31' });
    expect(findPeriods('上季度的营收', '2025-10-09')[0]).toMatchObject({ from: '2025-07-01', to: '2025-09-30' });
    expect(findPeriods('本季度', '2025-05-15')[0]).toMatchObject({ from: '2025-04-01', to: '2025-06-30' });
    expect(findPeriods('the fourth quarter of last year', '2025-10-09')[0]).toMatchObject({ from: '2024-10-01', to: '2024-12-31' });
  });

  it('stay unresolved, with their words, when the report is undated', () => {
    expect(findPeriods('delivered this year', null)[0]).toEqual({ text: 'this year', from: null, to: null });
    expect(findPeriods('last quarter', null)[0]).toEqual({ text: 'last quarter', from: null, to: null });
    expect(resolvePeriod('About $1 billion worth will be delivered this year', null, 6)).toEqual({ text: 'this year', from: null, to: null });
  });
});

describe('months and year ends', () => {
  it('read a quarter written with a hyphen before its year ("fourth-quarter 2024 financial report") as that quarter', () => {
    for (const text of ["data from Alibaba's fourth-quarter 2024 financial report shows", 'the 2024 fourth-quarter financial report', 'in the fourth quarter of 2024']) {
      expect(findPeriods(text, '2025-02-25')[0]).toMatchObject({ from: '2024-10-01', to: '2024-12-31' });
    }
  });

  it('read a month with its year as that month, in English and Chinese', () => {
    for (const text of ['December 2023', 'Dec. 2023', 'Dec 2023', 'in December, 2023', '2023年12月', '2023 年 12 月底']) {
      expect(findPeriods(text, null)[0], text).toMatchObject({ from: '2023-12-01', to: '2023-12-31' });
    }
    expect(findPeriods('February 2024', null)[0]).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    expect(findPeriods('2025年4月', null)[0]).toMatchObject({ from: '2025-04-01', to: '2025-04-30' });
    expect(findPeriods('Sept. 2024', null)[0]).toMatchObject({ from: '2024-09-01', to: '2024-09-30' });
  });

  it('read a year\'s end as its last month', () => {
    for (const text of ['end of 2023', 'at the end of 2023', 'by the end of 2023', 'end-2023', 'year-end 2023', '2023年底', '2023年末']) {
      expect(findPeriods(text, null)[0], text).toMatchObject({ from: '2023-12-01', to: '2023-12-31' });
    }
  });

  it('read a year\'s start ("2025年初", "early 2025") as no span a passage is held to, not as the whole year', () => {
    for (const text of ['按2025年初的数据', 'at the beginning of 2025', 'by the start of 2025', 'in early 2025', 'early-2025']) {
      const periods = findPeriods(text, null);
      expect(periods, text).toHaveLength(1);
      expect(periods[0], text).toMatchObject({ from: null, to: null });
    }
    // The year alone, and its end, are still spans.
    expect(findPeriods('2025年的数据', null)[0]).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(findPeriods('2025年底', null)[0]).toMatchObject({ from: '2025-12-01' });
  });

  it('tell two months apart in one question, earlier first', () => {
    const periods = findPeriods('between December 2023 and December 2024', null);
    expect(periods.map((period) => period.from)).toEqual(['2023-12-01', '2024-12-01']);
    expect(findPeriods('从2023年底到2024年底', null).map((period) => period.to)).toEqual(['2023-12-31', '2024-12-31']);
  });

  it('read "over 2024" and "throughout 2024" as the year, but not a rate\'s "over 2023"', () => {
    expect(findPeriods('How many employees did the workforce drop by over 2024?', null)[0]).toMatchObject({ from: '2024-01-01', to: '2024-12-31' });
    expect(findPeriods('hiring throughout 2023', null)[0]).toMatchObject({ from: '2023-01-01', to: '2023-12-31' });
    expect(findPeriods('$120 billion, up 25% over 2023', null)).toEqual([]);
  });

  it('leave a dated "as of" figure to its year, and a month with no year unresolved', () => {
    expect(resolvePeriod('as of December 31, 2024, Alibaba had a total of 194,320 employees', null, 40)).toMatchObject({ from: '2024-01-01', to: '2024-12-31' });
    expect(findPeriods('In December, a Beijing-based LLM unicorn purchased chips', null)).toEqual([]);
  });
});

describe('year ranges', () => {
  it('read a range of years as one period however it is written, with or without 年 on each year', () => {
    for (const text of ['2022-2024年', '2022年至2024年', '2022年到2024年', '2022 年至 2024 年间', '2022至2024年', 'from 2022 to 2024', 'between 2022 and 2024']) {
      expect(findPeriods(text, '2025-06-23'), text).toEqual([expect.objectContaining({ from: '2022-01-01', to: '2024-12-31' })]);
    }
  });

  it('leaves single years and year-months alone', () => {
    expect(findPeriods('2023年12月到2024年', null).map((period) => period.from)).not.toContain('2023-01-01');
    expect(findPeriods('2024年第四季度', null)).toEqual([expect.objectContaining({ from: '2024-10-01', to: '2024-12-31' })]);
  });
});

describe('"since" a year', () => {
  it.each(['Since 2023, 40% of deals went to AI startups', '自2023年以来,投向AI初创公司', '2023年以来的交易', '从2023年起', 'since March 2023', 'since early 2023', '自2023年3月以来'])('%s names a span up to the report, not the year itself', (text) => {
    const [period] = findPeriods(text, '2025-06-23');
    expect(period).toMatchObject({ from: null, to: null });
    expect(period!.text).toMatch(/2023/);
  });

  it('leaves a plain year as that year', () => {
    expect(findPeriods('2023年的交易', '2025-06-23')[0]).toMatchObject({ from: '2023-01-01', to: '2023-12-31' });
  });
});

describe('a quarter named by the month it ends in ("the December quarter", "the quarter ended December 31, 2024")', () => {
  it.each([
    ['in the December quarter of 2024', '2024-10-01', '2024-12-31'],
    ['for the quarter ended December 31, 2024', '2024-10-01', '2024-12-31'],
    ['in the March quarter, 2025', '2025-01-01', '2025-03-31'],
    ['the quarter ending June 2025', '2025-04-01', '2025-06-30'],
  ])('%s', (text, from, to) => {
    expect(findPeriods(text, '2025-06-23')).toEqual([expect.objectContaining({ from, to })]);
  });

  it('with no year, is the latest such quarter to have begun by the report\'s date', () => {
    expect(findPeriods('in the December quarter', '2025-02-25')[0]).toMatchObject({ from: '2024-10-01', to: '2024-12-31' });
    expect(findPeriods('in the March quarter', '2025-06-23')[0]).toMatchObject({ from: '2025-01-01', to: '2025-03-31' });
    expect(findPeriods('in the June quarter', '2025-06-23')[0]).toMatchObject({ from: '2025-04-01', to: '2025-06-30' });
    expect(findPeriods('in the September quarter', '2025-06-23')[0]).toMatchObject({ from: '2024-07-01', to: '2024-09-30' });
    expect(findPeriods('in the December quarter', null)[0]).toMatchObject({ from: null, to: null });
  });
});

describe('a year’s start is not 初步 (preliminary)', () => {
  it('keeps the year of "2025年初步数据"', () => {
    expect(findPeriods('2025年初步数据显示', null)[0]).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
  });
});
