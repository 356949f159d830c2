import { describe, expect, it } from 'vitest';
import type { Answer } from '../core/index.js';
import { asksPriceOnly, mergeAnswers, splitCompound, withActNamed, withPayerNamed, withPriceInLead } from './compound-question.js';

describe('splitCompound: two questions asked in one', () => {
  it('keeps "…, and by what percentage does it exceed it?" whole: the first part\'s comparison carried on', () => {
    expect(splitCompound("Is Alibaba's plan more than three times Tencent's, and by what percentage does it exceed it?")).toBeUndefined();
  });

  it.each([
    ['How many developers has Alibaba Cloud pulled in, and how many models sit on ModelScope?', 'How many developers has Alibaba Cloud pulled in?', 'How many models sit on ModelScope?'],
    ["What was Kaola's market share in the first half of 2019, and how much did Alibaba pay for it?", "What was Kaola's market share in the first half of 2019?", 'How much did Alibaba pay for it?'],
    ['Who founded DeepSeek? And when did Liang Wenfeng meet Pony Ma?', 'Who founded DeepSeek?', 'When did Liang Wenfeng meet Pony Ma?'],
    ['2024年四季度淘宝天猫赚了多少钱?占集团收入几成?', '2024年四季度淘宝天猫赚了多少钱？', '占集团收入几成?'],
    ['腾讯为什么投资MiniMax,投了多少钱?', '腾讯为什么投资MiniMax？', '投了多少钱?'],
    // A short second part asking the first figure's change stands on its own.
    ['阿里国际业务2024年四季度收入多少?涨了多少?', '阿里国际业务2024年四季度收入多少？', '涨了多少?'],
    // A second question may open with a preposition before its question word.
    ['When does Baidu open-source the ERNIE 4.5 series, and from when is ERNIE Bot free?', 'When does Baidu open-source the ERNIE 4.5 series?', 'From when is ERNIE Bot free?'],
    ['Who founded Zebra Network, and in which year did it file to list?', 'Who founded Zebra Network?', 'In which year did it file to list?'],
    ['阿里那笔服务器招标金额多大、大概多少台?', '阿里那笔服务器招标金额多大？', '大概多少台?'],
  ])('%s', (question, first, second) => {
    expect(splitCompound(question)).toEqual([first, second]);
  });

  it.each([
    'How much did Alibaba and Tencent invest in AI startups?',
    'What is the annual average of Alibaba\'s plan, and what is that per quarter?',
    "What were Alibaba's and Tencent's capex combined, and what share of that total was Tencent's?",
    '阿里预计到2025年手里会有多少块AI芯片?其中国产芯片占比多少?',
    'How many AI chips will Alibaba hold by 2025, and of them what share will be domestic?',
    'By 2025, how many AI chips does Alibaba expect to have? What percentage of these are domestic?',
    '微软对OpenAI累计130亿美元的投资换取了多少股权?对应的估值是多少?',
    '现在AI创业公司为什么能同时拿好几家大厂的钱,不像以前那样被要求排他?',
    'Who founded DeepSeek? When?',
    'Alibaba and how it invests',
    '阿里、腾讯和百度分别投了多少?',
    '阿里在哪些领域、哪些方向加大投入?',
  ])('%s asks one thing (or builds on the first part)', (question) => {
    expect(splitCompound(question)).toBeUndefined();
  });
});

const base: Answer = {
  answer: '', citations: [], steps: [], calculations: [], grounded: true, ungroundedNumbers: [], refused: false, lang: 'en', agent: 'offline', timings: { totalMs: 1, toolsMs: 0.5 },
};
const citation = (n: number, paragraphId: string, quote: string) => ({ n, paragraphId, docId: 'd', paragraph: 1, title: 't', publisher: null, date: null, quote });

