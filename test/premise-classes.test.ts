/**
 * Premise classes on the real reports (issue 11, item 5), each asked several ways in English and Chinese,
 * with failure paths: a true approximate or rounded figure is never disputed; a question that asks to confirm
 * a false premise opens with No / 不是 and the fact in the same sentence; two events ordered the other way round
 * from the reports are corrected, the right order is not; a correction is not said twice.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { splitSentences } from '../core/index.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const ask = async (question: string) => (await answer([{ role: 'user', content: question }], { index })).answer;
const lead = async (question: string) => splitSentences(await ask(question))[0]?.text ?? '';
/** Words that say the question's premise is wrong. */
const CORRECTION = /not the reports'|don't call|don't support|other way round|, not |不符|而不是|并不支持|正相反/;

describe('a true figure stated approximately or rounded is not disputed (approximate-premise)', () => {
  it.each([
    "Alibaba's headcount went from about 219,000 at the end of 2023 to roughly 194,000 at the end of 2024; how many fewer is that?",
    '阿里巴巴员工从2023年底的约21.9万人减少到2024年底的约19.4万人,一共少了多少人?',
    "Tencent's Q4 2024 capex was about 36.6 billion yuan; how much did it grow year on year?",
    '腾讯2024年第四季度资本开支约366亿元,同比增长多少?',
    '阿里巴巴2024年底约19.4万名员工,为什么要减员?',
  ])('%s', async (question) => {
    expect(await ask(question)).not.toMatch(CORRECTION);
  });

  it.each([
    ['Alibaba had about 250,000 employees at the end of 2024; why did it keep cutting staff?', /194,320|19\.432万/],
    ['阿里2024年底有约25万名员工,为什么还在裁员?', /194,320|19\.432万/],
  ])('%s: a figure outside its rounding is still corrected', async (question, given) => {
    const first = await lead(question);
    expect(first).toMatch(CORRECTION);
    expect(first).toMatch(given);
  });
});

describe('a question that asks to confirm a false premise opens with No (confirm-premise)', () => {
  it.each([
    ['Is it true that Alibaba invested in Zhipu AI in 2020?', /^No —.*2023/],
    ['Did Alibaba invest in Unitree in 2021?', /^No —.*2025/],
    ["Did Tencent's capital expenditure fall in Q4 2024?", /^No —.*(?:increase|386%)/],
    ['腾讯第四季度的资本开支是不是下降了?', /^不是,.*(?:386%|increase)/],
    ['Is it true that Alibaba added about 25,000 employees during 2024?', /^No —.*194,320/],
  ])('%s', async (question, opening) => {
    expect(await lead(question)).toMatch(opening);
  });

  it.each([
    'Is it true that Alibaba invested in Zhipu AI in 2023?',
    'Did Alibaba invest in Unitree in 2025?',
    '宇树在阿里投资之前就已经盈利了吗?',
  ])('%s: a true premise gets no No', async (question) => {
    const first = await lead(question);
    expect(first).not.toMatch(/^(?:No\b|不是)/);
    expect(first).not.toMatch(CORRECTION);
  });
});

describe('two events ordered the other way round from the reports (sequence-premise)', () => {
  it.each([
    ['Did Unitree only become profitable after Alibaba invested in it in 2025?', /^No —.*before Alibaba invested in Unitree/],
    ["Unitree turned profitable only after Alibaba's investment, right?", /^No —.*before Alibaba invested in Unitree/],
    ['宇树科技是不是拿了阿里的投资之后才开始盈利的?', /^不是,.*before Alibaba invested in Unitree/],
    ['宇树是在阿里投资以后才实现盈利的吗?', /^不是,.*before Alibaba invested in Unitree/],
  ])('%s', async (question, opening) => {
    expect(await lead(question)).toMatch(opening);
  });

  it.each([
    'Was Unitree already profitable before Alibaba invested in 2025?',
    'Why did Unitree raise money after becoming profitable?',
    '宇树在阿里投资之前就已经盈利了吗?',
  ])('%s: the reports\' own order is not corrected', async (question) => {
    expect(await ask(question)).not.toMatch(CORRECTION);
  });
});

