import { describe, expect, it } from 'vitest';
import { asksSource } from './party-question.js';
import { sourceIn } from './source-candidate.js';

describe('asksSource: a question that asks who a figure or claim is attributed to', () => {
  it.each([
    'Where do the numbers on the share of Alibaba and Tencent deals going to AI come from?',
    "What's the source for the global AI market size figure?",
    'Who estimated the size of the global AI market?',
    'Which research firm came up with the 2.7 million DRAM forecast?',
    'According to whom did Alibaba announce the plan?',
    '这组数据出自哪家机构?',
    '交易占比数据是哪家机构统计的?',
    '这个市场规模的数据来源是哪里?',
  ])('%s', (question) => {
    expect(asksSource(question)).toBe(true);
  });

  it.each(['Who provided the cloud credits to Moonshot AI?', 'Who heads Alibaba Cloud?', 'Where did Alibaba build its data center?', '阿里巴巴投资了哪家公司?'])('%s asks no source', (question) => {
    expect(asksSource(question)).toBe(false);
  });
});

describe('sourceIn: the source named in a sentence\'s attribution', () => {
  it.each([
    ['… record highs for both tech giants, according to Beijing-based deal data provider ITJuzi.', { name: 'ITJuzi', description: 'Beijing-based deal data provider' }],
    ['According to data from the reputable market research firm Statista, the global AI market size reached $120 billion.', { name: 'Statista', description: 'reputable market research firm' }],
    ['According to Omdia data, its DRAM chip production is expected to increase by 68%.', { name: 'Omdia' }],
    ['According to "AI Trends," Tencent Yuanbao is advertising on Tencent family apps.', { name: 'AI Trends' }],
    ['In August, according to the Financial Times citing informed sources, Chinese giants placed orders.', { name: 'Financial Times' }],
  ])('%s', (sentence, source) => {
    expect(sourceIn(sentence)).toEqual(source);
  });

  it('names no source for an attribution to no one by name', () => {
    expect(sourceIn('According to sources familiar with the matter, Alibaba will invest.')).toBeUndefined();
    expect(sourceIn('According to public information, the company was founded in 2016.')).toBeUndefined();
    expect(sourceIn('Alibaba invested $800 million in Moonshot AI.')).toBeUndefined();
  });
});

describe('asksSource: ordinary questions that only look like one', () => {
  it.each([
    'Qwen3是什么时候发布的?',
    '阿里什么时候发布的通义千问?',
    '阿里云的收入来源是什么?',
    'Which company published the Qwen3 model?',
    'Which company provided cloud services to Moonshot AI?',
    "What is the source of Alibaba Cloud's revenue growth?",
  ])('%s asks no source', (question) => {
    expect(asksSource(question)).toBe(false);
  });
});

describe('sourceIn: what is and is not a source\'s name or description', () => {
  it.each([
    ['according to a Reuters report, Baidu ordered chips.', { name: 'Reuters' }],
    ['according to the latest Canalys data, shipments rose.', { name: 'Canalys' }],
    ["according to IDC's data, the market grew.", { name: 'IDC' }],
    ['据IT桔子统计,阿里投资了很多公司。', { name: 'IT桔子' }],
  ])('%s', (sentence, source) => {
    expect(sourceIn(sentence)).toEqual(source);
  });

  it.each(['据不完全统计,大模型已超过190个。', '据知情人士消息,阿里将投资。', '据媒体报道,腾讯暂停了训练。', '据公开数据显示,斑马亏损。'])('names no source in "%s"', (sentence) => {
    expect(sourceIn(sentence)).toBeUndefined();
  });
});