describe('mergeAnswers', () => {
  it('numbers the second answer\'s citations after the first\'s, keeping the first number for a passage both cite', () => {
    const first = { ...base, answer: 'A is 1 [1]. B is 2 [2].', citations: [citation(1, 'p1', 'A is 1.'), citation(2, 'p2', 'B is 2.')], confidence: 'high' as const };
    const second = { ...base, answer: 'B is 2 [1]; C is 3 [2].', citations: [citation(1, 'p2', 'B is 2.'), citation(2, 'p3', 'C is 3.')], confidence: 'medium' as const };
    const merged = mergeAnswers(first, second);
    expect(merged.answer).toBe('A is 1 [1]. B is 2 [2]. B is 2 [2]; C is 3 [3].');
    expect(merged.citations.map((entry) => [entry.n, entry.paragraphId])).toEqual([[1, 'p1'], [2, 'p2'], [3, 'p3']]);
    expect(merged.confidence).toBe('medium');
    expect(merged.refused).toBe(false);
  });

  it('does not say again what the first part already said (two reports\' figures side by side), in either language', () => {
    const conflict = 'The reports differ. A is 1 [1]; B gives 2 [2].';
    const first = { ...base, answer: conflict, citations: [citation(1, 'p1', 'A is 1.'), citation(2, 'p2', 'B is 2.')] };
    const second = { ...base, answer: `${conflict} It grew 3% [1].`, citations: [citation(1, 'p1', 'A is 1.'), citation(2, 'p2', 'B is 2.')] };
    expect(mergeAnswers(first, second).answer).toBe(`${conflict} It grew 3% [1].`);
    const zh = '各报道说法不一。据甲,数字为1[1];乙则称为2[2]。';
    const merged = mergeAnswers({ ...first, answer: zh }, { ...second, answer: `${zh}同比增长3%[1]。` });
    expect(merged.answer.match(/各报道说法不一/g)).toHaveLength(1);
    expect(merged.answer).toMatch(/同比增长3%\[1\]。$/);
  });

  it('drops a closest passage the first part already quoted, never leaving a quote without its marker', () => {
    const quote = 'X (2025-10-09): “Smart Voice is a company that Alibaba invested in twice in 2015 and 2016.” [1]';
    const first = { ...base, answer: `Alibaba invested in Smart Voice in 2015 [1]. ${quote}`, citations: [citation(1, 'p1', 'Smart Voice is a company that Alibaba invested in twice in 2015 and 2016.')] };
    const second = { ...base, answer: `The reports don't say how much Alibaba paid. The closest passages: ${quote}`, refused: true, citations: [citation(1, 'p1', 'Smart Voice is a company that Alibaba invested in twice in 2015 and 2016.')] };
    const merged = mergeAnswers(first, second).answer;
    expect(merged).toBe(`Alibaba invested in Smart Voice in 2015 [1]. ${quote} The reports don't say how much Alibaba paid.`);
    expect(merged).not.toMatch(/”\s*$/);
  });

  it('is a refusal only when both parts are refused, and grounded only when both are', () => {
    const refused = { ...base, answer: "The reports don't say.", refused: true, confidence: 'low' as const };
    expect(mergeAnswers(refused, { ...refused }).refused).toBe(true);
    expect(mergeAnswers(refused, { ...base, answer: 'X [1].', citations: [citation(1, 'p', 'X')] }).refused).toBe(false);
    expect(mergeAnswers({ ...base, grounded: false, ungroundedNumbers: ['9'] }, base)).toMatchObject({ grounded: false, ungroundedNumbers: ['9'] });
  });
});

describe('splitCompound: a price asked of the first part\'s deal', () => {
  it('splits "…, and for how much?" into the deal and its price', () => {
    expect(splitCompound('Which company did Tencent buy cluster computing from in May, and for how much?')).toEqual(['Which company did Tencent buy cluster computing from in May?', 'For how much?']);
  });

  it('still leaves a bare "and why?" to the question it follows', () => {
    expect(splitCompound('Which company did Tencent buy cluster computing from in May, and why?')).toBeUndefined();
  });
});

