import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatChinese, formatEnglish, parseQuantities, parseQuantity, sameAmount } from './index.js';

describe('parseQuantity', () => {
  it.each([
    ['RMB 380 billion', '380000000000', 'currency', 'CNY', null],
    ['380 billion yuan', '380000000000', 'currency', 'CNY', null],
    ['over 380 billion RMB', '380000000000', 'currency', 'CNY', 'over'],
    ['3800亿元', '380000000000', 'currency', 'CNY', null],
    ['超过3800亿元', '380000000000', 'currency', 'CNY', 'over'],
    ['365.78亿', '36578000000', 'count', null, null],
    ['8亿美元', '800000000', 'currency', 'USD', null],
    ['约8亿美元', '800000000', 'currency', 'USD', 'about'],
    ['HK$2.6173 trillion', '2617300000000', 'currency', 'HKD', null],
    ['$800 million', '800000000', 'currency', 'USD', null],
    ['£5 billion', '5000000000', 'currency', 'GBP', null],
    ['about one billion yuan', '1000000000', 'currency', 'CNY', 'about'],
    ['36.578 billion yuan', '36578000000', 'currency', 'CNY', null],
    ['386%', '386', 'percent', null, null],
    ['2,000 GPUs', '2000', 'count', null, null],
    ['nearly 25,000', '25000', 'number', null, 'nearly'],
    ['up to $4 billion', '4000000000', 'currency', 'USD', 'up to'],
    ['at least 20%', '20', 'percent', null, 'at least'],
    ['twentyfold', '20', 'multiple', null, null],
    ['137-fold', '137', 'multiple', null, null],
    ['(71)', '-71', 'number', null, null],
    ['a 500 - million - yuan financing', '500000000', 'currency', 'CNY', null],
    ['RMB 380bn', '380000000000', 'currency', 'CNY', null],
  ])('%s', (text, value, unit, currency, qualifier) => {
    const quantity = parseQuantity(text)!;
    expect(quantity).toMatchObject({ value, unit, currency, qualifier });
    expect(text).toContain(quantity.text);
  });

  it('keeps ranges, counted items and the verbatim text', () => {
    expect(parseQuantity('cutting costs by 65%-75% compared')).toMatchObject({ text: '65%-75%', value: '65', high: '75', unit: 'percent' });
    expect(parseQuantity('100,000 Nvidia A800 GPUs will')).toMatchObject({ value: '100000', unit: 'count', item: 'Nvidia A800 GPUs' });
    expect(parseQuantity('over 380 billion RMB (~$53 billion)')).toMatchObject({ text: 'over 380 billion RMB' });
    expect(parseQuantities('over 380 billion RMB (~$53 billion)')[1]).toMatchObject({ text: '~$53 billion', currency: 'USD', qualifier: 'about' });
  });

  it('tells years and dates from figures', () => {
    expect(parseQuantities('Published: Jun. 23, 2025 6:47 a.m.').map((q) => q.unit)).toEqual(['date', 'date']);
    expect(parseQuantities('2025-10-09 10:34')).toEqual([]);
    expect(parseQuantities('2024年7月6日,上海')).toEqual([]);
    expect(parseQuantity('in 2024 it rose')?.unit).toBe('year');
    expect(parseQuantity('models such as A800 and Qwen3')).toBeUndefined();
  });

  it('never throws and always returns verbatim slices, whatever the input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      for (const quantity of parseQuantities(text)) expect(text.slice(quantity.index, quantity.index + quantity.text.length)).toBe(quantity.text);
    }), { numRuns: 500 });
  });
});

const amounts = fc.tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 4 }))
  .map(([digits, power, decimals]) => (digits * 10 ** power / 10 ** decimals).toFixed(decimals).replace(/\.?0+$/, '') || '0');
const currencies = fc.constantFrom('CNY', 'USD', 'HKD', 'GBP', 'EUR', null);

describe('formatting round-trips through the parser', () => {
  it('English', () => {
    fc.assert(fc.property(amounts, currencies, (value, currency) => {
      const written = formatEnglish(value, { unit: currency ? 'currency' : 'count', currency });
      expect(parseQuantity(written)?.value, written).toBe(value);
    }), { numRuns: 300 });
  });

  it('Chinese', () => {
    fc.assert(fc.property(amounts, currencies, (value, currency) => {
      const written = formatChinese(value, { unit: currency ? 'currency' : 'count', currency });
      expect(parseQuantity(written)?.value, written).toBe(value);
    }), { numRuns: 300 });
  });

  it('writes the forms the reports use', () => {
    expect(formatEnglish('126670000000', { unit: 'currency', currency: 'CNY' })).toBe('126.67 billion yuan');
    expect(formatChinese('126670000000', { unit: 'currency', currency: 'CNY' })).toBe('1266.7亿元');
    expect(formatEnglish('800000000', { unit: 'currency', currency: 'USD' })).toBe('$800 million');
    expect(formatChinese('2617300000000', { unit: 'currency', currency: 'HKD' })).toBe('2.6173万亿港元');
    expect(formatEnglish('126666666666.667', { unit: 'currency', currency: 'CNY', maxFractionDigits: 2 })).toBe('126.67 billion yuan');
    expect(formatEnglish('386', { unit: 'percent' })).toBe('386%');
  });
});

describe('sameAmount', () => {
  it('matches across 亿 and billion, and within rounding', () => {
    expect(sameAmount(parseQuantity('3800亿元')!, parseQuantity('RMB 380 billion')!)).toBe(true);
    expect(sameAmount(parseQuantity('365.78亿')!, parseQuantity('36.578 billion yuan')!)).toBe(true);
    expect(sameAmount(parseQuantity('36.6 billion yuan')!, parseQuantity('36.578 billion yuan')!)).toBe(true);
    expect(sameAmount(parseQuantity('39 billion yuan')!, parseQuantity('36.578 billion yuan')!)).toBe(false);
    expect(sameAmount(parseQuantity('$380 billion')!, parseQuantity('380 billion yuan')!)).toBe(false);
    expect(sameAmount(parseQuantity('70%')!, parseQuantity('65%-75%')!)).toBe(false);
    expect(sameAmount(parseQuantity('75%')!, parseQuantity('65%-75%')!)).toBe(true);
  });
});

describe('a year-shaped number with a Chinese measure word after it is a count', () => {
  it.each([['百度订购了2000块芯片', '2000'], ['用于2000台服务器', '2000'], ['裁员1999名员工', '1999']])('%s', (text, written) => {
    expect(parseQuantities(text).find((quantity) => quantity.text === written)?.unit).not.toBe('year');
  });

  it.each(['in 2020, Tencent began', '2025款小米SU7', '2019人工智能大会', '2023部署的集群'])('keeps a year a year: %s', (text) => {
    const year = parseQuantities(text).find((quantity) => /^(?:19|20)\d{2}$/.test(quantity.text));
    expect(year).toBeDefined();
    expect(year!.unit).toBe('year');
  });
});
