import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { createCitationBook } from '../agent/citation-book.js';
import { fillSlots } from '../agent/offline/fill-slots.js';
import type { PlannerContext } from '../agent/offline/planner-context.js';
import { understandQuestion } from '../agent/question-frame.js';
import { createToolRunner } from '../agent/tool-runner.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const paragraphs = new Map(snapshot.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
const documents = new Map(snapshot.documents.map((document) => [document.docId, document]));
const context = (): PlannerContext => ({ index, aliases: index.aliases, tools: createToolRunner(index), lang: 'en', book: createCitationBook(paragraphs, documents), documents, paragraphs, amounts: [], calculations: [] });

function fill(question: string) {
  const frame = understandQuestion(question, { aliases: index.aliases, documents: snapshot.documents });
  expect(frame.calculation, question).toBeDefined();
  const { filled, missing } = fillSlots(frame.calculation!, frame.text, context());
  return { operands: Object.fromEntries(filled.map((entry) => [entry.slot.role, entry.fact?.text ?? `stated ${entry.stated?.text}`])), missing: missing.map((slot) => slot.role), filled };
}

describe('fillSlots on the report collection', () => {
  it('takes each operand from the subject the question names, not from a bigger figure nearby', () => {
    // Google's £5 billion for the UK is not a commitment to Anthropic.
    expect(fill('How much did Amazon and Google commit to Anthropic in total?').operands).toEqual({ a: 'up to $4 billion', b: '$2 billion' });
    expect(fill('How much more did Microsoft invest in OpenAI than Amazon planned to invest in Anthropic?').operands).toEqual({ a: '$13 billion', b: 'up to $4 billion' });
  });

  it('tells operands apart by period', () => {
    expect(fill('How many fewer employees did Alibaba have at the end of 2024 than at the end of 2023?').operands).toEqual({ a: '194,320', b: '219,260' });
    expect(fill('By what percentage did Alibaba\'s workforce shrink between December 2023 and December 2024?').operands).toEqual({ a: '219,260', b: '194,320' });
  });

  it('takes the count and the stake from the deal\'s own passage', () => {
    expect(fill('What is the implied price per H20 server in Alibaba\'s 30 billion yuan tender?').operands).toEqual({ amount: '30 billion yuan', count: 'approximately 50,000' });
    expect(fill('What valuation for Moonshot AI does Alibaba\'s $800 million for a 36% stake imply?').operands).toEqual({ paid: 'approximately $800 million', stake: '36%' });
    expect(fill('Tencent\'s Q4 2024 capex of 36.578 billion yuan was up 386% year on year. What was it in Q4 2023?').operands).toEqual({ current: '36.578 billion yuan', growth: '386%' });
  });

  it('picks the part the question describes out of the whole\'s passage', () => {
    expect(fill('What percentage of Alibaba\'s roughly $800 million investment in Moonshot AI was provided as cloud credits?').operands).toEqual({ whole: 'approximately $800 million', part: 'over $300 million' });
    expect(fill('阿里巴巴2025年第一季度246亿元的资本开支占其3800亿元三年投资计划的百分之多少?').operands).toMatchObject({ part: '24.6 billion yuan' });
  });

  it('leaves a slot empty when no figure fits, instead of a near miss', () => {
    // The reports give Tencent's TuringEngine amount, but no GPU count for it.
    expect(fill('What did Tencent pay per GPU in its 113 million yuan TuringEngine deal?')).toMatchObject({ operands: { amount: '113 million yuan' }, missing: ['count'] });
    expect(fill('腾讯员工人数从2023年到2024年增长了百分之多少?').missing).toEqual(['a', 'b']);
    // Alibaba's international revenue is the parent's figure, not Alibaba Cloud's.
    expect(fill('Alibaba Cloud accounted for 13% of total revenue. What total revenue does the cloud group\'s own revenue imply?').missing).toEqual(['part']);
  });

  it('does not fill a period-bound operand with a figure of another measure or no period', () => {
    // Alibaba's capex for Q4 2024 is not in the reports; its Moonshot AI deal is no stand-in.
    expect(fill('By what percentage did Alibaba\'s capital expenditure change from Q4 2024 to Q1 2025?')).toMatchObject({ operands: { b: '24.6 billion yuan' }, missing: ['a'] });
  });

  it('tells a share\'s part from its whole by the words the question uses for each', () => {
    expect(fill('Roughly what fraction of Alibaba\'s Moonshot AI investment came as cloud credits?').operands).toEqual({ whole: 'approximately $800 million', part: 'over $300 million' });
  });

  it('types each share operand by its own words: Tencent\'s revenue is not its capex', () => {
    expect(fill('What percentage of Tencent\'s total revenue was its Q4 2024 capital expenditure?').missing).toEqual(['whole']);
  });

  it('anchors on the figures the question states before filling the rest', () => {
    expect(fill('Alibaba\'s cloud credits of over $300 million made up what percent of its Moonshot AI investment?').operands).toEqual({ whole: 'approximately $800 million', part: 'over $300 million' });
  });

  it('marks a stated figure the reports contradict, and keeps the report\'s', () => {
    const { filled } = fill('Tencent\'s Q4 2024 capex of 40 billion yuan grew 386% year on year. What was it in Q4 2023?');
    const current = filled.find((entry) => entry.slot.role === 'current')!;
    expect(current.fact?.text).toMatch(/36\.578 billion yuan|39 billion yuan/);
    expect(current.contradicts?.text).toBe('40 billion yuan');
  });
});

