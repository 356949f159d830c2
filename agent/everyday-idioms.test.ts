import { describe, expect, it } from 'vitest';
import { inReportsWords } from './everyday-idioms.js';

describe('inReportsWords: money put into something is invested in it', () => {
  it.each([
    ['Which model startups have both Alibaba and Tencent put money into?', 'Which model startups have both Alibaba and Tencent invested in?'],
    ['Name the model startups that both Alibaba and Tencent have put money into.', 'Name the model startups that both Alibaba and Tencent have invested in.'],
    ['Did Alibaba put money into Zhipu AI?', 'Did Alibaba invest in Zhipu AI?'],
    ['Why does Tencent keep pouring cash into AI startups?', 'Why does Tencent keep investing in AI startups?'],
    ['How much did Alibaba sink into Moonshot AI?', 'How much did Alibaba sink into Moonshot AI?'],
    ['Alibaba poured billions into cloud infrastructure last year.', 'Alibaba invested in cloud infrastructure last year.'],
    ['Who puts money into chip startups?', 'Who invests in chip startups?'],
  ])('%s', (question, reworded) => {
    expect(inReportsWords(question)).toBe(reworded);
  });

  it('leaves other uses of the verbs alone', () => {
    for (const text of ['Alibaba put its chip unit under the cloud group.', 'What did Tencent put into Yuanbao besides DeepSeek?', 'Revenue poured in from cloud.']) {
      expect(inReportsWords(text)).toBe(text);
    }
  });
});

describe('inReportsWords: the size of a base is the count of what it is made of (class: developer base, user base)', () => {
  it.each([
    ["How big is Alibaba Cloud's developer base?", "How many developers does Alibaba Cloud have?"],
    ["What's the size of Tencent's user base these days?", "How many users does Tencent have these days?"],
    ["And how large is ByteDance's customer base?", "And how many customers does ByteDance have?"],
  ])('%s', (question, asked) => {
    expect(inReportsWords(question)).toBe(asked);
  });

  it('leaves a base that is no count, and other sizes, alone', () => {
    expect(inReportsWords("How big is Alibaba's investment in Moonshot AI?")).toBe("How big is Alibaba's investment in Moonshot AI?");
    for (const amount of ["How big is Tencent's revenue base?", "How large is Alibaba's cost base?", "What is the size of Baidu's asset base?"]) expect(inReportsWords(amount)).toBe(amount);
    expect(inReportsWords('Where is the base of Alibaba Cloud?')).toBe('Where is the base of Alibaba Cloud?');
  });
});

describe('inReportsWords: a listing under way is "in the process of going public", as the reports write it (class: road to an IPO)', () => {
  it.each([
    ['Which Alibaba-backed companies are on the road to an IPO?', 'Which Alibaba-backed companies are in the process of going public?'],
    ['Which startups are heading toward an IPO?', 'Which startups are in the process of going public?'],
    ['Which of them are preparing to go public?', 'Which of them are in the process of going public?'],
    ['Is Zhipu gearing up for a listing?', 'Is Zhipu in the process of going public?'],
  ])('%s', (question, asked) => {
    expect(inReportsWords(question)).toBe(asked);
  });

  it('leaves a listing already done alone', () => {
    expect(inReportsWords('When did Alibaba go public in Hong Kong?')).toBe('When did Alibaba go public in Hong Kong?');
  });
});

describe('inReportsWords: a listing rewrite keeps a verb of starting before it', () => {
  it('leaves "start preparing for an IPO" as asked', () => {
    expect(inReportsWords('Did Zhipu start preparing for an IPO?')).toBe('Did Zhipu start preparing for an IPO?');
  });
});
