import { describe, expect, it } from 'vitest';
import { clauseCoverage, datesWithYears, eventVerbGroups, eventWords, namesEventVerb } from './event-dates.js';

describe('datesWithYears: relative dates resolved against the report', () => {
  it.each([
    ['On August 20 this year, Zebra submitted an application for listing in Hong Kong.', '2025-10-09', 'August 20, 2025'],
    ['In March this year, the Kaola.com APP was taken off the shelves.', '2025-10-09', 'March 2025'],
    ['In April this year, it also started the IPO guidance.', '2025-10-09', 'April 2025'],
    ['Tencent plans to invest 100 billion yuan this year.', '2025-10-09', 'in 2025'],
    ['The unit was spun off last year.', '2025-02-25', 'in 2024'],
    ['智谱今年4月启动了上市辅导。', '2025-10-09', '2025年4月'],
    ['公司去年裁员。', '2025-10-09', '2024年'],
  ])('%s (%s) → %s', (sentence, date, expected) => {
    expect(datesWithYears(sentence, date).map((span) => span.text)).toContain(expected);
  });

  it('gives a month without a year as written, after a cue only ("by late October", never the modal "may")', () => {
    expect(datesWithYears('Amazon acted first, only for Google to commit $2 billion in financing by late October.', null).map((span) => span.text)).toEqual(['by late October']);
    expect(datesWithYears('In early November, Alibaba Cloud suspended A100 GPU rentals.', null).map((span) => span.text)).toEqual(['in early November']);
    expect(datesWithYears('In May, Alibaba announced the deal.', '2024-06-01').map((span) => span.text)).toEqual(['in May']);
    expect(datesWithYears('Nvidia may be forced to cancel orders; the market may recover.', null)).toEqual([]);
    // A month with its year stays one date.
    expect(datesWithYears('In May 2025, Tencent upgraded Hunyuan.', null).map((span) => span.text)).toEqual(['May 2025']);
  });

  it('resolves "of the same year" from the year the paragraph named before the sentence', () => {
    const before = 'In 2015, NetEase launched the platform. In the first half of 2019, Kaola led the industry. ';
    expect(datesWithYears('In September of the same year, Alibaba acquired it for $2 billion.', '2025-10-09', before).map((span) => span.text)).toContain('September 2019');
    // With nothing before it, the month stays without a year rather than taking the report's.
    expect(datesWithYears('In September of the same year, Alibaba acquired it.', '2025-10-09').map((span) => span.text)).toEqual(['in September']);
  });

  it('says "the year of the report" when the report is undated, never a bare "this year"', () => {
    expect(datesWithYears('In November this year, Reuters reported the order.', null).map((span) => span.text)).toEqual(['November in the year of the report']);
    expect(datesWithYears('今年4月启动', null).map((span) => span.text)).toEqual(['报告当年4月']);
  });

  it('keeps dates that name their year as written', () => {
    expect(datesWithYears('On November 21, 2024, Wu Yongming issued an email.', '2025-02-25').map((span) => span.text)).toEqual(['November 21, 2024']);
  });
});

