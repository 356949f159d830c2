import { describe, expect, it } from 'vitest';
import type { Fact, Period } from '../../core/index.js';
import { createAliasTable } from '../../index/index.js';
import { understandQuestion } from '../question-frame.js';
import { clauseOwnerFits, factFit, figureTypesWanted, looksLikePerson, periodFit, sentenceFigureFit, type AnswerFit } from './answer-fit.js';
import { wantedTypes } from './answer-type.js';
import { mostSpecific } from './plan-figure.js';
import type { PlannerContext } from './planner-context.js';

const aliases = createAliasTable();
const frame = (text: string) => understandQuestion(text, { aliases, documents: [] });
const subjectsOf = (text: string) => mostSpecific(frame(text).entities, { aliases } as unknown as PlannerContext);
const period = (from: string, to: string, text = ''): Period => ({ text, from, to });
const YEAR_2024 = period('2024-01-01', '2024-12-31');
const Q4_2024 = period('2024-10-01', '2024-12-31');
const Q1_2025 = period('2025-01-01', '2025-03-31');

function fact(over: Partial<Fact>): Fact {
  return {
    id: 'doc#p1/f1', entity: 'tencent', entityName: 'Tencent', counterparty: null, metric: 'capex', growthOf: null, period: Q4_2024, asOf: '2025-06-23',
    docId: 'doc', paragraph: 1, paragraphId: 'doc#p1', quote: 'Tencent capital expenditure reached 36.578 billion yuan in Q4 2024.', disputed: false, source: 'rules',
    value: '36578000000', high: null, unit: 'currency', currency: 'CNY', scale: null, qualifier: null, text: '36.578 billion yuan', item: null, ...over,
  } as Fact;
}

function fitOfFact(question: string, over: Partial<Fact>, relation = 1): AnswerFit {
  return factFit(frame(question), { fact: fact(over), subjects: subjectsOf(question), relation }, aliases);
}

describe('factFit: a share the fact\'s own sentence denies or narrows is not the share asked', () => {
  const share = { metric: 'revenue_share' as const, unit: 'percent' as const, value: '13', text: '13%', currency: null, entity: 'alibaba-cloud', entityName: 'Alibaba Cloud', period: YEAR_2024 };
  it('off for "did not reach 13%" and "excluding …, 13%"; direct for the plain statement', () => {
    const question = 'What share of Alibaba\'s revenue did Alibaba Cloud account for in 2024?';
    expect(fitOfFact(question, { ...share, quote: 'In 2024 Alibaba Cloud\'s revenue did not reach 13% of Alibaba\'s total revenue.' })).toEqual({ form: 'off', why: 'relation' });
    expect(fitOfFact(question, { ...share, quote: 'Excluding overseas business, Alibaba Cloud\'s revenue accounted for 13% of Alibaba\'s total revenue in 2024.' })).toEqual({ form: 'off', why: 'relation' });
    expect(fitOfFact(question, { ...share, quote: 'In 2024 Alibaba Cloud\'s revenue accounted for 13% of Alibaba\'s total revenue.' })).toEqual({ form: 'direct' });
  });
});

