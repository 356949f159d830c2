import { describe, expect, it } from 'vitest';
import { askedAspects, asksEachOf, aspectMatch, contrastsSides, termsPattern } from './aspect-terms.js';
import { leadingType, wantedTypes } from './answer-type.js';

const ids = (question: string) => askedAspects(question).map((aspect) => aspect.id);

describe('askedAspects: what an open question asks about, however it is phrased', () => {
  it.each([
    ['Why did Alibaba invest in Moonshot AI?', 'reason'],
    ['What was the rationale behind the deal?', 'reason'],
    ['阿里巴巴为什么投资月之暗面？', 'reason'],
    ['What risks does Alibaba face from chip export controls?', 'risk'],
    ['What could go wrong with Tencent’s AI spending?', 'risk'],
    ['腾讯的AI投入有哪些风险？', 'risk'],
    ['How does Tencent’s AI strategy differ from Alibaba’s?', 'difference'],
    ['Compare Alibaba and Tencent on AI.', 'difference'],
    // "sets … apart" around a whole noun phrase, "stands apart", "distinguishes": a difference asked in other words.
    ["What sets Baidu's cloud strategy apart from Huawei's?", 'difference'],
    ['What sets them apart?', 'difference'],
    ['Where does Volcano Engine stand apart from Alibaba Cloud?', 'difference'],
    ["What distinguishes Tencent's approach from ByteDance's?", 'difference'],
    ['阿里和腾讯的做法有什么区别？', 'difference'],
    ['What is Alibaba’s approach to investing in startups?', 'strategy'],
    ['阿里巴巴的AI战略是什么？', 'strategy'],
    ['What does Alibaba get out of paying in cloud credits?', 'benefit'],
    ['这样做对阿里巴巴有什么好处？', 'benefit'],
    ['How has Alibaba’s investment style changed?', 'change'],
    // What holds something back is its risk, in the everyday ways people ask it.
    ["What's the main thing stopping Tencent from rolling AI out across WeChat?", 'risk'],
    ['What is keeping Baidu from catching up in cloud?', 'risk'],
    ["What's holding Zebra Network back?", 'risk'],
    ['What are the bottlenecks for Alibaba Cloud?', 'risk'],
    ['阿里云发展AI的瓶颈在哪里?', 'risk'],
    ['斑马网络有哪些隐忧?', 'risk'],
    ['腾讯推进AI的拦路虎是什么?', 'risk'],
  ])('%s → %s', (question, aspect) => {
    expect(ids(question)).toContain(aspect);
  });

  it('asks about nothing in a plain figure question', () => {
    expect(ids('What was Tencent’s capital expenditure in Q4 2024?')).toEqual([]);
    expect(ids('How much did Alibaba invest in Moonshot AI?')).toEqual([]);
  });

  it('does not read lowering a barrier as asking a risk', () => {
    expect(ids('How are cloud giants lowering the barriers for enterprises to deploy large models?')).not.toContain('risk');
  });

  it('lets a named aspect outrank the bare "how"', () => {
    expect(ids('How do the two companies’ strategies differ?')).not.toContain('method');
  });
});

describe('aspectMatch', () => {
  const risk = askedAspects('What are the risks?');
  it('scores a sentence that speaks to the aspect above one that does not, in either language', () => {
    expect(aspectMatch(risk, 'These new restrictions may significantly impair its ability to fulfil contracts.')).toBe(1);
    expect(aspectMatch(risk, '新的限制给云业务带来不确定性。')).toBe(1);
    expect(aspectMatch(risk, 'Alibaba Cloud launched its Tongyi Qianwen model in April 2023.')).toBe(0);
  });
  it('is neutral when nothing was asked', () => {
    expect(aspectMatch([], 'Anything at all.')).toBe(0.5);
  });
});