describe('a correction is said once (no restatement)', () => {
  it.each([
    'Why is Alibaba putting 480 billion yuan into cloud and AI infrastructure?',
    '宇树科技是不是拿了阿里的投资之后才开始盈利的?',
    "Why did Tencent's capital expenditure fall in Q4 2024?",
    'Why does Tencent plan to invest 200 billion yuan this year?',
  ])('%s', async (question) => {
    const sentences = splitSentences(await ask(question)).map((sentence) => sentence.text);
    expect(sentences.filter((sentence) => /don't support the figure|并不支持问题中的数字|^Yes\.|^是的。/.test(sentence))).toEqual([]);
    const quotes = sentences.flatMap((sentence) => sentence.match(/“[^”]{20,}”/g) ?? []);
    expect(new Set(quotes).size).toBe(quotes.length);
  });
});

describe('a wrong price for a deal named by its other party (party-deal-premise)', () => {
  it.each([
    ['Why did Alibaba spend $20 billion buying Kaola?', /\$2 billion/],
    ['Alibaba bought Kaola for $5 billion in 2019; what happened to it afterwards?', /\$2 billion/],
    ['阿里巴巴为什么花200亿美元收购网易考拉?', /20亿美元/],
    ['阿里以50亿美元收购考拉之后,考拉怎么样了?', /20亿美元/],
  ])('%s', async (question, given) => {
    const first = await lead(question);
    expect(first).toMatch(CORRECTION);
    expect(first).toMatch(given);
  });

  it.each([
    'Why did Alibaba invest over $20 billion in RT-Mart?',
    'Why did Alibaba pay $2 billion for Kaola?',
    // OpenAI is the party of the $13 billion, not of the $80 billion chip-cluster plan.
    "How many times Microsoft's cumulative $13 billion investment in OpenAI is its $80 billion plan for an AI chip cluster?",
    '微软800亿美元的AI芯片集群计划是其对OpenAI累计130亿美元投资的几倍?',
    // RT-Mart is the party of "its investment", far from the $2 billion.
    "How many times Alibaba's $2 billion purchase of Kaola was its investment in RT-Mart?",
  ])('%s: the size the reports give that deal is not disputed, nor another deal\'s taken for it', async (question) => {
    expect(await ask(question)).not.toMatch(CORRECTION);
  });
});

describe('a share stated in tenths or halves, or in its own clause (share-premise)', () => {
  it.each([
    ['阿里云收入占阿里集团总收入的两成,说明了什么?', /13%/],
    ['阿里云智能集团的收入已经占到阿里总收入三成左右,为什么阿里还要投AI?', /13%/],
    ["Alibaba Cloud already makes up about 30% of Alibaba's revenue; why is e-commerce still the core?", /13%/],
    ['阿里云智能集团的收入为什么能占到集团总收入的一半以上？', /13%/],
  ])('%s', async (question, given) => {
    const first = await lead(question);
    expect(first).toMatch(CORRECTION);
    expect(first).toMatch(given);
  });

  it.each([
    '阿里云智能集团收入只占集团总收入一成多,为什么阿里还要加大AI投入?',
    "Alibaba Cloud makes up about 13% of Alibaba's revenue; why is e-commerce still the core?",
  ])('%s: the share the reports give is not disputed', async (question) => {
    expect(await ask(question)).not.toMatch(CORRECTION);
  });
});

describe('a cut of a spending measure ("cut its R&D expenditure") is a fall the reports can contradict', () => {
  it.each([
    'Why did Meituan cut its R&D expenditure in Q2 this year?',
    'Why did Meituan slash its R&D expenditure in the second quarter?',
  ])('%s', async (question) => {
    expect(await ask(question)).toMatch(/^The reports don't support the premise/);
  });

  it('leaves "cutting costs" (a saving, not a measure falling) alone', async () => {
    expect(await ask('How did Qwen3 cut deployment costs?')).not.toMatch(/don't support the premise/);
  });
});

describe('a premise in everyday measure words against the report\'s formal ones ("R&D spending" / "R & D expenditure")', () => {
  it('is corrected, quoting the clause that contradicts it', async () => {
    const said = await ask('Why did Meituan cut its R&D spending in Q2?');
    expect(said).toMatch(/^The reports don't support the premise that Meituan cut its R&D spending in Q2: Meituan's R & D expenditure/);
    expect(said).not.toMatch(/JD\.com/);
  });
});

describe('money asked in so many words is never answered with a rate or a multiple', () => {
  it('"斑马网络这几年一共亏了多少钱?" is not "亏损增长7倍"', async () => {
    // (The answer's own words: the report's sentence quoted under it may mention the multiple in passing.)
    expect((await ask('斑马网络这几年一共亏了多少钱?')).split('“')[0]).not.toMatch(/增长7倍|sevenfold/);
  });
});

describe('premises the reports contradict, however the question words them (ninth session)', () => {
  it.each([
    // A measure's abbreviation against the report's formal name (capex / capital expenditure, R&D / R & D expenditure).
    ["Why did Tencent's capex fall in Q4 2024?", /^The reports don't support .*capital expenditure/],
    ["Why did Meituan's R&D spending drop in Q2?", /^The reports don't support the premise that Meituan's R&D spending dropped in Q2: .*increase of 17\.2%/],
    // A cut's object is the measure; who cut it may be named otherwise in the report.
    ["Why did Alibaba's generative AI tools cut B2B product conversion by 52%?", /^The reports don't support the premise .*rising by 52%/],
    // A statement put first, then the question built on it.
    ["Unitree has been loss-making for years — is that why it needed Alibaba's money?", /^The reports don't support the premise that Unitree has been loss-making for years: .*profitable/],
    ['Unitree keeps losing money, so why did Alibaba invest?', /^The reports don't support the premise that Unitree keeps losing money/],
    ['Why has Unitree been loss-making for years?', /^The reports don't support the premise that Unitree has been loss-making/],
  ])('%s', async (question, correction) => {
    expect(await ask(question)).toMatch(correction);
  });

  it('leaves a premise the reports bear out alone', async () => {
    expect(await ask("Why did Tencent's capex rise in Q4 2024?")).not.toMatch(/don't support/);
    expect(await ask('Why has Unitree been profitable since 2020?')).not.toMatch(/don't support/);
  });
});

describe('a denied deal taken for done is corrected even when the question names a third company it is used in', () => {
  it('"Now that Alibaba owns 10% of DeepSeek …, how is it using DeepSeek inside Alibaba Cloud?"', async () => {
    expect(await ask("Now that Alibaba owns 10% of DeepSeek after its $1 billion deal, how is it using DeepSeek inside Alibaba Cloud?")).toMatch(/market talk that was later denied/);
  });

  it('leaves a confirmed deal alone', async () => {
    expect(await ask('Now that Alibaba owns 36% of Moonshot AI, how does Moonshot use Alibaba Cloud?')).not.toMatch(/market talk/);
  });
});

describe('a premise against expectations, or a rise said as doubling, is corrected', () => {
  it.each([
    ["Alibaba's Q1 2025 capex of 24.6 billion yuan blew past expectations — what drove the beat?", /^The reports don't support the premise .*below market expectations/],
    ["Why did Alibaba's Q1 2025 capex beat expectations?", /^The reports don't support .*below market expectations/],
    ['阿里巴巴2025年第一季度资本开支为什么超出预期?', /^报告并不支持.*低于预期/],
    ["Why did Tencent Cloud's StarSea servers double GPU server failure rates?", /^The reports don't support .*reduce GPU server failure rates/],
  ])('%s', async (question, correction) => {
    expect(await ask(question)).toMatch(correction);
  });

  it('leaves a premise the reports bear out alone', async () => {
    expect(await ask("Why did Alibaba's Q1 2025 capex fall below expectations?")).not.toMatch(/don't support/);
  });
});

describe('"reduce" is a fall only with its amount', () => {
  it('reads "reduce reliance on a single chip provider" as no fall to correct a rise with', async () => {
    const result = await answer([
      { role: 'user', content: "How much did Tencent Yuanbao's daily active users grow in March 2025?" },
      { role: 'assistant', content: 'Twentyfold versus February.' },
      { role: 'user', content: 'Why did it jump so much?' },
    ], { index });
    expect(result.answer).not.toMatch(/don't support the premise/);
  });
});

describe('the reports\' amount in another currency is corrected, in words naming both currencies (currency-premise)', () => {
  it.each([
    ['Why did Alibaba pledge $380 billion for AI over three years?', /380 billion (?:RMB|yuan)[^.]*in yuan, not US dollars/],
    ['What will Tencent do with the 100 billion US dollars it plans to invest in AI this year?', /100 billion yuan[^.]*in yuan, not US dollars/],
    ['阿里宣布三年投3800亿美元,主要投向哪里?', /3800亿元.*单位是人民币,不是美元/],
  ])('%s', async (question, corrected) => {
    expect(await lead(question)).toMatch(corrected);
  });

  it('leaves an amount the reports give in that very currency alone', async () => {
    const said = await lead('Why did Alibaba invest about $800 million in Moonshot AI?');
    expect(said).not.toMatch(CORRECTION);
    expect(said).not.toMatch(/not US dollars/);
  });
});

describe('a state the reports contradict is corrected however the premise is joined or worded (state-premise)', () => {
  it.each([
    // open source ↔ closed source
    ['Why was Tongyi Qianwen 2.0 released as open source?'],
    ['通义千问2.0为什么发布时就选择开源?'],
    // a loss said as "losing money", the statement joined to its question by a bare dash
    ['Unitree kept losing money for years—so why did Alibaba back it?'],
    ['Unitree had been losing money for years — what made Alibaba invest anyway?'],
  ])('%s', async (question) => {
    expect(await lead(question)).toMatch(/don't support|并不支持|不符/);
  });

  it('does not dispute a state the reports share, even when another version had the other state', async () => {
    expect(await lead('Why did Alibaba make Qwen3 open source?')).not.toMatch(/don't support|并不支持/);
    expect(await lead('Why did Alibaba open-source Tongyi Qianwen?')).not.toMatch(/don't support|并不支持/);
  });
});

describe('a count stated for one item is checked against that item\'s figure, and a round figure is not stretched to half itself (count-premise)', () => {
  it.each([
    ['Why did Alibaba\'s tender add demand for about 100,000 H20 servers?', /50,000/],
    ['阿里的招标为什么新增了约10万台H20服务器的需求?', /5万/],
  ])('%s', async (question, reportFigure) => {
    const said = await lead(question);
    expect(said).toMatch(CORRECTION);
    expect(said).toMatch(reportFigure);
  });

  it('takes a count rounded the way people round it as the reports\' own', async () => {
    expect(await lead('Why did Alibaba\'s tender add demand for roughly 50,000 H20 servers?')).not.toMatch(CORRECTION);
  });
});

describe('a premise after a scene-setting phrase, and a loss in everyday words, are checked too', () => {
  it.each([
    'With all this AI spending, why did Alibaba\'s headcount keep rising in 2024?',
    'Despite the cost cuts, why did Alibaba\'s staff numbers grow in 2024?',
    'Unitree keeps burning cash — why did Alibaba invest anyway?',
    '宇树一直在烧钱,为什么阿里还要投?',
    '宇树一直在烧钱,阿里为什么还要投?',
  ])('%s', async (question) => {
    expect(await lead(question)).toMatch(/don't support|并不支持|不符/);
  });
});

describe('a number that counts nothing by name, beside a sum of money asked, is no count premise (class: "那笔300亿的…招标")', () => {
  it.each(['阿里那笔300亿的H20服务器招标,平均下来一台多少钱?', '阿里那个300亿的服务器招标,一台服务器多少钱?'])('%s is worked out, not corrected', async (question) => {
    const text = await ask(question);
    expect(text).not.toMatch(/不符|不支持/);
    expect(text).toMatch(/60万元/);
  });

  it('still corrects a count that names what it counts', async () => {
    expect(await ask('为什么阿里巴巴新增了约10万台H20服务器的需求？')).toMatch(/5万/);
  });
});

describe('a direction taken for granted by a how-question, or sized with a degree word, is checked like a why (class: "How did X cut …", "drop so sharply")', () => {
  it.each([
    ["How did Meituan cut its R&D expenditure in Q2 this year?", /17\.2%/],
    ["How has Alibaba's headcount grown during 2024?", /194,320/],
    ["How come Alibaba's headcount rose in 2024?", /194,320/],
    ["Why did Tencent's capex drop so sharply in Q4 2024?", /386%/],
    ["Why did Alibaba's headcount grow dramatically during 2024?", /194,320/],
    ['腾讯2024年第四季度资本开支为什么大幅下降?', /386%/],
  ])('%s: corrected', async (question, given) => {
    const first = await lead(question);
    expect(first).toMatch(CORRECTION);
    expect(first).toMatch(given);
  });

  it.each([
    "How did Tencent's capex rise so sharply in Q4 2024?",
    "How did Alibaba's headcount fall so steeply in 2024?",
    'How did Alibaba invest in Moonshot AI?',
  ])('%s: a premise the reports bear out is not "corrected"', async (question) => {
    expect(await lead(question)).not.toMatch(CORRECTION);
  });
});

describe('a direction said as "ramp up / step up / scale up", against a sentence that tells the opposite in one clause and the claimed direction of something else in another', () => {
  it.each([
    ['Why have Alibaba and Tencent ramped up their overall investments over the past two years?', /cut back/],
    ['How did Alibaba and Tencent scale up their overall investments over the past two years?', /cut back/],
  ])('%s: corrected from the clause that says so', async (question, given) => {
    const first = await lead(question);
    expect(first).toMatch(CORRECTION);
    expect(first).toMatch(given);
  });

  it('reads "intensifying its investments" as a rise, and says the correcting passage once', async () => {
    const text = await ask('Why did ByteDance cut its AI investment?');
    expect(splitSentences(text)[0]?.text ?? '').toMatch(CORRECTION);
    expect(text.match(/is intensifying its investments/g)).toHaveLength(1);
    expect(await lead('字节跳动为什么削减了AI投入?')).toMatch(CORRECTION);
  });

  it("Why has Alibaba and Tencent's focus on AI grown stronger over the past two years?: the clause on AI bears it out", async () => {
    expect(await lead("Why has Alibaba and Tencent's focus on AI grown stronger over the past two years?")).not.toMatch(CORRECTION);
  });
});

describe('a Chinese claim stated first, or put up with 吧, is a premise too (class: "X多年亏损,所以才…吧?")', () => {
  it.each([
    ['宇树科技多年亏损,所以才急着拉阿里入股吧?', /盈利|profitable/],
    ['宇树多年亏损,阿里还投它,图什么?', /盈利|profitable/],
    ['宇树科技一直亏损吧?', /盈利|profitable/],
    ['阿里2025年一季度资本开支超出市场预期,说明了什么?', /低于预期|below market expectations/],
  ])('%s: corrected', async (question, given) => {
    const text = await ask(question);
    expect(splitSentences(text)[0]?.text ?? '').toMatch(CORRECTION);
    expect(text).toMatch(given);
  });

  it.each(['宇树自2020年起连续盈利,阿里为什么还要投?', '腾讯第四季度资本开支大幅增长,主要花在哪里?'])('%s: a claim the reports bear out is not "corrected"', async (question) => {
    expect(await lead(question)).not.toMatch(CORRECTION);
  });
});

describe('a place the reports give the act otherwise is corrected (class: place-premise)', () => {
  it.each([
    ['Why did Google pick Germany for its £5 billion AI push?', /UK/],
    ['谷歌为什么选择在德国投资50亿英镑?', /英国/],
    ['Why did Tencent build its largest GPU computing center in Beijing?', /Songjiang/],
  ])('%s: corrected', async (question, place) => {
    const first = await lead(question);
    expect(first).toMatch(/place in the question is not the reports'|地点与报道不符/);
    expect(first).toMatch(place);
  });

  it.each(['Why is Google investing £5 billion in the UK?', 'Why did Tencent build its GPU computing center in Shanghai?', 'Why did Tencent build its GPU computing center in China?'])('%s: a place that holds (or lies in the one given) is not "corrected"', async (question) => {
    expect(await lead(question)).not.toMatch(/place in the question|地点与报道不符/);
  });
});

describe('a ranking the reports give the other way round is corrected (class: slowest- vs fastest-growing)', () => {
  it.each([
    "Alibaba's international segment was its slowest-growing unit in Q4 2024—what dragged it down?",
    '为什么阿里国际业务在2024年第四季度增长最慢?',
  ])('%s', async (question) => {
    const first = await lead(question);
    expect(first).toMatch(CORRECTION);
    expect(await ask(question)).toMatch(/fastest-growing/);
  });

  it('leaves the ranking the reports give alone', async () => {
    expect(await lead("Why was Alibaba's international segment the fastest-growing in Q4 2024?")).not.toMatch(CORRECTION);
  });
});

describe('a product given to a company that does not own it is corrected with its owner (owner-premise)', () => {
  it.each([
    ["How widely is Tencent's Hanguang 800 training chip deployed?", /do not tie Hanguang 800 to Tencent/, /Alibaba/],
    ["What does ByteDance's Qwen3 need to deploy?", /do not tie Qwen\S* to ByteDance/, /Alibaba/],
    ['腾讯的含光800芯片用在哪里?', /并未把含光800归于腾讯/, /阿里巴巴/],
  ])('%s', async (question, denial, owner) => {
    const first = await lead(question);
    expect(first).toMatch(denial);
    expect(first).toMatch(owner);
    // The owner is said with the passage that says it, cited.
    expect(first).toMatch(/\[\d\]/);
  });

  it.each([
    "How many daily users does Tencent's Yuanbao have?",
    '腾讯元宝的日活涨了多少?',
    "What did Alibaba Cloud's Qwen team release?",
    "What does T-Head's Hanguang 800 do?",
    // A buyer's possessive: the reports tie Baidu to the Ascend chips it ordered.
    "How many of Baidu's Ascend chips were delivered?",
  ])('%s: the owner, its own unit, or a company the reports tie to the product contradicts nothing', async (question) => {
    expect(await ask(question)).not.toMatch(/do not tie .+? to .+?: it is|并未把.+?归于/);
  });
});

describe('a change the question states is checked as a change between the two levels the reports give (change-premise)', () => {
  it.each([
    "Why did Alibaba's workforce increase by roughly 25,000 people in 2024?",
    'Alibaba added nearly 25,000 employees in 2024 — were they all AI hires?',
    '阿里巴巴2024年员工增长了大约2.5万人吗?',
  ])('the wrong direction is corrected with both levels, in order: %s', async (question) => {
    const first = await lead(question);
    expect(first).toMatch(/other way round|恰恰相反/);
    expect(first).toMatch(/219,260 to 194,320|21\.926万降至19\.432万/);
    // The stated change is not held against a level as a wrong figure.
    expect(await ask(question)).not.toMatch(/not the reports'|与报道不符|并不支持问题中的数字/);
  });

  it.each([
    "Alibaba's headcount fell by about 25,000 in 2024; was that AI-related?",
    '阿里巴巴2024年员工下降了约2.5万人,和AI有关吗?',
  ])('the right direction is no premise to correct, and no yes to a question it does not settle: %s', async (question) => {
    const text = await ask(question);
    expect(text).not.toMatch(CORRECTION);
    expect(text).not.toMatch(/^(?:Yes|是的)/);
  });
});

describe('where a company turned, stated wrongly, is corrected by the reports\' own clause (shift-premise)', () => {
  it.each([
    ['Why did Baichuan Intelligence pivot to autonomous driving?', /shifted to medical AI/],
    ['百川智能为什么转向自动驾驶?', /shifted to medical AI/],
    ['Why did MiniMax switch its focus to e-commerce?', /focus is on multi - modal technology/],
  ])('%s', async (question, told) => {
    const first = await lead(question);
    expect(first).toMatch(/don't say that|并非如此/);
    expect(first).toMatch(told);
  });

  it.each([
    'Why did Baichuan Intelligence shift to medical AI?',
    'Why did Zhipu pivot to AI agents?',
    // A company whose turn the reports do not tell.
    'Why did Tencent pivot to autonomous driving?',
  ])('no correction when the destination agrees or no turn is told: %s', async (question) => {
    expect(await lead(question)).not.toMatch(/don't say that|并非如此/);
  });
});

describe('a change stated as not happening, or in other words for hiring and layoffs (change-premise, review s16)', () => {
  it.each([
    '阿里巴巴2024年员工并没有增加2.5万人,对吧?',
    "Alibaba's headcount did not rise by 25,000 in 2024, right?",
  ])('a negated rise agrees with the fall the reports give: %s', async (question) => {
    expect(await ask(question)).not.toMatch(/other way round|恰恰相反/);
  });

  it.each([
    'Did Alibaba lay off about 25,000 people in 2024?',
    '阿里巴巴2024年员工减少了约2.5万人,是真的吗?',
  ])('a yes/no question asking only whether the change happened is confirmed with both levels: %s', async (question) => {
    expect(await lead(question)).toMatch(/^(?:Yes — .*219,260 to 194,320|是的,.*21\.926万降至19\.432万)/);
  });

  it('a question asking more of the change (its cause) is not answered by the change alone', async () => {
    expect(await lead("Did Alibaba's headcount fall by nearly 25,000 in 2024 because of AI?")).not.toMatch(/^Yes/);
  });

  it('hiring that many is corrected; shedding or laying off that many is no wrong figure', async () => {
    expect(await lead('Did Alibaba hire about 25,000 people in 2024?')).toMatch(/other way round/);
    for (const question of ['Did Alibaba lay off about 25,000 people in 2024?', 'Alibaba shed nearly 25,000 staff in 2024 - why?']) {
      expect(await ask(question), question).not.toMatch(/not the reports'|other way round/);
    }
  });
});

describe('a turn the reports confirm in other words, or tell only of a unit, is not corrected (shift-premise, review s16)', () => {
  it.each([
    'Why did Baichuan pivot to healthcare?',
    'Why did Alibaba pivot to open-source models?',
    '阿里巴巴为什么转向开源?',
    'Why did Alibaba shift its strategy towards the Quark browser?',
  ])('%s', async (question) => {
    expect(await ask(question)).not.toMatch(/don't say that|并非如此/);
  });
});
