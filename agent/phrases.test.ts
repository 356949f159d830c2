import { describe, expect, it } from 'vitest';
import type { Fact, Metric } from '../core/index.js';
import { createAliasTable } from '../index/index.js';
import { countedFigureZh, factClause, figure, figureWithItem, periodPhrase } from './phrases.js';

const aliases = createAliasTable();

function fact(metric: Metric, unit: Fact['unit'], value: string, text: string, quote: string): Fact {
  return {
    id: 'doc#p1/f1', entity: 'nvidia', entityName: 'Nvidia', counterparty: null, metric, value, unit, currency: unit === 'currency' ? 'USD' : null,
    scale: null, qualifier: null, text, growthOf: null, period: { text: '2024', from: '2024-01-01', to: '2024-12-31' }, asOf: '2024-12-31',
    docId: 'doc', paragraph: 1, paragraphId: 'doc#p1', quote, disputed: false, source: 'rules',
  };
}

describe('factClause: a count metric holding money is said as an amount, not as a number of items', () => {
  it.each([
    ['chips', '芯片'],
    ['servers', '服务器'],
  ] as const)('%s with a dollar figure reads as an amount spent on %s', (metric, noun) => {
    const clause = factClause(fact(metric, 'currency', '5000000000', '$5 billion', 'orders for $5 billion worth of things'), aliases, 'zh');
    expect(clause).toContain(`在${noun}上的金额为`);
    expect(clause).not.toContain('数量');
  });

  it('a count stays a count, in both languages', () => {
    const counted = fact('chips', 'count', '1600', '1,600', 'Baidu ordered 1,600 Ascend 910B AI chips from Huawei');
    expect(factClause(counted, aliases, 'zh')).toContain('芯片数量为');
    expect(factClause(counted, aliases, 'en')).toContain('1,600 Ascend 910B AI chips');
  });

  it('an English money figure of a count metric is not given the counted noun as if it were a count', () => {
    const clause = factClause(fact('chips', 'currency', '5000000000', '$5 billion', 'orders for $5 billion worth of chips'), aliases, 'en');
    expect(clause).toMatch(/\$5 billion/);
  });
});

describe('factClause: the counted noun stops at a conjunction', () => {
  it.each([
    ['15 million', 'The platform is expected to attract 15 million developers and attain over 70,000 models.', '15 million developers'],
    ['1,600', 'Baidu ordered 1,600 Ascend 910B AI chips and 200 servers from Huawei.', '1,600 Ascend 910B AI chips'],
    ['100,000', 'over 100,000 open-source derivatives existed, while major releases came every six months.', '100,000 open-source derivatives'],
  ])('%s', (text, quote, said) => {
    const clause = factClause({ ...fact('users', 'count', '1', text, quote), text }, aliases, 'en');
    expect(clause).toContain(said);
    expect(clause).not.toMatch(new RegExp(`${said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (?:and|while)`));
  });
});

describe('factClause: a Chinese count says what its sentence counts (class: 开发者 / 应用 / 企业, not 用户/客户)', () => {
  it.each([
    ['users', '54,000', 'the Wenxin large model has reached 4,500 users, 54,000 developers, 825 applications.', '开发者数为5.4万'],
    ['other', '825', 'the Wenxin large model has reached 4,500 users, 54,000 developers, 825 applications.', '应用数为825'],
    ['users', '4,500', 'the Wenxin large model has reached 4,500 users, 54,000 developers, 825 applications.', '用户数为4500'],
  ])('%s %s', (metric, text, quote, said) => {
    const clause = factClause({ ...fact(metric as 'users', 'count', text.replace(/,/g, ''), text, quote), text }, aliases, 'zh');
    expect(clause).toContain(said);
  });
});

describe('factClause: a growth the sentence forecasts is said as expected, not as a rise that happened (class: "is expected to increase by")', () => {
  it('says "is expected to grow" for a forecast and "grew" for a rise that happened', () => {
    const forecast = factClause(fact('growth_rate', 'percent', '68', '68%', 'According to Omdia data, its DRAM chip production is expected to increase by 68% compared with 2024 this year.'), aliases, 'en');
    expect(forecast).toMatch(/is expected to grow 68%/);
    const happened = factClause(fact('growth_rate', 'percent', '32', '32%', 'The segment witnessed a 32% year-on-year revenue growth for the quarter.'), aliases, 'en');
    expect(happened).toMatch(/grew 32%/);
    expect(factClause(fact('growth_rate', 'percent', '68', '68%', '据Omdia数据,其DRAM芯片产量预计增长68%。'), aliases, 'zh')).toMatch(/预计增长/);
  });
});

