/** Yes/no questions on the real reports: "Yes —" only when the passage is the asked company's own. */
import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const ask = (question: string) => answer([{ role: 'user', content: question }], { index });

describe('a yes settles the asked company\'s own act', () => {
  it.each([
    "Can Alibaba's chips replace Nvidia's?",
    'Did Alibaba order Ascend 910B chips from Huawei?',
  ])('%s: no "Yes" from another company\'s passage', async (question) => {
    expect((await ask(question)).answer).not.toMatch(/^Yes\b/);
  });

  it('still says yes when the passage names the company and states the act', async () => {
    expect((await ask('Did Tencent integrate DeepSeek into Yuanbao?')).answer).toMatch(/^Yes — /);
  });
});

describe('a fact tying the two asked parties in the asked relation settles a yes/no question', () => {
  it.each([
    ['Did Alibaba invest in Moonshot AI?', /^Yes — Alibaba invested approximately \$800 million in Moonshot AI/],
    ['阿里投资了月之暗面吗?', /^是的,阿里巴巴向月之暗面投资约8亿美元/],
    ['Did Alibaba take a stake in Moonshot AI?', /^Yes — Alibaba took a 36% stake in Moonshot AI/],
  ])('%s', async (question, opening) => {
    expect((await ask(question)).answer).toMatch(opening);
  });

  it('a denied rumour is a plain "No", not hedged as if the reports only came close', async () => {
    const result = await ask('Did Alibaba invest in DeepSeek?');
    expect(result.answer).toMatch(/^No, not according to the reports/);
  });
});

describe('a passage that denies the asked word answers "No —" plainly', () => {
  it.each([
    ['Is Smart Voice profitable now?', /^No — .*has not yet achieved profitability/],
    ['Has Smart Voice turned a profit yet?', /^No — .*has not yet achieved profitability/],
    ['Does Tencent seek ownership in the companies it invests in?', /^No — .*does not seek ownership/],
    ['Did Alibaba and Tencent respond to requests for comment?', /^No — .*did not respond/],
  ])('%s', async (question, opening) => {
    expect((await ask(question)).answer).toMatch(opening);
  });

  it('"not only … but also" is a yes, never a no', async () => {
    expect((await ask('Has Tencent Yuanbao been advertising on WeChat?')).answer).not.toMatch(/^No\b/);
  });

  it('a negation of a word the question does not ask settles nothing', async () => {
    expect((await ask('Is Unitree profitable?')).answer).not.toMatch(/^No\b/);
  });
});
