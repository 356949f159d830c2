/**
 * Money put into something, asked in everyday words ("spending", "put into", "投入"): the question names no
 * measure the metric rules know, yet asks for one of the outlays (a plan, an investment, capital spending),
 * and one of them answers. A figure stated with the right digits in the wrong currency is corrected.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const ask = (question: string) => answer([{ role: 'user', content: question }], { index });

describe('an outlay asked in everyday words is answered with the one measure that fits', () => {
  it.each([
    ['How much is Tencent spending on AI this year?', /100 billion yuan/],
    ['腾讯今年在AI上投入多少?', /1000亿元/],
  ])('%s', async (question, figure) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.answer.split(/(?<=[.。])\s/)[0]).toMatch(figure);
    // One measure answers: the Q4 2024 capital expenditure is not added as if the reports disagreed.
    expect(result.answer).not.toMatch(/36\.578|365\.78|reports differ|说法不一/);
  });
});

describe('a figure with the reports\' digits in another currency is corrected, not explained', () => {
  it.each([
    ['Why is Tencent spending $100 billion on AI this year?', /100 billion yuan/],
    ['为什么腾讯今年要投入1000亿美元?', /1000亿元/],
  ])('%s', async (question, reports) => {
    const result = await ask(question);
    expect(result.answer.split(/(?<=[.。])\s/)[0]).toMatch(/not the reports'|与报道不符/);
    expect(result.answer.split(/(?<=[.。])\s/)[0]).toMatch(reports);
  });

  it('reads no outlay into a question about the spending rather than its amount', async () => {
    const result = await ask("What is uncertain about Alibaba's heavy spending on cloud and AI?");
    expect(result.answer).not.toMatch(/^Alibaba plans to invest/);
  });

  it('leaves a figure in the reports\' own currency alone', async () => {
    const result = await ask('Why is Tencent spending 100 billion yuan on AI this year?');
    expect(result.answer).not.toMatch(/not the reports'/);
  });
});

describe('a count said in Chinese keeps what it counts', () => {
  it('"30 million hours" is 3000万小时, not a bare 3000万', async () => {
    const result = await ask('魔搭给开发者送了多少免费GPU算力?');
    expect(result.answer).toMatch(/3000万小时/);
  });

  it('counts the servers, not the chips ordered for them', async () => {
    const result = await ask('百度为多少台服务器订购了昇腾芯片?');
    expect(result.answer.split(/(?<=[.。])\s*/)[0]).toMatch(/200台/);
    expect(result.answer.split(/(?<=[.。])\s*/)[0]).not.toMatch(/1600台/);
  });
});

describe('a count of the noun asked, not of another counted with it', () => {
  it('"how many developers" is 15 million developers, not "290,000 enterprises and developers"', async () => {
    const result = await ask('How many developers has Alibaba Cloud pulled in?');
    expect(result.answer.split(/(?<=[.。])\s/)[0]).toMatch(/15 million developers/);
    expect(result.answer).not.toMatch(/290,000/);
  });

  it('a count of another noun is at most offered hedged', async () => {
    const result = await ask("How many model downloads has Alibaba Cloud's ModelScope community had?");
    expect(result.answer).not.toMatch(/^For Alibaba Cloud, the reports give over 70,000 models/);
  });
});

describe('"how much of W was P" is answered from the part\'s own sentence', () => {
  it('the cloud credits, not the whole $800 million', async () => {
    const result = await ask("How much of Alibaba's Moonshot AI investment was actually cloud credits?");
    expect(result.answer.split(/(?<=[.。])\s/)[0]).toMatch(/\$300 million/);
    expect(result.answer.split(/(?<=[.。])\s/)[0]).not.toMatch(/\$800 million/);
  });
});

describe('the part is said as the part, never as the whole\'s measure', () => {
  it.each([
    ['阿里巴巴对月之暗面的投资中,有多少是以云计算额度的形式提供的?', /3亿美元/],
    ["How much of Alibaba's investment in Moonshot AI was provided as cloud computing credits?", /\$300 million/],
  ])('%s', async (question, figure) => {
    const result = await ask(question);
    expect(result.answer.split(/(?<=[.。])\s/)[0]).toMatch(figure);
    expect(result.answer).not.toMatch(/^Alibaba invested over \$300 million|^阿里巴巴投资超过3亿美元/);
  });
});

describe('review fixes: a part said in the question\'s own verb only', () => {
  it('"went to cloud credits" is not said "was to cloud credits"', async () => {
    const result = await ask("How much of Alibaba's Moonshot AI investment went to cloud credits?");
    expect(result.answer).not.toMatch(/was to cloud credits/);
  });
});

describe('a loss asked by its verb is answered with the loss, in either language', () => {
  it.each([
    ['How much has Zebra Network lost?', /1\.582 billion yuan|2\.6 billion yuan/],
    ['How much money did Zebra lose from 2022 to 2024?', /2\.6 billion yuan/],
    ['斑马网络亏了多少钱?', /15\.82亿元|26亿元/],
    ['斑马网络赔了多少钱?', /15\.82亿元|26亿元/],
  ])('%s', async (question, figure) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.answer.split('\n')[0]).toMatch(figure);
  });
});

