import { describe, expect, it } from 'vitest';
import { leadingType, wantedTypes } from './answer-type.js';

describe('a line item named with no other cue', () => {
  it('wants its amount', () => {
    for (const question of ['What is the FY2016 COGS for Acme?', 'what is the year end FY2018 net PPNE for Acme?', 'Acme total current liabilities FY2017']) {
      expect(leadingType(wantedTypes(question)), question).toBe('amount');
    }
    expect(leadingType(wantedTypes('Why did Acme revenue fall?'))).toBe('explanation');
  });
});

describe('wantedTypes', () => {
  it.each([
    ['Why would a startup accept compute from an investor instead of cash?', 'explanation'],
    ['How do the two companies approach model startups differently?', 'explanation'],
    ['阿里巴巴为什么要大规模投资AI?', 'explanation'],
    ['Who heads the e-commerce business group?', 'person'],
    ['谁是该公司的首席执行官?', 'person'],
    ['When did the model become open source?', 'date'],
    ['Which chip firms has the company invested in?', 'list'],
    ['How many employees did it have at the end of 2024?', 'count'],
    ["What is Tencent's Q4 2024 capital expenditure?", 'amount'],
    ['What percentage of revenue came from the cloud unit?', 'percent'],
    // A margin, a ratio or a share "as a %" is not the amount it is computed from.
    ["What is Acme's three year average of cost of goods sold as a % of revenue?", 'percent'],
    ['What is the FY2022 unadjusted EBITDA % margin for Acme?', 'percent'],
    ['What is the FY2019 inventory turnover ratio for Acme?', 'percent'],
    ['What was the gross margin of the cloud unit in 2024?', 'percent'],
  ])('%s → %s', (question, type) => {
    expect(leadingType(wantedTypes(question))).toBe(type);
  });

  it('reads a percent sign stated as a premise as no percentage asked', () => {
    expect(leadingType(wantedTypes('Revenue grew 50%; how much capital expenditure did it report?'))).toBe('amount');
  });

  it('weights sum to one, and "how much" is not read as an explanation', () => {
    const wanted = wantedTypes('How much did it invest?');
    expect(Object.values(wanted).reduce((sum, value) => sum + value, 0)).toBeCloseTo(1);
    expect(wanted.explanation).toBe(0);
  });

  it('gives a question with no cue a spread rather than one route', () => {
    const wanted = wantedTypes('Tell me about the cloud business.');
    expect(Object.values(wanted).filter((value) => value > 0).length).toBeGreaterThan(1);
  });
});

describe('a Chinese count or amount named by its noun or measure word', () => {
  it.each([
    ['阿里巴巴2023年底有多少员工?', 'count'],
    ['How many employees did Alibaba have at the end of 2023?', 'count'],
    ['腾讯元宝在四个月内更新了多少次?', 'count'],
    ['百度智能云千帆平台服务了多少客户?', 'count'],
    ['阿里巴巴预计到2025年将拥有多少颗英伟达芯片?', 'count'],
    ['斑马网络2025年第一季度亏损多少?', 'amount'],
    ['智谱AI获得了多少融资?', 'amount'],
    ['阿里巴巴当前市值是多少港元?', 'amount'],
    // Failure paths: a share stays a percentage, a growth of a money noun a rate.
    ['阿里巴巴的投资交易中有多少比例投向了AI初创公司?', 'percent'],
    ['美团第二季度的研发支出同比增长了多少?', 'percent'],
  ])('%s → %s', (question, type) => {
    expect(leadingType(wantedTypes(question))).toBe(type);
  });
});

describe('paraphrases of one figure question want the same type', () => {
  it.each([
    // A growth is a rate, however the question words it.
    ["By what percentage did Tencent's capital expenditure rise year on year in Q4 2024?", 'percent'],
    ["How much did Tencent's capex grow compared with a year earlier in the final quarter of 2024?", 'percent'],
    ["What was the year-over-year revenue growth of Alibaba's international business?", 'percent'],
    ['How fast did the international segment grow?', 'percent'],
    ['腾讯2024年第四季度的资本开支同比增长了多少？', 'percent'],
    // "How large a share" asks for a percentage as "what percentage" does.
    ['For its roughly $800 million investment, how large a share of Moonshot AI did Alibaba get?', 'percent'],
    ['How big a stake did Alibaba take in Moonshot AI?', 'percent'],
    // Failure paths: a cut, an amount or a count stays what it is.
    ['How many jobs did Alibaba cut over the year?', 'count'],
    ['How much did Alibaba invest in Moonshot AI?', 'amount'],
    ['How much revenue did Taobao and Tmall bring in during Q4 2024?', 'amount'],
  ])('%s → %s', (question, type) => {
    expect(leadingType(wantedTypes(question))).toBe(type);
  });
});

describe('a change asked of a named measure wants its figures', () => {
  it.each([
    ["What has changed in Tencent's capital expenditure?"],
    ["What changed in Alibaba's revenue?"],
    ["What's changed in Alibaba's headcount?"],
  ])('%s is not led by an explanation', (question) => {
    expect(leadingType(wantedTypes(question))).not.toBe('explanation');
  });

  it.each([
    ['What has changed in how Alibaba invests in startups?'],
    ["What has changed in Alibaba's strategy?"],
  ])('%s still wants an explanation', (question) => {
    expect(leadingType(wantedTypes(question))).toBe('explanation');
  });
});

