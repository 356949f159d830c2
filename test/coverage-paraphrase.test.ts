/** Coverage, the relation evidence, on the real reports: a Chinese question covers a sentence as its English paraphrase does. */
import { describe, expect, it } from 'vitest';
import { coverage, missingTerms, questionTerms } from '../agent/offline/evidence.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const withQualifier = "The financial report indicates that while Taobao and Tmall's customer management revenue increased by 9% to RMB 100.790 billion";
const without = 'The 2024 fourth-quarter financial report reveals that Taobao and Tmall generated revenue of RMB 136.091 billion';

describe('questionTerms: question words are not content, in English or Chinese', () => {
  it('drops Chinese particles and question words the bigram tokenizer makes terms of', () => {
    for (const question of ['淘宝天猫的客户管理收入是多少？', '阿里巴巴的员工有多少？', '谁是阿里巴巴的首席执行官？']) {
      const terms = [...questionTerms(index, question).relation.keys()];
      for (const noise of ['的', '是多', '多少', '有多', '谁是']) expect(terms, question).not.toContain(noise);
    }
  });
});

describe('questionTerms: nouns that only stand in for what is asked are not content', () => {
  it.each([
    ["How do Alibaba and Tencent differ in the way they're going after AI?", ['ai']],
    ["What's the main thing stopping Tencent from rolling AI out across WeChat?", ['stop', 'roll', 'across']],
    ['In what ways has Alibaba changed its investment style?', ['chang', 'style']],
  ])('%s', (question, kept) => {
    const terms = [...questionTerms(index, question).relation.keys()];
    for (const noise of ['wai', 'thing', 'theyr', 'what']) expect(terms).not.toContain(noise);
    expect(terms).toEqual(expect.arrayContaining(kept));
  });
});

describe('coverage counts the alternative translations of one word once', () => {
  it('gives a Chinese question about as much coverage as its English paraphrase', () => {
    const chinese = coverage(index, questionTerms(index, '淘宝天猫的客户管理收入是多少？').relation, withQualifier);
    const english = coverage(index, questionTerms(index, "What was Taobao and Tmall's customer management revenue?").relation, withQualifier);
    expect(chinese).toBeGreaterThan(0.75);
    expect(Math.abs(chinese - english)).toBeLessThan(0.25);
  });

  it('still tells the sentence with the qualifier from the one without, in both languages', () => {
    for (const question of ['淘宝天猫的客户管理收入是多少？', "What was Taobao and Tmall's customer management revenue?"]) {
      const terms = questionTerms(index, question).relation;
      expect(coverage(index, terms, withQualifier), question).toBeGreaterThan(coverage(index, terms, without));
    }
  });
});

describe('coverage: a nationality is its country, a front-runner a leader', () => {
  it.each([
    ['Why is compute worth more than cash to Chinese startups?', 'In China, offering computing resources can be more valuable than cash.', 'chines'],
    ['Which company is the front-runner in chips?', 'Huawei is seen as a leader in domestic chip technology.', 'front-runn'],
    ['Why do British investments matter to Google?', 'Google will invest £5 billion in the UK.', 'british'],
  ])('%s', (question, sentence, term) => {
    const { relation } = questionTerms(index, question);
    const only = new Map([...relation].filter(([stem]) => stem.startsWith(term.slice(0, 5))));
    expect(only.size).toBeGreaterThan(0);
    expect(coverage(index, only, sentence)).toBe(1);
  });
});

describe('coverage: spending said as investment (class: spend / spending / spent ↔ invest)', () => {
  const sentence = 'Behind the growth of the cloud business lies substantial capital investment, and there is still uncertainty about whether long-term high investment can be consistently converted into stable revenue growth.';
  it.each([
    ["What could go wrong with Alibaba's heavy spending?", 'spending'],
    ['How much has Tencent spent on AI?', 'spent'],
  ])('%s: its "%s" is present in a sentence about investment', (question, word) => {
    const terms = questionTerms(index, question).relation;
    const [stem] = index.tokenizer.terms(word);
    expect(terms.has(stem!)).toBe(true);
    expect(missingTerms(index, terms, sentence)).not.toContain(stem);
    expect(missingTerms(index, terms, 'Tencent reported its revenue for the quarter.')).toContain(stem);
  });
});

describe('questionTerms: a light verb with its particle is the content verb it makes ("took over", "came out")', () => {
  it.each([
    ['Who took over Alibaba Cloud in 2023?', 'takeov'],
    ['When did Tongyi Qianwen first come out?', 'launch'],
    // Phrasal verbs of founding and joining up: "set up", "set anything up", "plugged into".
    ['Did Alibaba Cloud and 01.AI set anything up together?', 'establish'],
    ["Which of Alibaba's platforms is Silicon Flow plugged into?", 'integr'],
  ])('%s keeps %s', (question, stem) => {
    expect([...questionTerms(index, question).relation.keys()]).toContain(stem);
  });
});

describe('questionTerms: light verbs are no content of their own (class: gets called / take money from / go all in / came as)', () => {
  it.each([
    ["Which platform gets called the 'Chinese Hugging Face'?", ['platform', 'call', 'hug']],
    ['Which startup that serves DeepSeek models got a Series A led by Alibaba Cloud?', ['startup', 'seri']],
    ['How much funding did Zhipu AI get by late October?', ['fund']],
    ['Why can AI startups now take money from both Alibaba and Tencent?', ['startup', 'monei']],
    ['How much of the Moonshot AI investment came as credits for Alibaba’s cloud?', ['invest', 'credit']],
    ['On what date did Pony Ma decide to go all in on Yuanbao with DeepSeek?', ['date', 'decid']],
  ])('%s', (question, kept) => {
    const terms = [...questionTerms(index, question).relation.keys()];
    for (const light of ['get', 'got', 'gotten', 'take', 'took', 'taken', 'go', 'went', 'gone', 'come', 'came', 'keep', 'kept']) expect(terms).not.toContain(light);
    expect(terms).toEqual(expect.arrayContaining(kept));
  });
});

describe('coverage: help given in other words (class: help ↔ support)', () => {
  it('covers "help … get compute" with a sentence that supports computing power needs', () => {
    const terms = questionTerms(index, 'How do investors help startups get compute?').relation;
    const sentence = 'Investors support computing power needs in various ways, such as renting out hardware.';
    expect(missingTerms(index, terms, sentence)).not.toContain('help');
  });
});