describe('a Chinese question whose revenue "占" a whole asks for the share, never the revenue', () => {
  it.each([
    ['阿里2024年第四季度财报里,云智能集团收入占集团多少?', /13%/],
    ['阿里2024年第四季度财报里,淘宝天猫收入占集团多少?', /48\.7%/],
    ['淘宝天猫营收占阿里总营收几成?', /48\.7%/],
  ])('%s', async (question, share) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(share);
    expect(result.answer.split('\n')[0]).not.toMatch(/占集团\d+(?:\.\d+)?亿元/);
  });
});

describe('a part of a whole the reports do not break down is declined by naming the part', () => {
  it.each([
    ['阿里3800亿元的投资里,有多少会用来买国产芯片?', /^报告没有说明其中有多少会用来买国产芯片。/],
    ["How much of Alibaba's 380 billion yuan plan will go to domestic chips?", /^The reports don't say how much of it goes to domestic chips\./],
    ["Of Alibaba's 380 billion yuan investment, how much will go to buying domestic chips?", /^The reports don't say how much of it goes to buying domestic chips\./],
  ])('%s', async (question, refusal) => {
    const result = await ask(question);
    expect(result.refused).toBe(true);
    expect(result.answer).toMatch(refusal);
    // The whole's figure is the reports' own: never called unsupported.
    expect(result.answer).not.toMatch(/并不支持|don't support/);
  });

  it('still answers a part the reports give', async () => {
    expect((await ask("How much of Alibaba's Moonshot investment came as cloud credits?")).answer).toMatch(/\$300 million/);
  });
});

describe('a count question naming two nouns answers both, each by the figure counting it', () => {
  it('"how many developers and apps" gives 54,000 developers and 825 applications, in one sentence', async () => {
    const result = await ask("By the end of August, how many developers and apps did Baidu's Wenxin model have?");
    expect(result.answer.split('\n')[0]).toMatch(/54,000 developers and 825 applications \[1\]\./);
  });
});

describe('a count asked is never answered by a sum of money', () => {
  it('does not give "$5 billion worth" for how many GPUs ByteDance has', async () => {
    const result = await ask('How many Nvidia GPUs does ByteDance have stockpiled?');
    expect(result.answer.split('\n')[0]).not.toMatch(/\$5 billion/);
  });
});

describe('a count question is answered with the count, not a sentence that only shares its name', () => {
  it.each([
    ['How many developers does ERNIE have?', /54,000 developers/],
    ['How many people does Alibaba have?', /194,320 employees/],
  ])('%s', async (question, count) => {
    expect((await ask(question)).answer.split('\n')[0]).toMatch(count);
  });
});

describe('a part no passage states is declined, not answered with the whole', () => {
  it('"阿里的收入中有多少来自海外?" is declined', async () => {
    const result = await ask('阿里的收入中有多少来自海外?');
    expect(result.refused).toBe(true);
    expect(result.answer).toMatch(/^报告没有说明/);
  });
});

describe('an outlay asked beside another measure asks both (class: "how much did X put into Y and what stake …")', () => {
  it.each([
    ['How much did Alibaba put into Moonshot AI and what stake did that buy?', [/\$800 million/, /36%/]],
    ['阿里在月之暗面上砸了多少钱,拿到多少股份?', [/8亿美元/, /36%/]],
    ['阿里在月之暗面上砸了多少钱?', [/8亿美元/]],
  ] as const)('%s', async (question, figures) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    for (const figure of figures) expect(result.answer).toMatch(figure);
    expect(result.grounded).toBe(true);
  });

  it('keeps the outlay measures as alternatives: one of them answers, with the named measure beside it', async () => {
    const result = await ask('How much did Alibaba put into Moonshot AI and what stake did that buy?');
    // One money figure for the deal, not the plan and the capex as well.
    expect(result.answer).toMatch(/\$800 million/);
    expect(result.answer).not.toMatch(/380 billion|capital expenditure/);
  });
});

describe('several nouns counted at once are each answered once (class: "How many applications and plugins …?", "多少应用和插件")', () => {
  it.each([
    ['How many applications and plugins does ERNIE have?', [/825/, /500 plugins/]],
    ['文心大模型有多少应用和插件?', [/825/, /500/]],
  ] as const)('%s', async (question, figures) => {
    const result = await ask(question);
    for (const figure of figures) expect(result.answer).toMatch(figure);
    // "500" is the plugins' count, not the tail of "4,500 users".
    expect(result.answer).not.toMatch(/500 users|500名用户/);
    expect(result.answer.match(/500 plugins/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('paying and buying in everyday Chinese verbs (花了, 投, 买下) against English-only passages', () => {
  it.each([
    ['阿里当初投月之暗面花了多少钱?', /8亿美元/],
    ['阿里买下中天微是哪一年?', /2018年/],
  ])('%s is answered plainly, not declined', async (question, figure) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.answer.split(/(?<=[。])\s*/)[0]).toMatch(figure);
    expect(result.answer.split(/(?<=[。])\s*/)[0]).not.toMatch(/^报告没有/);
  });
});