describe('factFit: a fact answers plainly only for the asked subject, measure and period', () => {
  it.each([
    ["What was Tencent's capital expenditure in Q4 2024?", {}],
    ['腾讯2024年第四季度的资本开支是多少?', {}],
    ['How much did Tencent spend on capex?', {}],
    ['How many employees did Alibaba have at the end of 2024?', { entity: 'alibaba', metric: 'headcount' as const, period: YEAR_2024, unit: 'count' as const, quote: 'Alibaba had 194,320 employees as of December 31, 2024.' }],
  ])('direct: %s', (question, over) => {
    expect(fitOfFact(question, over)).toEqual({ form: 'direct' });
  });

  it('refuses another company\'s figure, a segment\'s figure for its group, and a deal without the other party asked', () => {
    expect(fitOfFact("What was Alibaba's capital expenditure in Q4 2024?", {})).toEqual({ form: 'off', why: 'subject' });
    expect(fitOfFact('阿里巴巴2024年第四季度的营收是多少?', { entity: 'taobao', metric: 'revenue', quote: 'Taobao and Tmall generated revenue of RMB 136.091 billion.' })).toEqual({ form: 'off', why: 'subject' });
    expect(fitOfFact('How much did Alibaba pay for NetEase Kaola?', { entity: 'alibaba', metric: 'investment', period: { text: null, from: null, to: null }, quote: 'Alibaba made an investment in RT-Mart exceeding $20 billion.' })).toEqual({ form: 'off', why: 'subject' });
  });

  it('takes a product\'s figure filed under its maker when the sentence names the product, not otherwise', () => {
    const doubao = (quote: string) => fitOfFact('How many daily API calls does Doubao handle?', { entity: 'bytedance', metric: 'api_calls', unit: 'count', period: { text: null, from: null, to: null }, quote });
    expect(doubao('ByteDance said Doubao handled 16.47 trillion daily API calls.').form).toBe('direct');
    expect(doubao('ByteDance handled 16.47 trillion daily API calls across its apps.')).toEqual({ form: 'off', why: 'subject' });
    expect(fitOfFact('豆包每天的调用量是多少?', { entity: 'bytedance', metric: 'api_calls', unit: 'count', period: { text: null, from: null, to: null }, quote: 'Doubao was recording 16.47 trillion daily API calls.' }).form).toBe('direct');
  });

  it('hedges a near miss: a part of the asked period, or a neighbouring measure', () => {
    expect(fitOfFact("What was Tencent's capital expenditure in 2024?", {})).toMatchObject({ form: 'near', differs: 'period' });
    expect(fitOfFact('腾讯2024年的资本开支是多少?', {})).toMatchObject({ form: 'near', differs: 'period' });
    expect(fitOfFact("What is Tencent's capital expenditure plan?", { metric: 'investment_plan' })).toMatchObject({ form: 'near', differs: 'measure' });
  });

  it('refuses another period, another measure, a sentence about another relation, and the question\'s own figure', () => {
    expect(fitOfFact("What was Tencent's capital expenditure in Q1 2025?", {})).toEqual({ form: 'off', why: 'period' });
    expect(fitOfFact('腾讯2025年第一季度的资本开支是多少?', {})).toEqual({ form: 'off', why: 'period' });
    expect(fitOfFact("What was Tencent's revenue in Q4 2024?", {})).toEqual({ form: 'off', why: 'measure' });
    // "lose" names the loss measure, so a capex fact is another measure (before the loss verbs were known, another relation).
    expect(fitOfFact('How much did Tencent lose in Q4 2024?', {}, 0.2)).toEqual({ form: 'off', why: 'measure' });
    // An everyday outlay word names the outlay measures (capital expenditure among them): checked by category, not by words.
    expect(fitOfFact('How much did Tencent spend in Q4 2024?', {}, 0.2)).toEqual({ form: 'direct' });
    expect(fitOfFact("What was Tencent's capital expenditure in Q4 2024, including chips and data centers?", {}, 0.2)).toEqual({ form: 'direct' });
    expect(fitOfFact('Tencent spent 36.578 billion yuan on capex in Q4 2024; what did that buy?', {})).toEqual({ form: 'off', why: 'figure' });
  });
});

describe('periodFit', () => {
  it('tells the same span, a part or whole of it, and another span apart', () => {
    expect(periodFit(Q4_2024, [Q4_2024], 'capex')).toBe('same');
    expect(periodFit(Q4_2024, [YEAR_2024], 'capex')).toBe('near');
    expect(periodFit(YEAR_2024, [Q4_2024], 'capex')).toBe('near');
    expect(periodFit(Q1_2025, [Q4_2024], 'capex')).toBe('other');
    expect(periodFit(Q1_2025, [], 'capex')).toBe('same');
    expect(periodFit({ text: 'this year', from: null, to: null }, [YEAR_2024], 'capex')).toBe('unknown');
  });

  it('lets a level for a year answer its end (a headcount), but not a flow (capex)', () => {
    const end = period('2024-12-01', '2024-12-31', 'at the end of 2024');
    expect(periodFit(YEAR_2024, [end], 'headcount')).toBe('same');
    expect(periodFit(YEAR_2024, [end], 'capex')).toBe('near');
  });
});

