/**
 * Premises said in words rather than checked figures (issue 11, item 5), each class asked several ways in English
 * and Chinese on the real reports, with failure paths: a premise the reports bear out gets no correction, and a
 * question that states no premise gets none.
 * - direction-verb: a cut, slump or fall the reports give as a rise (and the other way round);
 * - rumour-as-done: a deal the reports pass on only as market talk that was denied, asked about as done;
 * - share-in-words: "more than half", "most of", "a third of", 一半以上, 大头 against the share the reports give;
 * - only-partner: one partner only (only on, sole, exclusive, 只用, 唯一, 独家) when a report names another alongside
 *   or says the exclusivity did not happen; and control said in words (exclusive control, 控股) against the stake,
 *   with the deal's terms on control;
 * - first-place: topping a chart (top spot, No. 1, 第一, 登顶, 榜首) when a report gives the subject a lower place;
 * - mixed-up-figure: an amount the question pins on one deal that the reports give the same company for another: the
 *   correction says what the amount is for.
 * - act-of-another: an act the question gives one company that the reports tell, by the question's own telling details
 *   (its figures, a rare name), of another company only.
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
const CORRECTION = /not the reports'|don't call|don't support|other way round|only as market talk|, not |不符|而不是|并不支持|正相反|仅将此作为市场传闻/;

describe('a direction the reports give the other way round (direction-verb)', () => {
  it.each([
    ['Why did Tencent cut its Q4 2024 capital expenditure by 386%?', /increase of 386%/],
    ["Why did Alibaba's international revenue slump 32% in the fourth quarter?", /32% year-on-year revenue growth/],
    ["Why did Zebra Network's loss shrink in the first quarter of 2025?", /increased sevenfold/],
    ['腾讯去年四季度资本开支为什么砍了386%?', /报道说的是增长而非下降.*increase of 386%/],
    ['阿里国际业务去年四季度同比下滑了32%,拖累了集团吗?', /报道说的是增长而非下降.*32% year-on-year revenue growth/],
    ['为什么阿里巴巴2024年员工人数增加了?', /报道说的是下降而非增长.*down from/],
    // A fall said as "少了" / "降了", in a statement put up with a tag ("…,对吧?").
    ['黄仁勋说DeepSeek这类模型需要的算力比传统模型少了100倍,对吧?', /^报告并不支持.*报道说的是增长而非下降.*100x increase/],
    ['腾讯去年四季度的资本开支降了386%,是吗?', /^(?:不是,)?报告并不支持.*报道说的是增长而非下降.*increase of 386%/],
  ])('%s', async (question, fact) => {
    const first = await lead(question);
    expect(first).toMatch(CORRECTION);
    expect(first).toMatch(fact);
  });

  it('quotes the contradicting passage once: a later sentence quoting it again is dropped', async () => {
    const said = await ask('黄仁勋说DeepSeek这类模型需要的算力比传统模型少了100倍,对吧?');
    expect(said.split('100x increase').length - 1).toBe(1);
  });

  it.each([
    // The reports bear these out.
    "Why did Tencent's capital expenditure rise 386% in Q4 2024?",
    '腾讯四季度资本开支为什么大增386%?',
    "Why did Alibaba's headcount fall during 2024?",
    '为什么阿里巴巴2024年员工人数下滑了?',
    // The measure the reports give a direction for is another one ("stock price" is not "cloud prices").
    'Why did Alibaba slash its cloud prices?',
    "Why did Alibaba's cloud prices fall?",
    // No premise at all.
    "How much did Tencent's capital expenditure change in Q4 2024?",
    '腾讯四季度资本开支同比变化了多少?',
  ])('%s: no correction', async (question) => {
    expect(await ask(question)).not.toMatch(CORRECTION);
  });
});

describe('market talk that was denied, taken for a done deal (rumour-as-done)', () => {
  it.each([
    'Why did Alibaba go ahead with paying $1 billion for 10% of DeepSeek?',
    'Why did Alibaba buy a stake in DeepSeek?',
    "How much does Alibaba's 10% stake in DeepSeek cost?",
    'Is it true that Alibaba invested $1 billion in DeepSeek?',
    '阿里巴巴以10亿美元收购DeepSeek 10%股份后有什么计划？',
    '阿里巴巴为什么花10亿美元买下DeepSeek的股份?',
  ])('%s', async (question) => {
    const said = await ask(question);
    expect(splitSentences(said)[0]?.text).toMatch(/only as market talk that was later denied|仅将此作为市场传闻提及,且随后已被否认/);
    // The talk in the report's words, both its figures; and nothing about the deal's reasons after it.
    expect(said).toMatch(/\$1 billion in DeepSeek to acquire a 10% stake|10亿美元.*10%/);
    expect(said).not.toMatch(/The reason the reports give|报告提到的原因/);
  });

  it.each([
    // The question itself calls it talk.
    'What was the rumour about Alibaba and DeepSeek in February?',
    '阿里巴巴投资DeepSeek的传闻后来怎么样了?',
    // A deal the reports give as done.
    'Why did Alibaba invest $800 million in Moonshot AI?',
    'Why did Alibaba take a 36% stake in Moonshot AI?',
    '阿里为什么投资月之暗面?',
  ])('%s: no correction', async (question) => {
    expect(await ask(question)).not.toMatch(/only as market talk|仅将此作为市场传闻/);
  });
});

describe('a share stated in words that the reports give otherwise (share-in-words)', () => {
  it.each([
    ["Since cloud already brings in more than half of Alibaba's revenue, why is e-commerce still called the core?", /13%.*not more than half.*48\.7%/],
    ["Why does Alibaba Cloud account for most of Alibaba's revenue?", /13%.*not most/],
    ["Why does cloud make up a third of Alibaba's revenue?", /13%.*not a third/],
    ['Does Alibaba Cloud bring in the bulk of Alibaba\'s revenue?', /^No —.*13%/],
    ['既然云智能集团已经贡献了阿里一半以上的收入,为啥还说电商才是核心?', /13%,并非一半以上.*48\.7%/],
    ['阿里云为什么能占阿里收入的大头?', /13%,并非大头/],
    ['阿里云的收入为什么占到阿里总收入的三分之一?', /13%,并非三分之一/],
  ])('%s', async (question, fact) => {
    const first = await lead(question);
    expect(first).toMatch(CORRECTION);
    expect(first).toMatch(fact);
  });

  it.each([
    // The reports bear these out: 48.7% is nearly half, 13% is less than half, over 70% of the market is more than half.
    "Taobao and Tmall bring in nearly half of Alibaba's revenue; why?",
    '淘宝天猫贡献了阿里将近一半的收入,为什么?',
    "Why does Alibaba Cloud make up less than half of Alibaba's revenue?",
    '阿里云收入为什么不到阿里总收入的一半?',
    'Why does Volcano Engine hold more than half of the domestic large model market?',
    // A half that is a period, and no share at all.
    'How much revenue did Alibaba Cloud make in the first half of 2024?',
    "What share of Alibaba's revenue does Alibaba Cloud bring in?",
    '阿里云收入占阿里总收入的比例是多少?',
  ])('%s: no correction', async (question) => {
    expect(await ask(question)).not.toMatch(CORRECTION);
  });
});

describe('one partner only, when the reports name another alongside or deny it (only-partner)', () => {
  it.each([
    ['Why did MiniMax decide to run only on Tencent Cloud?', /Volcano Engine/],
    ['Why does Baichuan Intelligence use only Alibaba Cloud?', /Tencent Cloud/],
    ["Why did Amazon become Anthropic's sole cloud provider?", /neither Google nor Amazon/],
    ["Why is Alibaba Moonshot AI's only investor?", /both Alibaba and Tencent/],
    ['为什么MiniMax只用腾讯云?', /报道中还有火山引擎/],
    ['百川智能为什么只跟阿里云合作?', /报道中还有腾讯云/],
    ['为什么阿里是月之暗面唯一的投资方?', /报道中还有腾讯/],
  ])('%s', async (question, fact) => {
    const first = await lead(question);
    expect(first).toMatch(CORRECTION);
    expect(first).toMatch(fact);
  });

  it.each([
    // The reports bear this out: Microsoft is OpenAI's exclusive cloud provider.
    "Why is Microsoft OpenAI's exclusive cloud provider?",
    '为什么微软是OpenAI的独家云服务商?',
    // No exclusivity claimed.
    'Why did MiniMax upgrade its infrastructure on Tencent Cloud?',
    'MiniMax为什么选择腾讯云?',
    // Only one company named: no partner to check.
    'Why do few model companies tie themselves to only one cloud?',
  ])('%s: no correction', async (question) => {
    expect(await ask(question)).not.toMatch(CORRECTION);
  });
});

describe('control said in words, against the stake and the deal terms (control-words)', () => {
  it.each([
    ['Why did Alibaba demand exclusive control over Moonshot AI when it invested in 2024?', /premise of exclusive control.*36%.*decision-making power/],
    ['Why did Alibaba insist on taking majority control of Moonshot AI?', /premise of majority control.*36%.*cannot prevent/],
    ['阿里为什么要控股月之暗面?', /36%.*交易条款.*decision - making power/],
    ['阿里为什么要求对月之暗面的绝对控制权?', /36%/],
  ])('%s', async (question, said) => {
    const answered = await ask(question);
    expect(splitSentences(answered)[0]?.text).toMatch(CORRECTION);
    expect(answered.split('\n')[0]).toMatch(said);
  });

  it.each([
    'Does Alibaba hold a minority stake in Moonshot AI?',
    'Why did Alibaba take a 36% stake in Moonshot AI?',
    '阿里为什么只拿了月之暗面36%的股份?',
  ])('%s: no correction', async (question) => {
    expect(await ask(question)).not.toMatch(CORRECTION);
  });
});

describe('first place on a chart when the reports give a lower one (first-place)', () => {
  it.each([
    "How did Tencent's Yuanbao manage to knock DeepSeek off the top of the iOS free chart?",
    'Why did Yuanbao reach No. 1 on the iOS free app chart?',
    'Did Tencent Yuanbao take first place on the iOS free app chart?',
    '腾讯元宝是不是已经超过DeepSeek,冲到iOS免费榜第一了?',
    '腾讯元宝为什么能登顶苹果免费榜?',
  ])('%s', async (question) => {
    const first = await lead(question);
    expect(first).toMatch(CORRECTION);
    expect(first).toMatch(/rank second/);
  });

  it.each([
    // The place is another's: the sentence gives DeepSeek no lower place.
    'Why did DeepSeek top the iOS free chart?',
    // No claim of first place.
    'Where did Yuanbao rank on the iOS free app chart?',
    '腾讯元宝在iOS免费榜排第几?',
    "Why did Tencent's first-quarter capital expenditure rise?",
  ])('%s: no correction', async (question) => {
    expect(await ask(question)).not.toMatch(CORRECTION);
  });
});

describe('an amount the reports give the company for something else (mixed-up-figure)', () => {
  it.each([
    ['Why did Microsoft put $80 billion into OpenAI?', /\$13 billion.*\$80 billion they give is for something else:.*chip cluster/],
    ['微软为什么向OpenAI投资800亿美元?', /130亿美元.*800亿美元另有所指.*chip cluster/],
    ['After Alibaba paid $20 billion for Kaola in 2019, why did the platform go downhill?', /\$2 billion.*\$20 billion they give is for something else:.*RT-Mart/],
    ['阿里2019年花200亿美元收购考拉后,为什么平台走下坡路?', /20亿美元.*200亿美元另有所指.*RT-Mart/],
  ])('%s', async (question, said) => {
    const first = await lead(question);
    expect(first).toMatch(CORRECTION);
    expect(first).toMatch(said);
  });

  it.each([
    // Corrected, but the question's figure is no other figure of the company's (50% is not the 52% of conversion rates).
    'Why did Alibaba pay about $800 million for a 50% stake in Moonshot AI?',
    'Why did Alibaba pay $1.8 billion for its 36% stake in Moonshot AI?',
    // A true figure: nothing to correct.
    'Why did Microsoft invest $13 billion in OpenAI?',
  ])('%s: nothing said about another use', async (question) => {
    expect(await ask(question)).not.toMatch(/for something else|另有所指/);
  });
});

describe('a share corrected as a figure says where the largest share of the whole lies (share-in-words, figures)', () => {
  it.each([
    ["Alibaba Cloud makes up about 30% of Alibaba's revenue; why is e-commerce still the core?", /13%.*largest share they give is Taobao and Tmall's 48\.7%/],
    ["Why does Alibaba Cloud bring in 40% of Alibaba's revenue?", /13%.*48\.7%/],
    ['阿里云智能集团的收入已经占到阿里总收入三成左右了,为什么报道还说电商才是核心?', /13%.*最大份额是淘宝和天猫的48\.7%/],
  ])('%s', async (question, said) => {
    const first = await lead(question);
    expect(first).toMatch(CORRECTION);
    expect(first).toMatch(said);
  });

  it.each([
    // A stake is no share of a whole's revenue; a true share needs no correction.
    'Why did Alibaba pay about $800 million for a 50% stake in Moonshot AI?',
    "Why do Taobao and Tmall bring in 48.7% of Alibaba's revenue?",
  ])('%s: no largest share', async (question) => {
    expect(await ask(question)).not.toMatch(/largest share|最大份额/);
  });
});

describe('an act the reports tell of another company (act-of-another)', () => {
  it.each([
    ["Why did Tencent Cloud boast that over 70% of China's large-model market are its customers?", /Volcano Engine, not Tencent Cloud.*over 70%/],
    ['Is it true that Alibaba Cloud boasted that over 70% of the large model market are its clients?', /^No — .*Volcano Engine, not Alibaba Cloud/],
    ['Does Alibaba Cloud claim over 70% of the domestic large model market as clients?', /^No — .*Volcano Engine, not Alibaba Cloud/],
    ['Did Baidu set up a GPU center with Songjiang?', /^No — .*Tencent, not Baidu.*Songjiang/],
    ['阿里云为什么说国内超过70%的大模型市场都是它的客户?', /火山引擎的事,而不是阿里云/],
  ])('%s', async (question, fact) => {
    expect(await lead(question)).toMatch(fact);
  });

  it.each([
    // The reports tell it of the company asked.
    'Why did Tencent partner with Songjiang?',
    'Why did Volcano Engine claim over 70% of the large model market?',
    // Two companies asked: how they stand to each other, not whose act it is.
    'How does Tencent Cloud compare with Volcano Engine, which claims over 70% of the market?',
    // Nothing taken as done.
    'Which cloud vendor claims over 70% of the large model market as clients?',
  ])('%s: no correction', async (question) => {
    expect(await ask(question)).not.toMatch(/tell this of|这是.{1,12}的事/);
  });
});