describe('factClause: financing the subject gives is not money it raised', () => {
  it('"only for Google to commit $2 billion in financing" → committed, not raised', () => {
    const given = factClause(fact('funding', 'currency', '2000000000', '$2 billion', 'only for Nvidia to commit $2 billion in financing by late October'), aliases, 'en');
    expect(given).toMatch(/committed \$2 billion in financing/);
    const raised = factClause(fact('funding', 'currency', '2000000000', '$2 billion', 'Nvidia raised $2 billion from investors'), aliases, 'en');
    expect(raised).toMatch(/raised \$2 billion/);
  });
});

describe('factClause: a figure no company\'s is said of the market its sentence names, never of "The report"', () => {
  const quote = 'According to data from the reputable market research firm Statista, the global AI market size reached $120 billion in 2024 alone, marking a 25% year-on-year growth.';
  it('names the market (not the "market research firm") as the subject', () => {
    const growth = { ...fact('growth_rate', 'percent', '25', '25%', quote), entity: null, entityName: null };
    const size = { ...fact('market_size', 'currency', '120000000000', '$120 billion', quote), entity: null, entityName: null };
    expect(factClause(growth, aliases, 'en')).toMatch(/^The global AI market grew 25%/);
    expect(factClause(size, aliases, 'en')).toMatch(/^The global AI market was worth \$120 billion/);
  });

  it('says a subjectless figure without inventing a subject when no market is named', () => {
    const growth = { ...fact('growth_rate', 'percent', '25', '25%', 'Shipments rose, marking a 25% year-on-year growth.'), entity: null, entityName: null };
    expect(factClause(growth, aliases, 'en')).not.toMatch(/The report/);
  });
});

describe('figures as a reader reads them', () => {
  it('says the counted noun a sentence names before its figure ("model downloads have exceeded 100 million")', () => {
    const downloads = fact('other', 'count', '100000000', '100 million', 'Reportedly, model downloads have exceeded 100 million, and the platform has contributed 30 million hours.');
    expect(figureWithItem(downloads)).toBe('100 million downloads');
    // A noun after the figure wins: it is what the figure counts.
    expect(figureWithItem(fact('other', 'count', '30000000', '30 million', downloads.quote))).toBe('30 million hours');
  });

  it('reads a translation\'s spaced hyphens inside a figure as spaces', () => {
    expect(figure(fact('funding', 'currency', '500000000', '500 - million - yuan', 'completed a 500 - million - yuan financing'), 'en')).toBe('500 million yuan');
    expect(figure(fact('funding', 'currency', '2500000000', '2.5 billion yuan', 'secured over 2.5 billion yuan'), 'en')).toBe('2.5 billion yuan');
  });

  it('says a figure read with its verb ("exceeding 16.47 trillion") as "more than …", and leaves other words alone', () => {
    expect(figure(fact('api_calls', 'count', '16470000000000', 'exceeding 16.47 trillion', 'a Doubao daily API call volume exceeding 16.47 trillion.'), 'en')).toBe('more than 16.47 trillion');
    expect(figure(fact('capex', 'currency', '52500000000', 'surpassing $52.5 billion', 'spending surpassing $52.5 billion'), 'en')).toBe('more than $52.5 billion');
    expect(figure(fact('capex', 'currency', '380000000000', 'over 380 billion RMB', 'over 380 billion RMB'), 'en')).toBe('over 380 billion RMB');
    // With its counted noun too.
    expect(figureWithItem(fact('users', 'count', '290000', 'exceeding 290,000', 'serving exceeding 290,000 enterprises, it said.'))).toBe('more than 290,000 enterprises');
  });
});

describe('periodPhrase: a span that opened the report\'s sentence', () => {
  it('reads on in the answer\'s sentence, lower-cased in English and in Chinese words', () => {
    const since = { text: 'Since 2023', from: null, to: null };
    expect(periodPhrase(since, 'en')).toBe(' since 2023');
    expect(periodPhrase(since, 'zh')).toBe('2023年以来');
    expect(periodPhrase({ text: 'in the past four quarters', from: null, to: null }, 'en')).toBe(' in the past four quarters');
  });
});

describe('countedFigureZh: a Chinese count of items takes its measure word', () => {
  it('says servers, chips, models and calls with 台, 块, 个, 次', () => {
    expect(countedFigureZh({ ...fact('servers', 'count', '50000', 'approximately 50,000', 'adding a demand for approximately 50,000 H20 servers'), qualifier: 'about' })).toBe('约5万台');
    expect(countedFigureZh(fact('chips', 'count', '53000', '53,000', 'expects to possess 53,000 Nvidia chips'))).toBe('5.3万块');
    expect(countedFigureZh(fact('models', 'count', '42', '42', 'manages 42 mainstream large models'))).toBe('42个');
  });

  it('leaves money, rates and counts of other things as they are', () => {
    expect(countedFigureZh(fact('chips', 'currency', '5000000000', '$5 billion', 'orders for $5 billion worth of chips'))).not.toMatch(/[块台个次]$/);
    expect(countedFigureZh(fact('users', 'count', '15000000', '15 million', 'attract 15 million developers'))).toBe('1500万');
  });
});