describe('几 asks how many only when no other word asks the question', () => {
  const leads = (question: string) => Object.entries(wantedTypes(question)).sort((a, b) => b[1] - a[1])[0]![0];
  it.each(['阿里投资了几家大模型公司?', '腾讯有几款AI产品?', '阿里投资了几家公司呢?'])('%s wants a count', (question) => {
    expect(leads(question)).toBe('count');
  });
  it.each([
    ['国内几家大厂向英伟达下了多少钱的芯片订单?', 'amount'],
    ['现在AI创业公司为什么能同时拿好几家大厂的钱?', 'explanation'],
    ['几家大厂里谁投得最多?', 'person'],
  ])('%s: 几 is "several", the other word asks (%s)', (question, type) => {
    expect(leads(question)).toBe(type);
  });
});

describe('多大 asks for a size: an amount or a count, not an extent', () => {
  it.each(['国内几家大厂8月向英伟达下了多大的芯片订单?', '阿里云能提供多大的单一GPU集群?', '那阿里最近招标采购H20服务器的规模有多大?'])('%s wants a figure', (question) => {
    const wanted = wantedTypes(question);
    expect(wanted.amount + wanted.count).toBeGreaterThan(0.5);
  });
  it.each(['DeepSeek对行业产生了多大影响?', '这在多大程度上改变了格局?', '阿里持有多大的股份?'])('%s does not want an amount or a count', (question) => {
    const wanted = wantedTypes(question);
    expect(wanted.amount + wanted.count).toBeLessThan(0.5);
  });
});

describe('a saving asked with 省/节省/节约 多少 (class: the saving is a rate unless money is named)', () => {
  it.each(['跟DeepSeek R1比能省多少成本?', '部署成本能节省多少?', '能节约多少费用?', '成本降低了多少?'])('%s wants a percent', (question) => {
    expect(leadingType(wantedTypes(question))).toBe('percent');
  });

  it.each(['一年能省多少钱?', '节省了多少亿元?'])('%s wants an amount', (question) => {
    expect(leadingType(wantedTypes(question))).toBe('amount');
  });
});

describe('a share stated in a who/which question names the party asked for; it is not asked', () => {
  it.each([
    "Which cloud player boasted that more than 70% of China's large-model market are its customers?",
    'Which company holds 36% of Moonshot AI?',
    'Who owns 10% of DeepSeek?',
  ])('%s wants no percentage', (question) => {
    expect(wantedTypes(question).percent).toBe(0);
  });
  it.each([
    "What percentage of Alibaba's deals went to AI startups?",
    "Why did 60% of Alibaba's deals go to AI startups?",
    'Which percentage of the market does Volcano Engine claim?',
  ])('%s still weighs a percentage (asked, or a premise to check)', (question) => {
    expect(wantedTypes(question).percent).toBeGreaterThan(0);
  });
});

describe('ways of doing something asked with "哪些" / "which" want an explanation, not a list of names', () => {
  it.each(['百度最近在AI上有哪些新打法?', '国内云厂商靠哪些办法给大模型客户保证算力?', '阿里采取了哪些措施?', 'What steps are cloud providers taking to secure GPUs?'])('%s', (question) => {
    expect(leadingType(wantedTypes(question))).toBe('explanation');
  });

  it('still reads "which companies" as a list of names', () => {
    expect(leadingType(wantedTypes('阿里投资了哪些公司?'))).not.toBe('explanation');
  });

  it('reads "What were <plural> doing …" as what they did, not which of them (an auxiliary ends the which-phrase)', () => {
    for (const question of ['What were Chinese cloud providers doing to keep large-model customers supplied?', 'What did the executives tell analysts on the call?']) {
      expect(wantedTypes(question).list, question).toBe(0);
    }
    expect(wantedTypes('What Chinese cloud providers serve Zhipu?').list).toBeGreaterThan(0);
  });
});

describe('a Chinese list of kinds of business or directions is told in sentences, not company names', () => {
  it.each(['吴泳铭说阿里今后要聚焦哪几类业务?', '阿里在AI上押注了哪些方向?', '腾讯的AI投资覆盖哪些领域?'])('%s', (question) => {
    expect(leadingType(wantedTypes(question))).not.toBe('list');
  });

  it('still lists companies asked for by name', () => {
    expect(leadingType(wantedTypes('阿里投资了哪些大模型公司?'))).toBe('list');
    expect(leadingType(wantedTypes('腾讯投资了哪些领域的公司?'))).toBe('list');
    expect(leadingType(wantedTypes('阿里巴巴分成了哪几个业务集团?'))).toBe('list');
  });
});

describe('wantedTypes: "how big" of a thing counted asks a count as well as an amount', () => {
  it.each(["How big is Alibaba Cloud's developer base?", "How big is Alibaba's workforce?", '阿里的员工规模有多大?'])('%s', (question) => {
    const wanted = wantedTypes(question);
    expect(wanted.count).toBeGreaterThan(0);
  });

  it('keeps a market size an amount only', () => {
    expect(wantedTypes('How big was the global AI market?').count).toBe(0);
  });
});

describe('wantedTypes: a role noun past the which-phrase asks no person (class: "which companies does X\'s founder say …")', () => {
  it('wants no person when the which-phrase ends before an auxiliary', () => {
    expect(wantedTypes("Which companies does Unitree's founder say it raised money from as industrial investors?").person).toBe(0);
    expect(wantedTypes('Which Counterpoint analyst commented on the market?').person).toBeGreaterThan(0);
  });
});
