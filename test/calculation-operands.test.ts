/**
 * Issue 13, second round: operand classes found by evals/dev/calculations-2.json. A rate given as two amounts,
 * the two sides of a comparison named by their own words, and a chained result's lead in words.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { comparedSides, withoutRateClauses } from '../agent/calculation-intent.js';
import { understandQuestion } from '../agent/question-frame.js';
import { createAliasTable, openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const ask = (question: string) => answer([{ role: 'user', content: question }], { index });
const intentOf = (text: string) => understandQuestion(text, { aliases: createAliasTable(), documents: [] }).calculation;

describe('a rate given as two amounts', () => {
  it.each([
    ["Caixin puts Alibaba's 380 billion yuan plan at about $53 billion. At that rate, what is Tencent's 113 million yuan TuringEngine purchase in US dollars?", 380 / 53, '113 million yuan'],
    ['At the rate implied by $52.5 billion for 380 billion yuan, how much is 2.5 billion yuan in dollars?', 380 / 52.5, '2.5 billion yuan'],
    ['按3800亿元约合525亿美元的汇率,阿里巴巴2025年第一季度246亿元的资本开支约合多少美元?', 380 / 52.5, '246亿元'],
    ['按1000亿元折合140亿美元的汇率,500亿元是多少美元?', 1000 / 140, '500亿元'],
  ])('%s', (question, rate, amount) => {
    const intent = intentOf(question)!;
    expect(intent.operation).toBe('convert');
    expect(intent.rate).toBeCloseTo(rate, 3);
    expect(intent.slots[0]!.stated?.text).toBe(amount);
  });

  it('takes the operand\'s company from outside the rate\'s clause', () => {
    const question = "Caixin puts Alibaba's 380 billion yuan plan at about $53 billion. At that rate, what is Tencent's 113 million yuan TuringEngine purchase in US dollars?";
    expect(withoutRateClauses(question)).not.toMatch(/Alibaba/);
    expect(withoutRateClauses(question)).toMatch(/Tencent's 113 million yuan/);
    expect(withoutRateClauses(question)).toHaveLength(question.length);
    expect(intentOf(question)!.slots[0]!.entity).toBe('tencent');
  });

  it('is no rate without rate words, or when the pair is no plausible yuan-dollar rate', () => {
    // Two amounts side by side in a sum are operands.
    expect(intentOf('How much is 380 billion yuan and $53 billion in total in US dollars?')?.rate).toBeUndefined();
    expect(intentOf('At that rate, what is 113 million yuan in US dollars, given 380 billion yuan for $3 billion?')?.rate).toBeUndefined();
    expect(withoutRateClauses('What is 113 million yuan in US dollars?')).toBe('What is 113 million yuan in US dollars?');
  });

  it('converts at the rate the question implies, on the real reports', async () => {
    for (const [question, result] of [
      ["Caixin puts Alibaba's 380 billion yuan plan at about $53 billion. At that rate, what is Tencent's 113 million yuan TuringEngine purchase in US dollars?", /\$15\.76 million/],
      ['按3800亿元约合525亿美元的汇率,阿里巴巴2025年第一季度246亿元的资本开支约合多少美元?', /33\.99亿美元/],
    ] as const) {
      const reply = await ask(question);
      expect(reply.answer, question).toMatch(result);
      expect(reply.calculations[0]!.operands[0]!.citation, question).toBeDefined();
    }
  });
});

describe('the two sides of a comparison, each named by its own words', () => {
  it('splits at 比, than, fall short of, and between … and', () => {
    expect(comparedSides('淘天集团的收入比国际业务收入多多少?')).toEqual(['淘天集团的收入', '国际业务收入']);
    expect(comparedSides('How much more revenue did Taobao make than the international segment?')).toEqual(['How much more revenue did Taobao make ', ' the international segment?']);
    expect(comparedSides('By how much did customer management revenue fall short of total revenue?')?.[1]).toBe(' total revenue?');
    expect(comparedSides("What is the difference between Taobao's revenue and the international segment's?")).toEqual(["Taobao's revenue", "the international segment's"]);
    expect(comparedSides('How much did Alibaba invest?')).toBeUndefined();
  });

  it.each([
    ['2024年第四季度,阿里巴巴淘天集团的收入比国际业务收入多多少?', /983\.35亿元/],
    ['How much more revenue did Taobao and Tmall make than Alibaba\'s international segment in Q4 2024?', /98\.3\d billion yuan/],
    ['2024年第四季度淘天集团收入比国际业务收入高出百分之多少?', /260\.4\d%/],
    ["By how much did Taobao and Tmall's customer management revenue fall short of their total Q4 2024 revenue?", /35\.3 billion yuan/],
    ['淘天集团客户管理收入比淘天集团总收入少多少?', /353\.01亿元/],
  ])('%s', async (question, result) => {
    const reply = await ask(question);
    expect(reply.refused, question).toBe(false);
    expect(reply.answer.split('\n')[0], question).toMatch(result);
    expect(reply.calculations, question).toHaveLength(1);
  });

  it('still computes nothing for a comparison whose sides name nothing apart', () => {
    expect(intentOf('How much more did Alibaba invest than Alibaba?')).toBeUndefined();
  });
});

describe("a chained result's first sentence says what it is", () => {
  it.each([
    ["How much is Alibaba's 380 billion yuan plan per year in US dollars?", /^Alibaba's investment plan per year comes to about \$17\.67 billion/],
    ['阿里巴巴3800亿元的投资计划折合美元后,平均每年是多少?', /^阿里巴巴的投资计划平均每年约合176\.67亿美元/],
    ['What percentage of its end-2023 workforce did Alibaba cut during 2024?', /^The fall of 24,940 is about 11\.37% of Alibaba's headcount/],
    ['What percentage of the combined Amazon and Google commitments to Anthropic came from Amazon?', /^Amazon's share of the combined \$6 billion is about 66\.67%/],
  ])('%s', async (question, lead) => {
    const reply = await ask(question);
    expect(reply.answer, question).toMatch(lead);
    expect(reply.answer, question).not.toMatch(/^(?:About|约)\s?[\d$]/);
  });
});

describe('operand classes of the second dev round', () => {
  it.each([
    // A total implied by a share: the part is an amount, the share named beside it is the other operand.
    ['淘天集团收入占阿里集团总收入的48.7%,据此推算阿里集团2024年第四季度总收入约为多少?', /2794\.48亿元/],
    ["Taobao and Tmall's RMB 136.091 billion was 48.7% of Alibaba's total revenue for the quarter. What was the group's total revenue?", /279\.45 billion yuan/],
    // An earlier figure worked out from the growth the question names as its basis, stating no rate.
    ["How big was the global AI market in 2023, going by Statista's 2024 figure and growth rate?", /\$96 billion/],
    ['根据2024年全球AI市场规模及其增速推算,2023年全球AI市场规模是多少?', /960亿美元/],
    // What remains of a whole once a part is taken out.
    ['阿里巴巴对月之暗面约8亿美元的投资中,除去超过3亿美元的云计算额度,其余部分是多少?', /^其余部分为5亿美元/],
    ["What remains of Alibaba's Moonshot AI investment once the cloud credits are taken out?", /^What remains is \$500 million/],
    // Money put into something, with no measure named, is spending.
    ['How much have Amazon (in Anthropic) and Alibaba (in Moonshot AI) put into these AI startups combined?', /\$4\.8 billion/],
  ])('%s', async (question, result) => {
    const reply = await ask(question);
    expect(reply.refused, question).toBe(false);
    expect(reply.answer.split('\n')[0], question).toMatch(result);
    expect(reply.calculations.length, question).toBeGreaterThan(0);
  });

  it('asks for no remainder when nothing is taken out of anything', () => {
    expect(intentOf('How much of the plan remains secret?')).toBeUndefined();
    expect(intentOf('阿里巴巴还剩多少员工?')).toBeUndefined();
  });

  it('opens a single operation with what the result is', async () => {
    for (const [question, lead] of [
      ["Tencent's Q4 2024 capital expenditure rose 386% year on year. What was its capital expenditure in Q4 2023?", /^Tencent's capital expenditure in Q4 2023, a year earlier, was about 7\.53 billion yuan/],
      ['What is the implied price per H20 server in Alibaba\'s 30 billion yuan tender?', /^Each server works out at about 600,000 yuan/],
      ['What valuation of Moonshot AI does Alibaba\'s stake purchase imply?', /^Moonshot AI's implied valuation is about \$2\.22 billion/],
      ['阿里巴巴未来三年3800亿元的云和AI基础设施投入,平均每个季度是多少?', /^阿里巴巴的投资计划平均每季度约316\.67亿元/],
    ] as const) {
      expect((await ask(question)).answer, question).toMatch(lead);
    }
  });
});

describe('one figure the question states, the other from the reports', () => {
  it('puts the stated figure on the side its words give it', () => {
    const from = intentOf("By what percentage did Alibaba's market capitalisation rise from HK$2.30 trillion to the current figure?")!;
    expect(from.slots.map((slot) => slot.stated?.text)).toEqual(['HK$2.30 trillion', undefined]);
    const than = intentOf("How much larger is Alibaba's market capitalisation than HK$2.30 trillion, in percent?")!;
    expect(than.slots.map((slot) => slot.stated?.text)).toEqual([undefined, 'HK$2.30 trillion']);
    const zh = intentOf('阿里巴巴市值从2.30万亿港元涨到现在,涨幅是多少?')!;
    expect(zh.slots[0]!.stated?.text).toMatch(/2\.30万亿港元/);
  });

  it.each([
    // A percentage change also shows the change in units (a second calculation): "up HK$317.3 billion".
    ["By what percentage did Alibaba's market capitalisation rise from HK$2.30 trillion to the current figure Business Show reports?", /^A rise of 13\.8%.*up HK\$317\.3 billion/, 2],
    ['阿里巴巴市值从2.30万亿港元涨到现在,涨幅是多少?', /^增长13\.8%.*增加3173亿港元/, 2],
    ["How much larger is Alibaba's current market capitalisation than HK$2.30 trillion, in percent?", /^Alibaba's market capitalization is about 13\.8% larger than HK\$2\.30 trillion/, 1],
    ['How many more employees did Alibaba have at the end of 2023 than 194,320?', /24,940/, 1],
  ] as const)('%s', async (question, result, calculations) => {
    const reply = await ask(question);
    expect(reply.answer, question).toMatch(result);
    expect(reply.calculations, question).toHaveLength(calculations);
  });
});

describe('typed slots: a kind of item is no company, a part of a period is not the period', () => {
  it.each([
    ['阿里巴巴预计到2025年拥有的英伟达芯片和国产AI芯片合计多少块?', /14\.3万/],
    ['英伟达芯片和国产芯片,阿里巴巴到2025年一共有多少?', /14\.3万/],
    ['How many Nvidia and domestic AI chips together does Alibaba expect to have by 2025?', /143,000/],
  ])('sums the two kinds of chips Alibaba holds: %s', async (question, total) => {
    const reply = await ask(question);
    expect(reply.answer, question).toMatch(total);
    expect(reply.answer, question).not.toMatch(/1,600|1600/);
  });

  it('keeps a brand named alone as the subject', () => {
    expect(intentOf('How many Nvidia chips and Huawei chips did Baidu and Alibaba order in total?')?.slots.map((slot) => slot.entity)).not.toContain(undefined);
  });

  it.each([
    ["What was Tencent's capital expenditure per month in 2024?", /don't give Tencent's capital expenditure in 2024/],
    ['腾讯2024年资本开支平均每月多少?', /没有给出腾讯2024年的资本开支/],
    ["How much did Tencent's full-year 2024 capital expenditure exceed its 2023 capital expenditure?", /don't give Tencent's capital expenditure in 2024/],
  ])('does not take a quarter\'s spending for the year\'s: %s', async (question, lacking) => {
    const reply = await ask(question);
    expect(reply.refused, question).toBe(true);
    expect(reply.answer, question).toMatch(lacking);
    expect(reply.calculations, question).toEqual([]);
  });

  it('still averages a quarter over its own months, and a year-end headcount is read at its date', async () => {
    expect((await ask("What was Tencent's capital expenditure per month in Q4 2024?")).answer).toMatch(/12\.19 billion yuan/);
    expect((await ask('How many fewer employees did Alibaba have at the end of 2024 than at the end of 2023?')).answer).toMatch(/24,940/);
  });

  it('reads "how much did A exceed B" as a difference', async () => {
    const reply = await ask("How much did Tencent's Q4 2024 capital expenditure exceed Alibaba's Q1 2025 capital expenditure?");
    expect(reply.answer).toMatch(/11\.98 billion yuan/);
    expect(intentOf('阿里巴巴的投资计划比腾讯多多少?')?.operation).toBe('difference');
  });
});

describe('no calculation for a count asked plainly', () => {
  it.each([
    "How many of the world's top 10 smartphone makers does Doubao serve?",
    'How many of the top three app-store slots did Yuanbao reach?',
    '豆包服务了全球前十大手机厂商中的几家?',
  ])('%s', (question) => {
    expect(intentOf(question)).toBeUndefined();
  });
});

describe('a ratio of one measure over time is the multiple the reports state, not two figures to divide (class: "翻了多少倍")', () => {
  it.each(['元宝3月份的日活跟2月比翻了多少倍?', '元宝3月的日活比2月翻了几倍?', "How many times over did Yuanbao's daily active users grow in March 2025?"])('%s', async (question) => {
    const text = (await ask(question)).answer;
    expect(text).toMatch(/20倍|twentyfold/);
    expect(text).not.toMatch(/无法算出|cannot be worked out/);
  });

  it('still divides two companies\' figures when the question sets one against the other', async () => {
    expect((await ask('阿里的资本开支是腾讯的几倍?')).answer).toMatch(/÷/);
  });
});

describe('a maker named with its product ("百度千帆") is one side of a comparison, not two', () => {
  it('sets Qianfan against Volcano Engine, and says which figure the reports lack rather than subtracting another product\'s', async () => {
    const text = (await ask('按报道里的数据算一下,百度千帆的大模型客户比火山引擎多多少家?')).answer;
    expect(text).toMatch(/火山引擎/);
    expect(text).toMatch(/无法/);
    expect(text).not.toMatch(/4500|1\.25万/);
  });
});
