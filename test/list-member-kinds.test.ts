import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const ask = (question: string) => answer([{ role: 'user', content: question }], { index });

describe('a list of the kind of member asked, each checked against what its sentence says it is', () => {
  it('names the members of the kind asked, in English and Chinese', async () => {
    for (const [question, members] of [
      ['Which phone makers work with Alibaba Cloud on AI?', [/Transsion/, /OPPO/]],
      ['阿里云的AI客户里有哪些手机厂商?', [/OPPO/, /传音|Transsion/]],
      ["Which automobile makers use Alibaba Cloud's AI applications?", [/FAW/, /BYD/, /Geely/, /NIO/, /XPeng/]],
      ['Which chip companies has Alibaba invested in externally?', [/Cambricon/, /Yangtze Memory/]],
    ] as const) {
      const result = await ask(question);
      for (const member of members) expect(result.answer, question).toMatch(member);
      expect(result.refused, question).toBe(false);
    }
  });

  it('leaves out companies the sentence makes something else: a client, a product, a phone maker asked as a carmaker', async () => {
    const phones = await ask('Which phone makers work with Alibaba Cloud on AI?');
    expect(phones.answer).not.toMatch(/China Unicom|China Mobile|BMW|Tongyi/);
    const cars = await ask("Which automobile makers use Alibaba Cloud's AI applications?");
    expect(cars.answer).not.toMatch(/Honor/);
    const zh = await ask('阿里云的AI客户里有哪些手机厂商?');
    expect(zh.answer).not.toMatch(/中国联通|中国移动|宝马|通义/);
  });

  it('lists nothing of the kind for a company the reports give none for', async () => {
    const result = await ask('Which smartphone makers has Tencent invested in?');
    expect(result.answer).not.toMatch(/OPPO|Transsion|Honor/);
  });
});

describe('a list the report gives right after the sentence naming what it lists ("… development toolchains. These include A, B …")', () => {
  it.each([
    'List the large-model development platforms the major cloud vendors have launched.',
    'Which development toolchains have the major public cloud providers rolled out?',
    '各大云厂商的大模型开发平台分别叫什么?',
  ])('%s', async (question) => {
    const text = (await answer([{ role: 'user', content: question }], { index })).answer;
    for (const platform of [/Bailian/, /Qianfan/, /MindSpore/, /TI Platform/, /Ark/]) expect(text, question).toMatch(platform);
    // Quoted with the sentence that says what the list is.
    expect(text).toMatch(/“Currently, major public cloud providers have rolled out upgraded development toolchains[^”]*These include/);
    // An offering named as its maker's is the offering, never the maker; a name is said in Chinese only where the alias is the whole name.
    expect(text).not.toMatch(/昇腾910B\(Ascend MindSpore\)/);
  });

  it('keeps a sentence that lists other things under another lead-in out of a question about sectors', async () => {
    const text = (await answer([{ role: 'user', content: 'Which sectors do Baidu Intelligent Cloud and Huawei Cloud cover with their large models?' }], { index })).answer;
    expect(text).toMatch(/healthcare/);
    expect(text).not.toMatch(/MindSpore/);
  });
});
