/**
 * A follow-up asking a new figure about what was just answered ("How much of that was scheduled for delivery in
 * 2024?" after "$5 billion") is answered from the best passage that says something new, not refused because the
 * best-matching passage only states the last answer's figure again; with no such passage it is still declined.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const ask = (user: string, assistant: string, next: string) => answer([{ role: 'user', content: user }, { role: 'assistant', content: assistant }, { role: 'user', content: next }], { index });

const ORDERS = 'How much were the Nvidia chip orders placed by Alibaba, Tencent, Baidu and ByteDance worth?';

describe('a new figure asked about the last answer (class: the passage restating the last figure is no answer)', () => {
  it.each([
    [ORDERS, '$5 billion [1].', 'How much of that was scheduled for delivery in 2024?', /\$4 billion/],
    ['How much did Alibaba invest in Moonshot AI?', 'About $800 million [1].', 'How much of that was provided as cloud credits?', /\$300 million/],
    // The sum paid for the stake just given is the investment, not the stake again.
    ['阿里巴巴持有月之暗面多少股份?', '36%[1]。', 'How much did Alibaba pay for that stake?', /\$800 million/],
  ])('%s … %s', async (user, assistant, next, expected) => {
    const result = await ask(user, assistant, next);
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(expected);
  });

  it('still declines when no passage gives the new figure, without stating the old one as its answer', async () => {
    const result = await ask(ORDERS, '$5 billion [1].', 'How much of that was for H100 chips?');
    expect(result.refused).toBe(true);
  });
});
