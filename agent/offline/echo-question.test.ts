import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../core/index.js';
import { createAliasTable } from '../../index/index.js';
import { chineseFigureEcho, echoOpening as echoWith, englishFigureEcho } from './echo-question.js';

const aliases = createAliasTable();
/** The cited passages by marker: what a restated question must be borne out by. */
const CITED = new Map([
  [1, 'In May, Tencent purchased cluster computing services from TuringEngine for 113 million yuan.'],
  [2, 'Baidu ordered 1,600 Ascend 910B AI chips from Huawei for 200 servers.'],
  [3, 'Amazon announced on September 28 its intention to invest up to $4 billion in Anthropic to gain control, only for Google to commit $2 billion in financing by late October.'],
  [4, "This arrangement stems largely from Microsoft's cumulative $13 billion investment in OpenAI."],
  [5, 'In August, Chinese internet giants including Alibaba, Tencent, Baidu, and ByteDance placed orders with Nvidia for $5 billion worth of chips.'],
  [6, 'Amazon plans to invest up to $4 billion in Anthropic.'],
  [7, 'Reportedly, ModelScope now hosts over 70,000 models.'],
]);
const echoOpening = (question: string, opening: string, lang: 'zh' | 'en' = 'zh') => echoWith(question, opening, aliases, lang, CITED);

const figureOf = (text: string) => parseQuantities(text)[0]!;

describe('chineseFigureEcho: the figure said where the question asked for it', () => {
  it.each([
    ['美团2025年第二季度的研发支出是多少?', '63亿元', '美团2025年第二季度的研发支出是63亿元'],
    ['腾讯花了多少钱买图灵引擎的算力?', '1.13亿元', '腾讯花了1.13亿元买图灵引擎的算力'],
    ['百度订购了多少颗昇腾芯片?', '1600', '百度订购了1600颗昇腾芯片'],
    ['千帆平台服务了多少家客户？', '超过1.7万', '千帆平台服务了超过1.7万家客户'],
    ['部署一个模型需要几块H20？', '4', '部署一个模型需要4块H20'],
    ['阿里2023年底有多少人?', '21.926万人', '阿里2023年底有21.926万人'],
    ['请问阿里在月之暗面持有多少股份?', '36%', '阿里在月之暗面持有36%股份'],
    ['国际业务收入同比增长多少?', '32%', '国际业务收入同比增长32%'],
    ['智谱截至10月底拿到了多少融资呢?', '超过25亿元', '智谱截至10月底拿到了超过25亿元融资'],
    ['阿里三年的投入约合多少美元?', '530亿美元', '阿里三年的投入约合530亿美元'],
    ['阿里对大润发的投资超过了多少?', '超过200亿美元', '阿里对大润发的投资超过了200亿美元'],
    ['宇树2025年的营收大约是多少?', '约10亿元', '宇树2025年的营收大约是10亿元'],
    ['腾讯今年计划投入多少资金?', '1000亿元', '腾讯今年计划投入1000亿元资金'],
  ])('%s + %s', (question, figure, expected) => {
    expect(chineseFigureEcho(question, figureOf(figure))).toBe(expected);
  });

  it.each([
    ['阿里的市值是多少?', '36%', 'a percentage for a sum of money'],
    ['阿里花了多少钱?', '1600', 'a bare number for money'],
    ['百度订购了多少颗芯片?', '20亿美元', 'money for a count'],
    ['阿里和腾讯各投了多少?', '20亿美元', 'two figures asked'],
    ['开发者和应用数量有多少?', '5.4万', 'two things counted in one slot'],
    ['谁投了多少钱?', '20亿美元', 'a person asked too'],
    ['阿里300亿元的招标平均每台服务器多少钱?', '60万元', 'the asker states figures of its own'],
    ['阿里投了多少钱,占多少比例?', '20亿美元', 'two slots'],
    ['阿里的营收增长了多少?', '100亿元', 'a change asks for a rate'],
    ['阿里巴巴为什么投资?', '20亿美元', 'no slot'],
    ['它今年计划投资多少?', '1000亿元', 'a pronoun the answer would leave unresolved'],
    ['斑马网络从那一年到2024年累计亏损多少?', '26亿元', 'a year the conversation named'],
    ['淘宝的营收占集团总营收的比例是多少?', '1360.91亿元', 'a share asked, an amount given'],
    ['阿里2024年减少了多少名员工?', '19.432万', 'a change asked, a level given'],
  ])('%s + %s: kept as it was (%s)', (question, figure) => {
    expect(chineseFigureEcho(question, figureOf(figure))).toBeUndefined();
  });
});

