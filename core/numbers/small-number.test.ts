import { describe, expect, it } from 'vitest';
import { smallNumber } from './small-number.js';

describe('smallNumber', () => {
  it.each([
    ['3', 3], ['36', 36], ['three', 3], ['Five', 5], ['ten', 10], ['forty', 40],
    ['三', 3], ['两', 2], ['十', 10], ['十二', 12], ['四十', 40], ['四十五', 45],
  ])('%s is %d', (written, value) => {
    expect(smallNumber(written)).toBe(value);
  });

  it.each(['', 'a', 'eleventy', '3十', '十十', 'three years', '2.5'])('%j is no small number', (written) => {
    expect(smallNumber(written)).toBeUndefined();
  });
});