describe('calculation answers', () => {
  it('say which figure the reports lack, and refuse, rather than compute', async () => {
    const result = await answer([{ role: 'user', content: 'What did Tencent pay per GPU in its 113 million yuan TuringEngine deal?' }], { index });
    expect(result.refused).toBe(true);
    expect(result.calculations).toEqual([]);
    expect(result.answer).toMatch(/^The reports give Tencent's 113 million yuan \[1\] but not the number of GPUs/);
  });

  it('answer a share as a percentage with every operand cited', async () => {
    const result = await answer([{ role: 'user', content: 'What share of Alibaba\'s 380 billion yuan three-year plan does its Q1 2025 capital expenditure of 24.6 billion yuan represent?' }], { index });
    expect(result.answer).toMatch(/^About 6\.47% \[\d\]\[\d\]/);
    expect(result.calculations[0]!.operands.every((operand) => operand.citation !== undefined)).toBe(true);
    expect(result.grounded).toBe(true);
  });

  it('work on the figures the last reply gave when a follow-up asks for arithmetic on them', async () => {
    const ask = async (...turns: string[]) => answer(turns.map((content, i) => ({ role: i % 2 ? 'assistant' as const : 'user' as const, content })), { index });
    const drop = await ask('How many employees did Alibaba have at the end of 2023 and 2024?', '219,260 and 194,320 [1].', 'What percentage drop is that?');
    expect(drop.answer).toMatch(/^Alibaba's headcount fell 11\.37%/);
    // The reports disagree on Tencent's Q4 capex: "that" is the figure the reply gave, not the other report's.
    const dollars = await ask("What was Tencent's capital expenditure in Q4 2024 according to 定焦One?", '36.578 billion yuan [1].', 'What is that in US dollars?');
    expect(dollars.calculations[0]!.operands[0]!.text).toBe('36.578 billion yuan');
    const valuation = await ask('How much did Alibaba invest in Moonshot AI, and for what stake?', 'About $800 million for 36% [1].', 'So what valuation does that imply?');
    expect(valuation.answer).toMatch(/\$2\.22 billion/);
    const perQuarter = await ask('How much does Alibaba plan to invest in cloud and AI over the next three years?', 'Over 380 billion yuan [1].', 'And per quarter?');
    expect(perQuarter.answer).toMatch(/^Alibaba's investment plan per quarter comes to about 31\.67 billion yuan/);
  });

  it('state both sides of a comparison that asks for no arithmetic, each cited, and compute none', async () => {
    for (const question of ['Compare Alibaba\'s three-year investment plan with Tencent\'s investment plan for this year.', '阿里巴巴的三年投资计划和腾讯今年的投资计划相比如何?', 'Alibaba\'s three-year investment plan versus Tencent\'s investment plan for this year?']) {
      const result = await answer([{ role: 'user', content: question }], { index });
      expect(result.calculations, question).toEqual([]);
      expect(result.steps.filter((step) => step.tool === 'capex_calculator'), question).toEqual([]);
      expect(result.answer, question).toMatch(/380 billion yuan|3800亿元/);
      expect(result.answer, question).toMatch(/100 billion yuan|1000亿元/);
      expect(result.answer, question).not.toMatch(/times|倍/);
    }
  });

  it('say which side is larger when asked, without a calculation in one currency, and compute a ratio only when asked', async () => {
    const which = await answer([{ role: 'user', content: 'Which is larger, Alibaba\'s three-year investment plan or Tencent\'s investment plan for this year?' }], { index });
    expect(which.answer).toMatch(/^Alibaba's investment plans are larger than Tencent's/);
    expect(which.calculations).toEqual([]);
    for (const [question, ratio] of [['How many times Tencent\'s plan for this year is Alibaba\'s 380 billion yuan three-year plan?', /3\.8 times/], ['阿里巴巴3800亿元的投资计划是腾讯今年1000亿元计划的几倍?', /3\.8倍/]] as const) {
      const result = await answer([{ role: 'user', content: question }], { index });
      expect(result.answer, question).toMatch(ratio);
      expect(result.calculations[0]!.operands.every((operand) => operand.citation !== undefined), question).toBe(true);
    }
  });

  it('take a rate the question gives as the rate, never as a figure the reports contradict', async () => {
    for (const [question, value] of [['At 7.2 yuan per dollar, how much is Tencent\'s 100 billion yuan plan for this year in US dollars?', /^100 billion yuan comes to about \$13\.89 billion/], ['按1美元兑7.2元人民币计算,阿里巴巴对月之暗面约8亿美元的投资折合多少人民币?', /^约8亿美元折合57\.6亿元/]] as const) {
      const result = await answer([{ role: 'user', content: question }], { index });
      expect(result.answer, question).toMatch(value);
      expect(result.answer, question).not.toMatch(/not 7\.2|不符|don't support/);
      expect(result.calculations[0]!.rate, question).toMatchObject({ source: 'call' });
    }
  });

  it('do not price a count that is not money', async () => {
    const result = await answer([{ role: 'user', content: 'What is the cost per developer of Alibaba Cloud\'s 15 million developers?' }], { index });
    expect(result.refused).toBe(true);
    expect(result.calculations).toEqual([]);
  });

  it('run no calculation for a figure asked plainly, even in calculation-like words', async () => {
    for (const question of ['What was Unitree\'s annual revenue in 2025?', 'How much did Alibaba invest in Moonshot AI, in US dollars?', 'What share of Alibaba\'s deals in China since 2023 went to AI startups?', '字节跳动豆包大模型的日均调用量是多少?', 'What is the average daily API call volume of ByteDance\'s Doubao model?']) {
      const result = await answer([{ role: 'user', content: question }], { index });
      expect(result.steps.filter((step) => step.tool === 'capex_calculator'), question).toEqual([]);
    }
  });
});

describe('a relative period beside a dated one is each operand\'s own period', () => {
  it.each([
    ['How much more was Tencent\'s capex in the fourth quarter of last year than Alibaba\'s Q1 2025 capex?', { a: '36.578 billion yuan', b: '24.6 billion yuan' }],
    ['腾讯去年四季度的资本开支比阿里2025年一季度的资本开支多多少?', { a: '36.578 billion yuan', b: '24.6 billion yuan' }],
  ])('%s', (question, operands) => {
    const frame = understandQuestion(question, { aliases: index.aliases, documents: snapshot.documents });
    expect(frame.calculation?.slots.map((slot) => slot.period?.from)).toEqual(['2024-10-01', '2025-01-01']);
    const { operands: filled } = fill(question);
    // Tencent's Q4 2024 figure (either report's), never Alibaba's Q1 2025 taken for both.
    expect(filled.a).toMatch(/36\.578|39 billion/);
    expect(filled.b).toBe(operands.b);
  });

  it('leaves a relative period alone when no dated one stands beside it (each report\'s date resolves it)', () => {
    const frame = understandQuestion('How much more did Tencent spend last year than Alibaba?', { aliases: index.aliases, documents: snapshot.documents });
    expect(frame.calculation?.slots.every((slot) => !slot.period?.from)).toBe(true);
  });
});

describe('a count over a count asked with a measure word ("每台服务器装几颗")', () => {
  it.each([
    '百度订购的昇腾芯片平均每台服务器有几颗?',
    '百度向华为订的昇腾910B,平均每台服务器装几颗?',
  ])('%s divides the chips by the servers', async (question) => {
    const result = await answer([{ role: 'user', content: question }], { index });
    expect(result.answer.split('[')[0]).toMatch(/每台服务器约8/);
    expect(result.calculations[0]?.result).toBeDefined();
  });
});

describe('a count of one company\'s item asked in total is added up from the kinds the reports give', () => {
  it.each(['How many AI chips altogether does Alibaba expect to hold by 2025?', '阿里预计到2025年一共有多少块AI芯片?'])('%s', async (question) => {
    const result = await answer([{ role: 'user', content: question }], { index });
    expect(result.answer).toMatch(/143,000|14\.3万/);
    // Whose total it is, in the first sentence.
    expect(result.answer.split('[')[0]).toMatch(/Alibaba's total|阿里巴巴合计/);
    expect(result.calculations).toHaveLength(1);
  });

  it('says a figure the reports give once as it is, with no total to work out and no "cannot be worked out"', async () => {
    const result = await answer([{ role: 'user', content: 'How many employees did Alibaba have in total at the end of 2024?' }], { index });
    expect(result.answer).toMatch(/194,320/);
    expect(result.answer).not.toMatch(/cannot be worked out/);
    expect(result.calculations).toHaveLength(0);
  });

  it('adds nothing up when no company is asked', () => {
    const frame = understandQuestion('国内现在一共有多少款AI大模型产品?', { aliases: index.aliases, documents: snapshot.documents });
    expect(frame.calculation?.operation).not.toBe('total');
  });
});

describe('which of two figures is larger is settled by the figures, converted into one currency where they differ, never by a passage naming both', () => {
  it.each([
    ['Did Zhipu raise more than Baichuan?', /^Yes — Zhipu AI's funding is larger than Baichuan Intelligence's \(converting at/],
    ['Did Baichuan raise more than Zhipu?', /^No — Zhipu AI's funding is larger than Baichuan Intelligence's/],
    ['Which raised more, Baichuan or Zhipu?', /^Zhipu AI's funding is larger than Baichuan Intelligence's/],
    ['百川和智谱谁融资更多?', /^智谱的融资比百川智能的大,按每美元兑/],
  ])('%s', async (question, verdict) => {
    const result = await answer([{ role: 'user', content: question }], { index });
    expect(result.answer).toMatch(verdict);
    expect(result.calculations.length).toBeGreaterThan(0);
  });
});

describe('a verdict only from figures of one measure for the same party, and never in place of a "by how much" asked too (review findings)', () => {
  it('gives no figure verdict between Google\'s UK plan and Amazon\'s Anthropic money', async () => {
    const text = (await answer([{ role: 'user', content: 'Did Google invest more than Amazon in Anthropic?' }], { index })).answer;
    expect(text).not.toMatch(/^Yes — Google/);
    expect(text).not.toMatch(/£5 billion/);
  });

  it('reads a Chinese comparison by its own comparative, not by 多少 elsewhere in the question', async () => {
    const text = (await answer([{ role: 'user', content: '智谱的融资是否比百川多?多多少?' }], { index })).answer;
    expect(text).not.toMatch(/^不是,智谱的融资比百川智能的大/);
  });

  it('keeps the difference when "by how much" is asked with the comparison', async () => {
    const result = await answer([{ role: 'user', content: 'Did Baichuan raise more than Zhipu, and by how much?' }], { index });
    expect(result.answer).toMatch(/48\.69 million|difference/i);
  });
});
