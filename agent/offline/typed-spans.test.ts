import { describe, expect, it } from 'vitest';
import { createAliasTable } from '../../index/index.js';
import { datesInSentence, objectOfRelation, peopleInSentence } from './typed-spans.js';

const aliases = createAliasTable();

function holder(sentence: string): string | undefined {
  return [...peopleInSentence(sentence, aliases)].sort((a, b) => b.roleScore - a.roleScore)[0]?.name;
}

describe('peopleInSentence: the role goes to the person the sentence gives it to', () => {
  it.each([
    ['Chief executive Wu Yongming appointed Jiang Fan as head of the e-commerce group.', 'Jiang Fan'],
    ['The board named Zhang Wei as the new chief technology officer, replacing Li Ming.', 'Zhang Wei'],
    ['Alibaba Cloud CTO Zhou Jingren said the models would be open-sourced.', 'Zhou Jingren'],
    ['Yang Zhilin, the founder of Moonshot AI, met investors in Beijing.', 'Yang Zhilin'],
    ['Liu Chiping, president of Tencent, spoke on the earnings call.', 'Liu Chiping'],
  ])('%s', (sentence, name) => {
    expect(holder(sentence)).toBe(name);
  });

  it('does not take places, months or companies for people', () => {
    const names = peopleInSentence('In March 2025 Alibaba Cloud opened a data center in Hong Kong with Tencent Cloud watching.', aliases).map((span) => span.name);
    expect(names).toEqual([]);
  });
});

describe('peopleInSentence: the one who appoints is not the one appointed', () => {
  it.each([
    ['On November 21, 2024, Group CEO Wu Yongming issued a company-wide email announcing the new group and appointing Jiang Fan as the group\'s CEO.', 'Wu Yongming', 'Jiang Fan'],
    ['Chairman Joe Tsai sent a memo on Monday naming Eddie Wu as chief executive.', 'Joe Tsai', 'Eddie Wu'],
    ['President Martin Lau promoted Dowson Tong to head the cloud unit.', 'Martin Lau', 'Dowson Tong'],
  ])('%s', (sentence, appointer, appointee) => {
    const spans = peopleInSentence(sentence, aliases);
    expect(spans.find((span) => span.name === appointer)?.appointer).toBe(true);
    expect(spans.find((span) => span.name === appointee)?.appointer).toBe(false);
    expect(holder(sentence)).toBe(appointee);
  });
});

describe('objectOfRelation: the person a stranded preposition points at', () => {
  it.each([
    ['Wu Yonghui is now on par with Zhu Wenjia, both serving as heads of Seed and reporting to CEO Liang Rubo.', 'report', 'to', 'Liang Rubo', 'Zhu Wenjia'],
    ['The unit, previously answering to Zhang Yong, now reports directly to Daniel Zhang.', 'report', 'to', 'Daniel Zhang', 'Zhang Yong'],
    ['The fund was co-led with Hillhouse and advised by Sun Wei, not by Chen Qi.', 'advise', 'by', 'Sun Wei', 'Chen Qi'],
  ])('%s', (sentence, verb, preposition, object, other) => {
    const spans = peopleInSentence(sentence, aliases);
    expect(objectOfRelation(sentence, spans.find((span) => span.name === object)!, verb, preposition)).toBe(true);
    expect(objectOfRelation(sentence, spans.find((span) => span.name === other)!, verb, preposition)).toBe(false);
  });
});

describe('datesInSentence', () => {
  it('finds days, months, quarters and Chinese dates', () => {
    expect(datesInSentence('On February 17, 2025 they met; in Q4 2024 capex rose; 2023年8月 it was open-sourced.').map((date) => date.text))
      .toEqual(['February 17, 2025', 'Q4 2024', '2023年8月']);
  });
});
