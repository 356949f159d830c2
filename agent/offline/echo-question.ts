/**
 * @module A Chinese figure question answered in its own words. Chinese asks in place ("百度向华为订购了
 * 多少颗昇腾910B芯片?"), so the answer is the question with the figure where 多少 stood ("百度向华为订购了
 * 1600颗昇腾910B芯片"): the asker's subject, act and period, not a template's "百度的芯片数量为1600".
 */
import { isMeasure, parseQuantities, type Quantity } from '../../core/index.js';
import { isClaimedFigure } from '../grounding.js';
import type { AliasTable } from '../../index/index.js';

/**
 * The one slot a figure fills: 多少 or 几, with the measure word or noun that says what kind of figure it is.
 * 钱 is the question's word for money and goes; a classifier (颗, 家, 小时) stays after the number.
 */
const SLOT = /(?:多少|几)(钱|资金|亿美元|亿港元|亿元|万元|美元|港元|元|亿|万|小时|[个家台块名位张款人次颗片条种倍])?/g;

const MONEY_WORDS = new Set(['钱', '资金', '亿美元', '亿港元', '亿元', '万元', '美元', '港元', '元']);
const SCALE_WORDS = new Set(['亿', '万']);

/** Other questions inside the question ("谁", "哪家", "分别"): the answer is more than one figure in one place. */
const OTHER_ASKS = /谁|哪|什么|何时|为何|为什么|怎么|如何|是否|吗|分别|各(?:自|有|是)?多少|和.{0,12}各|还是/;

/** What a percentage answers: a share, a stake, a change. A bare 多少 over "市值" wants money, never "36%". */
const ASKS_PERCENT = /比例|占比|占.{0,12}多少|增长|增幅|增速|下降|降低|减少|上涨|上升|提高|份额|股份|持股|股权|百分|涨幅|跌幅|利润率|毛利率/;

/** A share asked for by name. */
const ASKS_SHARE = /比例|占比|百分之|份额|持股比例/;

/** "减少了多少名员工", "增长了多少": a change, which a level ("共有员工19.432万人") does not answer. */
const CHANGE_BEFORE = /(?:增长|增加|下降|降低|减少|上涨|上升|提高|裁员|裁减|减员)了?(?:约|大约)?$/u;

/** Openers that ask rather than say; they do not belong in the answer. */
const ASKING_OPENERS = /^(?:请问|想问一下|想问|我想知道|你知道|请告诉我)[,，:：\s]*/;

/**
 * "阿里巴巴2025年第一季度的资本开支是多少?" and "246亿元" → "阿里巴巴2025年第一季度的资本开支是246亿元".
 * Undefined when the question is not one figure asked in place, or the figure is not the kind its slot asks
 * for (a percentage for "多少钱", money for "多少颗"): then the caller keeps its own sentence.
 */
export function chineseFigureEcho(question: string, answer: Quantity): string | undefined {
  const text = question.trim().replace(ASKING_OPENERS, '').replace(/[?？。!！\s]+$/u, '').replace(/呢$/u, '');
  const slots = [...text.matchAll(SLOT)];
  if (slots.length !== 1 || OTHER_ASKS.test(text)) return undefined;
  // A question that states figures of its own ("300亿元的招标…每台多少钱") is a calculation's, and its figures are the asker's, not the reports'.
  if (parseQuantities(text).some(isMeasure)) return undefined;
  // "它今年计划投资多少?": a pronoun the asker resolved from the conversation would stand unresolved in the answer.
  if (POINTS_BACK.test(text)) return undefined;
  const slot = slots[0]!;
  const word = slot[1] ?? '';
  const before = text.slice(0, slot.index);
  let said = fillFor(word, answer, text, before);
  if (said === undefined) return undefined;
  // "投资超过了多少?" + "超过200亿美元": the question's own qualifier stands; the figure's is not said twice.
  if (QUALIFIER_BEFORE.test(before)) said = said.replace(LEADING_QUALIFIER, '');
  return `${before}${said}${text.slice(slot.index! + slot[0].length)}`;
}

/** Qualifiers a Chinese figure is said with; "至少" and "最多" change what the figure claims and must be kept. */
const LEADING_QUALIFIER = /^(?:超过|大约|约|近|逾|至少|最多|不到|不超过)/u;
const QUALIFIER_BEFORE = /(?:超过|大约|约|近|逾|至少|最多|不到|不超过)(?:了|是|有|为)?$/u;
const POINTS_BACK = /它|他|她|该(?:公司|企业|平台|集团)|那|这|同年|当年|同期|此前/u;

