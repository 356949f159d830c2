import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const ask = (question: string) => answer([{ role: 'user', content: question }], { index });

/** Every figure an operand came from is cited; a step's result carried into the next step is a calculation's, not a report's. */
function citedChain(result: Awaited<ReturnType<typeof ask>>, steps: number) {
  expect(result.calculations.length).toBe(steps);
  expect(result.calculations.flatMap((calculation) => calculation.operands).filter((operand) => operand.factId).every((operand) => operand.citation !== undefined)).toBe(true);
  expect(result.grounded).toBe(true);
  expect(result.refused).toBe(false);
}

describe('two operations in one question, the first feeding the second', () => {
  it('works out a share of a sum: first the sum, then the share', async () => {
    for (const [question, share] of [
      ['What percentage of the combined Amazon and Google commitments to Anthropic came from Amazon?', /^Amazon's share of the combined \$6 billion is about 66\.67% \[\d\]/],
      ['亚马逊和谷歌对Anthropic的投资承诺合计中,谷歌占多少比例?', /^谷歌约占两者合计60亿美元的33\.33%/],
      ['Of the Nvidia and domestic AI chips Alibaba expects to hold by 2025 combined, what percentage are domestic?', /^90,000 domestic AI chips make up about 62\.94%/],
      ['阿里巴巴预计到2025年拥有的英伟达和国产AI芯片合计中,国产芯片占多少比例?', /^国产9万约占两者合计14\.3万的62\.94%/],
    ] as const) {
      const result = await ask(question);
      expect(result.answer, question).toMatch(share);
      citedChain(result, 2);
    }
  });

  it('works out a share of a change: first the change between the periods, then its share of the whole', async () => {
    for (const question of ['What percentage of its end-2023 workforce did Alibaba cut during 2024?', '阿里巴巴2024年裁减的员工占其2023年底员工总数的比例是多少?']) {
      const result = await ask(question);
      expect(result.answer, question).toMatch(/^(?:The fall of 24,940 is about |减少的2\.49万约占阿里巴巴2023年底的员工人数的)11\.37%/);
      expect(result.answer, question).toMatch(/24,940|2\.49万/);
      citedChain(result, 2);
    }
  });

  it('works out an earlier figure from its growth inside a difference', async () => {
    for (const [question, value] of [
      ["How much did Tencent's Q4 2024 capital expenditure increase in yuan over the same quarter a year earlier, given its 386% growth?", /^Tencent's capital expenditure in Q4 2024 is about 29\.05 billion yuan higher than a year earlier/],
      ['腾讯2024年第四季度资本开支比上年同期增加了多少亿元?', /^腾讯2024年第四季度的资本开支比一年前增加约290\.52亿元/],
    ] as const) {
      const result = await ask(question);
      expect(result.answer, question).toMatch(value);
      citedChain(result, 2);
    }
  });

  it('leaves a growth asked without an amount to the rate the reports state', async () => {
    for (const question of ["How much did Tencent's capex grow compared with a year earlier in the final quarter of 2024?", '腾讯2024年第四季度资本开支比上年同期增长了多少?']) {
      const result = await ask(question);
      expect(result.answer, question).toMatch(/386%/);
      expect(result.calculations, question).toEqual([]);
    }
  });

  it('divides an average again for a second unit, and converts the result last when another currency is asked', async () => {
    const twice = await ask("What is the annual average of Alibaba's 380 billion yuan plan, and what is that per quarter?");
    expect(twice.answer).toMatch(/^Alibaba's investment plan per year comes to about 126\.67 billion yuan .*about 31\.67 billion yuan a quarter/);
    citedChain(twice, 2);
    for (const [question, lead] of [["How much is Alibaba's 380 billion yuan plan per year in US dollars?", /^Alibaba's investment plan per year comes to about \$17\.67 billion \[\d\]\[\d\]\./], ['阿里巴巴3800亿元的投资计划折合美元后,平均每年是多少?', /^阿里巴巴的投资计划平均每年约合176\.67亿美元/]] as const) {
      const result = await ask(question);
      expect(result.answer, question).toMatch(lead);
      expect(result.calculations.at(-1)!.rate?.pair, question).toBe('CNY/USD');
      citedChain(result, 2);
    }
  });
});

describe('a bounded result out of bounds', () => {
  it('rejects a part larger than its whole and says the figures do not fit, rather than a share over 100%', async () => {
    for (const question of ['百度文心大模型的54000名开发者占其4500名用户的比例是多少?']) {
      const result = await ask(question);
      expect(result.refused, question).toBe(true);
      expect(result.calculations, question).toEqual([]);
      expect(result.answer, question).toMatch(/do not fit together \(the part would be larger than the whole\)|不能配对\(部分会大于整体\)/);
      expect(result.answer, question).not.toMatch(/1200%|1,200%/);
    }
  });

  it('takes two members of one listed sentence as parts of their sum, not as a part larger than its whole', async () => {
    const result = await ask("Expressed as a percentage, how much of the Wenxin model's 58,500 users and developers were developers?");
    expect(result.answer).toMatch(/92\.31%/);
    expect(result.answer).toMatch(/58,500/);
    expect(result.refused).toBe(false);
  });
});

describe('a sum then set against a third figure', () => {
  it('adds the two, then says how many times and how far the third is from the sum, in English and Chinese', async () => {
    for (const [question, sum, compared] of [
      ["Add up Amazon's and Google's commitments to Anthropic; how does that compare with Microsoft's total investment in OpenAI?", /^Amazon and Google together come to \$6 billion in Anthropic/, /Microsoft's \$13 billion in OpenAI is about 2\.17 times that, \$7 billion more/],
      ['What do Amazon and Google commit to Anthropic in total, compared with Microsoft\'s cumulative investment in OpenAI?', /\$6 billion/, /2\.17 times/],
      ['亚马逊和谷歌对Anthropic的投资加起来,和微软对OpenAI的累计投资相比如何?', /^亚马逊和谷歌对Anthropic合计60亿美元/, /微软对OpenAI的130亿美元约为其2\.17倍,多出70亿美元/],
    ] as const) {
      const result = await ask(question);
      expect(result.answer, question).toMatch(sum);
      expect(result.answer, question).toMatch(compared);
      expect(result.calculations.length, question).toBe(3);
      expect(result.grounded, question).toBe(true);
    }
  });

  it('says which third figure the reports lack, and keeps the sum', async () => {
    const result = await ask("Add up Amazon's and Google's commitments to Anthropic; how does that compare with Baidu's investment in Anthropic?");
    expect(result.answer).toMatch(/\$6 billion/);
    expect(result.answer).toMatch(/don't give Baidu's/);
    expect(result.calculations).toHaveLength(1);
  });
});

describe('an average per period, then set against another company\'s figure', () => {
  it.each([
    ["If Alibaba spreads its 380 billion yuan evenly over the three years, how does the yearly amount compare with Tencent's planned 100 billion yuan for this year?", /126\.67 billion yuan/, /26\.67 billion yuan more/],
    ["How does Alibaba's yearly average over its three-year plan compare with Tencent's plan for this year?", /126\.67 billion yuan/, /26\.67 billion yuan/],
    ['把阿里3800亿摊到每年,和腾讯今年计划投的钱比,阿里一年多投多少?', /1266\.67亿元/, /多出266\.67亿元/],
    ['阿里三年3800亿平均到每年,跟腾讯今年的1000亿相比如何?', /1266\.67亿元/, /266\.67亿元/],
  ])('%s', async (question, average, gap) => {
    const result = await ask(question);
    expect(result.answer).toMatch(average);
    expect(result.answer).toMatch(gap);
    // "一年多投多少" asks the gap per year: it is no one-year span to divide by.
    expect(result.answer).not.toMatch(/÷ 1年|over 1 year/);
    citedChain(result, 3);
  });

  it('says which figure the reports lack instead of comparing with a near miss', async () => {
    const result = await ask("How does Alibaba's yearly average over its three-year plan compare with Baidu's plan for this year?");
    expect(result.answer).toMatch(/126\.67 billion yuan/);
    expect(result.answer).toMatch(/don't give/);
  });
});