describe('wantedTypes: an aspect asked for wants an explanation', () => {
  it.each(['What does Alibaba gain from paying in cloud credits?', 'What problems does Zebra Network face?', 'Zebra Network面临哪些风险？',
    // A list of an aspect's things ("哪些隐忧", "which obstacles") is an explanation, not a list of names.
    '斑马网络这家阿里系公司目前有哪些隐忧?', '阿里投资有哪些弊端?', 'Which obstacles does Tencent face in AI?', "What's holding Baidu back in AI cloud?"])('%s', (question) => {
    const wanted = wantedTypes(question);
    expect(wanted.explanation).toBeGreaterThanOrEqual(Math.max(wanted.amount, wanted.percent, wanted.count));
    expect(wanted.explanation).toBeGreaterThan(0.3);
  });
  it.each(['斑马网络这家阿里系公司目前有哪些隐忧?', '阿里投资有哪些弊端?', 'Which obstacles does Tencent face in AI?', '腾讯面临哪些难题?'])('%s leads with an explanation, not a list', (question) => {
    expect(leadingType(wantedTypes(question))).toBe('explanation');
  });
  it('leaves a list of companies facing an aspect a list', () => {
    expect(leadingType(wantedTypes('哪些公司面临芯片短缺的风险?'))).toBe('list');
  });
  it('leaves a question about a change in a figure to the figure', () => {
    const wanted = wantedTypes('What was the change in Alibaba’s revenue in 2024?');
    expect(wanted.amount).toBeGreaterThan(wanted.explanation);
  });
});

describe('wantedTypes: 多少 asks for a figure', () => {
  it.each(['百度智能云千帆平台服务了多少客户?', '阿里巴巴有多少员工?', '腾讯投了几家公司?'])('%s', (question) => {
    const wanted = wantedTypes(question);
    expect(wanted.count + wanted.amount).toBeGreaterThan(wanted.explanation + wanted.sentence);
  });
});

describe('termsPattern: aspect vocabulary as data', () => {
  it('matches whole words, stems marked with *, phrases across spaces, and Chinese anywhere', () => {
    const pattern = termsPattern(['restrict*', 'in the red', 'due to', '因为']);
    for (const text of ['These restrictions bite.', 'Zebra is still deeply in the red.', 'It fell, due  to costs.', '这是因为成本太高。']) expect(pattern.test(text), text).toBe(true);
    for (const text of ['The red carpet.', 'A constricted market.', 'Overdue tolls.']) expect(pattern.test(text), text).toBe(false);
  });
  it('matches nothing for an empty list', () => {
    expect(termsPattern([]).test('anything')).toBe(false);
  });
});

describe('answered vocabulary: each aspect, in English and Chinese', () => {
  const speaks = (question: string, sentence: string) => aspectMatch(askedAspects(question), sentence);
  it.each([
    ['Why did Tencent buy GPUs?', 'Tencent hurried to acquire GPUs ahead of stricter US chip export rules.'],
    ['Why did Baidu order Ascend chips?', 'Baidu ordered 1,600 Ascend chips as a replacement for A100s.'],
    ['Why did Alibaba sell RT-Mart?', 'These measures reflect a strategic shift to optimize operations.'],
    ['阿里巴巴为什么投资?', '阿里巴巴投资是为了巩固云业务。'],
    ['What are the risks of the AI boom?', 'AI revenue is still a relatively small proportion of the total.'],
    ['What are the risks of the AI boom?', 'Critics warn of a bubble and overcapacity.'],
    ['AI投资有哪些风险？', '市场担忧出现泡沫。'],
    ['How did the US restrictions affect Alibaba Cloud?', 'Even Alibaba Cloud is feeling the strain.'],
    ['What happened to Kaola after the deal?', 'After that, Kaola went downhill.'],
    ['How has Tencent reorganised for AI?', 'Tencent moved its consumer AI apps under CSIG.'],
  ])('%s ← %s', (question, sentence) => {
    expect(speaks(question, sentence)).toBe(1);
  });

  it.each([
    ['Why did Alibaba invest?', 'Alibaba will soon unveil a deep reasoning model.'],
    ['What are the risks?', 'Alibaba Cloud launched Tongyi Qianwen in April 2023.'],
    ['AI投资有哪些风险？', '阿里巴巴发布了新模型。'],
  ])('%s is not answered by %s', (question, sentence) => {
    expect(speaks(question, sentence)).toBe(0);
  });

  it('treats a summary as asking for anything said about the subject', () => {
    expect(ids('Summarise how Tencent brings AI into its apps.')).toEqual(['summary']);
    expect(aspectMatch(askedAspects('请简要总结腾讯的AI进展。'), 'Tencent integrated DeepSeek.')).toBe(0.5);
  });
});

