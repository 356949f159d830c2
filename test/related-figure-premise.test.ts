/**
 * False premises in a figure stated for a relation the question frame has no metric for (issue 11, item 5):
 * "why/how" questions that state an amount or a span of years the reports give the same subject otherwise
 * are corrected in the first sentence; true figures, figures of another measure and the operands of a
 * calculation are not. English and Chinese.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { factSpan, statedSpan } from '../agent/offline/related-figure-premise.js';
import { splitSentences } from '../core/index.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const lead = async (question: string) => splitSentences((await answer([{ role: 'user', content: question }], { index })).answer)[0]?.text ?? '';
const CORRECTION = /not the reports'|don't support|, not |不符|而不是|并不支持/;

describe('statedSpan and factSpan', () => {
  it.each([
    ['Why did X commit 480 billion yuan over five years?', 5],
    ['How will X spend it over the next 3 years?', 3],
    ['为什么阿里巴巴五年投入4800亿元？', 5],
    ['阿里巴巴为什么要在十年内投入？', 10],
    ['阿里巴巴为什么在2024年投资？', undefined],
    ['Why did X invest in 2023?', undefined],
  ])('%s', (text, years) => expect(statedSpan(text)).toBe(years));
  it('counts whole calendar years only', () => {
    expect(factSpan({ period: { text: 'over the next three years', from: '2025-01-01', to: '2027-12-31' } })).toBe(3);
    expect(factSpan({ period: { text: 'this year', from: '2025-01-01', to: '2025-12-31' } })).toBeUndefined();
    expect(factSpan({ period: { text: 'Q1 2025', from: '2025-01-01', to: '2025-03-31' } })).toBeUndefined();
    expect(factSpan({ period: { text: null, from: null, to: null } })).toBeUndefined();
  });
});

describe('an amount the reports give the same subject and relation otherwise', () => {
  it.each([
    ['Why did Alibaba pledge 580 billion yuan to cloud and AI infrastructure?', /380 billion/],
    ['How did Alibaba pay $1.2 billion for its stake in Moonshot AI?', /\$800 million/],
    ['Why did Alibaba buy Kaola for $3 billion?', /\$2 billion/],
    ['阿里巴巴为什么花50亿美元收购网易考拉？', /20亿美元/],
  ])('%s', async (question, fact) => {
    const first = await lead(question);
    expect(first).toMatch(CORRECTION);
    expect(first).toMatch(fact);
  });
});

describe('a span of years the reports give the same amount otherwise', () => {
  it.each([
    ['Why is Alibaba putting 380 billion yuan into cloud and AI infrastructure over ten years?', /three years/],
    ['阿里巴巴为什么要在十年内投入3800亿元建设云和AI基础设施？', /三年/],
  ])('%s', async (question, span) => {
    const first = await lead(question);
    expect(first).toMatch(CORRECTION);
    expect(first).toMatch(span);
  });
});

describe('true figures, figures of another measure and calculation operands are not corrected', () => {
  it.each([
    'Why did Alibaba pledge over 380 billion yuan to cloud and AI infrastructure over three years?',
    'Why did Alibaba pay $2 billion for Kaola?',
    '阿里巴巴为什么在三年内投入3800亿元建设云和AI基础设施？',
    'Why did Alibaba invest more than 100 billion yuan in AI infrastructure in the past four quarters?',
    'What share of the $5 billion Nvidia order was the roughly $1 billion delivered that year?',
    '腾讯今年为什么计划投入1000亿元？',
  ])('%s', async (question) => {
    expect(await lead(question)).not.toMatch(/not the reports'|don't support|不符|并不支持/);
  });
});

describe('a period the reports give the same amount otherwise', () => {
  it.each([
    ["Why did Zebra Network's loss balloon to 1.582 billion yuan in 2024's fourth quarter?", /Q1 2025/],
    ['斑马网络为什么在2024年第四季度亏损15.82亿元？', /2025年第一季度/],
    ["Why did Tencent's capital expenditure reach 36.578 billion yuan in Q4 2023?", /Q4 2024/],
  ])('%s', async (question, period) => {
    const first = await lead(question);
    expect(first).toMatch(CORRECTION);
    expect(first).toMatch(period);
  });
  it.each([
    "Why did Zebra Network's loss rise to 1.582 billion yuan in the first quarter of 2025?",
    "Why did Tencent's capital expenditure reach 36.578 billion yuan in Q4 2024?",
    '斑马网络为什么在2025年第一季度亏损15.82亿元？',
  ])('not corrected: %s', async (question) => {
    expect(await lead(question)).not.toMatch(/not the reports'|don't support|不符|并不支持/);
  });
});

describe('a change against a base period is not a misdated figure', () => {
  it.each([
    "Why is YMTC's DRAM output expected to grow 68% compared with 2024?",
  ])('%s', async (question) => {
    expect(await lead(question)).not.toMatch(/not the reports'|不符|并不支持/);
  });
});

describe('a year a change is compared against is not the event\'s date', () => {
  it.each([
    '长江存储今年的DRAM产量为什么预计比2024年增长68%？',
    '长江存储的DRAM产量为什么比2024年增长68%？',
    "Why is YMTC's DRAM production expected to rise 68% over 2024?",
  ])('%s', async (question) => {
    expect(await lead(question)).not.toMatch(/not the reports'|不符|并不支持/);
  });
});
