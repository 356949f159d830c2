import { describe, expect, it } from 'vitest';
import { CHEAPER_ASKED, countedHeadBefore, countedNouns, countsNoun, metricsNamedIn } from './index.js';

describe('metricsNamedIn: a share of revenue asked in Chinese', () => {
  it.each([
    '淘宝和天猫的营收占阿里巴巴集团总营收的比例是多少?',
    '云智能集团的收入占集团总收入多少?',
    '云智能集团营收占比是多少?',
    '阿里2024年第四季度财报里,云智能集团收入占集团多少?',
    '淘宝天猫营收占阿里总营收几成?',
    "What share of the group's revenue did Taobao and Tmall account for?",
  ])('%s asks for revenue_share', (question) => {
    expect(metricsNamedIn(question)).toContain('revenue_share');
  });

  it.each(['阿里巴巴2024年第四季度的营收是多少?', '淘宝和天猫的客户管理收入是多少?'])('%s asks for revenue, not a share', (question) => {
    expect(metricsNamedIn(question)).not.toContain('revenue_share');
  });
});

describe('metricsNamedIn: a saving asked in everyday Chinese (class: 省/节约 … 成本 is a cost reduction)', () => {
  it.each([
    '跟DeepSeek R1比能省多少成本?',
    'Qwen3部署能省下多少费用?',
    '用H20部署能节约多少成本?',
    'How much does Qwen3 save on deployment costs?',
  ])('%s asks for cost_reduction', (question) => {
    expect(metricsNamedIn(question)).toContain('cost_reduction');
  });

  it.each(['广东省有多少家AI公司?', '阿里巴巴的营收是多少?'])('%s names no saving', (question) => {
    expect(metricsNamedIn(question)).not.toContain('cost_reduction');
  });
});

describe('metricsNamedIn: money put into something in everyday words is an investment (class: sink/pour/plough into, 投了, 砸了)', () => {
  it.each([
    'Over the last four quarters, how much has Alibaba sunk into AI infrastructure?',
    'How much has Tencent poured into AI startups?',
    'How much did Alibaba plough into Moonshot AI?',
    'How much has Alibaba put into AI infrastructure and AI product R&D over the last four quarters?',
    'How much did Tencent personally put into Zhipu AI?',
    '阿里投了月之暗面多少钱?',
    '腾讯在AI上砸了多少钱?',
  ])('%s asks for investment', (question) => {
    expect(metricsNamedIn(question)).toContain('investment');
  });

  it.each([
    'Why did Alibaba sink so low in the rankings?',
    'How much rain poured on the data center?',
    // "Put into" is an investment only as the amount asked: a share of deals, or a cluster's GPUs, is not.
    'Since 2023, what share of their China deals have Alibaba and Tencent put into AI startups?',
    'How many GPUs can Alibaba Cloud put into one cluster?',
  ])('%s names no investment', (question) => {
    expect(metricsNamedIn(question)).not.toContain('investment');
  });
});

describe('metricsNamedIn: a loss asked by its verb (class: lose/lost/losing, 亏了/亏掉/赔了)', () => {
  it.each(['How much has Zebra Network lost?', 'How much money did Zebra lose from 2022 to 2024?', 'Is Zebra still losing money?', '斑马网络亏了多少钱?', '斑马这几年一共亏掉多少?', '斑马网络赔了多少钱?'])('%s', (question) => {
    expect(metricsNamedIn(question)).toContain('loss');
  });

  it('is not read into "closed" or "lossless"-like words', () => {
    expect(metricsNamedIn('How much did Alibaba close the deal at?')).not.toContain('loss');
    expect(metricsNamedIn('What did the closing price reach?')).not.toContain('loss');
  });
});

describe('metricsNamedIn: a market\'s size asked in everyday words', () => {
  it.each(['How big was the global AI market in 2024?', 'How large is the AI market?', '全球AI市场2024年有多大?'])('%s', (question) => {
    expect(metricsNamedIn(question)).toContain('market_size');
  });
  it('is not read into market share', () => {
    expect(metricsNamedIn('How big is Volcano Engine\'s market share?')).not.toContain('market_size');
  });
});

