import { describe, expect, it } from 'vitest';
import { createAliasTable } from '../index/index.js';
import { brandBeforeItem, statedFigures, type CalculationIntent } from './calculation-intent.js';
import { understandQuestion } from './question-frame.js';

const deps = { aliases: createAliasTable(), documents: [] };
const intentOf = (text: string): CalculationIntent | undefined => understandQuestion(text, deps).calculation;
const operationOf = (text: string) => intentOf(text)?.operation;

/** Several phrasings per operation, English and Chinese: the detector must not hinge on one wording. */
const PHRASINGS: [CalculationIntent['operation'], string[]][] = [
  ['per_period', [
    'On average, how much per year is Alibaba\'s 380 billion yuan three-year plan?',
    'Spread evenly, what does Alibaba\'s plan come to each year?',
    'How much a quarter is Alibaba investing under its three-year plan?',
    'What is Tencent\'s Q4 2024 capex per month?',
    'What was Alibaba\'s average daily capital expenditure in Q1 2025?',
    '阿里巴巴三年投入3800亿元,平均每年是多少?',
    '阿里巴巴的投资计划每个月是多少钱?',
    '腾讯第四季度资本开支的月均金额是多少?',
    'If Alibaba spreads its budget evenly across 2025, 2026 and 2027, what does it spend annually?',
    '阿里巴巴3800亿元的计划按季度平均下来是多少?',
  ]],
  ['difference', [
    '阿里一年里员工少了多少人?',
    'How many fewer employees did Alibaba have at the end of 2024 than at the end of 2023?',
    'By how much did Alibaba\'s headcount fall from 2023 to 2024?',
    'How much more did Microsoft invest in OpenAI than Amazon in Anthropic?',
    'What is the difference between Alibaba\'s plan and Tencent\'s plan?',
    '阿里巴巴2024年底的员工比2023年底少了多少人?',
    '阿里巴巴的投资计划比腾讯多多少?',
    'How much did Alibaba\'s workforce shrink from end-2023 to end-2024?',
    // A fall asked as an amount: "降低了多少", "fall by", "by how much less".
    '阿里巴巴的员工人数从2023年底到2024年底降低了多少?',
    '阿里巴巴2024年的员工人数同比下降了多少?',
    '阿里巴巴员工人数从2023年12月到2024年12月减少了多少人?',
    'How much did Alibaba\'s headcount fall by between December 2023 and December 2024?',
    'How many employees did Alibaba\'s workforce drop by over 2024?',
    'By how much less did Alibaba spend on capex in Q1 2025 than Tencent in Q4 2024?',
    'How much did Alibaba\'s staff numbers decline between Dec. 2023 and Dec. 2024?',
  ]],
  ['change', [
    'How big a drop was Alibaba\'s headcount in 2024, in percent?',
    'In percentage terms, how large an increase was Tencent\'s Q4 2024 capex over a year earlier?',
    '阿里巴巴2024年底的员工人数比一年前下降了百分之多少?',
    '阿里员工降幅大概百分之几?',
    '腾讯资本开支的涨幅大约是多少?',
    'By what percentage did Alibaba\'s workforce shrink between December 2023 and December 2024?',
    'What was the percentage change in Alibaba\'s headcount from 2023 to 2024?',
    'What was the percentage increase in Alibaba\'s market capitalization from HK$2.30 trillion to HK$2.6173 trillion?',
    '阿里巴巴员工人数从2023年底到2024年底下降了百分之多少?',
    '阿里巴巴市值从2.30万亿港元到2.6173万亿港元增长了百分之几?',
    '阿里巴巴的市值从2.30万亿港元涨到2.6173万亿港元,涨幅是多少?',
    'Year over year, by how many percent did Alibaba\'s staff numbers fall at the end of 2024?',
    '阿里巴巴员工人数从2023年12月到2024年12月降低了百分之几?',
    '阿里巴巴员工人数在2024年内缩减了百分之多少?',
    'By what percent did Alibaba\'s headcount drop between the end of 2023 and the end of 2024?',
    // Both asked: the change's answer gives the amount and the percentage.
    'How many people did Alibaba\'s headcount shrink by during 2024, in absolute terms and as a percentage?',
  ]],
  ['ratio', [
    'How many times Tencent\'s plan for this year is Alibaba\'s three-year plan?',
    'How many times larger is Microsoft\'s investment in OpenAI than Amazon\'s in Anthropic?',
    '阿里巴巴的投资计划是腾讯今年计划的几倍?',
    '微软对OpenAI的投资是亚马逊对Anthropic投资的多少倍?',
    'What is the ratio of Alibaba\'s three-year plan to Tencent\'s plan for this year?',
  ]],
  ['relative', [
    'In percentage terms, how much larger is Microsoft\'s investment in OpenAI than Amazon\'s in Anthropic?',
    'How much smaller, in percent, was Alibaba\'s Q1 2025 capex than Tencent\'s Q4 2024 capex?',
    'By what percentage is Alibaba\'s plan bigger than Tencent\'s?',
    '阿里巴巴的投资计划比腾讯高出百分之多少?',
    'Percentage-wise, how much bigger was Tencent\'s Q4 2024 capex than Alibaba\'s Q1 2025 capex?',
    'By what percentage does Alibaba\'s three-year plan exceed Tencent\'s plan?',
  ]],
  ['share', [
    'What percentage of Alibaba\'s $800 million investment in Moonshot AI was provided as cloud credits?',
    'What share of Alibaba\'s 380 billion yuan plan does its Q1 2025 capex represent?',
    'Of the $5 billion of chips ordered, what percentage was delivered that year?',
    'What is Alibaba\'s Q1 2025 capex as a percentage of its 380 billion yuan plan?',
    '阿里巴巴第一季度的资本开支占三年投资计划的百分之多少?',
    '阿里巴巴第一季度资本开支占比是多少?',
    'Alibaba\'s cloud credits of over $300 million made up what percent of its Moonshot AI investment?',
  ]],
  ['total_from_share', [
    'If Taobao and Tmall\'s RMB 136.091 billion was 48.7% of Alibaba\'s revenue, what was total revenue?',
    'Given that Taobao\'s revenue was 48.7% of the total, how much was the total?',
    'What total revenue does Taobao\'s 48.7% share imply?',
    '淘天集团1360.91亿元的收入占阿里巴巴总收入的48.7%,据此推算总收入是多少?',
    'Taobao\'s revenue was 48.7% of Alibaba\'s total in Q4 2024. Based on that, how large was the total?',
    // The share asked for by name, not stated: looked up as the other operand.
    'Based on Taobao and Tmall\'s revenue and its share, what was Alibaba\'s total revenue in Q4 2024?',
    'Using the Cloud Intelligence Group\'s share of revenue, what was Alibaba\'s total revenue?',
    '根据淘宝和天猫的营收及其占比,阿里巴巴2024年第四季度集团总营收大约是多少?',
    '按云智能集团收入的占比,倒推阿里集团总收入是多少?',
  ]],
  ['prior', [
    'Tencent\'s Q4 2024 capex of 36.578 billion yuan was up 386% year on year. What was it in Q4 2023?',
    'Given it grew 32% to RMB 37.756 billion, what was Alibaba\'s international revenue a year earlier?',
    'Tencent\'s capex grew 386% year on year. What does that imply its capex was the year before?',
    '美团第二季度研发支出63亿元,同比增长17.2%,去年同期是多少?',
    '长江存储今年的产量预计比2024年增长68%,那么2024年大约是多少片?',
    "If YMTC's DRAM output this year tops 2.7 million pieces after a 68% jump, roughly what was it in 2024?",
    "YMTC's output this year will exceed 2.7 million pieces, up 68% from 2024. What was it in 2024?",
    'Back out Tencent\'s Q4 2023 capex from its Q4 2024 figure and the 386% growth rate.',
    'If Zebra Network\'s Q1 2025 loss of 1.582 billion yuan was seven times the year-earlier loss, what was the loss in Q1 2024?',
    // The year-earlier figure asked for as an estimate: worked back from the reports' later figure and its growth.
    'Roughly what was Alibaba\'s international revenue a year earlier?',
    '阿里国际业务一年前同期收入大约是多少?',
    // The growth named as a basis after the figure it applies to ("from the Q4 2024 figure and its growth rate").
    'Using Alibaba\'s Q4 2024 international revenue and its growth rate, what was it a year earlier?',
    'Work out Tencent\'s Q4 2023 capex from its Q4 2024 capital expenditure and the growth rate.',
    // The current period said relatively ("this year"), the earlier one by its year.
    'YMTC\'s DRAM output this year is expected to top 2.7 million pieces, up 68%. Roughly what was its 2024 output?',
    'Meituan\'s R&D spending this quarter rose 17.2% to 6.3 billion yuan. What was it in 2024?',
  ]],
  ['unit_price', [
    'What is the implied price per H20 server in Alibaba\'s 30 billion yuan tender?',
    'What did Tencent pay per GPU in its TuringEngine deal?',
    'What is the unit cost of the A800 GPUs in the $1 billion order?',
    '阿里巴巴300亿元招标约5万台服务器,每台服务器多少钱?',
    '这批芯片的单价是多少?',
    '阿里那笔300亿的H20服务器招标,平均下来一台多少钱?',
    '按这个招标算,一块卡要多少钱?',
    'How much a server did Alibaba pay in its 30 billion yuan tender?',
    'What was the average price of an A800 GPU in the $1 billion batch?',
    'What was Alibaba\'s capital expenditure per employee in Q1 2025?',
    '阿里巴巴的人均资本开支是多少?',
  ]],
  ['valuation', [
    'What valuation for Moonshot AI does Alibaba\'s $800 million for a 36% stake imply?',
    'Alibaba paid $800 million for 36% of Moonshot AI: what does that value it at?',
    '阿里巴巴以约8亿美元获得月之暗面36%的股份,这意味着月之暗面的估值是多少?',
    'At the price Alibaba paid for its 36% stake, what was Moonshot AI worth?',
    'So what valuation does that imply?',
    '智谱融了25亿元,按这个算它的估值是多少?',
    '月之暗面拿了8亿美元换36%的股份,据此估值多少?',
  ]],
  ['total', [
    'How much did Amazon and Google commit to Anthropic in total?',
    'What is the combined funding of Zhipu AI and Baichuan?',
    'How many AI chips does Alibaba expect to have by 2025, Nvidia and domestic combined?',
    '亚马逊和谷歌对Anthropic的投资承诺合计多少美元?',
    '阿里巴巴和腾讯的投资计划加起来是多少?',
    '阿里巴巴和腾讯的投资计划两者之和是多少?',
  ]],
  ['convert', [
    'What is Tencent\'s 113 million yuan TuringEngine purchase in US dollars?',
    'Convert Google\'s £5 billion UK investment into yuan.',
    'How much is Alibaba\'s HK$2.6173 trillion market capitalization in US dollars?',
    '腾讯2024年第四季度365.78亿元的资本开支折合多少美元?',
    '把腾讯今年1000亿元的投资计划换算为美元是多少?',
  ]],
];