function fillFor(word: string, answer: Quantity, question: string, before: string): string | undefined {
  const { text, unit } = answer;
  // "占总营收的比例是多少?" is answered by a percentage and only by one.
  if (ASKS_SHARE.test(question) && unit !== 'percent') return undefined;
  if (MONEY_WORDS.has(word)) {
    if (unit !== 'currency') return undefined;
    return word === '资金' ? `${text}资金` : text;
  }
  if (SCALE_WORDS.has(word)) return unit === 'currency' || unit === 'count' ? text : undefined;
  if (word) {
    // "多少颗" takes a number: "1600颗"; "21.926万人" already says its measure word.
    if ((unit !== 'count' && unit !== 'number') || CHANGE_BEFORE.test(before)) return undefined;
    return text.endsWith(word) ? text : `${text}${word}`;
  }
  if (unit === 'percent') return ASKS_PERCENT.test(question) ? text : undefined;
  // Bare 多少 before a change ("增长了多少") asks for a rate, never an amount.
  if (CHANGE_BEFORE.test(before)) return undefined;
  return unit === 'currency' || unit === 'count' ? text : undefined;
}

/** Sentences that say more than the figure: a hedge, a denial, a correction, a conflict. They stay as written. */
const NOT_PLAIN = /没有|不是|并非|而非|而不是|不符|传闻|否认|接近|可能|但|说法不一|同一段落|另|相差|[:：]/;

/**
 * The answer's opening sentence said in the question's words, keeping its citation markers; undefined when
 * the opening is not a plain statement of exactly one figure.
 */
export function echoOpening(question: string, opening: string, aliases: AliasTable): string | undefined {
  const body = opening.replace(/\s*((?:\[\d+\])+)\s*。?\s*$/u, '');
  const markers = opening.slice(body.length).match(/\[\d+\]/g)?.join('') ?? '';
  if (!markers || NOT_PLAIN.test(body) || /[。;；]/u.test(body)) return undefined;
  const figures = parseQuantities(body).filter(isClaimedFigure);
  if (figures.length !== 1) return undefined;
  if (!measuresAgree(question, body) || !namesAgree(question, body, aliases)) return undefined;
  const figure = figures[0]!;
  // "最多40亿美元": the qualifier before the figure is part of what the report claims.
  const qualifier = body.slice(0, figure.index).match(/(?:超过|大约|约|近|逾|至少|最多|不到|不超过)$/u)?.[0] ?? '';
  const echoed = chineseFigureEcho(question, qualifier && !LEADING_QUALIFIER.test(figure.text) ? { ...figure, text: `${qualifier}${figure.text}` } : figure);
  return echoed ? `${echoed}${markers}。` : undefined;
}

/**
 * Measures a figure can be of, each with the words that name it. The echo says the question's measure, so the
 * opening must state that measure (a share price is no trading volume, a model count no download count); an
 * opening that names no measure ("财新给出的数字是13%") was picked by the measure's own words and passes.
 */
const MEASURES: string[][] = [
  ['营收', '收入'], ['资本开支', '资本支出'], ['股价'], ['市值'], ['成交额'], ['估值'], ['利润', '净利润'], ['亏损'], ['融资'],
  ['员工', '人数'], ['市场份额', '份额'], ['研发支出', '研发'], ['下载量'], ['调用量'], ['用户', '客户'], ['模型数量'], ['芯片数量'], ['服务器数量'], ['销量', '出货量', '产量'], ['毛利率'],
];

function measuresAgree(question: string, opening: string): boolean {
  const named = MEASURES.filter((words) => words.some((word) => opening.includes(word)));
  if (!named.length) return true;
  const asked = MEASURES.filter((words) => words.some((word) => question.includes(word)));
  return asked.every((words) => named.includes(words));
}

/**
 * Every company or product the opening names is one the question asks about (or its parent or unit): an
 * opening about Zhipu said in the words of a question about another firm would give Zhipu's figure to it.
 */
function namesAgree(question: string, opening: string, aliases: AliasTable): boolean {
  const asked = new Set(aliases.ids(question));
  const family = (id: string) => [id, aliases.get(id)?.parent].filter((member): member is string => Boolean(member));
  const kin = new Set([...asked].flatMap(family));
  return aliases.ids(opening).every((id) => kin.has(id) || family(id).some((member) => kin.has(member)));
}
