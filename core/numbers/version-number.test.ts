import { describe, expect, it } from 'vitest';
import { parseQuantities } from './parse-quantities.js';
import { isVersionNumber } from './version-number.js';

const versionIn = (text: string, written: string) => isVersionNumber(text, parseQuantities(text).find((quantity) => quantity.text.includes(written))!);

describe('isVersionNumber: a decimal that names a version, not a quantity', () => {
  it.each([
    ['the next-generation ERNIE large model 4.5 series will be rolled out', '4.5'],
    ['featuring the HPN 7.0 next-generation AI cluster network architecture', '7.0'],
    ['it released the 2.5 version of its model', '2.5'],
    ['文心大模型4.5系列将在未来几个月陆续推出', '4.5'],
  ])('%s', (text, written) => {
    expect(versionIn(text, written)).toBe(true);
  });

  it.each([
    ['revenue grew 4.5% in the quarter', '4.5%'],
    ['Zhipu AI secured over 2.5 billion yuan in funding', '2.5 billion yuan'],
    ['the ratio stood at 1.5 after the deal', '1.5'],
  ])('not %s', (text, written) => {
    expect(versionIn(text, written)).toBe(false);
  });
});