describe('detectCalculation', () => {
  for (const [operation, questions] of PHRASINGS) {
    it(`recognises ${operation} in ${questions.length} phrasings`, () => {
      for (const question of questions) expect(operationOf(question), question).toBe(operation);
    });
  }

  it('asks for no calculation when a question wants a figure the reports state', () => {
    for (const question of [
      'What is the total amount Alibaba plans to invest over the next three years?',
      'What was Unitree\'s annual revenue in 2025?',
      'Which companies did Alibaba invest in?',
      'What was Tencent\'s capex growth in Q4 2024?',
      'What is Alibaba\'s three-year investment plan?',
      'How much did Alibaba invest in Moonshot AI?',
      'What was Tencent\'s capital expenditure a year earlier?',
      'What is Doubao\'s daily API call volume?',
      '豆包每日调用量是多少?',
      '腾讯今年计划投资多少?',
      'What is Alibaba\'s market capitalization?',
      'Did Alibaba invest in Moonshot AI?',
      'What was Moonshot AI worth?',
      'What is the valuation of Moonshot AI?',
      // A count of occurrences and a growth rate asked plainly are not arithmetic.
      'How many times did Tencent update Yuanbao in four months?',
      '腾讯2024年第四季度资本开支同比增长了多少?',
      'Compare Alibaba\'s three-year plan with Tencent\'s plan for this year.',
      '微软对OpenAI的投资和亚马逊对Anthropic的投资分别是多少?',
      // "a model", "a chip" after a verb or "how big" is no price per unit.
      'How big a chip stockpile was Alibaba expected to have by 2025?',
      'How often can Baichuan Intelligence iterate a model?',
      'With whom did Tencent partner on November 9th to set up a GPU computing center?',
      'How long does it take MiniMax to train a model?',
      // A year-earlier figure asked for plainly, not as an estimate, with no growth given: the reports' figure is looked up.
      "What was Alibaba's international revenue a year earlier?",
      // This year and a named year, with no growth to work back from.
      'How much did Tencent spend this year compared with 2024?',
      'Did YMTC produce more chips this year than in 2024?',
    ]) expect(operationOf(question), question).toBeUndefined();
  });

  it('reads an act two companies did together as no sum, and a sum asked of them as one', () => {
    for (const question of ['What did Huawei and iFLYTEK unveil together at the launch?', 'Which platform did Huawei and iFLYTEK announce together?', 'What did Alibaba and SAIC set up together in 2015?', 'Which startups did Alibaba and Tencent invest in together?', 'What AI model did Alibaba and SAIC launch together?']) {
      expect(operationOf(question), question).toBeUndefined();
    }
    for (const question of ['Add up what Amazon and Google committed to Anthropic in 2023.', 'How much did Amazon and Google put into Anthropic together?', "What is Alibaba's and Tencent's capex combined?"]) {
      expect(operationOf(question), question).toBe('total');
    }
  });

  it('reads a yes/no question about two companies acting together as no sum, unless it weighs a sum (class: joint act asked yes/no)', () => {
    for (const question of ['Did Alibaba Cloud and 01.AI set anything up together?', 'Did Alibaba and Tencent invest together in Zhipu?', 'Have Alibaba and Tencent invested in Moonshot together?', 'Did Huawei and iFLYTEK build anything together?']) {
      expect(operationOf(question), question).toBeUndefined();
    }
    for (const question of ["Is the combined capex of Alibaba and Tencent bigger than Baidu's?", 'Did Alibaba and Tencent together invest more than 100 billion yuan?', 'Did Alibaba and Tencent spend more together than Baidu?']) {
      expect(operationOf(question), question).toBe('total');
    }
  });

  it('reads money spent on two things named as where it went as no sum of two figures', () => {
    for (const question of ['阿里过去一年在AI基础设施和AI产品研发上一共砸了多少钱?', 'How much did Alibaba spend on AI infrastructure and AI product R&D in total over the past four quarters?']) {
      expect(operationOf(question), question).toBeUndefined();
    }
    // Two kinds of one item are still added up.
    expect(operationOf('阿里巴巴预计到2025年拥有的英伟达芯片和国产AI芯片合计多少块?')).toBe('total');
  });

  it('reads a share asked for itself as no total implied by it, whatever it is "from" or "based on"', () => {
    for (const question of [
      "From the Q4 2024 figures, what share of the group's total revenue came from Taobao and Tmall?",
      '根据2024年第四季度财报,淘宝天猫收入占集团总收入的多少?',
      // The total is a step toward another part: not what is asked.
      "Using Taobao and Tmall's share of group revenue, how much revenue did Alibaba's Cloud Intelligence Group make in Q4 2024?",
    ]) expect(operationOf(question), question).not.toBe('total_from_share');
  });

  it('gives a two-operand operation two operands the question tells apart, or none', () => {
    expect(operationOf('By how much did Tencent\'s capex grow in Q4 2024?')).toBeUndefined();
    const byYear = intentOf('How many fewer employees did Alibaba have at the end of 2024 than at the end of 2023?')!;
    expect(byYear.slots.map((slot) => [slot.entity, slot.period?.from])).toEqual([['alibaba', '2024-12-01'], ['alibaba', '2023-12-01']]);
    const bySubject = intentOf('How much more did Microsoft invest in OpenAI than Amazon planned to invest in Anthropic?')!;
    expect(bySubject.slots.map((slot) => slot.entity)).toEqual(['microsoft', 'amazon']);
    expect(bySubject.slots[0]!.context).toEqual(['openai', 'anthropic']);
  });

  it('orders a change from the earlier period to the later one and asks for a percentage', () => {
    const intent = intentOf('By what percentage did Alibaba\'s headcount change from the end of 2024 back to 2023?')!;
    expect(intent.asPercent).toBe(true);
    expect(intent.slots.map((slot) => slot.period?.from)).toEqual(['2023-01-01', '2024-12-01']);
  });

  it('binds the figures the question states to their operands', () => {
    const share = intentOf('What share of Alibaba\'s 380 billion yuan plan does its Q1 2025 capex of 24.6 billion yuan represent?')!;
    expect(share.slots.map((slot) => [slot.role, slot.stated?.text])).toEqual([['whole', '380 billion yuan'], ['part', '24.6 billion yuan']]);
    const zhShare = intentOf('阿里巴巴第一季度246亿元的资本开支占其3800亿元投资计划的百分之多少?')!;
    expect(zhShare.slots.map((slot) => [slot.role, slot.stated?.text])).toEqual([['whole', '3800亿元'], ['part', '246亿元']]);
    const relative = intentOf('How much smaller, in percent, was Alibaba\'s Q1 2025 capex than Tencent\'s Q4 2024 capex of 36.578 billion yuan?')!;
    expect(relative.slots.map((slot) => [slot.entity, slot.stated?.text])).toEqual([['alibaba', undefined], ['tencent', '36.578 billion yuan']]);
    // The whole follows the cue's "of", wherever the question puts it.
    const partFirst = intentOf('Cloud credits of over $300 million made up what percent of the $800 million investment?')!;
    expect(partFirst.slots.map((slot) => [slot.role, slot.stated?.text])).toEqual([['whole', '$800 million'], ['part', 'over $300 million']]);
    const wholeOpens = intentOf('Of the $5 billion of chips ordered, what percentage was the $1 billion delivered that year?')!;
    expect(wholeOpens.slots.map((slot) => [slot.role, slot.stated?.text])).toEqual([['whole', '$5 billion'], ['part', '$1 billion']]);
    const valuation = intentOf('What valuation does paying $800 million for a 36% stake imply?')!;
    expect(valuation.slots.map((slot) => slot.stated?.text)).toEqual(['$800 million', '36%']);
  });

  it('reads the period asked for and the span the question gives', () => {
    expect(intentOf('How much per quarter is Alibaba\'s three-year plan?')).toMatchObject({ per: 'quarter', span: 12 });
    expect(intentOf('阿里巴巴三年计划平均每个月多少钱?')).toMatchObject({ per: 'month', span: 36 });
    expect(intentOf('What is Tencent\'s Q4 2024 capex per day?')).toMatchObject({ per: 'day', span: undefined });
  });

  it('adds the year before to a year-on-year change that names one year', () => {
    expect(intentOf('Year over year, by how many percent did Alibaba\'s staff numbers fall at the end of 2024?')!.slots.map((slot) => slot.period?.from)).toEqual(['2023-12-01', '2024-12-01']);
    expect(intentOf('阿里巴巴2024年的员工人数同比下降了百分之多少?')!.slots.map((slot) => slot.period?.from)).toEqual(['2023-01-01', '2024-01-01']);
  });

  it('counts heads anywhere, but the things an order bought only in its own passage', () => {
    expect(intentOf('What was Alibaba\'s capital expenditure per employee in Q1 2025?')!.slots[1]).toMatchObject({ item: 'employee', metrics: ['headcount'], together: undefined });
    expect(intentOf('What did Alibaba pay per GPU?')!.slots[1]).toMatchObject({ item: 'gpu', metrics: ['chips'], together: 'paragraph' });
  });

  it('reads the counted noun, the currency wanted and a rate the question gives', () => {
    expect(intentOf('What did Alibaba pay per H20 server?')!.slots[1]).toMatchObject({ role: 'count', item: 'server', metrics: ['servers'], together: 'paragraph' });
    expect(intentOf('What is 113 million yuan in US dollars at 7.2 yuan per dollar?')).toMatchObject({ operation: 'convert', targetCurrency: 'USD', rate: 7.2 });
    expect(intentOf('折合多少港元?')?.targetCurrency).toBe('HKD');
  });

  it('converts the amount asked about, not the one named for its rate, as its owner\'s (class: a rate taken from another pair)', () => {
    for (const [question, text, entity] of [
      ["Using the dollar conversion Caixin gives for Alibaba's 380-billion-yuan plan, what is Tencent's 100-billion-yuan plan for this year worth in dollars?", '100-billion-yuan', 'tencent'],
      ["At the exchange rate implied for Alibaba's 380 billion yuan pledge, what is Tencent's 39 billion yuan Q4 capex in US dollars?", '39 billion yuan', 'tencent'],
      ['按财新给阿里3800亿元计划的美元换算,腾讯1000亿元的计划折合多少美元?', '1000亿元', 'tencent'],
    ] as const) {
      const slot = intentOf(question)!.slots[0]!;
      expect(slot.stated?.text, question).toBe(text);
      expect(slot.entity, question).toBe(entity);
    }
    // One amount: it is the one converted.
    expect(intentOf('What is 380 billion yuan in dollars?')!.slots[0]!.stated?.text).toBe('380 billion yuan');
  });

  it('reads two operations in one question: a share of a sum, a share of a change, an average asked in two units', () => {
    for (const question of ['What percentage of the combined Amazon and Google commitments to Anthropic came from Amazon?', '亚马逊和谷歌对Anthropic的投资承诺合计中,亚马逊占多少比例?', 'Of the Nvidia and domestic AI chips combined, what percentage are domestic?']) {
      expect(intentOf(question), question).toMatchObject({ operation: 'share', derived: { role: 'whole', operation: 'total' } });
    }
    expect(intentOf('What percentage of the combined Amazon and Google commitments to Anthropic came from Amazon?')!.slots.map((slot) => slot.entity)).toEqual(['amazon', 'google']);
    for (const question of ['What percentage of its end-2023 workforce did Alibaba cut during 2024?', '阿里巴巴2024年裁减的员工占其2023年底员工总数的比例是多少?']) {
      const intent = intentOf(question)!;
      expect(intent.derived, question).toEqual({ role: 'part', operation: 'difference' });
      expect(intent.slots.map((slot) => [slot.role, slot.period?.from]), question).toEqual([['whole', '2023-12-01'], ['b', '2024-01-01']]);
    }
    expect(intentOf('What is the annual average of Alibaba\'s plan, and what is that per quarter?')).toMatchObject({ per: 'year', thenPer: 'quarter' });
    expect(intentOf('阿里巴巴的投资计划每年平均多少,每个季度又是多少?')).toMatchObject({ per: 'year', thenPer: 'quarter' });
    // One unit asked: nothing to divide again; a plain share has no derived operand.
    expect(intentOf('How much per quarter is Alibaba\'s three-year plan?')!.thenPer).toBeUndefined();
    expect(intentOf('What share of Alibaba\'s 380 billion yuan plan does its Q1 2025 capex represent?')!.derived).toBeUndefined();
  });

  it('reads a whole summed from parts named before the share is asked, with the parts the question states as operands', () => {
    for (const question of [
      'Counting Nvidia and domestic chips together, what share of the AI chips Alibaba expects to hold by 2025 will be Nvidia chips?',
      'Counting the Wenxin model\'s 825 applications and 500 plugins together, what percentage were plugins?',
      '智谱AI超过25亿元的融资和智能语音5亿元的融资加起来,智谱AI占多少比例?',
      'Taking Amazon\'s and Google\'s commitments to Anthropic together, what share came from Google?',
    ]) expect(intentOf(question), question).toMatchObject({ operation: 'share', derived: { role: 'whole', operation: 'total' } });
    const stated = intentOf('智谱AI超过25亿元的融资和智能语音5亿元的融资加起来,智谱AI占多少比例?')!.slots;
    expect(stated.map((slot) => [slot.stated?.text, slot.entity])).toEqual([['超过25亿元', 'zhipu-ai'], ['5亿元', undefined]]);
    // A maker before the item names a kind of chip; the chips are the subject's.
    expect(intentOf('Counting Nvidia and domestic chips together, what share of the AI chips Alibaba expects to hold by 2025 will be Nvidia chips?')!.slots.map((slot) => slot.entity)).toEqual(['alibaba', 'alibaba']);
    // Nothing joined before the cue, or a change asked: no sum.
    expect(intentOf('In total, what share of Alibaba\'s deals in China went to AI startups?')?.derived).toBeUndefined();
    expect(intentOf('Taken together, what percentage was the decline in Alibaba\'s and Tencent\'s headcount?')?.derived).toBeUndefined();
  });

  it('reads spans in days and tens, in words and in Chinese numerals', () => {
    for (const [question, per, span] of [
      ['Baidu\'s Wenxin model reached 54,000 developers within just over forty days. How many developers a day is that?', 'day', 40],
      ['文心大模型公开发布四十多天内用户达到4500个,平均每天大约新增多少用户?', 'day', 40],
      ['Some 3,000 users signed up over twenty days. What is that per day on average?', 'day', 20],
      ['阿里巴巴三年投入3800亿元,平均每个季度是多少?', 'quarter', 12],
    ] as const) expect(intentOf(question), question).toMatchObject({ operation: 'per_period', per, span });
    // A span in days does not divide into months or years.
    expect(intentOf('Some 3,000 users signed up over twenty days. What is that per month?')?.span).toBeUndefined();
  });

  it('reads "how far apart" as a difference and a company bought as the other party', () => {
    expect(intentOf('Tencent\'s capex is 36.578 billion yuan in one report and 39 billion yuan in another. How far apart are the two figures?')?.operation).toBe('difference');
    const bought = intentOf('How many times Alibaba\'s $2 billion purchase of Kaola was its investment in RT-Mart?')!;
    expect(bought.operation).toBe('ratio');
    expect(bought.slots.map((slot) => slot.entity)).toEqual(['alibaba', 'alibaba']);
  });

  it('reads a maker right before the item as a kind of item, not as whose figure it is', () => {
    const aliases = deps.aliases;
    for (const [text, kind] of [
      ['will be Nvidia chips', true], ['英伟达芯片', true], ['英伟达H20芯片', true], ['10,000 Nvidia GPUs', true], ['Nvidia A800 GPUs', true],
      ['Nvidia\'s chips', false], ['Nvidia CEO Jensen Huang', false], ['orders with Nvidia', false], ['英伟达的订单', false],
    ] as const) expect(brandBeforeItem(text, 'nvidia', aliases), text).toBe(kind);
    const sides = (question: string) => intentOf(question)!.slots.map((slot) => slot.entity);
    expect(sides('阿里巴巴预计到2025年拥有的国产AI芯片比英伟达芯片多多少块?')).toEqual(['alibaba', 'alibaba']);
    // Two companies compared are still two subjects.
    expect(sides('How much more did Microsoft invest in OpenAI than Amazon in Anthropic?')).toEqual(['microsoft', 'amazon']);
  });

  it('reads a rate the question gives in several forms, and never takes it for an operand', () => {
    for (const question of ['At 7.2 yuan per dollar, how much is Tencent\'s 100 billion yuan plan in US dollars?', 'Using an exchange rate of 7.2, what is 100 billion yuan in dollars?', '按1美元兑7.2元人民币计算,8亿美元折合多少人民币?', '1000亿元按7.2元兑1美元折合多少美元?']) {
      const intent = intentOf(question)!;
      expect(intent, question).toMatchObject({ operation: 'convert', rate: 7.2 });
      expect(intent.slots[0]!.stated?.text, question).not.toMatch(/^7\.2/);
      expect(statedFigures(question).some((figure) => figure.text.startsWith('7.2')), question).toBe(false);
    }
  });

  it('reads a conversion the question cites ("按…约合…的换算") as a rate, but not "换算为" as one', () => {
    const intent = intentOf('按财新3800亿元约合530亿美元的换算,腾讯今年1000亿元的投资计划约合多少美元?')!;
    expect(intent.rate).toBeCloseTo(380 / 53, 3);
    expect(intent.slots[0]!.stated?.text).toBe('1000亿元');
    expect(intentOf('腾讯今年1000亿元的投资计划换算为美元是多少?')!.rate).toBeUndefined();
  });

  it('treats the party an investment goes to as context, not as a subject', () => {
    const intent = intentOf('How much did Amazon and Google commit to Anthropic in total?')!;
    expect(intent.slots.map((slot) => slot.entity)).toEqual(['amazon', 'google']);
    expect(intent.slots[0]!.context).toEqual(['anthropic']);
  });
});

