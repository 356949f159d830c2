import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../core/index.js';
import { createAliasTable } from '../../index/index.js';
import { chineseFigureEcho, echoOpening as echoWith } from './echo-question.js';

const aliases = createAliasTable();
const echoOpening = (question: string, opening: string) => echoWith(question, opening, aliases);

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
    expect(echoOpening('百度订购了多少颗昇腾芯片?', '财新(2025-06-23)给出的数字是1600[1][2]。')).toBe('百度订购了1600颗昇腾芯片[1][2]。');
  });

  it('keeps a qualifier the opening states before its figure', () => {
    expect(echoOpening('亚马逊向Anthropic投资多少?', '亚马逊计划投入最多40亿美元 [1]。')).toBe('亚马逊向Anthropic投资最多40亿美元[1]。');
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
