import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const ask = (question: string) => answer([{ role: 'user', content: question }], { index });

describe('a share of a whole the question builds from its parts', () => {
  it('sums the parts named before the share is asked, then takes the share of the part named after', async () => {
    for (const [question, lead] of [
      ['Counting Nvidia and domestic chips together, what share of the AI chips Alibaba expects to hold by 2025 will be Nvidia chips?', /^Over 53,000 Nvidia chips make up about 37\.06% of the combined 143,000/],
      ['Counting Nvidia and domestic chips together, what share of the AI chips Alibaba expects to hold by 2025 will be domestic chips?', /^90,000 domestic AI chips make up about 62\.94%/],
      ['Counting the Wenxin model\'s 825 applications and 500 plugins together, what percentage were plugins?', /^500 plugins make up about 37\.74% of the combined 1,325/],
      ['Counting the Wenxin model\'s 825 applications and 500 plugins together, what percentage were applications?', /^825 applications make up about 62\.26%/],
      ['智谱AI超过25亿元的融资和智能语音5亿元的融资加起来,智谱AI占多少比例?', /^智谱.{0,12}约占两者合计30亿元的83\.33%/],
    ] as const) {
      const result = await ask(question);
      expect(result.answer, question).toMatch(lead);
      expect(result.calculations.length, question).toBe(2);
      expect(result.grounded, question).toBe(true);
    }
  });

  it('does not credit the second stated figure to the company named before the first', async () => {
    const result = await ask('智谱AI超过25亿元的融资和智能语音5亿元的融资加起来,智谱AI占多少比例?');
    expect(result.answer).not.toMatch(/而不是智谱/);
  });
});

describe('a share asked "of which" after its whole, whose whole is the sum of the parts a report lists', () => {
  it('adds the listed parts and takes the share of the one named, in English and Chinese', async () => {
    for (const [question, lead, total] of [
      ['阿里巴巴预计到2025年拥有的AI芯片中,英伟达芯片占比多少?', /^英伟达.{0,12}约占两者合计14\.3万的37\.06%/, /英伟达/],
      ['How many AI chips will Alibaba hold by 2025, and of them what share will be domestic?', /^90,000 domestic AI chips make up about 62\.94% of the combined 143,000/, /143,000/],
      ['By 2025, how many AI chips does Alibaba expect to have? What percentage of these are domestic?', /^90,000 domestic AI chips make up about 62\.94%/, /143,000/],
      ['阿里巴巴到2025年会有多少块AI芯片?其中英伟达芯片占比多少?', /^英伟达.{0,12}约占两者合计14\.3万的37\.06%/, /国产/],
    ] as const) {
      const result = await ask(question);
      expect(result.answer, question).toMatch(lead);
      expect(result.answer, question).toMatch(total);
      expect(result.calculations.length, question).toBe(2);
      expect(result.grounded, question).toBe(true);
    }
  });

  it('never takes another company\'s listed chips, nor a stray count of chips, as the subject\'s', async () => {
    for (const question of ['腾讯的AI芯片中,国产芯片占比多少?', 'Of ByteDance\'s AI chips, what share are Nvidia chips?']) {
      const result = await ask(question);
      expect(result.answer, question).not.toMatch(/62\.94|37\.06|0\.00\d+%/);
      expect(result.calculations, question).toHaveLength(0);
    }
  });
});

describe('a maker named before the item is a kind of item, not whose figure it is', () => {
  it('compares the subject\'s own two kinds of chip, in Chinese and English', async () => {
    for (const [question, result] of [
      ['阿里巴巴预计到2025年拥有的国产AI芯片比英伟达芯片多多少块?', /3\.7万/],
      ['How many more domestic AI chips than Nvidia chips does Alibaba expect to hold by 2025?', /37,000/],
    ] as const) {
      const reply = await ask(question);
      expect(reply.answer, question).toMatch(result);
      // Baidu's 1,600 Ascend chips and Qwen3's 4 H20 chips are other items, not Alibaba's holdings.
      expect(reply.answer, question).not.toMatch(/1,600|1600|(?<![\d,])4 /);
    }
  });
});

describe('operands the question states and the reports confirm', () => {
  it('says a conversion at a rate the question quotes from a report plainly, without a contradicted-figure opener', async () => {
    for (const [question, value] of [
      ['At the exchange rate implied by Caixin\'s conversion of Alibaba\'s 380 billion yuan plan into about $52.5 billion, what is Alibaba\'s 30 billion yuan H20 tender in US dollars?', /^30 billion yuan comes to about \$4\.14 billion/],
      ['按财新3800亿元约合530亿美元的换算,腾讯今年1000亿元的投资计划约合多少美元?', /^1000亿元折合139\.47亿美元/],
    ] as const) {
      const result = await ask(question);
      expect(result.answer, question).toMatch(value);
      expect(result.refused, question).toBe(false);
    }
  });
});