describe('wantedTypes: a list of an aspect is an explanation, a list of names is a list', () => {
  it.each(['AI投资热潮给中国科技巨头带来了哪些风险？', '阿里巴巴的电商业务面临哪些挑战？', 'Which risks does Alibaba face?', '阿里巴巴的投资策略发生了哪些变化？'])('%s', (question) => {
    const wanted = wantedTypes(question);
    expect(wanted.explanation).toBeGreaterThan(wanted.list);
  });
  it.each(['阿里巴巴投资了哪些机器人公司？', 'Which chip companies has Alibaba invested in?'])('%s stays a list', (question) => {
    const wanted = wantedTypes(question);
    expect(wanted.list).toBeGreaterThan(wanted.explanation);
  });
});

describe('askedAspects: a strategy the question asks another aspect of is its object, not what it asks', () => {
  it.each([
    ['How is Alibaba’s AI strategy different from Tencent’s?', 'difference'],
    ['阿里巴巴的AI战略和腾讯有什么不同？', 'difference'],
    ['How has Alibaba’s investment strategy changed in the AI era?', 'change'],
    ['阿里巴巴在AI时代的投资策略发生了哪些变化？', 'change'],
    ['Why did Tencent change its AI approach?', 'reason'],
  ])('%s → %s first', (question, aspect) => {
    expect(ids(question)[0]).toBe(aspect);
    // The strategy is still named (the question is about it), after what is asked.
    expect(ids(question)).toContain('strategy');
  });

  it('keeps the strategy first when it is all that is asked', () => {
    expect(ids('What is Alibaba’s approach to investing in startups?')[0]).toBe('strategy');
    // "如何" keeps the means asked after it: "by improving utilisation …" answers how they cope.
    expect(ids('云厂商如何应对GPU供应紧张？')).toEqual(['strategy', 'method']);
  });

  it('wants the asked relation in the sentence, not only strategy words', () => {
    const changed = askedAspects('How has Alibaba’s investment strategy changed?');
    expect(aspectMatch(changed, 'In the Internet era, Alibaba’s investment focused on its e-commerce ecosystem.')).toBe(0);
    expect(aspectMatch(changed, 'Alibaba is no longer obsessed with control and has shifted to joint investment.')).toBe(1);
    const differs = askedAspects('腾讯和阿里巴巴的战略有什么不同？');
    expect(aspectMatch(differs, 'Alibaba’s strategy focuses on cloud infrastructure.')).toBe(0);
    expect(aspectMatch(differs, 'Alibaba focuses on cloud, whereas Tencent focuses on its apps.')).toBe(1);
  });
});

describe('contrastsSides: a sentence that sets two sides against each other', () => {
  it.each([
    ['Alibaba prioritized ecosystem-building through open-source models, whereas Tencent accelerated integration into WeChat.', true],
    ['Alibaba’s strategic pillars are infrastructure construction, while Tencent invests heavily in models, agents, and knowledge bases.', true],
    ['Tencent and ByteDance are strong in application scenarios, each leveraging different strengths.', true],
    ['阿里巴巴侧重云基础设施，而腾讯则侧重于微信等应用场景的整合。', true],
  ])('contrasts: %s', (text, expected) => {
    expect(contrastsSides(text)).toBe(expected);
  });

  it.each([
    ['For a long time, Alibaba’s investment style has been compared with Tencent’s.'],
    ['Alibaba and Tencent have prioritized AI as a key strategy.'],
    ['While AI opens up new horizons, it still faces challenges.'],
  ])('does not contrast: %s', (text) => {
    expect(contrastsSides(text)).toBe(false);
  });
});