describe('sentenceFigureFit: a quoted sentence answers "how much" only with a figure of the asked kind for the asked subject', () => {
  const input = (sentence: string, question: string, over: Partial<{ paragraph: string; relation: number; period: number; asOf: string | null }> = {}) => ({
    sentence, paragraph: over.paragraph ?? sentence, subjects: subjectsOf(question), relation: over.relation ?? 0.8, period: over.period ?? 0.5, asOf: over.asOf ?? '2025-06-23',
  });
  const fit = (question: string, sentence: string, over = {}) => sentenceFigureFit(frame(question), figureTypesWanted(wantedTypes(question)), input(sentence, question, over), aliases);

  it.each([
    ['How much did Tencent pay TuringEngine for cluster computing services?', 'In May, Tencent purchased cluster computing services from TuringEngine for 113 million yuan.'],
    ['What share of Alibaba\'s revenue did the Cloud Intelligence Group account for?', 'The Cloud Intelligence Group\'s revenue accounted for only 13% of Alibaba\'s total revenue.'],
    ['腾讯向图灵引擎购买算力服务花了多少钱?', 'In May, Tencent purchased cluster computing services from TuringEngine for 113 million yuan.'],
  ])('direct: %s', (question, sentence) => {
    expect(fit(question, sentence)).toEqual({ form: 'direct' });
  });

  it.each([
    ['What share of Alibaba\'s revenue did the Cloud Intelligence Group account for?', 'The Cloud Intelligence Group\'s revenue did not reach 13% of Alibaba\'s total revenue.'],
    ['What share of Alibaba\'s revenue did the Cloud Intelligence Group account for?', 'The Cloud Intelligence Group\'s revenue never accounted for 13% of Alibaba\'s total revenue.'],
    ['What share of Alibaba\'s revenue did the Cloud Intelligence Group account for?', 'Excluding its overseas data centres, the Cloud Intelligence Group\'s revenue accounted for 13% of Alibaba\'s total revenue.'],
    ['What share of Alibaba\'s revenue did the Cloud Intelligence Group account for?', 'The Cloud Intelligence Group\'s revenue, net of intra-group sales, accounted for 13% of Alibaba\'s total revenue.'],
    ['阿里云占阿里巴巴收入的比例是多少?', '阿里云智能集团的收入并未达到阿里巴巴总收入的13%。'],
    ['阿里云占阿里巴巴收入的比例是多少?', '不包括海外业务,阿里云智能集团的收入占阿里巴巴总收入的13%。'],
  ])('off: a share the sentence denies or narrows is not the share asked: %s / %s', (question, sentence) => {
    expect(fit(question, sentence)).toEqual({ form: 'off', why: 'relation' });
  });

  it.each([
    // Near misses: a bound, a negation in another clause, an exclusion the question makes too, 未来 (the future).
    ['What share of Alibaba\'s revenue did the Cloud Intelligence Group account for?', 'The Cloud Intelligence Group\'s revenue accounted for not less than 13% of Alibaba\'s total revenue.'],
    ['What share of Alibaba\'s revenue did the Cloud Intelligence Group account for?', 'Alibaba did not break out its margins, but the Cloud Intelligence Group\'s revenue accounted for 13% of Alibaba\'s total revenue.'],
    ['Excluding overseas business, what share of Alibaba\'s revenue did the Cloud Intelligence Group account for?', 'Excluding overseas business, the Cloud Intelligence Group\'s revenue accounted for 13% of Alibaba\'s total revenue.'],
    ['阿里云占阿里巴巴收入的比例是多少?', '阿里云智能集团的收入占阿里巴巴总收入的13%。'],
  ])('direct: %s / %s', (question, sentence) => {
    expect(fit(question, sentence)).toEqual({ form: 'direct' });
  });

  it('reads a sentence that names no company as about its paragraph\'s company ("its DRAM production")', () => {
    const sentence = 'According to Omdia data, its DRAM chip production is expected to increase by 68% this year.';
    expect(fit('By what percentage will YMTC\'s DRAM production rise?', sentence, { paragraph: `YMTC is a memory maker. ${sentence}` })).toEqual({ form: 'direct' });
  });

  it('refuses a sentence with no figure of the asked kind, about another company, or for another period', () => {
    expect(fit('How much did Tencent invest in Zhipu AI?', 'Zhipu AI has received investment from Tencent and Alibaba since 2023.')).toEqual({ form: 'off', why: 'type' });
    expect(fit('How much revenue did Alibaba Cloud make in 2024?', 'The Cloud Intelligence Group\'s revenue accounted for only 13% of the group\'s total revenue.')).toEqual({ form: 'off', why: 'type' });
    expect(fit('腾讯投资了智谱多少钱?', 'Zhipu AI has received investment from Tencent and Alibaba.')).toEqual({ form: 'off', why: 'type' });
    expect(fit('How much did Baidu spend on AI in 2025?', 'Tencent plans to invest 100 billion yuan this year.')).toEqual({ form: 'off', why: 'subject' });
    expect(fit('What was Alibaba\'s revenue in 2024?', 'The 2024 fourth-quarter report shows Alibaba\'s Taobao and Tmall generated revenue of RMB 136.091 billion.')).toEqual({ form: 'off', why: 'period' });
    expect(fit('阿里巴巴2024年全年的营收是多少?', 'The 2024 fourth-quarter report shows Alibaba\'s Taobao and Tmall generated revenue of RMB 136.091 billion.')).toEqual({ form: 'off', why: 'period' });
    expect(fit('How much did Tencent pay TuringEngine?', 'In May, Tencent purchased services from TuringEngine for 113 million yuan.', { relation: 0.2 })).toEqual({ form: 'off', why: 'relation' });
  });
});

