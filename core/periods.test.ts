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
