import { describe, expect, it } from 'vitest';
import { checkGrounding } from './grounding.js';

describe('checkGrounding', () => {
  const quotes = ['Tencent’s capital expenditure in Q4 alone reached 36.578 billion yuan, a year - on - year increase of 386%.'];

  it('accepts figures from quotes across languages, scales and rounding', () => {
    expect(checkGrounding('Tencent spent 36.578 billion yuan [1], up 386% [1].', { quotes, amounts: [] }).grounded).toBe(true);
    expect(checkGrounding('腾讯资本开支为365.78亿元[1]。', { quotes, amounts: [] }).grounded).toBe(true);
    expect(checkGrounding('About 36.6 billion yuan [1].', { quotes, amounts: [] }).grounded).toBe(true);
  });

  it('accepts calculation results and ignores markers, years and dates', () => {
    const amounts = [{ value: '7526337448.56', unit: 'currency' as const, currency: 'CNY' as const }];
    expect(checkGrounding('About 7.53 billion yuan in Q4 2023 [12], per Caixin (2025-06-23).', { quotes, amounts }).grounded).toBe(true);
  });

  it('flags figures that trace to nothing, and wrong currencies', () => {
    expect(checkGrounding('Tencent spent 50 billion yuan and $36.578 billion.', { quotes, amounts: [] })).toEqual({ grounded: false, ungroundedNumbers: ['50 billion yuan', '$36.578 billion'] });
  });
});
