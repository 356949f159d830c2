/**
 * Aspect switches in a conversation: after a figure, "Why?", "为什么?", "And the risks?", "那风险呢?",
 * "How will they fund it?" keep the conversation's subject and period and are answered as an
 * explanation — never by the figure again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, framesFor } from '../agent/index.js';
import { asksAspectSwitch } from '../agent/follow-up.js';
import type { ChatMessage } from '../core/index.js';
import { openIndex, type OpenIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

let index: OpenIndex;
beforeAll(async () => {
  index = await openIndex((await loadCorpus()).snapshot);
});

const chat = (...turns: string[]): ChatMessage[] => turns.map((content, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', content }));
const last = (...turns: string[]) => framesFor(chat(...turns), index).at(-1)!;
const reply = async (...turns: string[]) => answer(chat(...turns), { index });

const TENCENT_EN = ["What did Tencent's AI-related capital expenditure surge to in Q4 2024, according to Caixin?", '39 billion yuan [1].'] as const;
const TENCENT_ZH = ['财新报道腾讯2024年第四季度AI相关资本开支激增到多少?', '390亿元[1]。'] as const;
const PLAN_EN = ['How much will Alibaba invest in cloud and AI hardware infrastructure over the next three years?', 'Over 380 billion yuan [1].'] as const;
const PLAN_ZH = ['阿里巴巴未来三年在云和AI硬件基础设施上投入多少?', '超过3800亿元[1]。'] as const;

describe('asksAspectSwitch', () => {
  it('recognises a bare reason, risk or method asked of what was just said, in English and Chinese', () => {
    for (const question of ['Why?', 'Why is that?', 'And the risks?', 'What are the risks?', 'How will they fund it?', 'How?', 'How so?', '为什么?', '那风险呢?', '原因是什么?', '有什么风险?', '怎么做到的?']) {
      expect(asksAspectSwitch(question), question).toBe(true);
    }
  });

  it('leaves ellipsis, figures and conversions alone', () => {
    for (const question of ['And Tencent?', 'How about Tencent?', 'How much did it pay?', 'What about in dollars?', 'And a year earlier?', '那腾讯呢?', '它为此支付了多少钱?', '平均每年是多少?']) {
      expect(asksAspectSwitch(question), question).toBe(false);
    }
  });
});

describe('aspect-switch frames', () => {
  it('keeps the subject and period, and asks for an explanation rather than the last figure', () => {
    for (const turns of [[...TENCENT_EN, 'Why?'], [...TENCENT_ZH, '为什么?']]) {
      expect(last(...turns)).toMatchObject({ entities: ['tencent'], metrics: [], kind: 'general', periods: [expect.objectContaining({ from: '2024-10-01', to: '2024-12-31' })] });
    }
    for (const turns of [[...PLAN_EN, 'And the risks?'], [...PLAN_ZH, '那风险呢?'], [...PLAN_EN, 'How will they fund it?']]) {
      expect(last(...turns)).toMatchObject({ entities: ['alibaba'], metrics: [], kind: 'general' });
    }
  });

  it('a figure follow-up still borrows the measure ("And Tencent?" after a share stays a share)', () => {
    expect(last("What share of Alibaba's deals in China since 2023 went to AI startups?", '40% [1].', 'And Tencent?').metrics).toContain('deal_share');
  });
});

describe('growth of the last measure', () => {
  it('asks the growth of the measure the last question named, not of the company in general ("同比增长多少?")', () => {
    const zh = last('淘宝和天猫2024年第四季度的客户管理收入是多少?', '1007.9亿元[1]。', '同比增长多少?');
    expect(zh).toMatchObject({ metrics: ['growth_rate'], measureOf: expect.stringContaining('客户管理收入'), periods: [expect.objectContaining({ from: '2024-10-01' })] });
    const en = last("What was Taobao and Tmall's customer management revenue in Q4 2024?", 'RMB 100.790 billion [1].', 'How much did it grow?');
    expect(en).toMatchObject({ leansOnHistory: true, measureOf: expect.stringContaining('customer management'), periods: [expect.objectContaining({ from: '2024-10-01' })] });
    // A growth question naming its own measure, or a shift, borrows nothing of the sort.
    expect(last('淘宝和天猫2024年第四季度的客户管理收入是多少?', '1007.9亿元[1]。', '营收同比增长多少?').measureOf).toBeUndefined();
    expect(last('How many employees did Alibaba have at the end of 2024?', '194,320 [1].', 'And a year earlier?').measureOf).toBeUndefined();
  });

  it('answers with that measure’s growth', async () => {
    const { answer: text } = await reply('淘宝和天猫2024年第四季度的客户管理收入是多少?', '1007.9亿元[1]。', '同比增长多少?');
    expect(text).toMatch(/^[^[]*9%/);
    expect(text).not.toMatch(/^[^[]*(?<![\d.])5%/);
  });
});

describe('aspect-switch answers', () => {
  it('answers "Why?" after a figure with the reason, in the asker’s language', async () => {
    const english = await reply(...TENCENT_EN, 'Why?');
    expect(english.refused).toBe(false);
    expect(english.answer).toMatch(/GPUs/);
    expect(english.answer).toMatch(/export/);
    const chinese = await reply(...TENCENT_ZH, '为什么?');
    expect(chinese.refused).toBe(false);
    expect(chinese.lang).toBe('zh');
    expect(chinese.answer).toMatch(/^报告/);
    expect(chinese.answer).toMatch(/GPUs/);
  });

  it('answers "And the risks?" / "那风险呢?" with a risk, not the plan’s figure again', async () => {
    for (const turns of [[...PLAN_EN, 'And the risks?'], [...PLAN_ZH, '那风险呢?']]) {
      const { answer: text, refused } = await reply(...turns);
      expect(refused).toBe(false);
      expect(text).toMatch(/unlikely|uncertain|challenges|risk/);
      // The lead is no restatement of the plan.
      expect(text.split(/\[1\]/)[0]).not.toMatch(/380 billion|3800亿/);
    }
  });

  it('says plainly a reason the reports give in the very sentence that states the last answer’s figure, in English and Chinese', async () => {
    const meituan = ['美团2025年第二季度的研发支出是多少?', '63亿元,同比增长17.2%[1]。'] as const;
    for (const turns of [[...TENCENT_EN, 'Why?'], [...TENCENT_ZH, '为什么?'], [...meituan, '为什么增长?'], ["How much did Meituan spend on R&D in Q2 2025?", '6.3 billion yuan [1].', 'Why?']]) {
      const { answer: text, refused } = await reply(...turns);
      expect(refused, turns.at(-1)).toBe(false);
      expect(text, turns.at(-1)).toMatch(/^(?:The reason the reports give is that|报告提到的原因是)/);
      expect(text).toMatch(/ahead of stricter US chip export rules|mainly due to investment in AI/);
    }
  });

  it('says plainly a reason told in the sentence right after the figure’s, pointing back at it ("This acquisition demonstrates …")', async () => {
    for (const turns of [['腾讯5月向图灵引擎购买集群算力服务花了多少钱?', '1.13亿元[1]。', '为什么要买?'], ['How much did Tencent pay TuringEngine for cluster computing services in May?', '113 million yuan [1].', 'Why?']]) {
      const { answer: text, refused } = await reply(...turns);
      expect(refused, turns[0]).toBe(false);
      expect(text, turns[0]).toMatch(/^(?:The reason the reports give is that|报告提到的原因是)/);
      expect(text).toMatch(/mitigate the impact of GPU export controls/);
    }
  });

  it('answers a bare "How?" after a figure with the way it was done, not the figure again', async () => {
    const { answer: text, refused } = await reply('By how much did MiniMax reduce its overall cloud costs, according to Tencent Cloud?', 'By at least 20% [1].', 'How?');
    expect(refused).toBe(false);
    expect(text).toMatch(/HCC/);
  });

  it('keeps the hedge when no sentence stating the answer’s figure gives a reason (the figure restated is no reason)', async () => {
    const { answer: text } = await reply('What was Alibaba’s market capitalization at the opening reported by Business Show?', 'HK$2.6173 trillion [1].', 'Why?');
    expect(text).not.toMatch(/^The reason the reports give is that (?:at today's opening|its market)/i);
  });

  it('a bare "Why?" with nothing before it is an open question the reports cannot answer, not a crash', async () => {
    const alone = await reply('Why?');
    expect(alone.refused).toBe(true);
    expect(alone.answer).toMatch(/^The reports don't (?:say|answer)\b/);
  });
});

describe('an aspect asked in words that only point back ("Why is it doing deals like that?") is the bare "Why?"', () => {
  const TURING = ['What did Tencent buy from TuringEngine?', 'In May, Tencent bought cluster computing services from TuringEngine for 113 million yuan [1].'] as const;
  it.each(['Why is it doing deals like that?', 'Why make such a move?', '为什么要这么做?'])('%s', async (question) => {
    const result = await reply(...TURING, question);
    expect(result.citations.some((citation) => /find available computing power/.test(citation.quote))).toBe(true);
  });
});