describe('an earlier figure from growth the question counts from a start or gives for a year', () => {
  it('works back to the figure at launch from an N-fold rise since launch, and names it so', async () => {
    for (const question of [
      'Doubao\'s 16.47 trillion daily API calls were up 137-fold since its May 2024 launch. Roughly how many daily calls did it have at launch?',
      'Doubao\'s daily API calls rose 137-fold from its launch to 16.47 trillion. What was the daily volume when it launched?',
    ]) {
      const result = await ask(question);
      expect(result.answer, question).toMatch(/at launch was about 120\.22 billion/);
      expect(result.answer, question).not.toMatch(/a year earlier|this uses the figure in the question/);
    }
    const zh = await ask('豆包日均API调用量达16.47万亿次,较发布时增长137倍,发布时大约是多少?');
    expect(zh.answer).toMatch(/^发布时.{0,20}约为1202\.19亿/);
  });

  it('reads "2023年是多少" after a stated growth as the year before, in Chinese', async () => {
    const result = await ask('Statista称2024年全球AI市场规模达1200亿美元,同比增长25%,2023年是多少?');
    expect(result.answer).toMatch(/960亿美元/);
    expect(result.calculations.length).toBe(1);
  });
});

describe('a year\'s flow is not filled by a figure whose sentence names no period', () => {
  it('says which figure is lacking instead of dividing a quarter\'s revenue by the year-end headcount', async () => {
    for (const question of ['What was Alibaba\'s revenue per employee in 2024?', '阿里巴巴2024年的人均收入是多少?']) {
      const result = await ask(question);
      expect(result.answer, question).not.toMatch(/518,680|51\.87万/);
      expect(result.calculations.length, question).toBe(0);
    }
  });

  it('still divides a quarter\'s figure that says its quarter', async () => {
    const result = await ask('What was Alibaba\'s capital expenditure per employee in Q1 2025, using its end-2024 headcount?');
    expect(result.calculations.length).toBe(1);
    expect(result.refused).toBe(false);
  });
});

describe('a whole the reports give only as list members', () => {
  it('sums the members of one list in one sentence rather than dividing one member by the other', async () => {
    for (const [question, lead] of [
      ['What percentage of the AI chips Alibaba expects to have by 2025 are domestic chips?', /62\.94%/],
      ['What percentage of the AI chips Alibaba expects to have by 2025 are Nvidia chips?', /37\.06%/],
    ] as const) {
      const result = await ask(question);
      expect(result.answer, question).toMatch(lead);
      expect(result.answer, question).not.toMatch(/58\.89%|169\.81%/);
      expect(result.calculations.length, question).toBe(2);
    }
  });

  it('keeps a whole and a part from different sentences as they are', async () => {
    const result = await ask('What share of Alibaba\'s roughly $800 million investment in Moonshot AI was provided as cloud credits?');
    expect(result.answer).toMatch(/37\.5%/);
    expect(result.calculations.length).toBe(1);
  });
});

describe('operands in two reports, and counts by their item nouns', () => {
  it('takes the difference of two reports\' figures for one thing, and a ratio against a purchase of another company', async () => {
    const apart = await ask('The reports put Tencent\'s Q4 2024 capital expenditure at 36.578 billion yuan in one place and its AI-related capex at 39 billion yuan in another. How far apart are the two figures?');
    expect(apart.answer).toMatch(/2\.42(?:2)? billion yuan/);
    const times = await ask('How many times Alibaba\'s $2 billion purchase of Kaola was its investment in RT-Mart?');
    expect(times.answer).toMatch(/\b10\b/);
    expect(times.calculations.length).toBe(1);
  });

  it('divides by the figure the counted noun follows, whichever order the question gives them in', async () => {
    for (const question of [
      'On average, how many clients per model does Baidu\'s Qianfan platform serve, given its 42 models and over 17,000 clients?',
      'Given over 17,000 clients and 42 models on Baidu\'s Qianfan platform, how many clients per model is that?',
    ]) {
      const result = await ask(question);
      expect(result.answer, question).toMatch(/404\.76|404\.8|405/);
      expect(result.answer, question).not.toMatch(/0\.0024/);
    }
  });

  it('divides a total over a span in days when asked per day, in English and Chinese', async () => {
    const en = await ask('Baidu\'s Wenxin model reached 54,000 developers within just over forty days of its public release. Roughly how many developers a day is that?');
    expect(en.answer).toMatch(/1,350/);
    const zh = await ask('文心大模型公开发布四十多天内用户达到4500个,平均每天大约新增多少用户?');
    expect(zh.answer).toMatch(/112\.5/);
  });
});

