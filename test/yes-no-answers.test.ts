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
