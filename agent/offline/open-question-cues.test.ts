import { describe, expect, it } from 'vitest';
import { cuedAspects, leadInOf, withoutLeadIn } from './open-question-cues.js';
import { askedAspects } from './aspect-terms.js';
import { leadingType, wantedTypes } from './answer-type.js';

const ids = (question: string) => askedAspects(question).map((aspect) => aspect.id);

describe('open-question cues: everyday phrasings of why / how / strategy / impact / change / summary', () => {
  it.each([
    // reason
    ['How come so many of the chips are domestic?', 'reason'],
    ["What's behind Alibaba's cloud price cuts?", 'reason'],
    ['What explains Tencent’s rush to buy GPUs?', 'reason'],
    ["What's the reasoning behind paying in cloud credits?", 'reason'],
    ['腾讯为啥要抢购GPU?', 'reason'],
    ['阿里投资机器人公司背后的逻辑是什么?', 'reason'],
    ['字节跳动退出API市场是出于什么考虑?', 'reason'],
    // method
    ['By what means did Volcano Engine win model customers?', 'method'],
    ['火山引擎是靠什么抢到客户的?', 'method'],
    ['百川是用什么办法做到每月迭代的?', 'method'],
    // strategy
    ["What's Tencent's game plan in AI?", 'strategy'],
    // The means in a metaphor: levers pulled, weapons used, tactics.
    ['What are the main levers Chinese cloud giants are pulling to win model makers?', 'strategy'],
    ['Which tactics does Volcano Engine use to attract developers?', 'strategy'],
    ['阿里云在大模型上走的是什么路子?', 'strategy'],
    ['腾讯在AI上的玩法是怎样的?', 'strategy'],
    // impact
    ['Alibaba cut prices by half. What does that mean for startups?', 'impact'],
    ['出口管制对云厂商意味着什么?', 'impact'],
    ['DeepSeek给腾讯带来了什么?', 'impact'],
    // change
    ['What has changed in how Alibaba invests?', 'change'],
    ['AI给阿里的电商带来了什么变化?', 'change'],
    ['腾讯的投资方式有何变化?', 'change'],
    // summary
    ["What's going on with Zebra Network's IPO?", 'summary'],
    ['斑马网络上市是怎么回事?', 'summary'],
    ['帮我概括一下云厂商竞争的整体格局。', 'summary'],
  ])('%s → %s, and wants an explanation', (question, aspect) => {
    expect(cuedAspects(question)).toContain(aspect);
    expect(ids(question)).toContain(aspect);
    expect(leadingType(wantedTypes(question))).toBe('explanation');
  });

  it.each([
    'What was Tencent’s capital expenditure in Q4 2024?',
    'So what was it a year earlier?',
    '阿里巴巴2024年的资本开支是多少?',
    'How much did Alibaba pay for its Moonshot AI stake?',
    '腾讯从图灵引擎采购算力花了多少钱?',
    'Who runs the Seed team?',
    // An open phrasing beside a figure asked: the figure is what is wanted.
    '阿里巴巴以约8亿美元获得月之暗面36%的股份,这意味着月之暗面的估值是多少?',
    'Alibaba will spend 380 billion yuan over three years; what does that mean per year, how much?',
    // A question-word phrase inside a clause is no question of its own.
    'Which report quoted the CEO on what is driving cloud revenue?',
  ])('leaves a figure or name question alone: %s', (question) => {
    expect(leadingType(wantedTypes(question))).not.toBe('explanation');
  });
});

describe('"the logic behind" is the strategy aspect\'s, not a reason held to reason words', () => {
  it("What's the logic behind Alibaba's full-stack investing?", () => {
    const question = "What's the logic behind Alibaba's full-stack investing?";
    expect(ids(question)).toContain('strategy');
    expect(ids(question)).not.toContain('reason');
    expect(leadingType(wantedTypes(question))).toBe('explanation');
  });
});

describe('wantedTypes: "what are the <aspect> in <a measure>" asks for the aspect, not the measure', () => {
  it.each([
    'What are the risks in Alibaba spending so heavily on cloud and AI?',
    "What is the reason for Tencent's capex jump?",
    "What are the main challenges to Baidu's cloud revenue?",
    "What's the logic of Alibaba's investment in robots?",
  ])('%s', (question) => {
    const wanted = wantedTypes(question);
    expect(wanted.amount).toBe(0);
    expect(leadingType(wanted)).toBe('explanation');
  });
  it('keeps the amount when "how much" asks one too', () => {
    expect(wantedTypes('What are the risks, and how much is Alibaba spending?').amount).toBeGreaterThan(0);
  });
});

describe('an open question asked indirectly, after a polite lead-in, keeps its aspect', () => {
  it.each([
    ["Can you explain what's driving Alibaba's AI spending?", 'reason'],
    ['Could you tell me why Tencent rushed to buy GPUs?', 'reason'],
    ["I'd like to understand how Alibaba funds its AI push.", 'method'],
    ['Could you explain how Unitree became profitable?', 'method'],
    ['Please, could you tell me how Tencent cut its costs?', 'method'],
    ['Do you know what is behind the rush to buy GPUs?', 'reason'],
    ["I'm curious about what's driving the price war.", 'reason'],
    ['请问腾讯为什么抢购GPU?', 'reason'],
    ['能不能说说宇树科技为什么还要融资?', 'reason'],
    ['我想知道火山引擎是靠什么抢到客户的', 'method'],
  ])('%s → %s', (question, aspect) => {
    expect(ids(question)[0]).toBe(aspect);
    expect(leadingType(wantedTypes(question))).toBe('explanation');
  });

  it('reads the lead-in as how the question is asked, not what: "说说" before a reason is no summary', () => {
    expect(ids('能不能说说腾讯为什么抢购GPU?')).toEqual(['reason']);
    expect(ids('Can you tell me how come Baidu open-sourced Ernie?')).toEqual(['reason']);
    expect(withoutLeadIn("Can you explain what's driving Alibaba's AI spending?")).toBe("what's driving Alibaba's AI spending?");
    expect(withoutLeadIn('请问，能不能说说腾讯为什么抢购GPU?')).toBe('腾讯为什么抢购GPU?');
  });

  it('near misses: a lead-in before a figure asks the figure; with nothing asked after it, the whole question is read', () => {
    expect(ids('Can you tell me how much Alibaba invested in AI?')).toEqual([]);
    expect(leadingType(wantedTypes('Can you tell me how much Alibaba invested in AI?'))).toBe('amount');
    expect(ids('能不能说说阿里云?')).toEqual(['summary']);
    // No lead-in: the question is read as before ("what is driving" in the middle of a clause asks nothing).
    expect(leadInOf("What's driving Alibaba's cloud growth?")).toBe('');
    expect(ids('Alibaba tracked the shares of what is driving growth.')).toEqual([]);
    // A lead-in word inside the question proper is no lead-in.
    expect(leadInOf('Why did Alibaba explain its cloud strategy?')).toBe('');
  });
});