describe('metricsNamedIn: a share "of the market" is no market size', () => {
  it.each(["In H1 2019, how large was NetEase Kaola's share of the market?", '考拉的市场份额有多大?'])('%s', (question) => {
    expect(metricsNamedIn(question)).not.toContain('market_size');
  });
});

describe('countedHeadBefore: a count whose noun comes before it', () => {
  it('reads the plural before a verb of amounting', () => {
    const sentence = 'Reportedly, model downloads have exceeded 100 million, and the platform has contributed 30 million hours.';
    expect(countedHeadBefore(sentence, sentence.indexOf('100 million'))).toBe('download');
    const users = 'Its registered users reached more than 50 million.';
    expect(countedHeadBefore(users, users.indexOf('50 million'))).toBe('user');
  });

  it('names nothing when no verb of amounting stands before the figure', () => {
    const sentence = 'Alibaba had a total of 194,320 employees.';
    expect(countedHeadBefore(sentence, sentence.indexOf('194,320'))).toBeUndefined();
  });
});

describe('metricsNamedIn: "up" is growth unless it is a phrasal verb\'s particle or "up to"', () => {
  it.each([
    'How many developers has Alibaba Cloud signed up?',
    'Which costs make up the bulk of capital expenditure?',
    'How much compute has ModelScope racked up?',
    'When did Tencent set up its GPU center?',
    'Did Alibaba Cloud and 01.AI set anything up together?',
    'Who helped them set it up?',
    'Which costs use up most of the budget?',
    'Investments of up to $4 billion',
  ])('%s names no growth', (question) => {
    expect(metricsNamedIn(question)).not.toContain('growth_rate');
  });

  it.each([
    '16.47 trillion daily API calls, up 137-fold since May 2024',
    'revenue was up by 32% year on year',
    'international revenue, up from 28.5 billion yuan',
    'Revenue picked up 20% in the quarter',
    'Capex ramped up 50% year over year',
    'How much is Tencent\'s capex up?',
  ])('%s names growth', (text) => {
    expect(metricsNamedIn(text)).toContain('growth_rate');
  });
});

describe('metricsNamedIn: the share of a company\'s deals going somewhere, however it is worded (class: deal share)', () => {
  it.each([
    "What share of Tencent's deals in China went to AI startups?",
    "What percentage of Alibaba's investments since 2023 went into AI startups?",
    '自2023年以来,腾讯在国内的投资有多大比例投向了AI初创公司?',
    '阿里巴巴的投资交易中有多少比例投向了AI初创公司?',
    '腾讯的出手里,占比多少流向了大模型公司?',
    "What share of Tencent's investment went to AI?",
  ])('%s asks for deal_share, and its 投资/investments is no investment amount', (question) => {
    expect(metricsNamedIn(question)).toContain('deal_share');
    expect(metricsNamedIn(question)).not.toContain('investment');
  });

  it.each(['研发投资占比多少?', '腾讯AI投资占资本开支的比重是多少?'])('%s is no deal share (a share with no destination)', (question) => {
    expect(metricsNamedIn(question)).not.toContain('deal_share');
  });

  it.each([
    ['阿里巴巴投资了月之暗面多少钱?', 'investment'],
    ['淘宝和天猫的营收占阿里巴巴集团总营收的比例是多少?', 'revenue'],
  ] as const)('%s still names %s (only a deal share claims its words)', (question, metric) => {
    expect(metricsNamedIn(question)).toContain(metric);
  });
});

describe('metricsNamedIn: a saving asked in everyday words, and what is no saving (review)', () => {
  it.each(['和DeepSeek R1比,Qwen3的部署成本低多少?', 'How much cheaper is Qwen3 to deploy than DeepSeek R1?', '成本降低了多少?'])('%s asks a cost reduction', (question) => {
    expect(metricsNamedIn(question)).toContain('cost_reduction');
  });

  it.each(['阿里的研发成本是多少?', '费用有多少?', '成本至少300亿元吗?'])('%s asks no cost reduction (多少, 至少)', (question) => {
    expect(metricsNamedIn(question)).not.toContain('cost_reduction');
  });
});