describe('a total for a year the question names, asked per quarter or month', () => {
  it('divides by the units in the question\'s year when the figure\'s sentence gives no period of its own', async () => {
    for (const [question, value] of [
      ['Of the Nvidia chip orders, $4 billion worth of GPUs was scheduled for delivery in 2024. Spread evenly, how much is that per quarter?', /\$1 billion/],
      ['英伟达订单中有40亿美元的GPU计划在2024年交付,平均每个月是多少?', /3\.33亿美元/],
    ] as const) {
      const result = await ask(question);
      expect(result.answer, question).toMatch(value);
      expect(result.calculations.length, question).toBe(1);
    }
  });

  it('still says which figure is lacking when only a quarter of the year is reported', async () => {
    const result = await ask('What was Tencent\'s capital expenditure per month in 2024?');
    expect(result.calculations.length).toBe(0);
    expect(result.answer).toMatch(/don't give Tencent's capital expenditure in 2024/);
  });
});

describe('a total implied by a share the question names but does not state is worked out from the reports\' share', () => {
  it.each([
    ["Based on Taobao and Tmall's revenue and its share, what was Alibaba's total revenue in Q4 2024?", /279\.45 billion yuan/],
    ['根据淘宝和天猫的营收及其占比,阿里巴巴2024年第四季度集团总营收大约是多少?', /2794\.48亿元/],
  ])('%s', async (question, total) => {
    const result = await answer([{ role: 'user', content: question }], { index });
    expect(result.calculations).toHaveLength(1);
    expect(result.answer.split('\n')[0]).toMatch(total);
  });

  it('says which figure the reports lack when the part\'s amount is not given', async () => {
    const result = await answer([{ role: 'user', content: "Using the Cloud Intelligence Group's share of revenue, what was Alibaba's total revenue in Q4 2024?" }], { index });
    expect(result.calculations).toHaveLength(0);
    expect(result.answer).toMatch(/cannot be worked out|don't give/);
  });
});

describe('a figure worked back from growth for the year the question names ("… after a 68% jump, what was it in 2024?")', () => {
  it.each([
    ["If YMTC's DRAM output this year tops 2.7 million pieces after a 68% jump, roughly what was it in 2024?", /1\.61 million/],
    ["YMTC's output this year will exceed 2.7 million pieces, up 68% from 2024. What was it in 2024?", /1\.61 million/],
    ['长江存储今年的产量预计比2024年增长68%,那么2024年大约是多少片?', /160\.71万/],
  ])('%s', async (question, prior) => {
    const result = await answer([{ role: 'user', content: question }], { index });
    expect(result.calculations).toHaveLength(1);
    expect(result.answer.split('\n')[0]).toMatch(prior);
    // The report's qualifier is said in prose, not inside the arithmetic.
    expect(result.answer).not.toMatch(/(?:exceeding|超过)\s*2\.7 million ÷|(?:exceeding|超过)270万 ÷/);
  });
});

describe('a price per unit from a sum "worth" of the item and its count, with a source the asker abbreviates', () => {
  it.each([
    "From the FT's numbers on the A800 shipment, what's the rough price per GPU?",
    'What was the price per A800 GPU in the $1 billion shipment?',
  ])('%s', async (question) => {
    const result = await answer([{ role: 'user', content: question }], { index });
    expect(result.refused).toBe(false);
    expect(result.answer.split('\n')[0]).toMatch(/^Each GPU works out at about \$10,000 \[1\]: \$1 billion ÷ 100,000 ≈ \$10,000\./);
  });
});

describe('a difference "than a year earlier" sets the figure against the same span a year before', () => {
  it.each([
    ['How many fewer employees did Alibaba have at the end of 2024 than a year earlier?', /24,940/],
    ['截至2024年底阿里巴巴员工比一年前减少了多少人?', /2\.49万/],
  ])('%s', async (question, difference) => {
    const result = await answer([{ role: 'user', content: question }], { index });
    expect(result.answer.split('\n')[0]).toMatch(difference);
    // Never the headcount cut ("nearly 25,000") taken for the earlier headcount.
    expect(result.answer).not.toMatch(/nearly 25,000 =|近2\.5万 =/);
  });
});

describe('a saving on costs is a rate the reports state, and a tender per server is money per unit', () => {
  it('answers "By how much did the HCC cluster cut MiniMax\'s cloud bill?" with the reported 20%', async () => {
    const result = await answer([{ role: 'user', content: "By how much did Tencent Cloud's HCC cluster cut MiniMax's cloud bill?" }], { index });
    expect(result.calculations).toHaveLength(0);
    expect(result.answer.split('\n')[0]).toMatch(/20%/);
  });

  it('works out a tender per server', async () => {
    const result = await answer([{ role: 'user', content: "What does Alibaba's H20 tender work out to per server?" }], { index });
    expect(result.answer.split('\n')[0]).toMatch(/600,000 yuan/);
  });

  it('reads people cut in Chinese as a headcount change', async () => {
    const result = await answer([{ role: 'user', content: '阿里2024年裁了多少人?' }], { index });
    expect(result.answer.split('\n')[0]).toMatch(/2\.49万/);
  });
});
