import { describe, expect, it } from 'vitest';
import { createAliasTable } from '../../index/index.js';
import type { PlannerContext } from './planner-context.js';
import { listLead } from './plan-list.js';
import { asClause, chineseCount, inSentence } from './text-candidates.js';

describe('asClause: a report sentence lifted into an answer', () => {
  it.each([
    ['However, the US expansion of restrictive policies has abruptly disrupted the competition.', 'the US expansion of restrictive policies has abruptly disrupted the competition'],
    ["It's evident that investment, GPU hoarding, and localization have emerged as the main strategies.", 'investment, GPU hoarding, and localization have emerged as the main strategies'],
    ['In fact, before Alibaba invested in Unitree in 2025, Unitree had been profitable since 2020.', 'before Alibaba invested in Unitree in 2025, Unitree had been profitable since 2020'],
    ['The data will all feed back into Alibaba Cloud."', 'The data will all feed back into Alibaba Cloud'],
    ['In addition to Unitree, there is a group of invested enterprises going public.', 'In addition to Unitree, there is a group of invested enterprises going public'],
  ])('%s', (sentence, clause) => {
    expect(asClause(sentence)).toBe(clause);
  });
});

describe('inSentence', () => {
  it('lower-cases a plain first word and keeps a name', () => {
    expect(inSentence('The market expects three giants')).toBe('the market expects three giants');
    expect(inSentence('Alibaba funds startups')).toBe('Alibaba funds startups');
    expect(inSentence('According to AI Trends, Yuanbao grew')).toBe('according to AI Trends, Yuanbao grew');
  });
});

describe('listLead', () => {
  it('names what the list is of, in the question\'s words, or says plainly that the reports name them', () => {
    expect(listLead('Which chip companies has Alibaba invested in?', 'en')).toBe('The chip companies the reports name are ');
    expect(listLead('Which AI model startups have both giants backed?', 'en')).toBe('The AI model startups the reports name are ');
    expect(listLead('List the firms Tencent backed.', 'en')).toBe('The reports name ');
    expect(listLead('阿里巴巴投资了哪些机器人公司？', 'zh')).toBe('报道提到的阿里巴巴投资的机器人公司有:');
  });
});

describe('inSentence: a clause after "they say that" keeps names and lowers plain words', () => {
  const paragraphs = new Map([['d#p1', { id: 'd#p1', docId: 'd', n: 1, section: null, sectionKind: 'body', lang: 'en', text: 'Net sales rose while general costs fell and cloud providers grew; the company said domestically it would expand.' }]]);
  const aliases = createAliasTable();
  const context = { paragraphs, aliases } as unknown as PlannerContext;
  it.each([
    ['General Mills reported higher sales.', 'General Mills reported higher sales.'],
    ['Alibaba Cloud announced plans.', 'Alibaba Cloud announced plans.'],
    ['Tencent plans to invest 100 billion yuan.', 'Tencent plans to invest 100 billion yuan.'],
    ['Domestically, Tencent plans to invest.', 'domestically, Tencent plans to invest.'],
    ['Coupled with intensifying competition, rivals rose.', 'coupled with intensifying competition, rivals rose.'],
    ['Cloud providers upgraded their networks.', 'cloud providers upgraded their networks.'],
    ['The financial report shows a drop.', 'the financial report shows a drop.'],
  ])('%s → %s', (clause, expected) => {
    expect(inSentence(clause, context)).toBe(expected);
  });
});

describe('chineseCount: a counted noun after the figure, never a function word', () => {
  it.each([
    ['the platform has contributed 30 million hours of free GPU computing power', '30 million', /3000万小时/],
    ['Alibaba had 219,260 as of December 31, 2023', '219,260', /^21\.926万$/],
  ])('%s', async (sentence, figureText, said) => {
    const { parseQuantities } = await import('../../core/index.js');
    const quantity = parseQuantities(sentence).find((found) => found.text.includes(figureText.split(' ')[0]!))!;
    expect(chineseCount(sentence, quantity)).toMatch(said);
  });
});