describe('looksLikePerson: a who-answer is someone, not a capitalised phrase', () => {
  const common = new Set(['hundred', 'model', 'war', 'cloud', 'intelligence', 'group', 'mark', 'new']);
  const check = (sentence: string, name: string, known = false) => looksLikePerson(name, sentence, sentence.indexOf(name), common, known);
  it.each([
    ['Baichuan Intelligence\'s founder and CEO Wang Xiaochuan spoke.', 'Wang Xiaochuan'],
    ['Mark Zuckerberg said Meta would spend more.', 'Mark Zuckerberg'],
    ['Tencent Cloud VP Wei Wei said costs fell.', 'Wei Wei'],
  ])('a person: %s', (sentence, name) => {
    expect(check(sentence, name)).toBe(true);
  });
  it.each([
    ["As the 'Hundred-Model War' enters deeper waters, cloud providers revealed their cards.", 'Hundred-Model War'],
    ['The Cloud Intelligence Group grew fast.', 'Cloud Intelligence Group'],
    ['the "New Model" launch', 'New Model'],
  ])('not a person: %s', (sentence, name) => {
    expect(check(sentence, name)).toBe(false);
  });
  it('always takes a name the alias table knows as a person', () => {
    expect(check("the 'Hundred-Model War'", 'Hundred-Model War', true)).toBe(true);
  });
});

describe('figureTypesWanted', () => {
  it('lists the figure kinds a figure question wants, strongest first, and none for other questions', () => {
    expect(figureTypesWanted(wantedTypes('How much did Alibaba invest in Moonshot AI?'))[0]).toBe('amount');
    expect(figureTypesWanted(wantedTypes('What stake did Alibaba acquire in Moonshot AI?'))[0]).toBe('percent');
    expect(figureTypesWanted(wantedTypes('What quantity of Ascend chips did Baidu order?'))[0]).toBe('count');
    expect(figureTypesWanted(wantedTypes('阿里巴巴投资了多少钱?'))[0]).toBe('amount');
    expect(figureTypesWanted(wantedTypes('Who heads Alibaba Cloud?'))).toEqual([]);
    expect(figureTypesWanted(wantedTypes('Why did Alibaba invest in Moonshot AI?'))).toEqual([]);
  });
});

