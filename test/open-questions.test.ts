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

describe('lists: members gathered, deduplicated and cited, opened in words', () => {
  it.each([
    ['Which robotics companies has Alibaba backed?', ['Unitree', 'Zhujidongli']],
    ['Which chip companies has Alibaba invested in?', ['Cambricon', 'Yangtze Memory']],
    ['Which AI model startups have both Alibaba and Tencent invested in?', ['MiniMax', 'Moonshot']],
    ['阿里巴巴投资了哪些机器人公司？', ['Unitree', 'Zhujidongli']],
  ])('%s', async (question, members) => {
    const result = await ask(question);
    const lead = first(result);
    for (const member of members) expect(lead).toContain(member);
    expect(lead).toMatch(/^(?:The |报告|报道)/);
    expect(lead).toMatch(/\[\d+\]/);
    // "Yangtze Memory Technologies" and "… Co." are one member.
    for (const member of members) expect(lead.split(member).length - 1, member).toBe(1);
  });
});

describe('false premises: named and corrected first, only on a real conflict', () => {
  it.each([
    ['Why did Alibaba pay about $800 million for a 50% stake in Moonshot AI?', /36%/],
    ['Why did Tencent commit 380 billion yuan to AI infrastructure over three years?', /Alibaba/],
    ['腾讯为什么要在未来三年投入3800亿元建设AI基础设施？', /阿里巴巴/],
    ['Why did Microsoft invest $80 billion in OpenAI?', /\$13 billion/],
    ["Why did Alibaba's headcount grow during 2024?", /down from/],
    ['Given that Unitree has never turned a profit, why did it take money from Alibaba?', /profitable/],
    ['Since Unitree keeps losing money, why did Alibaba invest in it?', /profitable/],
  ])('%s', async (question, correction) => {
    const result = await ask(question);
    const lead = first(result);
    expect(lead).toMatch(correction);
    expect(lead).toMatch(/not|don't support|不是|不符|而不是|并不支持/);
    // The correction answers the question; what follows supports it rather than saying the reports only come close.
    expect(result.answer).not.toMatch(/don't (?:answer|state) this directly|没有直接回答/);
  });

  it.each([
    'Why did Alibaba take a 36% stake in Moonshot AI?',
    "Why did Alibaba's headcount fall in 2024?",
    'Given that Unitree has been profitable since 2020, why did it raise money?',
    'Why did Alibaba commit 380 billion yuan to cloud and AI infrastructure?',
    'Why did Tencent hurry to buy GPUs in the fourth quarter of 2024?',
  ])('%s: a true premise is not "corrected"', async (question) => {
    expect(first(await ask(question))).not.toMatch(/don't support|not the reports'|, not (?:Tencent|Alibaba)/);
  });
});

describe('an open question the reports cannot answer', () => {
  it('is declined in words that fit an open question, with the closest passages', async () => {
    let declined = 0;
    for (const question of ['Why did Alibaba sell its stake in Moonshot AI?', 'What strategy does Xiaomi follow in developing AI models?']) {
      const result = await ask(question);
      if (!result.refused) continue;
      declined++;
      expect(result.answer, question).not.toMatch(/figures\.|don't say investment/);
      expect(result.answer, question).toMatch(/^The reports don't say [^.]*\. The closest passages:/);
    }
    expect(declined).toBeGreaterThan(0);
  });
});

describe('generic subjects are asked about, not refused as unknown companies', () => {
  it.each([
    ['大型科技公司为什么投资AI初创公司?', /大型科技/],
    ['中国科技巨头近年来为什么转向注重盈利?', /科技巨头/],
    ['Why do big tech companies invest in AI startups?', /big tech/i],
  ])('%s', async (question, name) => {
    const result = await ask(question);
    expect(result.answer).not.toMatch(new RegExp(`^(?:报道没有提到|The reports don't mention)${name.source}`, name.flags));
    expect(result.refused).toBe(false);
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it('still refuses a real company the reports never name, in either language', async () => {
    expect((await ask('苹果公司2024年的AI资本开支是多少?')).answer).toBe('报道没有提到苹果。');
    expect((await ask("What is Tesla's AI capex?")).answer).toBe("The reports don't mention Tesla.");
  });
});

describe('explanations are made of sentences that speak to the asked aspect', () => {
  it('opens a Chinese why-question with a reason, not a sentence that only shares a word with the translation ("reasoning model")', async () => {
    const result = await ask('阿里巴巴为什么大举投资AI？');
    expect(result.answer).toMatch(/^报告/);
    expect(result.answer).not.toMatch(/reasoning model/);
  });

  it('adds no other companies\' news to a corrected premise', async () => {
    for (const question of ['Why did Tencent commit 380 billion yuan to AI infrastructure over three years?', '腾讯为什么要在未来三年投入3800亿元建设AI基础设施？']) {
      const result = await ask(question);
      expect(result.answer, question).toMatch(/Alibaba|阿里巴巴/);
      expect(result.answer, question).not.toMatch(/JD\.com|Meituan/);
    }
  });
});

describe('open questions the reports answer are answered directly, from evidence (issue 11)', () => {
  const hedge = /^(?:The reports don't (?:answer|state|say|compare)|报告没有直接)/;
  it.each([
    ['Why did Tencent rush to buy GPUs in the fourth quarter of 2024?', /export/],
    ['Why does Microsoft get priority access to OpenAI\'s technology?', /13 billion/],
    ['Why did Alibaba sell its stakes in RT-Mart and Intime?', /core business/],
    ['What pressures is Alibaba\'s e-commerce business under?', /pressure|Pinduoduo|short video/],
    ['How did the US chip restrictions affect Alibaba Cloud?', /impair|strain|A100/],
    ['What problems does Zebra Network face?', /red|loss|independence/],
  ])('%s', async (question, point) => {
    const result = await ask(question);
    expect(result.refused, question).toBe(false);
    expect(result.answer, question).not.toMatch(hedge);
    expect(result.answer, question).toMatch(point);
    expect(result.calculations, question).toEqual([]);
  });

  // A Chinese question whose words the bilingual vocabulary accounts for is checked against an English
  // sentence like an English question: answered plainly under a Chinese lead, the English quoted.
  it.each([
    ['腾讯为什么在2024年第四季度抢购GPU？', /export/],
    ['百川智能为什么能做到每月迭代一个模型？', /Alibaba Cloud/],
  ])('%s: states checked English evidence under a Chinese lead', async (question, point) => {
    const result = await ask(question);
    expect(result.refused, question).toBe(false);
    expect(result.answer, question).toMatch(/^报告提到的\p{Script=Han}+是:据/u);
    expect(result.answer, question).toMatch(point);
    expect(result.confidence, question).toBe('high');
  });

  it('says two pieces of evidence together in the opening sentence when both are one statement each', async () => {
    expect(first(await ask('Why does Unitree raise money even though it is profitable?'))).toMatch(/^The two reasons the reports give are that .+\[1\], and that .+\[2\]/);
  });
});

describe('open questions the reports do not answer are refused, not hedged with another subject\'s news', () => {
  it.each([
    'Why did Alibaba sell its stake in Moonshot AI?',
    'What strategy does Xiaomi follow in developing AI models?',
    'Why did Meituan close its robotaxi unit?',
    'Why did Xiaomi Corp spin off its chip unit?',
    'Why?',
  ])('%s', async (question) => {
    const result = await ask(question);
    expect(result.refused, question).toBe(true);
    expect(result.answer, question).toMatch(/^(?:The reports don't say|报告没有|报道没有)/);
  });
});

describe('explanations hold their supporting sentences to the asked relation and open with one statement', () => {
  it('drops a sentence that shares only a verb with the question, and joins no clause that is two statements', async () => {
    for (const question of ['Why did Tencent rush to buy GPUs in the fourth quarter of 2024?', 'Why did Tencent hurry to acquire GPUs in Q4 2024?']) {
      const result = await ask(question);
      expect(result.answer, question).toMatch(/export/);
      expect(result.answer, question).not.toMatch(/advertis/);
      expect(first(result), question).not.toMatch(/two reasons[^.]*;/);
    }
  });

  it('opens a comparison with a sentence that sets the two sides against each other, in English and Chinese', async () => {
    for (const question of ["How is Alibaba's AI strategy different from Tencent's?", '阿里巴巴的AI战略和腾讯有什么不同？']) {
      const result = await ask(question);
      expect(first(result), question).toMatch(/while|whereas|different|区别/);
      expect(result.answer, question).toMatch(/Tencent/);
      expect(result.answer, question).not.toMatch(/don't|没有直接回答/);
    }
  });

  it('tells each side by its own sentence, not by one that only says they are compared', async () => {
    for (const question of ["How has Tencent's investment style differed from Alibaba's?", '腾讯和阿里巴巴的投资风格有什么不同？']) {
      const result = await ask(question);
      expect(result.citations[0]?.quote, question).not.toMatch(/has been compared with/);
      expect(result.answer, question).toMatch(/symbiosis/);
    }
  });

  it('answers a Chinese question the vocabulary accounts for plainly, and hedges or refuses one the reports do not answer', async () => {
    for (const question of ['腾讯为什么在2024年第四季度抢购GPU？', '百川智能为什么能做到每月迭代一个模型？']) {
      const result = await ask(question);
      expect(result.answer, question).not.toMatch(/没有直接回答/);
      expect(result.refused, question).toBe(false);
    }
    // A word the vocabulary does not translate, or an opening covering few of the translated words: hedged at most.
    for (const question of ['腾讯为什么出售其持有的智谱AI股份？', '百度为什么决定退出云计算市场？', '美国的芯片限制对阿里云有什么影响？']) {
      const result = await ask(question);
      expect(result.answer, question).toMatch(/没有直接回答|没有提到|没有说/);
    }
    // A cut the reports contradict ("ByteDance … is intensifying its investments") is corrected, never explained.
    expect((await ask('字节跳动为什么削减了AI投入？')).answer).toMatch(/^报告并不支持/);
  });
});
