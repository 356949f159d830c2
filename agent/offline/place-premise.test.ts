import { describe, expect, it } from 'vitest';
import { placesIn } from './place-premise.js';

describe('placesIn: the places a text names', () => {
  it.each([
    ['Google will invest £5 billion in the UK in the next two years', ['uk']],
    ['the U.S. market and the U.K. market', ['uk', 'us']],
    ['American chips', []],
    ['Tencent partnered with Songjiang in Shanghai', ['shanghai', 'songjiang']],
    ['谷歌在英国投资', ['uk']],
  ])('%s', (text, ids) => {
    expect(placesIn(text).map((place) => place.id).sort()).toEqual([...ids].sort());
  });
});
