import { describe, expect, it } from 'vitest';
import { countedHeadAfter, countedItemMetric, countedItemMetrics, countedNouns, singular } from './metric-rules.js';

describe('countedItemMetric: the head noun of "how many …" decides the item', () => {
  it.each([
    ["How many H20 servers does Alibaba's recent tender call for?", 'servers'],
    ['Roughly how many H20 servers did the tender add demand for?', 'servers'],
    ['How many Nvidia H20 chips does Qwen3 need for deployment?', 'chips'],
    ['How many employees did Alibaba have at the end of 2024?', 'headcount'],
    ['How many enterprise clients does the platform serve?', 'users'],
    ['阿里巴巴最近的招标新增了大约多少台H20服务器的需求？', 'servers'],
    ['部署通义千问Qwen3需要几块英伟达H20芯片？', 'chips'],
    ['截至2024年底，阿里巴巴共有多少名员工？', 'headcount'],
    // A Chinese counted phrase ends at its verb: what follows was done with the thing counted.
    ['百度为多少台服务器订购了昇腾芯片?', 'servers'],
    ['多少颗芯片用于这些服务器?', 'chips'],
  ])('%s → %s', (question, metric) => {
    expect(countedItemMetric(question)).toBe(metric);
  });

  it('is undefined when nothing listed is counted, or nothing is counted', () => {
    expect(countedItemMetric('How many times larger is the plan?')).toBeUndefined();
    expect(countedItemMetric('How much did Alibaba invest?')).toBeUndefined();
    expect(countedItemMetric('阿里巴巴投资了多少钱？')).toBeUndefined();
  });
});

describe('countedItemMetrics: one head per conjunct', () => {
  it('keeps every item a coordinated question counts', () => {
    expect(countedItemMetrics('How many developers and models does ModelScope have?')).toEqual(['users', 'models']);
    expect(countedItemMetrics('How many Nvidia and domestic AI chips will Alibaba have?')).toEqual(['chips']);
    expect(countedItemMetrics('阿里云有多少开发者和模型？')).toEqual(['users', 'models']);
  });

  it('counts the head noun, not an item word that only modifies it', () => {
    expect(countedItemMetrics('How many free GPU hours has ModelScope given developers?')).toEqual(['other']);
    expect(countedItemMetrics('How many server racks did Alibaba add?')).toEqual(['other']);
    expect(countedItemMetrics('多少GPU小时?')).toEqual(['other']);
    expect(countedItemMetrics('How many A100s did Alibaba Cloud hold?')).toEqual(['chips']);
    expect(countedItemMetrics('阿里有多少块芯片呢？')).toEqual(['chips']);
  });
});

describe('countedNouns and countedHeadAfter: the noun asked for and the noun a figure counts', () => {
  it.each([
    ['How many developers has Alibaba Cloud pulled in?', ['developer']],
    ['How many people did Alibaba employ at the end of 2023?', ['employee']],
    ['Roughly how many AI model products are on the market in China now?', ['product']],
    ['How many did the company have a year earlier?', []],
  ])('%s → %j', (question, nouns) => {
    expect(countedNouns(question)).toEqual(nouns);
  });

  it.each([
    ['15 million developers', '15 million', 'developer'],
    ['approximately 50,000 H20 servers', 'approximately 50,000', 'server'],
    ['4 Nvidia H20 chips for deployment', '4', 'chip'],
    ['290,000 enterprises and developers', '290,000', 'company'],
    ['194,320 employees, down from 219,260', '194,320', 'employee'],
    ['219,260 as of December 31, 2023', '219,260', undefined],
    ['model downloads have exceeded 100 million', '100 million', undefined],
  ])('%s → %s', (sentence, figure, head) => {
    expect(countedHeadAfter(sentence, sentence.indexOf(figure) + figure.length)).toBe(head);
  });
});

describe('review fixes: plural acronyms and phrase heads', () => {
  it('reads GPUs as plural, business and status as singular', () => {
    expect(singular('GPUs')).toBe('gpu');
    expect(singular('business')).toBe('business');
    expect(singular('status')).toBe('status');
    expect(countedNouns('How many GPUs did ByteDance buy?')).toEqual(['chip']);
  });

  it('takes the last plural word of the noun phrase as its head', () => {
    expect(countedHeadAfter('300 news apps', 3)).toBe('application');
    expect(countedHeadAfter('over 100,000 open-source derivatives existed in February', 12)).toBe('derivative');
  });
});

describe('countedItemMetrics: an item word before a verb or a rate is still the head', () => {
  it.each([
    ['How many models sit on ModelScope?', ['models']],
    ['Roughly how many developers a day is that?', ['users']],
  ])('%s', (question, metrics) => {
    expect(countedItemMetrics(question)).toEqual(metrics);
  });
});

describe('countedItemMetrics: a word after the item that only looks plural leaves it the head', () => {
  it.each([
    ['How many chips this year will Alibaba buy?', ['chips']],
    ['How many users this quarter?', ['users']],
    ['How many H20 servers its tender covers?', ['servers']],
    ['How many model downloads has ModelScope had?', ['other']],
  ])('%s', (question, metrics) => {
    expect(countedItemMetrics(question)).toEqual(metrics);
  });
});