describe('clauseOwnerFits: a figure belongs to the company its own clause names', () => {
  const at = (text: string, figure: string) => text.indexOf(figure);
  it.each([
    ["JD.com will continue to invest in AI; Meituan's R&D expenditure in Q2 was 6.3 billion yuan.", '6.3 billion', ['jd'], false],
    ["JD.com will continue to invest in AI; Meituan's R&D expenditure in Q2 was 6.3 billion yuan.", '6.3 billion', ['meituan'], true],
    ['Tencent spent 36.578 billion yuan; Alibaba spent 31.8 billion yuan.', '36.578', ['alibaba'], false],
    ['Tencent spent 36.578 billion yuan; Alibaba spent 31.8 billion yuan.', '31.8', ['alibaba'], true],
    ['腾讯的资本开支为365.78亿元；阿里巴巴为318亿元。', '365.78', ['alibaba'], false],
    ['Its capital expenditure reached 24.6 billion yuan in the quarter.', '24.6', ['alibaba'], true],
    ['Tencent spent 36.578 billion yuan.', '36.578', [], true],
    // Another company acting before a figure owns it; the asked one doing its own deal later in the clause owns only its own.
    ['Amazon announced it would invest up to $4 billion in Anthropic, only for Google to commit $2 billion in financing.', '$4 billion', ['google', 'anthropic'], false],
    ['Amazon announced it would invest up to $4 billion in Anthropic, only for Google to commit $2 billion in financing.', '$2 billion', ['google', 'anthropic'], true],
    ['Amazon announced it would invest up to $4 billion in Anthropic, only for Google to commit $2 billion in financing.', '$4 billion', ['amazon', 'anthropic'], true],
    ['Tencent put in $1 billion and Alibaba led the round.', '$1 billion', ['alibaba', 'moonshot-ai'], false],
    // The asked company as the deal's object after the figure still owns the price: "Alibaba acquired it for $2 billion … Kaola".
    ['Alibaba acquired it for $2 billion and renamed it Kaola.', '$2 billion', ['alibaba'], true],
  ] as const)('%s (%s for %j) -> %s', (text, figure, subjects, fits) => {
    const ids = [...subjects];
    expect(ids.every((id) => aliases.get(id))).toBe(true);
    expect(clauseOwnerFits(text, at(text, figure), ids, aliases)).toBe(fits);
  });
});

describe('factFit: a count whose counted noun is the one asked fits, however the question words the rest (class: "racked up")', () => {
  const downloads = { entity: 'alibaba-cloud', entityName: 'Alibaba Cloud', metric: 'other' as const, unit: 'count' as const, currency: null, value: '100000000', text: '100 million',
    period: { text: null, from: null, to: null }, quote: 'Reportedly, model downloads have exceeded 100 million, and the platform has contributed 30 million hours of free GPU computing power to developers.' };

  it('answers "How many model downloads has Alibaba Cloud racked up?" though few of its words are in the sentence', () => {
    expect(fitOfFact('How many model downloads has Alibaba Cloud racked up?', downloads, 0.3).form).not.toBe('off');
  });

  it('still keeps a count of another noun off ("How many users has Alibaba Cloud racked up?")', () => {
    expect(fitOfFact('How many users has Alibaba Cloud racked up?', downloads, 0.3)).toMatchObject({ form: 'off' });
  });
});

describe('factFit: a number of things asked is not answered by their share or a multiple', () => {
  const share = { metric: 'deal_share' as const, unit: 'percent' as const, value: '40', text: '40%', entity: 'alibaba', period: { text: 'Since 2023', from: '2023-01-01', to: null }, quote: "Since 2023, 40% of Alibaba's deals in China have been directed at AI startups." };
  it('is off for "how many deals", not for "how many of its deals" or a second question asking the rate', () => {
    expect(fitOfFact('How many AI-startup deals has Alibaba done in China since 2023?', share).form).toBe('off');
    expect(fitOfFact("How many of Alibaba's deals in China went to AI startups since 2023?", share).form).not.toBe('off');
    expect(fitOfFact('How many AI-startup deals has Alibaba done in China since 2023? And what share of its deals is that?', share).form).not.toBe('off');
  });
});
