/**
 * Two questions asked in one, on the real reports: both parts answered, in the asker's language, each
 * number grounded and each quote verbatim; a question whose second part builds on the first stays whole.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const paragraphs = new Map(snapshot.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
const ask = (question: string) => answer([{ role: 'user', content: question }], { index });

describe('two questions in one', () => {
  it.each([
    ['2024年四季度淘宝天猫赚了多少钱?占集团收入几成?', [/1360\.91亿元/, /48\.7%/]],
    ['How much revenue did Taobao and Tmall make in Q4 2024, and what share of group revenue was it?', [/136\.091 billion/, /48\.7%/]],
    ['Who founded DeepSeek? And how much did Alibaba pay for Kaola?', [/Liang Wenfeng/, /\$2 billion/]],
  ] as const)('%s answers both parts', async (question, parts) => {
    const result = await ask(question);
    for (const part of parts) expect(result.answer).toMatch(part);
    expect(result.grounded).toBe(true);
    for (const citation of result.citations) {
      const paragraph = paragraphs.get(citation.paragraphId)!;
      expect(`${paragraph.text}\n${paragraph.original ?? ''}`).toContain(citation.quote);
    }
    // Markers run 1, 2, … with no gaps, each pointing at a listed citation.
    const markers = [...new Set([...result.answer.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1])))];
    expect(markers.every((n) => result.citations.some((citation) => citation.n === n))).toBe(true);
  });

  it('keeps a question whose second part builds on the first whole: one calculation, not two answers', async () => {
    const result = await ask('阿里预计到2025年手里会有多少块AI芯片?其中国产芯片占比多少?');
    expect(result.answer).toMatch(/62\.94%/);
    expect(result.calculations.length).toBeGreaterThan(0);
  });
});

describe('a share asked after a figure whose own sentence states the share', () => {
  it.each([
    ['How much revenue did Taobao and Tmall make in Q4 2024?', 'What share of group revenue was that?'],
    ['2024年四季度淘宝天猫赚了多少钱?', '占集团收入几成?'],
  ])('%s / %s: the stated share, not one worked out against another whole', async (first, second) => {
    const reply = await ask(first);
    const result = await answer([{ role: 'user', content: first }, { role: 'assistant', content: reply.answer }, { role: 'user', content: second }], { index });
    expect(result.answer).toMatch(/48\.7%/);
    expect(result.answer).not.toMatch(/÷/);
  });
});

describe('"Which …, and for how much?" is answered by the deal\'s own sentence when it names both', () => {
  it('names the seller and the price in the first sentence, once', async () => {
    const result = await ask('Which company did Tencent buy cluster computing from in May, and for how much?');
    const first = result.answer.split(/(?<=\.)\s/)[0]!;
    expect(first).toMatch(/TuringEngine/);
    expect(first).toMatch(/113 million yuan/);
    expect(result.answer).not.toMatch(/don't say/);
  });
});

describe('a second part the first answer already answered is not declined after it', () => {
  it('says the count once and never "the reports don\'t say how many" beside it', async () => {
    const { answer: said } = await ask('阿里最近招标买服务器,规模多大、大概多少台?');
    expect(said).toMatch(/5万/);
    expect(said).not.toMatch(/没有说明|没有提到/);
  });

  it('keeps the second part\'s own answer when it names a company of its own', async () => {
    const { answer: said } = await ask('How many H20 servers did Alibaba tender for, and how many did JD order?');
    expect(said).toMatch(/50,000/);
    expect(said).toMatch(/don't say[^.]*JD/);
  });
});

describe('a deal\'s date and its price asked together are said in one lead', () => {
  it.each([
    ['When did Alibaba invest in Moonshot AI, and how much did it pay?', /May[^.]*\$800 million/],
    ['阿里是哪一年买下考拉的,花了多少钱?', /2019年[^。]*20亿美元/],
  ] as const)('%s', async (question, lead) => {
    const result = await ask(question);
    expect(result.answer.split(/(?<=[.。])\s*/)[0]).toMatch(lead);
    expect(result.grounded).toBe(true);
  });
});

describe('a price joins a when-answer only when it is the deal\'s price as the reports state it', () => {
  it.each([
    // Denied market talk, a spending total, another deal's price.
    ['When did Alibaba invest in DeepSeek, and what did it pay?', /\$1 billion/],
    ['When did Tencent rush to buy GPUs, and what did it pay?', /39 billion/],
    ['When did Alibaba acquire Suning.com, and what did it pay?', /\$2 billion/],
  ] as const)('%s', async (question, notPrice) => {
    const result = await ask(question);
    expect(result.answer.split(/(?<=[.。])\s+/)[0]).not.toMatch(notPrice);
  });
});
