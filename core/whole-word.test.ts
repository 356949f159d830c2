import { describe, expect, it } from 'vitest';
import { escapeRegExp, wholeWord } from './whole-word.js';

describe('escapeRegExp', () => {
  it('makes every RegExp metacharacter literal', () => {
    const text = 'S&P 500 (index) [a|b] ^x$ 1.5*2+3? {4} \\';
    expect(new RegExp(escapeRegExp(text)).exec(`before ${text} after`)?.[0]).toBe(text);
    expect(new RegExp(`^${escapeRegExp('a.c')}$`).test('abc')).toBe(false);
  });
});

describe('wholeWord', () => {
  it('finds a name with no word character on either side, in any case', () => {
    expect(wholeWord('Caixin').test('as caixin reported')).toBe(true);
    expect(wholeWord('Caixin').test('Caixinx reported')).toBe(false);
    expect(wholeWord('Caixin').test('the xCaixin feed')).toBe(false);
  });

  it('keeps edges for names that end in punctuation or are written in Chinese', () => {
    expect(wholeWord('Inc.').test('Apple Inc. said')).toBe(true);
    expect(wholeWord('财新').test('据财新报道')).toBe(true);
  });

  it('takes a possessive with the name only when asked, and honours the flags', () => {
    expect('Caixin’s and CAIXIN\'s reports'.replace(wholeWord('Caixin', { flags: 'gi', possessive: true }), '_')).toBe('_ and _ reports');
    expect('Caixin’s report'.replace(wholeWord('Caixin'), '_')).toBe('_’s report');
    expect(wholeWord('Caixin', { flags: '' }).test('caixin')).toBe(false);
  });
});
