import { describe, expect, it } from 'vitest';
import { normaliseTyping, tokenize } from './tokenize-expression.js';

const kinds = (expression: string) => tokenize(expression).map((token) => `${token.kind}:${token.value ?? token.text}`);

describe('tokenize', () => {
  it('replaces full-width forms one character for one, so positions still point into what was typed', () => {
    expect(normaliseTyping('（１２＋３４）×２\u3000％')).toBe('(12+34)×2 %');
    expect(tokenize('１＋＄５').map((token) => token.position)).toEqual([0, 1, 2, 4]);
  });

  it('reads figures with scale words and currencies as one amount token', () => {
    expect(kinds('$800 million / 36%')).toEqual(['amount:800000000', 'op:/', 'number:36', 'op:%', 'end:']);
    expect(kinds('convert(x, USD, CNY)')).toEqual(['name:convert', 'open:(', 'name:x', 'comma:,', 'name:USD', 'comma:,', 'name:CNY', 'close:)', 'end:']);
  });

  it('applies the thousands-separator rule by context', () => {
    expect(kinds('1,234 + 5,678')).toEqual(['number:1234', 'op:+', 'number:5678', 'end:']);
    expect(kinds('sum(1,234, 5)')).toEqual(['name:sum', 'open:(', 'number:1234', 'comma:,', 'number:5', 'close:)', 'end:']);
    expect(kinds('sum(100,200)')).toEqual(['name:sum', 'open:(', 'number:100', 'comma:,', 'number:200', 'close:)', 'end:']);
    // A plain bracket inside a call holds one expression, so a comma there can only group digits.
    expect(kinds('sum((1,234),5)')).toEqual(['name:sum', 'open:(', 'open:(', 'number:1234', 'close:)', 'comma:,', 'number:5', 'close:)', 'end:']);
    // The spaced comma of an inner call does not change the outer call's reading.
    expect(kinds('max(1,000,sum(1, 2))').slice(0, 6)).toEqual(['name:max', 'open:(', 'number:1', 'comma:,', 'number:000', 'comma:,']);
    expect(tokenize('sum(1,234, 5)')[2]).toMatchObject({ grouped: true, written: '1,234', text: '1234' });
  });

  it('names the character it cannot read, at its position', () => {
    expect(() => tokenize('1 + @')).toThrow('Unexpected "@" at position 5');
    expect(() => tokenize('１ ＋ ＠')).toThrow('Unexpected "＠" at position 5');
  });
});
