/**
 * Follow-ups the previous turn sets up keep its thread: a direction asked against an earlier period is the last
 * measure's direction ("That is down from a year earlier; … 219,260 …"), and "How much of that …?" after a deal's sum and share asks
 * money, not the share again. English and Chinese, with near misses that must not change.
 */
import { describe, expect, it } from 'vitest';
import { answer, framesFor } from '../agent/index.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
type Turn = { role: 'user' | 'assistant'; content: string };
const ask = (turns: Turn[]) => answer(turns, { index });
const user = (content: string): Turn => ({ role: 'user', content });
const assistant = (content: string): Turn => ({ role: 'assistant', content });

describe('a direction asked of the figure just given', () => {
  it('says which way it moved, then the earlier figure', async () => {
    const en = await ask([user('How many staff did Alibaba have at the end of 2024?'), assistant('194,320 employees as of December 31, 2024.'), user('Is that up or down from a year earlier?')]);
    expect(en.refused).toBe(false);
    expect(en.answer).toMatch(/^That is down from a year earlier; .*219,260/);
    const zh = await ask([user('阿里巴巴2024年底有多少员工?'), assistant('截至2024年12月31日共有194,320名员工。'), user('比上一年多了还是少了?')]);
    expect(zh.answer).toMatch(/^与一年前相比减少了;/);
  });

  it('adds no direction to a plain "and a year earlier?" (near miss)', async () => {
    const result = await ask([user('How many staff did Alibaba have at the end of 2024?'), assistant('194,320 employees as of December 31, 2024.'), user('And a year earlier?')]);
    expect(result.answer).toMatch(/219,260/);
    expect(result.answer).not.toMatch(/^That is (?:down|up)\b/);
  });
});

describe('"How much of that …?" after a sum and a share', () => {
  it('asks money, not the share again', () => {
    for (const [question, reply, text] of [
      ['How big a stake did Alibaba take in Moonshot AI?', 'About $800 million for a roughly 36% stake.', 'How much of that was paid in cloud credits?'],
      ['How big a stake did Alibaba take in Moonshot AI?', 'About $800 million for a roughly 36% stake.', "How much of that wasn't really cash?"],
      ['阿里巴巴在月之暗面持股多少?', '约8亿美元,持股约36%。', '其中多少是云服务额度?'],
    ] as const) {
      const frames = framesFor([user(question), assistant(reply), user(text)], index);
      expect(frames.at(-1)!.metrics, text).not.toContain('stake');
    }
  });

  it('keeps the share for a question about the share (near miss)', () => {
    const frames = framesFor([user('How big a stake did Alibaba take in Moonshot AI?'), assistant('About $800 million for a roughly 36% stake.'), user('And Tencent?')], index);
    expect(frames.at(-1)!.metrics).toContain('stake');
  });
});