describe('mergeAnswers: a hedge said once', () => {
  it('drops the second part\'s hedge when the first opened with one', () => {
    const base = { citations: [], steps: [], calculations: [], grounded: true, ungroundedNumbers: [], refused: false, lang: 'zh', agent: 'offline', timings: { totalMs: 1, toolsMs: 0 } } as unknown as Answer;
    const merged = mergeAnswers({ ...base, answer: '报告没有直接回答这个问题;最接近的内容是:甲。' }, { ...base, answer: '报告没有直接回答这个问题;最接近的内容是:乙。' });
    expect(merged.answer).toBe('报告没有直接回答这个问题;最接近的内容是:甲。 乙。');
  });

  it('says a passage once when both parts offer it, under whichever hedge (class: one passage answering both parts)', () => {
    const base = { citations: [], steps: [], calculations: [], grounded: true, ungroundedNumbers: [], refused: false, lang: 'en', agent: 'offline', timings: { totalMs: 1, toolsMs: 0 } } as unknown as Answer;
    const passage = 'Business Show (2025-02-25) says that last week, Tencent Yuanbao surpassed ByteDance Doubao to rank second, trailing only DeepSeek [1].';
    const first = `The reports don't answer this directly (the closest passage does not mention “AI” or “pushed”), but ${passage}`;
    const merged = mergeAnswers({ ...base, answer: first }, { ...base, answer: `The reports don't answer this directly, but ${passage}` });
    expect(merged.answer).toBe(first);
    // A hedge with the missing words named is still one hedge: the second part goes on without its own.
    const other = mergeAnswers({ ...base, answer: first }, { ...base, answer: "The reports don't answer this directly, but they say that ByteDance launched Doubao 1.6 [2]." });
    expect(other.answer).toBe(`${first} ByteDance launched Doubao 1.6 [2].`);
  });
});

describe('splitCompound: a statement may set up the two questions', () => {
  it('splits after the setting-up sentence, keeping it with the first question', () => {
    const parts = splitCompound("Alibaba said it had spent over 100 billion yuan in the past four quarters. What fraction of the 380 billion yuan plan is that, and what's the plan's yearly average?");
    expect(parts?.[0]).toMatch(/^Alibaba said .* What fraction of the 380 billion yuan plan is that\?$/);
    expect(parts?.[1]).toBe("What's the plan's yearly average?");
  });

  it('splits a reworded one the same way', () => {
    const parts = splitCompound('Tencent says it will invest 100 billion yuan this year. How does that compare with its 2024 capex, and who announced the plan?');
    expect(parts?.[1]).toBe('Who announced the plan?');
  });

  it('still asks one thing when no sentence asks before "and"', () => {
    expect(splitCompound('Alibaba spent a lot. Alibaba and how many others invested?')).toBeUndefined();
  });
});

describe('a second part whose "that" is the first part\'s act, before a saving (class: "…run Qwen3, and how much cheaper is that than …?")', () => {
  it.each([
    'How many H20s do you need to run Qwen3, and how much cheaper is that than DeepSeek R1?',
    'How many H20s does it take to deploy Qwen3, and how much does that save versus DeepSeek R1?',
  ])('splits %s', (question) => {
    expect(splitCompound(question)).toHaveLength(2);
  });

  it('still keeps a second part that builds on the first\'s figure whole', () => {
    expect(splitCompound('How much did Alibaba and Tencent invest combined, and what share of that total was Tencent\'s?')).toBeUndefined();
    // "that" is the figure just asked, compared: one calculation.
    expect(splitCompound("What was Tencent's capex in Q4 2024, and how much lower is that than Alibaba's Q1 2025 capex?")).toBeUndefined();
    // A saving with no baseline after a count is not this act's.
    expect(splitCompound("How many GPUs did Tencent's MiniMax cluster use, and how much does that save?")).toBeUndefined();
  });

  it('names the act by what the first part did it to, as written there (its last name, with its version)', () => {
    const first = 'How many Nvidia chips does it take to run Qwen3?';
    const mentions = [{ index: first.indexOf('Nvidia'), name: 'Nvidia' }, { index: first.indexOf('Qwen3'), name: 'Qwen' }];
    expect(withActNamed('How much cheaper is that than DeepSeek R1?', first, mentions)).toBe('How much cheaper is Qwen3 than DeepSeek R1?');
    expect(withActNamed('How much does that save versus DeepSeek R1?', first, mentions)).toBe('How much does Qwen3 save versus DeepSeek R1?');
    // Any other "that" is left to the follow-up's own reading.
    expect(withActNamed('Which report said that?', first, mentions)).toBe('Which report said that?');
  });
});

