import { describe, expect, it } from 'vitest';
import { figureIndex } from './figure-index.js';

describe('figureIndex: a figure on its own, not the tail of a longer one', () => {
  const quote = 'Wenxin has 4,500 users, 54,000 developers, 4,300 scenarios, 825 applications, and 500 plugins.';

  it.each([['500', quote.lastIndexOf('500')], ['4,500', quote.indexOf('4,500')], ['825', quote.indexOf('825')]])('%s', (figure, at) => {
    expect(figureIndex(quote, figure)).toBe(at);
  });

  it('falls back to where it is written, and says -1 when it is not', () => {
    expect(figureIndex('up 5.5%', '5')).toBe(3);
    expect(figureIndex(quote, '999')).toBe(-1);
  });
});
