import { describe, expect, it } from 'vitest';
import { parseQuantities, type Quantity } from '../../core/index.js';
import { agreesAsStated, roundingOf, sameYearAs, statedYear } from './stated-figures.js';

const first = (text: string, at = 0): Quantity => parseQuantities(text).filter((quantity) => quantity.unit !== 'year')[at]!;
const reported = (value: string, unit: Quantity['unit'] = 'count', currency: Quantity['currency'] = null) => ({ value, unit, currency });

describe('agreesAsStated: a figure read within the rounding and approximation the asker used', () => {
  it.each([
    ['阿里员工约19.4万人', '194320'],
    ['about 200,000 employees', '194320'],
    ['roughly 194,000 employees', '194320'],
    ['nearly 25,000 fewer staff', '24940'],
    ['近2.5万人', '24940'],
    ['some 36.6 billion yuan', '36578000000'],
    ['大约366亿元', '36578000000'],
    ['30%左右', '32'],
    // A round figure takes in what rounds to it, short of the half-way mark.
    ['about 100,000 servers', '140000'],
    ['about 1 million users', '1400000'],
  ])('%s agrees with %s', (text, value) => {
    const stated = first(text);
    expect(agreesAsStated(text, stated, reported(value, stated.unit, stated.currency))).toBe(true);
  });

  it.each([
    ['占30%左右', '13', 'percent'],
    ['about 250,000 employees', '194320', 'count'],
    ['约25万人', '194320', 'count'],
    ['480 billion yuan', '380000000000', 'currency'],
    ['a 50% stake', '36', 'percent'],
    ['$20 billion', '2000000000', 'currency'],
    // A floor is the reports' own wording of a level, not any larger figure.
    ['超过2000亿元', '380000000000', 'currency'],
    ['over 200 billion yuan', '100000000000', 'currency'],
    // Half a round figure rounds to itself, not to it.
    ['about 100,000 servers', '50000', 'count'],
  ])('%s does not agree with %s', (text, value, unit) => {
    const stated = first(text);
    expect(agreesAsStated(text, stated, reported(value, unit as Quantity['unit'], stated.currency))).toBe(false);
  });

  it('reads the precision the asker wrote', () => {
    expect(roundingOf({ text: '19.4万' })).toBeCloseTo(0.05 / 19.4);
    expect(roundingOf({ text: '200,000' })).toBeCloseTo(0.25);
    expect(roundingOf({ text: '194,320' })).toBeCloseTo(5 / 194320);
  });
});

describe('statedYear: the year the question binds to a figure it states', () => {
  it.each([
    ['阿里员工从2023年底的约21.9万人降到2024年底的约19.4万人', ['2023', '2024'], 'zh'],
    ["Alibaba's headcount went from about 219,000 at the end of 2023 to roughly 194,000 at the end of 2024", ['2023', '2024'], 'en'],
    ['In 2024, Alibaba had about 194,000 employees', ['2024'], 'en'],
    ['腾讯2024年第四季度资本开支约366亿元', ['2024'], 'zh'],
  ])('%s', (text, years, lang) => {
    const stated = parseQuantities(text).filter((quantity) => quantity.unit !== 'year');
    expect(stated.map((quantity) => statedYear(text, quantity, stated, lang as 'en' | 'zh'))).toEqual(years);
  });

  it('binds no year across a clause boundary', () => {
    const text = 'In 2023, it grew; Alibaba had about 194,000 employees';
    expect(statedYear(text, first(text), [first(text)], 'en')).toBeUndefined();
  });

  it('holds a figure only against facts of its year', () => {
    expect(sameYearAs('2023', { from: '2024-01-01', to: '2024-12-31' })).toBe(false);
    expect(sameYearAs('2024', { from: '2024-12-31', to: '2024-12-31' })).toBe(true);
    expect(sameYearAs(undefined, { from: '2024-01-01', to: '2024-12-31' })).toBe(true);
    expect(sameYearAs('2023', { from: null, to: null })).toBe(true);
  });
});