describe('an even pace over a plan\'s span set against one figure of the same company', () => {
  it.each([
    ["Alibaba's 380 billion yuan plan covers three years. If it were spread evenly by quarter, was the capex it reported for Q1 2025 above or below that pace?", 'quarter', 12],
    ["By what percentage would Alibaba's quarterly capex have to rise from Q1 2025's 24.6 billion yuan to reach the quarterly average of its 380 billion yuan three-year plan?", 'quarter', 12],
    ["How much bigger is the quarterly average of Alibaba's three-year plan than its Q1 2025 capex?", 'quarter', 12],
    ['阿里2025年第一季度资本开支要增长百分之多少,才能达到3800亿元三年计划的季度平均水平?', 'quarter', 12],
  ])('%s', (question, per, span) => {
    const intent = intentOf(question)!;
    expect(intent).toMatchObject({ operation: 'per_period', per, span });
    expect(intent.thenCompare).toBeDefined();
    expect(intent.slots[0]!.metrics).not.toContain('capex');
  });

  it('averages without comparing when nothing is set against the average', () => {
    expect(intentOf("How much does Alibaba's three-year plan come to per quarter?")!.thenCompare).toBeUndefined();
  });
});

describe('review fixes: cues that must not fire on ordinary questions', () => {
  it.each([
    'What did Robin Li say about ERNIE a year ago?',
    '据此前报道,月之暗面的估值是多少?',
    "How much higher was Alibaba's capex in Q1 2025 than its average a year before the plan began?",
  ])('%s', (question) => {
    const operation = operationOf(question);
    expect(operation === 'prior' || operation === 'valuation' || operation === 'per_period').toBe(false);
  });
});