describe('countedNouns: the size of a base counts its things (class: "how big is its developer base")', () => {
  it.each([
    ["How big is Alibaba Cloud's developer base?", ['developer']],
    ["What is the size of Doubao's user base?", ['user']],
  ])('%s counts %j', (question, nouns) => {
    expect(countedNouns(question)).toEqual(nouns);
  });
});

describe('countsNoun: a model\'s code asked is counted by a figure whose noun phrase names that model (class: "how many H20s")', () => {
  const fact = (quote: string, text: string) => ({ unit: 'count' as const, quote, text });
  it('counts a model by its kind, when the phrase names the model', () => {
    expect(countedNouns('How many H20s do you need to run Qwen3?')).toEqual(['h20']);
    expect(countsNoun(fact('its Qwen3 model requires only 4 Nvidia H20 chips for deployment', '4'), 'h20')).toBe(true);
    expect(countsNoun(fact('About $1 billion worth (approximately 100,000 Nvidia A800 GPUs) will be delivered', 'approximately 100,000'), 'a800')).toBe(true);
  });

  it('does not count another model, nor take a plain noun for a code', () => {
    expect(countsNoun(fact('Baidu ordered 1,600 Ascend 910B AI chips from Huawei', '1,600'), 'a100')).toBe(false);
    expect(countsNoun(fact('Baidu ordered 1,600 Ascend 910B AI chips from Huawei', '1,600'), 'chip')).toBe(true);
    expect(countsNoun(fact('Baidu ordered 1,600 Ascend 910B AI chips from Huawei', '1,600'), 'server')).toBe(false);
  });
});

describe('CHEAPER_ASKED: a saving against a baseline asked with "save" is a rate (class: "how much does X save versus Y")', () => {
  it.each([
    ['How much does Qwen3 save versus DeepSeek R1?', true],
    ['What does Qwen3 save compared with DeepSeek R1?', true],
    // No baseline: the amount saved may be a sum; "that" points back at another part's act (compound-question.ts).
    ['How much did Alibaba save on cloud costs?', false],
    ['How much does that save versus DeepSeek R1?', false],
  ])('%s → %s', (question, rate) => {
    expect(CHEAPER_ASKED.test(question)).toBe(rate);
  });
});

describe('metricsNamedIn: a tender in Chinese, and the chip that only says which servers (class: 招标, "H20服务器")', () => {
  it.each([
    ['阿里最近一次H20服务器招标规模多大?', ['servers', 'orders']],
    ['How many H20 servers did the tender call for?', ['servers', 'orders']],
    ['Qwen3部署需要几块H20?', ['chips']],
  ])('%s names %j', (question, metrics) => {
    expect(metricsNamedIn(question)).toEqual(metrics);
  });
});

describe('countedNouns: several Chinese nouns counted at once (class: "多少应用和插件")', () => {
  it.each([
    ['文心大模型有多少应用和插件?', ['application', 'plugin']],
    ['阿里云有多少开发者和模型?', ['developer', 'model']],
    ['阿里巴巴预计拥有多少块英伟达芯片?', []],
    // One noun alone after the question word, and nouns before it, with or without a count word after them.
    ['文心大模型有多少开发者?', ['developer']],
    ['文心大模型公开上线四十多天,开发者和应用各有多少?', ['developer', 'application']],
    ['开发者和应用数量有多少?', ['developer', 'application']],
    // A company before the noun picks whose: not a bare counted noun.
    ['宇树科技员工有多少?', []],
  ])('%s counts %j', (question, nouns) => {
    expect(countedNouns(question)).toEqual(nouns);
  });
});

describe('metricsNamedIn: "market value" is market capitalization (class: everyday names of a measure)', () => {
  it.each(["What was Alibaba's share price and market value after the open?", "How high did Alibaba's market value climb?"])('%s', (question) => {
    expect(metricsNamedIn(question)).toContain('market_cap');
  });
});

describe('metricsNamedIn: a share of revenue in everyday words (class: slice, portion, chunk)', () => {
  it.each(["What slice of Alibaba's total revenue came from the cloud unit?", "What portion of Alibaba's revenue did Taobao bring in?"])('%s', (question) => {
    expect(metricsNamedIn(question)).toContain('revenue_share');
  });
});
