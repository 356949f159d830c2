/**
 * Low-confidence answers on the real reports (issue 11): "The reports don't say …", with closest passages
 * only when they share the question's subject and the relation it asks about; otherwise a plain refusal.
 * Questions from evals/dev/unanswerable.json and its neighbours, in English and Chinese.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { openIndex } from '../index/index.js';
import { versionsIn } from '../agent/offline/text-candidates.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const paragraphs = new Map(snapshot.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
const ask = (question: string) => answer([{ role: 'user', content: question }], { index });

describe('a refusal offers only passages on the asked subject and relation', () => {
  it.each([
    ["What was ByteDance's capital expenditure in 2024?", 'ByteDance'],
    ['How many employees does Tencent have?', 'Tencent'],
    ['腾讯2024年的员工总数是多少？', 'Tencent'],
    ['百度2025年的资本开支是多少？', 'Baidu'],
    ["What was Huawei Cloud's revenue in 2024?", 'Huawei'],
  ])('%s: a plain refusal, or passages that name %s', async (question, company) => {
    const result = await ask(question);
    expect(result.refused).toBe(true);
    expect(result.answer).toMatch(/^(?:The reports don't say|报道没有提到|报告没有说明)/);
    for (const citation of result.citations) {
      const paragraph = paragraphs.get(citation.paragraphId)!;
      expect(`${paragraph.text}${paragraph.original ?? ''}`, citation.quote).toContain(company);
    }
  });

  it('still offers a passage that shares both', async () => {
    const result = await ask('How much will Baidu spend on AI infrastructure in 2025?');
    expect(result.refused).toBe(true);
    expect(result.citations.some((citation) => /Baidu also plans to continue investing in AI infrastructure/.test(citation.quote))).toBe(true);
  });
});

describe('an open question the reports cannot answer is declined in a "don\'t say" sentence', () => {
  it.each([
    ['Why did Meituan close its robotaxi unit?', /^The reports don't say why Meituan closed its robotaxi unit\./],
    ['Why did Pinduoduo buy a stake in Zhipu AI?', /^The reports don't say why Pinduoduo bought a stake in Zhipu AI\./],
    ['How did Meituan fund its robotaxi fleet?', /^The reports don't say/],
  ])('%s', async (question, opening) => {
    const result = await ask(question);
    expect(result.refused).toBe(true);
    expect(result.answer).toMatch(opening);
  });

  // The asker's figure is unverified: restating it in the refusal would state a number no report gives.
  it.each([
    'Why did Xiaohongshu invest 12 billion yuan in data centres?',
    'Why did Kuaishou buy 5,000 servers for its video model?',
    'Why did JD.com buy 20,000 GPUs from Huawei last year?',
    'Why did Xiaomi pledge $9 billion to AI over five years?',
  ])('%s: declined without repeating the figure the question states', async (question) => {
    const result = await ask(question);
    expect(result.grounded, result.answer).toBe(true);
    expect(result.answer).toMatch(/^The reports don't say/);
  });

  it('keeps hedging an open question whose passage names its companies', async () => {
    for (const question of ['What problems does Zebra Network face?', 'Why did Alibaba set up T-Head Semiconductor?']) {
      expect((await ask(question)).refused, question).toBe(false);
    }
  });
});

describe('a date is never stated for a version the sentence does not name', () => {
  it('reads model names and versions from a question, years aside', () => {
    expect(versionsIn('When did ByteDance release Doubao 2.0?')).toEqual(['2.0']);
    expect(versionsIn('When was Qwen3 open-sourced, and when did Qwen2.5-Max ship?')).toEqual(['Qwen3', 'Qwen2.5']);
    expect(versionsIn('When did Alibaba announce the plan in 2025?')).toEqual([]);
  });

  it('does not date Doubao 2.0 by a sentence about Doubao 1.5', async () => {
    const result = await ask('When did ByteDance release Doubao 2.0?');
    expect(result.answer).not.toMatch(/released Doubao 2\.0 in|Doubao 2\.0 was released/);
  });

  it('still dates a version the sentence names', async () => {
    expect((await ask('When did ByteDance launch Doubao 1.6?')).answer).toMatch(/June 11, 2025|11 June 2025/);
  });
});

describe('a figure question whose subject the reports do not name is not answered with another company\'s figure (class: unknown Chinese subject)', () => {
  it('declines, restating the question, and offers the closest passage', async () => {
    const reply = await ask('智能语音今年年初完成了多少融资?');
    expect(reply.answer).toMatch(/^报告没有说明智能语音今年年初完成了多少融资/);
    expect(reply.answer).not.toMatch(/^智谱/);
  });

  it('still answers a market-wide figure that belongs to no company', async () => {
    const reply = await ask('How big was the global AI market in 2024?');
    expect(reply.answer).toMatch(/\$120 billion/);
  });
});