describe('echoOpening: only a plain one-figure opening is said again', () => {
  it('keeps the citation markers', () => {
    expect(echoOpening('腾讯花了多少钱买图灵引擎的算力?', '腾讯支出1.13亿元 [1]。')).toBe('腾讯花了1.13亿元买图灵引擎的算力[1]。');
    expect(echoOpening('百度订购了多少颗昇腾芯片?', '财新(2025-06-23)给出的数字是1600[2]。')).toBe('百度订购了1600颗昇腾芯片[2]。');
  });

  it('keeps a qualifier the opening states before its figure', () => {
    expect(echoOpening('亚马逊向Anthropic投资多少?', '亚马逊计划投入最多40亿美元 [6]。')).toBe('亚马逊向Anthropic投资最多40亿美元[6]。');
  });

  it.each([
    ['阿里巴巴股票当天的成交额是多少?', '阿里巴巴的股价为137.7港元 [1]。'],
    ['魔搭社区的模型下载量有多少?', '阿里云的模型数量为超过7万 [1]。'],
    ['百川智能拿到了多少融资?', '智谱融资超过25亿元 [1]。'],
    ['腾讯今年计划投入多少?', '阿里巴巴计划2025—2027年投入3800亿元 [1]。'],
  ])('%s: an opening of another measure is not said as the asked one', (question, opening) => {
    expect(echoOpening(question, opening)).toBeUndefined();
  });

  it.each([
    ['阿里巴巴的市值为2.3万亿港元 [1];同一段落还给出了2.6173万亿港元 [2]。', 'two figures'],
    ['问题中的数字与报道不符:报道给出的是36% [1]。', 'a correction'],
    ['报道仅将此作为市场传闻提及,且随后已被否认:阿里巴巴持股10%[1]。', 'a denied rumour'],
    ['阿里巴巴的市值为2.3万亿港元。', 'no citation'],
  ])('%s: left alone (%s)', (opening) => {
    expect(echoOpening('阿里的市值是多少?', opening)).toBeUndefined();
  });
});

describe('englishFigureEcho: the question turned into a statement', () => {
  it.each([
    ['How many Ascend chips did Baidu order from Huawei?', '1,600', 'Baidu ordered 1,600 Ascend chips from Huawei'],
    ['How many large models does Baidu’s Qianfan platform manage?', '42', 'Baidu’s Qianfan platform manages 42 large models'],
    ['How many employees did Alibaba have at the end of 2023?', '219,260', 'Alibaba had 219,260 employees at the end of 2023'],
    ['How many H20 chips does Qwen3 need to be deployed?', '4', 'Qwen3 needs 4 H20 chips to be deployed'],
    ['How much money did Baichuan Intelligence raise?', '$300 million', 'Baichuan Intelligence raised $300 million'],
    ['How much funding did Zhipu AI secure by late October?', 'over 2.5 billion yuan', 'Zhipu AI secured over 2.5 billion yuan in funding by late October'],
    ['How much did Alibaba pay to acquire NetEase Kaola?', '$2 billion', 'Alibaba paid $2 billion to acquire NetEase Kaola'],
    ['How much did Tencent pay TuringEngine for computing services?', '113 million yuan', 'Tencent paid TuringEngine 113 million yuan for computing services'],
    ['How much does Tencent plan to invest this year?', '100 billion yuan', 'Tencent plans to invest 100 billion yuan this year'],
    ['How much has Microsoft invested in OpenAI?', '$13 billion', 'Microsoft has invested $13 billion in OpenAI'],
    ['How much did Meituan’s R&D spending grow in Q2 2025?', '17.2%', 'Meituan’s R&D spending grew 17.2% in Q2 2025'],
    ['What were Meituan’s R&D expenses in Q2 2025?', '6.3 billion yuan', 'Meituan’s R&D expenses in Q2 2025 were 6.3 billion yuan'],
    ['What was the year-on-year growth of Alibaba’s international revenue?', '32%', 'The year-on-year growth of Alibaba’s international revenue was 32%'],
  ])('%s + %s', (question, figure, expected) => {
    // A count's noun is checked against what the opening counts (here, the question's own noun), and the act
    // against the cited passage: here, a passage that reports it in the expected statement's words.
    const noun = question.match(/^How many (.+?) (?:did|does)/)?.[1];
    expect(englishFigureEcho(question, figureOf(figure), [expected], noun)).toBe(expected);
  });

  it.each([
    ['How many model downloads has ModelScope had?', 'over 70,000', 'models', 'the opening counts models, not downloads'],
    ['How much did Alibaba pay for Kaola?', '36%', undefined, 'a percentage for a payment'],
    ['How much did Tencent pay the company?', '113 million yuan', undefined, 'a company the conversation named'],
    ['How much more did Amazon commit than Google?', '$2 billion', undefined, 'a comparison'],
    ['How much is Alibaba’s plan in US dollars?', '$53 billion', undefined, 'a conversion'],
    ['How much did it invest in Moonshot AI?', '$800 million', undefined, 'a pronoun'],
    ['What was Alibaba’s revenue growth?', '13.7 billion yuan', undefined, 'a growth asked, an amount given'],
    ['Why did Alibaba invest $2 billion?', '$2 billion', undefined, 'no figure asked'],
  ] as [string, string, string | undefined, string][])('%s + %s: said another way (%s)', (question, figure, item) => {
    expect(englishFigureEcho(question, figureOf(figure), [question], item)).toBeUndefined();
  });

  it('checks a count against the cited passage when the opening names no noun', () => {
    const question = 'How many developers has Alibaba Cloud attracted?';
    expect(englishFigureEcho(question, figureOf('over 290,000'), ['As of January, more than 290,000 developers have used Tongyi.'])).toBe('Alibaba Cloud has attracted over 290,000 developers');
    // "enterprises and developers" counts both together: not developers alone.
    expect(englishFigureEcho(question, figureOf('over 290,000'), ['As of January, more than 290,000 enterprises and developers have used Tongyi.'])).toBeUndefined();
    expect(englishFigureEcho(question, figureOf('over 290,000'), ['More than 290,000 servers were installed.'])).toBeUndefined();
  });
});

