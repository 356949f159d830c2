import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../core/index.js';
import { createAliasTable } from '../../index/index.js';
import { clauseOf, partiesAgree, periodsAgree, periodTokens, verbBorneOut } from './echo-evidence.js';

const aliases = createAliasTable();
const figureOf = (text: string) => parseQuantities(text)[0]!;

describe('clauseOf: the part of a passage that states the figure', () => {
  it('stops at the clause, not at a comma inside a number, and drops the source it is attributed to', () => {
    const passage = 'For example, in November, British news agency Reuters reported that Baidu ordered 1,600 Ascend 910B AI chips from Huawei.';
    expect(clauseOf(passage, figureOf('1,600'))).toBe('Baidu ordered 1,600 Ascend 910B AI chips from Huawei.');
  });

  it('keeps a list the clause closes: every member shares the figure', () => {
    const passage = 'In August, giants including Alibaba, Tencent, Baidu, and ByteDance placed orders with Nvidia for $5 billion worth of chips.';
    expect(clauseOf(passage, figureOf('$5 billion'))).toMatch(/Tencent, Baidu, and ByteDance/);
  });
});

describe('partiesAgree: the passage bears out who the question says did what', () => {
  const passage = "This arrangement stems largely from Microsoft's cumulative $13 billion investment in OpenAI.";
  it.each([
    ['How much did Microsoft invest in OpenAI?', true],
    ['How much did OpenAI invest in Microsoft?', false],
    ['微软向OpenAI投资了多少?', true],
    ['OpenAI向微软投资了多少?', false],
  ])('%s → %s', (question, agrees) => {
    expect(partiesAgree(question, passage, aliases, figureOf('$13 billion'))).toBe(agrees);
  });

  it('refuses a figure the passage gives several companies together', () => {
    const orders = 'In August, giants including Alibaba, Tencent, Baidu, and ByteDance placed orders with Nvidia for $5 billion worth of chips.';
    expect(partiesAgree('How much did ByteDance spend on Nvidia chips?', orders, aliases, figureOf('$5 billion'))).toBe(false);
  });

  it('reads another clause of the sentence as no party to the figure', () => {
    const rounds = 'For instance, Zhipu AI secured over 2.5 billion yuan in funding by late October, while Baichuan Intelligence raised $300 million.';
    expect(partiesAgree('How much funding did Zhipu AI secure?', rounds, aliases, figureOf('over 2.5 billion yuan'))).toBe(true);
    expect(partiesAgree('How much funding did Zhipu AI secure?', rounds, aliases)).toBe(false);
  });
});

describe('periodsAgree: every date the question names is one the evidence names', () => {
  it('reads years, quarters and months in both languages', () => {
    expect([...periodTokens('腾讯2024年第四季度的资本开支, 10月底')].sort()).toEqual(['2024', 'm10', 'q4']);
    expect([...periodTokens("Alibaba's fourth-quarter 2024 report, by late October")].sort()).toEqual(['2024', 'm10', 'q4']);
    expect(periodsAgree('How much did Tencent pay in January?', 'In May, Tencent purchased services for 113 million yuan.')).toBe(false);
    expect(periodsAgree('智谱AI截至10月底获得了多少融资?', 'Zhipu AI secured over 2.5 billion yuan by late October.')).toBe(true);
  });
});

describe('verbBorneOut: the act the question names, or one reporting the same act, is in the passage', () => {
  it.each([
    ['pay', 'In May, Tencent purchased cluster computing services for 113 million yuan.', true],
    ['need', 'Its Qwen3 model requires only 4 Nvidia H20 chips.', true],
    ['earn', 'In May, Tencent purchased cluster computing services for 113 million yuan.', false],
    ['delete', 'ModelScope now hosts over 70,000 models.', false],
  ])('%s in "%s" → %s', (verb, passage, borne) => {
    expect(verbBorneOut(verb, passage)).toBe(borne);
  });
});