describe('a price asked of the first part\'s deal joins its lead (class: "When did X buy Y, and what did it pay?")', () => {
  it.each(['For how much?', 'What did it pay?', 'how much did they pay for it?', '花了多少钱?', '多少钱？'])('%s asks the price only', (part) => {
    expect(asksPriceOnly(part)).toBe(true);
  });

  it.each(['What did Tencent pay?', 'How much did it raise?', '融资多少?'])('%s asks something else', (part) => {
    expect(asksPriceOnly(part)).toBe(false);
  });

  const answer = (text: string, quote: string, lang: 'en' | 'zh' = 'en'): Answer => ({
    answer: text, lang, refused: false, grounded: true, steps: [], calculations: [],
    citations: [{ n: 1, paragraphId: 'd#p1', docId: 'd', paragraph: 1, title: 't', publisher: null, date: null, quote }],
  } as unknown as Answer);
  const price = (amount: { text: string }) => amount.text;

  it('says the one price the lead\'s cited passage gives, in either language', () => {
    const quote = 'In September of the same year, Alibaba acquired it for $2 billion and renamed it "Kaola.com".';
    expect(withPriceInLead(answer('Alibaba bought Kaola in September 2019 [1]. More.', quote), price, () => true)?.answer).toBe('Alibaba bought Kaola in September 2019, for $2 billion [1]. More.');
    expect(withPriceInLead(answer('阿里2019年9月收购的考拉 [1]。', quote, 'zh'), () => '20亿美元', () => true)?.answer).toBe('阿里2019年9月收购的考拉,价格为20亿美元[1]。');
  });

  it('adds nothing when the passage gives no price or several, or the lead already says one', () => {
    expect(withPriceInLead(answer('Alibaba bought Kaola in 2019 [1].', 'Alibaba acquired Kaola in 2019.'), price, () => true)).toBeUndefined();
    expect(withPriceInLead(answer('Alibaba bought Kaola in 2019 [1].', 'It paid $2 billion, after a $1 billion offer.'), price, () => true)).toBeUndefined();
    expect(withPriceInLead(answer('Alibaba paid $2 billion in 2019 [1].', 'It paid $2 billion.'), price, () => true)).toBeUndefined();
    // An amount that is no price of this deal (a plan, a spending total, denied talk, another deal's price).
    expect(withPriceInLead(answer('Tencent rushed to buy GPUs in Q4 2024 [1].', 'AI-related capex surged to 39 billion yuan.'), price, () => false)).toBeUndefined();
  });
});

describe('withPayerNamed: "what did it pay?" is asked of the first part\'s subject, for what its deal verb names', () => {
  const at = (text: string, ...names: string[]) => names.map((name) => ({ index: text.indexOf(name), name }));
  it('names the payer and what it bought', () => {
    const first = 'When did Alibaba acquire C-Sky Microsystems?';
    expect(withPayerNamed('What did it pay?', first, at(first, 'Alibaba', 'C-Sky Microsystems'))).toBe('How much did Alibaba pay for C-Sky Microsystems?');
  });

  it('never takes a seller for what was bought, and leaves a part that asks no price', () => {
    const first = 'When did Baidu order Ascend chips from Huawei?';
    expect(withPayerNamed('What did it pay?', first, at(first, 'Baidu', 'Huawei'))).toBe('How much did Baidu pay?');
    expect(withPayerNamed('Why did it buy them?', first, at(first, 'Baidu', 'Huawei'))).toBe('Why did it buy them?');
  });
});
