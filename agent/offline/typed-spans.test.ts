import { describe, expect, it } from 'vitest';
import { createAliasTable } from '../../index/index.js';
import { datesInSentence, peopleInSentence } from './typed-spans.js';

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

describe('datesInSentence', () => {
  it('finds days, months, quarters and Chinese dates', () => {
    expect(datesInSentence('On February 17, 2025 they met; in Q4 2024 capex rose; 2023年8月 it was open-sourced.').map((date) => date.text))
      .toEqual(['February 17, 2025', 'Q4 2024', '2023年8月']);
  });
});
