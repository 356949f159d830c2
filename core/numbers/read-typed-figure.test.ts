import { describe, expect, it } from 'vitest';
import { readTypedFigure } from './read-typed-figure.js';

const read = (text: string, start = 0, thousands = true) => readTypedFigure(text, start, { thousands });

describe('readTypedFigure', () => {
  it.each([
    ['380 billion', '380000000000', null, 'billion'],
    ['3800亿', '380000000000', null, '亿'],
    ['1.2万', '12000', null, '万'],
    ['$800 million', '800000000', 'USD', 'million'],
    ['RMB 136.091 billion', '136091000000', 'CNY', 'billion'],
    ['52.5 billion USD', '52500000000', 'USD', 'billion'],
    ['¥100', '100', 'CNY', null],
    ['￥3800亿元', '380000000000', 'CNY', '亿'],
    ['36.578 billion yuan', '36578000000', 'CNY', 'billion'],
    ['HK$2.6173 trillion', '2617300000000', 'HKD', 'trillion'],
    ['£5bn', '5000000000', 'GBP', 'bn'],
    ['$5b', '5000000000', 'USD', 'b'],
    ['100 EUR', '100', 'EUR', null],
    ['1,234', '1234', null, null],
    ['1,234,567.5', '1234567.5', null, null],
  ])('reads %s', (text, value, currency, scale) => {
    expect(read(text)).toMatchObject({ end: text.length, value, currency, scale });
  });

  it('reads only from the offset it is given, and stops where the figure does', () => {
    expect(read('x + 380 billion / 3', 4)).toMatchObject({ end: 15, value: '380000000000' });
    expect(read('380 billion / 3', 14)).toMatchObject({ end: 15, value: '3', currency: null, scale: null });
    expect(read('x + 380', 0)).toBeUndefined();
    expect(read('USD, CNY)', 0)).toBeUndefined();
  });

  it('leaves commas alone unless thousands separators are allowed, and reads \\d{1,3}(,\\d{3})+ only', () => {
    expect(read('1,234', 0, false)).toMatchObject({ end: 1, value: '1' });
    expect(read('1,2345')).toMatchObject({ end: 1, value: '1' });
    expect(read('1,23')).toMatchObject({ end: 1 });
    expect(read('1234,567')).toMatchObject({ end: 4, value: '1234' });
    expect(read('1,234,5')).toMatchObject({ end: 5, value: '1234' });
  });

  it('does not take prose forms that would change an expression: hyphens, glued letters, names after a space', () => {
    expect(read('5 - million')).toMatchObject({ end: 1, scale: null });
    expect(read('5b')).toMatchObject({ end: 1, scale: null });
    expect(read('2 USDx')).toMatchObject({ end: 1, currency: null });
    expect(read('5 - USD')).toMatchObject({ end: 1, currency: null });
    expect(read('3 x')).toMatchObject({ end: 1 });
    expect(read('$ 5')).toBeUndefined();
  });
});