describe('clauseCoverage: the date bound to the event asked', () => {
  const words = eventWords(['alibaba', 'invest', 'unitree', 'year']);
  const sentence = 'In fact, before Alibaba invested in Unitree in 2025, Unitree had been profitable for five consecutive years since 2020.';

  it('binds the investment to 2025, not to 2020', () => {
    expect(clauseCoverage(sentence, sentence.indexOf('2025'), words)).toBeGreaterThan(clauseCoverage(sentence, sentence.indexOf('2020'), words));
  });

  it('meets an event through its synonyms ("set up" → initiated)', () => {
    const founded = 'Zebra Network, an intelligent cockpit enterprise jointly initiated by Alibaba and SAIC in 2015, is still deeply in the red.';
    const filed = 'On August 20 this year, Zebra submitted an application for listing in Hong Kong.';
    const asked = eventWords(['zebra', 'network', 'set', 'up']);
    expect(clauseCoverage(founded, founded.indexOf('2015'), asked)).toBeGreaterThan(clauseCoverage(filed, filed.indexOf('August'), asked));
  });

  it('meets a founding in any of its words, across both synonym tables', () => {
    const founded = 'Zebra Network, an enterprise jointly initiated by Alibaba and SAIC in 2015, is still in the red.';
    expect(clauseCoverage(founded, founded.indexOf('2015'), eventWords(['established', 'founded', 'set']), false, 4)).toBe(1);
  });

  it('reads a date that opens the sentence with the clause after it', () => {
    const filed = 'On August 20 this year, Zebra submitted an application for listing in Hong Kong.';
    expect(clauseCoverage(filed, 0, eventWords(['file', 'listing', 'hong', 'kong']), false, 'On August 20 this year'.length)).toBe(1);
  });

  it('leaves the names of who it happened to out of the event words', () => {
    expect(eventWords(['zhipu', 'start', 'ipo', 'guidance'], ['Zhipu AI'])).toEqual(['start', 'ipo', 'guidance']);
  });

  it('lets a timeline heading date bind its whole entry', () => {
    const entry = 'Wu Yongming was appointed CEO of Alibaba Group and chairman of Alibaba Cloud; Alibaba announced a new structure.';
    expect(clauseCoverage(entry, 0, eventWords(['wu', 'yongming', 'appointed', 'ceo']), true)).toBe(1);
  });

  it('is 0 with no event words', () => {
    expect(clauseCoverage('In 2020 it began.', 3, [])).toBe(0);
  });
});

describe('namesEventVerb: a when-answer\'s date must come from a clause naming what happened (class: the event, not a title or subject)', () => {
  const groups = (question: string) => eventVerbGroups(question);

  it.each([
    ['When did Wu Yongming become CEO of Alibaba?', 'Wu Yongming was appointed CEO of Alibaba Group and chairman of Alibaba Cloud', 'Alibaba CEO Wu Yongming announced a plan to invest over 380 billion yuan'],
    ['吴泳铭是什么时候当上阿里CEO的?', 'Wu Yongming was appointed CEO of Alibaba Group', 'Alibaba CEO Wu Yongming announced a plan to invest over 380 billion yuan'],
    ['When did Alibaba invest in YMTC?', 'YMTC is an integrated memory manufacturing company that Alibaba invested in 2022', 'YMTC started the IPO guidance in July'],
    ['阿里巴巴是哪一年投资长江存储的?', 'YMTC is a company that Alibaba invested in 2022', 'YMTC launched a new memory chip in July'],
    ['When was Qwen3 released?', 'Alibaba introduced Qwen3 as open source', 'Alibaba invested in Qwen3 developers'],
    ['When did Zhipu AI file for its IPO?', 'Zhipu AI started the IPO guidance in April', 'Zhipu AI announced a new model in April'],
  ])('%s', (question, naming, other) => {
    expect(groups(question).length).toBeGreaterThan(0);
    expect(namesEventVerb(naming, groups(question))).toBe(true);
    expect(namesEventVerb(other, groups(question))).toBe(false);
  });

  it('asks nothing of the clause when the question names no event verb, "become" without a title included', () => {
    expect(groups('When did Zebra Network lose 1.58 billion yuan?')).toEqual([]);
    expect(groups('When did Baidu say ERNIE Bot would become completely free?')).toEqual([]);
    expect(groups('When did Tongyi Qianwen become open source?')).toEqual([]);
    expect(namesEventVerb('Zebra Network lost money in 2024', [])).toBe(true);
    // A clause naming no event of its own may still date the asked one.
    expect(namesEventVerb('Tencent began connecting DeepSeek in February', groups('When did Tencent integrate DeepSeek?'))).toBe(true);
    // A Chinese clause's verbs are not read by the English groups: no check, rather than a false miss.
    expect(namesEventVerb('阿里巴巴于2022年投资了长江存储', groups('When did Alibaba invest in YMTC?'))).toBe(true);
  });
});