describe('asksEachOf: the same thing asked of every company named, one account per company', () => {
  it.each([
    ['How did Tencent and ByteDance each reshuffle their teams for AI?'],
    ['What did Alibaba and Tencent respectively bet on?'],
    ['腾讯和字节跳动分别是怎么调整AI团队的?'],
    ['阿里和腾讯各自的AI打法是什么?'],
  ])('%s', (question) => expect(asksEachOf(question)).toBe(true));
  it.each([
    ['Why does Alibaba raise its capex each year?'],
    ['Do Alibaba and Tencent compete with each other?'],
    ['How did Tencent reorganise its AI teams?'],
  ])('not: %s', (question) => expect(asksEachOf(question)).toBe(false));
});

describe("a person's view is an aspect of its own", () => {
  it.each([
    "What was Robin Li's take on where China's AI industry should be focusing?",
    'What does Charlie Dai think about big tech investments in AI startups?',
    "What is Wei Sun's view of Alibaba and Tencent?",
    'How does Forrester\'s analyst see these investments?',
    'What did Robin Li say about AI-native applications?',
    '李彦宏怎么看中国AI产业的发展方向?',
    '分析师对阿里和腾讯的看法是什么?',
    '阿里云怎么说自己的大模型客户?',
  ])('%s asks a view', (question) => {
    expect(askedAspects(question).map((aspect) => aspect.id)).toContain('view');
  });

  it.each(['What did he say its annual revenue in 2025 had reached?', 'What did he say?', 'What is the view count of the app?'])('%s does not', (question) => {
    expect(askedAspects(question).map((aspect) => aspect.id)).not.toContain('view');
  });

  it('a sentence that has someone say, note or believe it speaks to a view; a bare fact does not', () => {
    const view = askedAspects('What does Charlie Dai think about it?');
    expect(aspectMatch(view, 'Charlie Dai noted that the investments are vital.')).toBe(1);
    expect(aspectMatch(view, '李彦宏指出，国内缺少AI原生应用。')).toBe(1);
    expect(aspectMatch(view, 'Alibaba invested $800 million in Moonshot AI.')).toBe(0);
    // A company's own account of itself: it claims, boasts or touts.
    expect(aspectMatch(view, 'Meanwhile, Alibaba Cloud claims that more than half of China\'s large model companies operate on its platform.')).toBe(1);
    expect(aspectMatch(view, '火山引擎宣称国内七成大模型企业是其客户。')).toBe(1);
  });
});

describe('askedAspects: how often something is done (class: a pace, answered by a count over a span or an interval)', () => {
  const ids = (question: string) => askedAspects(question).map((aspect) => aspect.id);
  it.each([
    'And how often were they shipping updates?',
    'How frequently does Alibaba release major Qwen versions?',
    'How quickly was Tencent shipping Yuanbao updates?',
    '元宝多久更新一次?',
    '通义千问多快发布一个新版本?',
  ])('%s asks the pace, as an explanation', (question) => {
    expect(ids(question)).toContain('pace');
    expect(leadingType(wantedTypes(question))).toBe('explanation');
  });

  it('asks the pace as a figure when 多少 asks one', () => {
    expect(ids('百川迭代模型的频率是多少?')).toContain('pace');
    expect(leadingType(wantedTypes('百川迭代模型的频率是多少?'))).not.toBe('explanation');
  });

  it.each(["How fast did Yuanbao's daily active users grow?", 'How much did Alibaba invest in 2024?', '元宝的日活增长了多少?', 'How long did the deal take?'])('%s asks no pace', (question) => {
    expect(ids(question)).not.toContain('pace');
  });

  it('is answered by a count over a span or an interval, not by a date', () => {
    const pace = askedAspects('How often?').find((aspect) => aspect.id === 'pace')!;
    for (const sentence of ['Yuanbao delivered 36 updates in four months.', 'Baichuan can iterate one model per month.', 'Qwen has major releases every six months.', '百川每个月迭代一个模型。']) {
      expect(pace.answered.test(sentence), sentence).toBe(true);
    }
    expect(pace.answered.test('Yuanbao was released in 2024 and updated in March.')).toBe(false);
  });
});

