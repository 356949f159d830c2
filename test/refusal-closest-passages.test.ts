/**
 * A refusal of a question about a company or person the reports know shows the passages that come closest
 * (DESIGN: low confidence → "the reports don't say" + closest passages), even when none shares the question's
 * everyday wording; each passage names the asked subject in its own sentence. A question about no one the
 * reports know is still declined bare.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const ask = (question: string) => answer([{ role: 'user', content: question }], { index });
const splitFirst = (text: string) => text.split(/(?<=[.。])\s/)[0] ?? '';

describe('a refusal about a known subject shows its closest passages', () => {
  it.each([
    ["What's the biggest thing holding Baidu back in the cloud market?", /Baidu/],
    ['智谱现在最大的难处是什么?', /Zhipu/],
    ["Who is Pony Ma's favourite chef?", /Pony Ma/],
    ["What was Huawei Cloud's revenue in 2023?", /Huawei Cloud/],
  ])('%s', async (question, subject) => {
    const result = await ask(question);
    expect(result.refused).toBe(true);
    expect(result.answer).toMatch(/The closest passages:|最接近的段落:/);
    expect(result.citations.length).toBeGreaterThan(0);
    expect(result.citations.length).toBeLessThanOrEqual(2);
    for (const citation of result.citations) expect(citation.quote).toMatch(subject);
  });

  it.each(["What is Xiaohongshu's AI budget for 2025?", 'What will the weather be in Hangzhou tomorrow?', '明天杭州天气怎么样?'])('%s: no subject the reports know, so no passages', async (question) => {
    const result = await ask(question);
    expect(result.refused).toBe(true);
    expect(result.citations).toHaveLength(0);
  });
});

describe('an open question whose closest passage says most of what it asks is offered hedged, not declined', () => {
  // "The reports don't say how Kaola did …" above “After that, Kaola went downhill.” would be contradicted by its own quote.
  it.each([
    ['How did Kaola do after Alibaba acquired it in 2019?', /Kaola went downhill/],
    ["How did Meituan's R&D spending change in Q2 this year?", /6\.3 billion yuan/],
    ['为什么外界质疑斑马网络的业务独立性?', /business independence/],
  ])('%s', async (question, passage) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.confidence).toBe('medium');
    expect(result.answer).toMatch(/^(?:The reports don't state this directly|报告没有直接回答这个问题)/);
    expect(result.answer).not.toMatch(/The reports don't say|报告没有说明/);
    expect(result.citations.some((citation) => passage.test(citation.quote))).toBe(true);
  });

  it('still declines when the closest passages share only the subject', async () => {
    const result = await ask('Why did Baidu decide to leave the cloud business?');
    expect(result.refused).toBe(true);
    expect(result.answer).toMatch(/^The reports don't say why Baidu/);
  });
});

describe('a who-question the scores would decline, whose closest passage is the one a person was read from, names that person hedged', () => {
  it.each([
    ["Who did Alibaba put in charge of Alibaba Cloud's technology as CTO in 2020?", /Zhou Jingren/],
    ["Who is the tech investor who called Qwen's open-sourcing enclosing territory?", /Pan Guang/],
  ])('%s: the person with the hedge, never "the reports don\'t say who"', async (question, person) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.confidence).toBe('medium');
    expect(splitFirst(result.answer)).toMatch(person);
    expect(result.answer).not.toMatch(/don't say who/);
  });

  it('leaves a who-question declined when no passage names anyone for it', async () => {
    const result = await ask('Who wrote the Zhidongxi article?');
    expect(result.refused).toBe(true);
  });
});

describe('a which/who question whose closest passage names the answer is offered hedged, not declined', () => {
  it.each([
    ['阿里云在大模型API这块面临谁的竞争?', /Volcano Engine/],
    ['2月17日的座谈会上,谁坐在梁文锋旁边?', /马化腾/],
  ])('%s', async (question, named) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(/^报告没有直接回答这个问题/);
    expect(result.answer).toMatch(named);
  });
});

describe('a glossary entry\'s term line is its heading, never a quoted statement', () => {
  // "T-Head Semiconductor\nT-Head Semiconductor is Alibaba's chip design company. …": quoting the first line alone
  // gave "Caixin says that T-Head Semiconductor [1]."
  const entries = snapshot.paragraphs.filter((paragraph) => paragraph.sectionKind === 'glossary' && paragraph.text.includes('\n'));
  it('the corpus has glossary entries to ask about', () => expect(entries.length).toBeGreaterThan(3));
  it.each(entries.map((paragraph) => [paragraph.text.split('\n')[0]!.trim()]))('What is %s? / What does it do?', async (term) => {
    for (const question of [`What is ${term}?`, `What does ${term} do?`]) {
      const result = await ask(question);
      for (const citation of result.citations) expect(citation.quote.trim(), question).not.toBe(term);
    }
  });
});

describe('after a figure, the closest passage on the newly asked company is its own clause of a shared sentence', () => {
  // "JD.com will continue to invest …; Meituan's R&D expenditure in Q2 this year was 6.3 billion yuan": the sentence holds the
  // figure just given, so whole it was skipped for another that names JD.com only in passing.
  it('offers "JD.com will continue to invest …" after Meituan\'s R&D figure, without that figure', async () => {
    const result = await answer([
      { role: 'user', content: 'How much did Meituan spend on R&D in the second quarter of 2025?' },
      { role: 'assistant', content: "Meituan's R&D expenditure in Q2 2025 was 6.3 billion yuan [1]." },
      { role: 'user', content: 'And JD.com?' },
    ], { index });
    expect(result.citations[0]?.quote).toMatch(/^JD\.com will continue to invest/);
    expect(result.citations[0]?.quote).not.toMatch(/6\.3 billion/);
  });
});