describe('a reason asked about something done every month or each year asks no amount per period', () => {
  it.each([
    'Why did Wang Xiaochuan credit Tencent Cloud for Baichuan shipping a model every month?',
    'Why does Baidu release a new model each quarter?',
    '百川为什么能每个月迭代一个模型?',
  ])('%s', (question) => {
    expect(operationOf(question)).not.toBe('per_period');
  });

  it('still works out an amount per period when one is asked', () => {
    expect(operationOf('How much is Alibaba\'s 380 billion yuan plan per year?')).toBe('per_period');
    expect(operationOf('阿里3800亿元的计划平均每年投入多少?')).toBe('per_period');
  });
});

describe('an average per period set against another company\'s figure with "than" / "比…多多少"', () => {
  it.each([
    "Spread evenly, how much more per year is Alibaba's 380 billion yuan plan than Tencent's planned spending this year?",
    'Per year, how much bigger is Alibaba\'s three-year plan than what Tencent plans to invest this year?',
    '阿里三年3800亿元平均到每年,比腾讯今年计划的投入多多少?',
  ])('%s', (question) => {
    const intent = intentOf(question);
    expect(intent?.operation).toBe('per_period');
    expect(intent?.thenCompare?.entity).toBe('tencent');
  });

  it('does not set an average against anything when no other company is named after it', () => {
    expect(intentOf('How much per year is Alibaba\'s 380 billion yuan plan?')?.thenCompare).toBeUndefined();
  });
});

describe('one unit\'s price asked with 单 ("单台大约多少钱")', () => {
  it.each(['阿里那笔300亿元的招标对应约5万台H20服务器,单台大约多少钱?', '这批芯片单颗价格是多少?'])('%s', (question) => {
    expect(operationOf(question)).toBe('unit_price');
  });

  it('is no price when 单 asks nothing of money', () => {
    expect(operationOf('阿里单季度资本开支是多少?')).not.toBe('unit_price');
  });
});


describe('a change against the quarter before is measured from the quarter before, not a year back', () => {
  it('shifts by a quarter for "the previous quarter"', () => {
    const slots = intentOf("By what percentage did Tencent's capex change in Q4 2024 compared with the previous quarter?")?.slots ?? [];
    expect(slots.some((slot) => slot.period?.from === '2023-10-01')).toBe(false);
  });
});
