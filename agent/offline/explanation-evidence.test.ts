import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../core/index.js';
import { createAliasTable } from '../../index/index.js';
import { askedAspects } from './aspect-terms.js';
import { answersDirectly, chooseLead, closeness, explanationForm, namesAbsentFromReports, namesSubject, speaksTo } from './explanation-evidence.js';
import type { PooledSentence, SentencePool } from './sentence-pool.js';

const paragraph = (id: string, text = ''): Paragraph => ({ id, docId: 'd', n: 1, section: null, sectionKind: 'body', lang: 'en', text } as unknown as Paragraph);

/** A pooled sentence with the scores the pool would give it; by default on the subject, on the aspect and on the question's words. */
function sentence(text: string, scores: Partial<PooledSentence> = {}): PooledSentence {
  return {
    paragraph: paragraph(scores.paragraph?.id ?? `p-${text.length}-${text.slice(0, 8)}`), text, rank: 0, position: 0, coverage: 0.5, topic: 0.5,
    subject: 1, everySubject: true, namesOthers: false, askedAsObject: false, aspect: 1, restatesAnswer: false, nearAnswer: 0, statesAnswerFigure: false, ...scores,
  };
}

function pool(question: string, sentences: PooledSentence[], entities = ['@alibaba'], topic = new Map([['robot', 4]])): SentencePool {
  return { terms: { relation: topic, entities }, topicTerms: topic, aspects: askedAspects(question), aspectSwitch: false, sentences, ranks: new Map(), eachOf: false };
}

describe('speaksTo: a sentence is evidence when it is on the subject, on the aspect and on the question\'s words', () => {
  const question = 'Why is Alibaba investing in robot makers?';
  it.each([
    ['on all three', sentence('Alibaba invests in robots because they carry large models into the physical world.'), true],
    ['the subject only around it (paragraph)', sentence('Robots carry models because …', { subject: 0.5 }), true],
    ['off the subject', sentence('Tencent invests because …', { subject: 0, everySubject: false }), false],
    ['no word of the aspect', sentence('Alibaba invested in Unitree in 2025.', { aspect: 0 }), false],
    ['too few of the question\'s words', sentence('Alibaba cut staff because of costs.', { topic: 0.1 }), false],
  ])('%s', (_name, candidate, expected) => {
    expect(speaksTo(candidate, pool(question, [candidate]))).toBe(expected);
  });

  it('wants every company asked, not one of two named twice', () => {
    const one = sentence('Alibaba sold RT-Mart to focus on its core.', { subject: 0.5, everySubject: false });
    expect(speaksTo(one, pool('Why did Alibaba sell its Moonshot AI stake?', [one], ['@alibaba', '@moonshot-ai']))).toBe(false);
  });

  it('takes a contrast between the two sides of a comparison as evidence whatever else it shares', () => {
    const contrast = sentence('Alibaba funds startups, while Tencent leverages WeChat.', { topic: 0 });
    expect(speaksTo(contrast, pool('How do Alibaba and Tencent differ?', [contrast], ['@alibaba', '@tencent']))).toBe(true);
    expect(speaksTo(contrast, pool('Why did Alibaba and Tencent invest?', [contrast], ['@alibaba', '@tencent']))).toBe(false);
  });

  it('counts any sentence on the subject as speaking to a summary (no aspect words of its own), if it shares enough words', () => {
    const plain = sentence('Tencent integrated DeepSeek into Yuanbao.', { aspect: 0.5, topic: 0.4 });
    const thin = sentence('Tencent held a conference.', { aspect: 0.5, topic: 0.2 });
    const summary = pool('Summarise how Tencent brings AI into its apps.', [plain, thin], ['@tencent']);
    expect(speaksTo(plain, summary)).toBe(true);
    expect(speaksTo(thin, summary)).toBe(false);
  });
});

describe('answersDirectly and explanationForm: direct, hedged or refused from the evidence', () => {
  const question = 'Why is Alibaba investing in robot makers?';

  it('states plainly a lead that names the subject and is as close to the question as anything else', () => {
    const lead = sentence('Alibaba invests in robots because they carry models into the physical world.', { topic: 0.8 });
    const other = sentence('Robots are hard to build.', { topic: 0.7, aspect: 0 });
    const reasons = pool(question, [lead, other]);
    expect(answersDirectly(lead, reasons)).toBe(true);
    expect(explanationForm(lead, reasons)).toBe('direct');
  });

  it('hedges a lead whose subject is only in its paragraph and which names another company', () => {
    const lead = sentence('Tencent carries models into the physical world, which is why …', { subject: 0.5, topic: 0.8, namesOthers: true });
    expect(explanationForm(lead, pool(question, [lead]))).toBe('hedged');
  });

  it('states plainly a lead that names no company, in a paragraph about the subject ("This is due to …")', () => {
    for (const text of ['This is due to the high scarcity of AI talents.', 'The goal is to achieve greater growth by integrating resources.', 'They carry models into the physical world, which is why …']) {
      const lead = sentence(text, { subject: 0.5, topic: 0.8 });
      expect(explanationForm(lead, pool(question, [lead]))).toBe('direct');
    }
  });

  it('hedges a general reason when another sentence on the subject is far closer to what was asked', () => {
    const general = sentence('Alibaba invests heavily, aiming to become an AI+Cloud provider.', { topic: 0.3 });
    const closer = sentence('Alibaba is seizing the track by investing in Unitree and other robot makers.', { topic: 0.9, aspect: 0 });
    const reasons = pool(question, [general, closer]);
    expect(explanationForm(general, reasons)).toBe('hedged');
    // … and a hedged answer opens with the closer one.
    expect(chooseLead(reasons.sentences, reasons)).toBe(closer);
  });

  it('states plainly a reason told right after the fact it explains, in the same paragraph', () => {
    const shared = paragraph('p-ms');
    const fact = sentence('OpenAI grants Microsoft priority access to most of its technologies.', { paragraph: shared, topic: 0.9, aspect: 0 });
    const reason = sentence('This arrangement stems largely from Microsoft\'s $13 billion investment.', { paragraph: shared, topic: 0.4 });
    const reasons = pool('Why does Microsoft get priority access to OpenAI?', [fact, reason], ['@microsoft', '@openai']);
    expect(explanationForm(reason, reasons)).toBe('direct');
  });

  it('refuses when no sentence speaks to the subject and the aspect', () => {
    const offAspect = sentence('Alibaba invested in Moonshot AI in 2024.', { aspect: 0 });
    const offSubject = sentence('Baidu left a market because …', { subject: 0, everySubject: false });
    expect(explanationForm(undefined, pool(question, [offAspect, offSubject]))).toBe('refused');
  });

  it('refuses a bare "Why?" that names nothing to explain', () => {
    const any = sentence('Alibaba invests because …');
    expect(explanationForm(any, pool('Why?', [any], [], new Map()))).toBe('refused');
  });
});

