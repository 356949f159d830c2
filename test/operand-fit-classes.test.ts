/**
 * Classes of calculation and figure answers that were confidently wrong on unseen questions: each class
 * with several members, English and Chinese, and the failure path (a near miss is refused, not computed).
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { assumedFigures } from '../agent/assumed-figures.js';
import { parseQuantities } from '../core/index.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const ask = (question: string) => answer([{ role: 'user', content: question }], { index });
const firstSentence = (text: string) => text.split(/(?<=\.)\s+|(?<=。)/)[0]!;

describe('a benchmark or supposition the question sets up is an operand, not a premise', () => {
  const assumed = (text: string) => assumedFigures(text, parseQuantities(text)).map((quantity) => quantity.text);

  it('finds the figure the cue is attached to, in English and Chinese', () => {
    expect(assumed("Is Tencent's Q4 2024 capital expenditure of 36.578 billion yuan above a 30 billion yuan threshold?")).toEqual(['30 billion yuan']);
    expect(assumed('Suppose analysts had expected 30 billion yuan of capital expenditure from Alibaba in Q1 2025.')).toEqual(['30 billion yuan']);
    expect(assumed('Against a benchmark of $5 billion, how much more did Microsoft invest in OpenAI?')).toEqual(['$5 billion']);
    expect(assumed('如果以每年1000亿元为基准,阿里巴巴3800亿元三年计划平均每年比这个基准多多少?')).toEqual(['1000亿元']);
    expect(assumed('假设阿里巴巴今年资本开支为1000亿元,比腾讯多多少?')).toEqual(['1000亿元']);
  });

  it('leaves a figure the question reports, or a company target, as a premise', () => {
    expect(assumed("If Taobao's RMB 136.091 billion was 48.7% of revenue, what was revenue?")).toEqual([]);
    expect(assumed('Why did Alibaba pay $800 million for a 50% stake in Moonshot AI?')).toEqual([]);
    expect(assumed("What is Alibaba's target of 380 billion yuan over three years?")).toEqual([]);
  });

  it('computes against the benchmark instead of correcting it or swapping in a report figure of that size', async () => {
    const above = await ask("Is Tencent's Q4 2024 capital expenditure of 36.578 billion yuan above a 30 billion yuan threshold, and by how much?");
    expect(above.answer).toMatch(/6\.58 billion yuan/);
    expect(above.answer).not.toMatch(/not 30 billion|for Alibaba, not Tencent/);
    const short = await ask('Suppose analysts had expected 30 billion yuan of capital expenditure from Alibaba in Q1 2025. How far short of that was the reported figure?');
    expect(short.answer).toMatch(/5\.4 billion yuan/);
    expect(short.answer).not.toMatch(/don't support/);
    const zh = await ask('腾讯2024年第四季度资本开支365.78亿元,超过300亿元的门槛多少?');
    expect(zh.answer).toMatch(/65\.78亿元/);
  });
});

describe('an operand with no fitting figure is refused, not filled with another company\'s', () => {
  it('does not give ByteDance or last year the figure of a company named in the same sentence', async () => {
    for (const question of ['字节跳动今年计划的AI投资比腾讯多多少?', "What were ByteDance's and Tencent's capital expenditures in 2024 combined?", '腾讯今年1000亿元的投资计划比去年增加了多少?']) {
      const result = await ask(question);
      expect(result.refused, question).toBe(true);
      expect(result.calculations, question).toHaveLength(0);
    }
  });

  it('still takes each side from its own company where the reports give both', async () => {
    expect((await ask('How much more did Amazon commit to Anthropic than Google did?')).answer).toMatch(/\$2 billion/);
    expect((await ask('In percentage terms, how much bigger was Amazon\'s Anthropic commitment than Google\'s?')).answer).toMatch(/100%/);
  });
});

describe('a number inside a product name or a span of time is not a count of chips', () => {
  it('reads "Hanguang 800" as a name and "30 million hours of GPU" as hours', () => {
    expect(snapshot.facts.some((fact) => fact.entity === 'hanguang' && fact.value === '800')).toBe(false);
    const hours = snapshot.facts.find((fact) => fact.text === '30 million')!;
    expect(hours.metric).not.toBe('chips');
  });

  it('refuses a shipment count the reports do not give, in Chinese and English', async () => {
    for (const question of ['平头哥的含光800芯片出货了多少颗?', 'How many Hanguang 800 chips has T-Head shipped?', 'How many GPUs has Alibaba\'s ModelScope community given developers for free?']) {
      const result = await ask(question);
      expect(firstSentence(result.answer), question).not.toMatch(/数量为800|\b800 (?:chips|units)\b|30 million (?:GPUs|chips)/);
      expect(result.refused, question).toBe(true);
    }
  });
});

describe('"how much did it grow": a rate the reports state, or an amount when asked in units or from both ends', () => {
  it('answers a plain "grow/增长了多少/降低了多少" with the stated rate, no calculation', async () => {
    const cases: [string, RegExp][] = [
      ['How much did Yuanbao\'s daily active users grow in March 2025 compared with February?', /twentyfold/],
      ['元宝2025年3月的日活跃用户比2月增长了多少?', /20倍/],
      ['淘宝天猫2024年第四季度的客户管理收入增长了多少?', /9%/],
      ['通义千问Qwen3的部署成本比DeepSeek R1降低了多少?', /65%/],
    ];
    for (const [question, expected] of cases) {
      const result = await ask(question);
      expect(firstSentence(result.answer), question).toMatch(expected);
      expect(result.calculations, question).toHaveLength(0);
      expect(result.refused, question).toBe(false);
    }
  });

  it('computes the amount when the question asks in units or gives both ends', async () => {
    for (const question of ['阿里巴巴市值从2.30万亿港元增长到2.6173万亿港元,增长了多少港元?', '阿里巴巴市值从2.30万亿港元增长到2.6173万亿港元,增长了多少?', 'How much did Alibaba\'s market capitalisation grow from HK$2.30 trillion to HK$2.6173 trillion?']) {
      const result = await ask(question);
      expect(result.calculations, question).toHaveLength(1);
      expect(result.answer, question).toMatch(/3173亿港元|HK\$317\.3 billion/);
    }
  });

  it('still works out a fall in headcount asked as a number of people', async () => {
    expect((await ask('阿里巴巴2024年底的员工人数比2023年底减少了多少人?')).answer).toMatch(/24,?940|2\.49万/);
  });
});

describe('a segment\'s figure is said as the segment\'s, not the company\'s', () => {
  it('names the international segment and customer management revenue in the lead', async () => {
    expect(firstSentence((await ask('阿里巴巴国际业务2024年第四季度收入是多少?')).answer)).toMatch(/国际业务.*377\.56亿元/);
    expect(firstSentence((await ask("What was Alibaba's international revenue in Q4 2024?")).answer)).toMatch(/international (?:segment|revenue).*RMB 37\.756 billion/);
    expect((await ask('淘宝天猫2024年第四季度的客户管理收入增长了多少?')).answer).toMatch(/客户管理/);
  });
});

describe('premises: only a figure the question pins on a company, and not one the answer\'s own passage gives', () => {
  it('does not call the question\'s figures unsupported when the answer\'s passage gives them', async () => {
    const result = await ask('At HK$137.7 a share and a market capitalisation of HK$2.6173 trillion, roughly how many Alibaba shares are outstanding?');
    expect(result.answer).not.toMatch(/don't support/);
  });

  it('does not misattribute figures the report ties to the company the question names', async () => {
    const orders = await ask('Of the Nvidia chip orders placed by Chinese internet giants, about $1 billion was to be delivered this year and $4 billion in 2024. What share was due in 2024?');
    expect(orders.answer).not.toMatch(/for Alibaba, not Nvidia|not the reports'/);
    expect((await ask("How much did Nvidia's $1 billion of A800 deliveries cost per GPU?")).answer).not.toMatch(/for Alibaba, not Nvidia/);
  });

  it('still corrects a figure pinned on the wrong company or contradicted for the same relation', async () => {
    expect((await ask('Since Tencent took a 36% stake in Moonshot AI, what has Moonshot done?')).answer).toMatch(/36% for Alibaba, not Tencent/);
    expect((await ask('腾讯为什么要在未来三年投入3800亿元建设AI基础设施？')).answer).toMatch(/对应的是阿里巴巴,而不是腾讯/);
    expect((await ask('Why did Alibaba pay $800 million for a 50% stake in Moonshot AI?')).answer).toMatch(/36%/);
    // The other party ("in Anthropic", "向Anthropic") is not whose figure the question makes it.
    expect((await ask('Why did Google invest up to $4 billion in Anthropic?')).answer).toMatch(/^The reports give up to \$4 billion for Amazon, not Google/);
    expect((await ask('谷歌为什么向Anthropic投资最多40亿美元?')).answer).toMatch(/^报道中最多40亿美元对应的是亚马逊,而不是谷歌/);
  });
});

describe('a period named as the base of a comparison is not the figure\'s period', () => {
  it('dates "surged twentyfold versus February 2025" to March 2025', () => {
    const fact = snapshot.facts.find((candidate) => candidate.text === 'twentyfold')!;
    expect(fact.period.from).toBe('2025-03-01');
  });
});

describe('a small calculated percentage is shown with enough digits to trace to its calculation', () => {
  it('never rounds a non-zero share to "0%"', async () => {
    for (const question of ["What percentage of Alibaba's 380 billion yuan plan is Tencent's 113 million yuan TuringEngine deal?", 'What percentage of Doubao\'s 16.47 trillion daily API calls would 1 million calls be?']) {
      const result = await ask(question);
      expect(result.calculations, question).toHaveLength(1);
      expect(result.answer, question).not.toMatch(/(?<![\d.])0%/);
      expect(result.ungroundedNumbers, question).toEqual([]);
    }
  });
});

describe('"how much of W was P" is answered by the part, never by the whole', () => {
  it('gives the part its own sentence states, and answers nothing when no sentence states it', async () => {
    expect(firstSentence((await ask("How much of Alibaba's investment in Moonshot AI was provided as cloud credits?")).answer)).toMatch(/over \$300 million/);
    for (const question of ["How much of Alibaba's investment in Moonshot AI was paid in cash?", '阿里巴巴对月之暗面的约8亿美元投资中有多少是云计算额度?']) {
      expect(firstSentence((await ask(question)).answer), question).not.toMatch(/\$800 million|8亿美元/);
    }
  });
});

describe('a stated figure with no company the reports know before it is not the named company\'s', () => {
  it('neither corrects it as that company\'s figure nor adds the named company\'s figure twice', async () => {
    const result = await ask('智能语音今年初完成的5亿元融资与智谱AI超过25亿元的融资合计多少?');
    expect(result.answer).not.toMatch(/问题中的数字与报道不符|50亿元|46\.51亿元/);
    expect((await ask("Smart Voice's 500 million yuan round and Zhipu AI's 2.5 billion yuan round: how much in total?")).answer).toMatch(/3 billion yuan/);
  });
});

describe('one company\'s two figures compared are named by their figures', () => {
  it('says "$80 billion is about 6.15 times $13 billion", not "Microsoft\'s figure … Microsoft\'s"', async () => {
    const en = await ask("How many times Microsoft's cumulative $13 billion investment in OpenAI is its $80 billion plan for an AI chip cluster?");
    expect(firstSentence(en.answer)).toMatch(/^\$80 billion is about 6\.15 times \$13 billion/);
    expect((await ask('微软800亿美元的AI芯片集群计划是其对OpenAI累计130亿美元投资的几倍?')).answer).toMatch(/^800亿美元约为130亿美元的6\.15倍/);
    expect((await ask("How many times Tencent's plan for this year is Alibaba's 380 billion yuan three-year plan?")).answer).toMatch(/^Alibaba's figure is about 3\.8 times Tencent's/);
  });
});

describe('a unit price from the amount told beside the count, not the best amount alone (class: "(approximately 100,000 A800 GPUs)")', () => {
  it.each([
    "From the FT figures on the first Nvidia delivery, what's the implied price of one A800?",
    "From the FT report on the Nvidia orders, what's the rough price per A800 GPU?",
  ])('%s', async (question) => {
    const { answer: said, calculations } = await ask(question);
    expect(said).toMatch(/\$10,000/);
    expect(calculations[0]?.expression ?? '').not.toMatch(/5,?000,?000,?000|5 billion/);
  });

  it('tries only figures of the anchor\'s own kind: a tender\'s yuan is no count of chips', async () => {
    const { answer: said } = await ask('阿里巴巴招标的5万台H20服务器,每台服务器配几块芯片?');
    expect(said).not.toMatch(/60万元/);
  });
});
