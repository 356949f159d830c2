/**
 * Class-level behaviour of open, who/when/which and hedged answers on the real reports (issue 11):
 * each class is asked several ways, in English and Chinese, from the dev set written for it.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { splitSentences, type Answer } from '../core/index.js';
import { openIndex } from '../index/index.js';
import { readQuestionFile } from '../evals/read-question-file.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const paragraphs = new Map(snapshot.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
const ask = (question: string) => answer([{ role: 'user', content: question }], { index });
const first = (result: Answer) => splitSentences(result.answer)[0]?.text ?? '';
const dev = readQuestionFile(new URL('../evals/dev/open-and-who.json', import.meta.url).pathname);
const devAnswers = new Map<string, Answer>();
for (const question of dev) devAnswers.set(question.id, await answer(question.messages, { index }));

describe('explanations (why / risk / strategy / difference / change)', () => {
  it.each([
    'Why did Unitree raise money even though it was profitable?',
    'What are the main strategies cloud providers use to win large model customers?',
    'What problems does Zebra Network face?',
    'How did DeepSeek change who can build foundation models?',
    "How do Alibaba's and Tencent's AI strategies differ?",
  ])('%s: opens in words, cites two or more distinct sentences, and calculates nothing', async (question) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(first(result)).not.toMatch(/^[^“]{0,60}:\s*“/);
    expect(result.citations.length).toBeGreaterThanOrEqual(2);
    expect(new Set(result.citations.map((citation) => citation.quote)).size).toBe(result.citations.length);
    expect(result.calculations).toEqual([]);
  });

  it('gives each side of a comparison its own citation', async () => {
    for (const question of ["How does Tencent's approach to AI differ from Alibaba's?", 'How do Alibaba and Tencent differ in their AI strategies?']) {
      const result = await ask(question);
      expect(result.answer, question).toMatch(/Alibaba/);
      expect(result.answer, question).toMatch(/Tencent/);
      expect(result.citations.length, question).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('who: the person in the role asked, however the role is asked', () => {
  it.each([
    ["Who heads Alibaba's e-commerce business group?", 'Jiang Fan'],
    ['Who was made CEO of the Alibaba E-commerce Business Group?', 'Jiang Fan'],
    ['阿里巴巴电商事业群的CEO是谁？', 'Jiang Fan'],
    ["Who do the heads of ByteDance's Seed team report to?", 'Liang Rubo'],
    ['Which entrepreneur started DeepSeek?', 'Liang Wenfeng'],
  ])('%s → %s in the first sentence', async (question, name) => {
    expect(first(await ask(question))).toContain(name);
  });
});

describe('when: dates in the asker\'s language', () => {
  it.each([
    ['阿里巴巴是哪一天宣布3800亿元云和AI基础设施投资计划的？', '2025年2月24日'],
    ['腾讯是什么时候开始在腾讯云上测试燧原科技的芯片的？', '2020年'],
  ])('%s', async (question, date) => {
    const lead = first(await ask(question));
    expect(lead).toContain(date);
    expect(lead).not.toMatch(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|in \d{4})\b/);
  });

  it('answers "in what year" as it answers "when"', async () => {
    expect(first(await ask('In what year did Alibaba acquire C-Sky Microsystems?'))).toMatch(/^Alibaba acquired C-Sky Microsystems in 2018|2018/);
  });
});

describe('hedged answers say what the reports do say in their first sentence', () => {
  it('every medium-confidence dev answer carries a cited statement in its first sentence, not a bare hedge', () => {
    const medium = dev.filter((question) => (devAnswers.get(question.id) as Answer & { confidence?: string }).confidence === 'medium');
    expect(medium.length).toBeGreaterThan(0);
    for (const question of medium) expect(first(devAnswers.get(question.id)!), question.id).toMatch(/\[\d+\]/);
  });
});

describe('dev questions keep the answer invariants', () => {
  it.each(dev.map((question) => [question.id, question] as const))('%s', (_id, question) => {
    const result = devAnswers.get(question.id)!;
    for (const citation of result.citations) {
      const paragraph = paragraphs.get(citation.paragraphId)!;
      expect(paragraph.text.includes(citation.quote) || Boolean(paragraph.original?.includes(citation.quote)), citation.quote).toBe(true);
    }
    expect(result.ungroundedNumbers).toEqual([]);
    // No sentence of the answer says the same thing twice.
    const sentences = splitSentences(result.answer.replace(/\[\d+\]/g, '')).map((span) => span.text.trim()).filter((text) => text.length > 30);
    expect(new Set(sentences).size).toBe(sentences.length);
  });
});