describe('namesSubject: the sentence itself names what was asked', () => {
  it('needs the one company in the sentence, or one of two in it and the other around it', () => {
    expect(namesSubject(sentence('…', { subject: 1 }), pool('Why?', []))).toBe(true);
    expect(namesSubject(sentence('…', { subject: 0.5, namesOthers: true }), pool('Why?', []))).toBe(false);
    expect(namesSubject(sentence('…', { subject: 0.5, namesOthers: false }), pool('Why?', []))).toBe(true);
    expect(namesSubject(sentence('…', { subject: 0.5, everySubject: false }), pool('Why?', [], ['@alibaba', '@tencent']))).toBe(false);
    expect(namesSubject(sentence('…', { subject: 0.75 }), pool('Why?', [], ['@alibaba', '@tencent']))).toBe(true);
    expect(namesSubject(sentence('…', { subject: 0.5 }), pool('Why?', [], []))).toBe(true);
  });
});

describe('namesAbsentFromReports: a company the reports never mention', () => {
  const paragraphs = [paragraph('a', 'Huawei sold Ascend chips to Baidu. Alibaba invested in robots.'), { ...paragraph('b', 'Tencent invested.'), original: '腾讯投资了燧原科技。' } as Paragraph];
  const aliases = createAliasTable();
  it.each([
    ['What strategy does Xiaomi follow in AI?', [], ['Xiaomi']],
    ['How does Xiaomi Corp compete?', [], ['Xiaomi Corp']],
    ['How does Pinduoduo Holdings compete?', [], []],
    ['Why did Huawei stop selling Ascend chips to Baidu?', [], []],
    ['Why did Alibaba invest in robots?', [], []],
    ['What is the LLM strategy of the US giants?', [], []],
    ['小米的AI战略是什么？', ['小米'], ['小米']],
    ['腾讯为什么投资燧原科技？', ['燧原科技'], []],
  ])('%s', (question, unknown, absent) => {
    expect(namesAbsentFromReports(question, unknown, aliases, paragraphs)).toEqual(absent);
  });
});

describe('closeness: an example reads as the answer only after the statement it illustrates', () => {
  it.each([
    'For example, Volcano Engine has attracted clients by leveraging its GPU resources.',
    'Similarly, last September, a startup rented computing power after an investor helped.',
    'For instance, Baichuan raised $300 million.',
    '例如，阿里云为百川提供了千卡训练支持。',
  ])('discounts %s', (text) => {
    expect(closeness(sentence(text, { topic: 0.8 }))).toBeLessThan(0.8);
  });

  it('keeps a general statement (or one that only mentions an example later) at its full closeness', () => {
    expect(closeness(sentence('Investors support computing power needs in various ways, for example by renting out hardware.', { topic: 0.5 }))).toBe(0.5);
    expect(closeness(sentence('Takeovers are rare.', { topic: 0.5 }))).toBe(0.5);
  });

  it('leads with the general statement over a closer example', () => {
    const example = sentence('Similarly, last September, a startup rented computing power after an investor helped.', { topic: 0.8 });
    const general = sentence('Investors support computing power needs in various ways.', { topic: 0.7 });
    const question = 'How do investors help startups get computing power?';
    expect(chooseLead([example, general], pool(question, [example, general]))).toBe(general);
  });

  it('does not pass over evidence told as an example for a closer sentence that is no evidence: the discount orders evidence only', () => {
    const example = sentence('For example, Volcano Engine has attracted many large model clients by leveraging its GPU resources.', { topic: 0.4 });
    const listing = sentence("These include Alibaba Cloud's Bailian and ByteDance's Volcano Engine Ark.", { topic: 0.53, aspect: 0 });
    const question = 'How has Volcano Engine pulled in large-model clients?';
    expect(chooseLead([listing, example], pool(question, [listing, example], ['@volcano-engine']))).toBe(example);
  });
});

describe('answersDirectly: an asked company named only after a preposition, another leading, is an object, not the subject', () => {
  const question = 'What risks does Baidu face?';
  it('is not direct evidence when another company leads the sentence', () => {
    const other = sentence('Alibaba faces rising competition from ByteDance and from Baidu Cloud.', { askedAsObject: true, namesOthers: true, topic: 0.6 });
    const own = sentence('Baidu faces rising competition from ByteDance and Alibaba Cloud.', { askedAsObject: false, namesOthers: true, topic: 0.6 });
    expect(answersDirectly(other, pool(question, [other, own], ['@baidu']))).toBe(false);
    expect(answersDirectly(own, pool(question, [other, own], ['@baidu']))).toBe(true);
  });
});