describe('askedAspects: what a company is betting on (class: a bet is its strategy)', () => {
  const ids = (question: string) => askedAspects(question).map((aspect) => aspect.id);
  it.each(["And what's its technical bet?", 'What is Zhipu AI betting on?', 'What is Tencent banking on with Yuanbao?', '智谱押注什么方向?', '阿里在AI上押宝什么?'])('%s asks the strategy', (question) => {
    expect(ids(question)).toContain('strategy');
  });

  // "阿里押注AI" names the bet as the question's subject; what is asked is its push (an impact), not the bet.
  it.each(['How much did Alibaba invest in Zhipu AI?', '智谱的估值是多少?', '拼多多的崛起对阿里押注AI有什么推动作用?'])('%s asks no strategy', (question) => {
    expect(ids(question)).not.toContain('strategy');
  });
});

describe('the origin aspect', () => {
  it.each(['How did T-Head come about?', 'Where did Zebra Network come from?', 'What are the origins of T-Head?', 'How was Zebra Network founded?', '它是怎么来的?', '平头哥的由来是什么?', '斑马网络是怎么成立的?', '考拉的前身是什么?'])('%s asks how it came to be', (question) => {
    expect(askedAspects(question).map((aspect) => aspect.id)).toContain('origin');
  });

  it.each(["How did Tencent's capex come in?", 'How does Alibaba Cloud make money?', '腾讯怎么推广元宝?'])('%s does not', (question) => {
    expect(askedAspects(question).map((aspect) => aspect.id)).not.toContain('origin');
  });
});

describe('aspectMatch: a change told by its direction (class: "reduced barriers", "intensified competition", 降低/加剧/打破)', () => {
  const change = askedAspects('门槛有什么变化?');
  it.each([
    "DeepSeek's emergence has intensified AI competition, reduced industry barriers, and driven giants to diversify.",
    'DeepSeek’s success disrupted conventional thinking that only massive resource holders could participate.',
    'The open-source release lowered the bar for smaller firms.',
    '大模型的出现加剧了行业竞争。',
    'DeepSeek打破了只有巨头才能做基础模型的传统看法。',
  ])('%s speaks to a change', (sentence) => {
    expect(aspectMatch(change, sentence)).toBe(1);
  });

  it('while a reduced reliance alone is no change told, in either language', () => {
    expect(aspectMatch(change, "This collaboration highlights Tencent's strategy to reduce reliance on a single chip provider.")).toBe(0);
    expect(aspectMatch(change, '腾讯希望降低对单一供应商的依赖。')).toBe(0);
  });
});

describe('askedAspects: 如何/怎么样 closing a question asks how a thing stands, not a way (class: 产量预期如何?)', () => {
  it.each(['长江存储今年的DRAM产量预期如何?', '考拉后来发展得怎么样?', '阿里云的业绩如何?', '产量预期如何呢?'])('%s asks no method', (question) => {
    expect(askedAspects(question).map((aspect) => aspect.id)).not.toContain('method');
  });

  it.each(['腾讯是如何推广元宝的?', '云厂商怎么保证算力供应?', '阿里如何实现全栈布局?', '怎么样才能降低成本?'])('%s asks a method', (question) => {
    expect(askedAspects(question).map((aspect) => aspect.id)).toContain('method');
  });
});