describe('echoOpening: the restated question must be borne out by the cited passage', () => {
  it.each([
    ['How much did OpenAI invest in Microsoft?', 'Microsoft invested $13 billion in OpenAI [4].', 'en', 'parties the other way round'],
    ['OpenAI向微软投资了多少?', '微软向OpenAI投资130亿美元 [4]。', 'zh', 'parties the other way round'],
    ['How much did TuringEngine pay Tencent for computing services?', 'Tencent spent 113 million yuan [1].', 'en', 'payer and payee swapped'],
    ['Anthropic向谷歌投资了多少?', '智东西给出的数字是最多40亿美元[3]。', 'zh', 'a passage naming a party not asked about'],
    ['How much did ByteDance spend on Nvidia chips?', 'ByteDance spent $5 billion [5].', 'en', 'a figure shared by several companies'],
    ['How much did Tencent pay TuringEngine in January?', 'Tencent spent 113 million yuan [1].', 'en', 'a month the passage does not give'],
    ['腾讯2024年花了多少钱买图灵引擎的算力?', '腾讯支出1.13亿元 [1]。', 'zh', 'a year the passage does not give'],
    ['How much did Tencent earn from TuringEngine?', 'Tencent spent 113 million yuan [1].', 'en', 'an act the passage does not report'],
    ['How many models has ModelScope deleted?', 'For ModelScope, the reports give over 70,000 models [7].', 'en', 'an act the passage does not report'],
    ['魔搭社区删除了多少个模型?', '魔搭社区的模型数量为超过7万 [7]。', 'zh', 'an act no figure answers plainly'],
    ['亚马逊对Anthropic的投资不到多少?', '亚马逊计划投入最多40亿美元 [6]。', 'zh', 'a qualifier that contradicts the passage'],
    ['亚马逊对Anthropic的投资超过了多少?', '亚马逊计划投入最多40亿美元 [6]。', 'zh', 'a qualifier of another sense'],
    ['其2025年计划投资多少?', '亚马逊计划投入最多40亿美元 [6]。', 'zh', 'a pronoun'],
    ['腾讯花了多少钱买图灵引擎的算力?', '腾讯支出1.13亿元。', 'zh', 'no citation to bear it out'],
  ] as [string, string, 'zh' | 'en', string][])('%s: kept as it was (%s)', (question, opening, lang) => {
    expect(echoOpening(question, opening, lang)).toBeUndefined();
  });

  it('says the English statement with a capital and the verb agreeing', () => {
    expect(echoOpening('How many models does ModelScope host?', 'For ModelScope, the reports give over 70,000 models [7].', 'en')).toBe('ModelScope hosts over 70,000 models [7].');
    expect(englishFigureEcho('How many models does ModelScope have?', figureOf('over 70,000'), ['ModelScope has over 70,000 models.'], 'models')).toBe('ModelScope has over 70,000 models');
    expect(englishFigureEcho('How much did Alibaba sell Kaola for?', figureOf('$2 billion'), [])).toBeUndefined();
  });
});
