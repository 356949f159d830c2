/**
 * @module A figure question answered in its own words. Chinese asks in place ("百度向华为订购了多少颗昇腾910B
 * 芯片?"), so the answer is the question with the figure where 多少 stood ("百度向华为订购了1600颗昇腾910B芯片"):
 * the asker's subject, act and period, not a template's "百度的芯片数量为1600". English moves the question
 * word to the front, so its answer is the question turned back into a statement ("How many chips did Baidu
 * order?" → "Baidu ordered 1,600 chips").
 */
import { countedNouns, isMeasure, parseQuantities, type Lang, type Quantity } from '../../core/index.js';
import { isKnownVerb, pastTense, splitAtVerb, thirdPerson } from './declarative.js';
import { allKin, partiesAgree, periodsAgree, verbBorneOut } from './echo-evidence.js';
import { partAsked } from './part-asked.js';
import { withTranslations } from './bilingual-terms.js';
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
  // "开发者和应用数量有多少?": two things counted in one slot; one figure filled in would be said of both.
  if (countedNouns(text).length > 1) return undefined;
  // A question that states figures of its own ("300亿元的招标…每台多少钱") is a calculation's, and its figures are the asker's, not the reports'.
  if (parseQuantities(text).some(isMeasure)) return undefined;
  // "它今年计划投资多少?": a pronoun the asker resolved from the conversation would stand unresolved in the answer.
  if (POINTS_BACK.test(text)) return undefined;
  const slot = slots[0]!;
  const word = slot[1] ?? '';
  const before = text.slice(0, slot.index);
  // The act asked must be one a figure answers plainly ("投资了", "是"); "删除了多少个模型" restated would assert the deletion.
  if (!SAID_PLAINLY.test(before)) return undefined;
  let said = fillFor(word, answer, text, before);
  if (said === undefined) return undefined;
  // "投资超过了多少?" + "超过200亿美元": the question's own qualifier stands, once; "不到多少?" + "超过…" contradicts it.
  const asked = before.match(QUALIFIER_BEFORE)?.[1];
  if (asked) {
    const own = said.match(LEADING_QUALIFIER)?.[0];
    if (!own || QUALIFIER_SENSE[own] !== QUALIFIER_SENSE[asked]) return undefined;
    said = said.slice(own.length);
  }
  return `${before}${said}${text.slice(slot.index! + slot[0].length)}`;
}

/** Predicates a figure answers as asked: being, having, and the money and count acts the reports' figures measure. */
const SAID_PLAINLY = /(?:是|为|有|达|达到|约合|合|共有|累计|投资|投入|融资|花|花费|支出|订购|购买|采购|收购|亏损|亏|增长|增加|降低|下降|减少|持有|持股|服务|管理|管理着|提供|获得|拿到|调用|更新|需要|部署|完成|筹集|承诺|新增|贡献|占|营收|收入|开支|支出)/u;

/** What a qualifier claims about the figure; two of the same sense say the same. */
const QUALIFIER_SENSE: Record<string, string> = { 超过: 'over', 逾: 'over', 大约: 'about', 约: 'about', 近: 'about', 至少: 'least', 最多: 'most', 不超过: 'most', 不到: 'under' };

/** Qualifiers a Chinese figure is said with; "至少" and "最多" change what the figure claims and must be kept. */
const LEADING_QUALIFIER = /^(?:超过|大约|约|近|逾|至少|最多|不到|不超过)/u;
const QUALIFIER_BEFORE = /(超过|大约|约|近|逾|至少|最多|不到|不超过)(?:了|是|有|为)?$/u;
const POINTS_BACK = /它|他|她|该|其|对方|那|这|同年|当年|同期|此前/u;

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
export function echoOpening(question: string, opening: string, aliases: AliasTable, lang: Lang = 'zh', cited: ReadonlyMap<number, string> = new Map()): string | undefined {
  const body = opening.replace(/\s*((?:\[\d+\])+)\s*[。.]?\s*$/u, '');
  const markerList = opening.slice(body.length).match(/\[\d+\]/g) ?? [];
  const markers = markerList.join('');
  if (!markers || (lang === 'zh' ? NOT_PLAIN : NOT_PLAIN_EN).test(body) || /[。;；]/u.test(body)) return undefined;
  const figures = parseQuantities(body).filter(isClaimedFigure);
  if (figures.length !== 1 || / - /.test(figures[0]!.text)) return undefined;
  if (!measuresAgree(question, body, lang === 'zh' ? MEASURES : MEASURES_EN) || !namesAgree(question, body, aliases)) return undefined;
  // Restated, the question's parties and dates become the answer's claims: the cited passages must bear them out.
  const quotes = markerList.map((marker) => cited.get(Number(marker.slice(1, -1)))).filter((quote): quote is string => Boolean(quote));
  const evidence = quotes.join(' ');
  const figure = figures[0]!;
  if (!quotes.length || !partiesAgree(question, evidence, aliases, figure) || !periodsAgree(question, `${evidence} ${body}`)) return undefined;
  // "阿里的收入中有多少来自海外?": restated, the part ("来自海外") becomes the answer's claim; a passage that does not say it
  // (in the question's words or their translations) leaves the opening as it was.
  const part = partAsked(question);
  if (part && !partBorneOut(part, evidence)) return undefined;
  if (lang === 'en') {
    // "For Baidu, the reports give 1,600 Ascend 910B AI chips in …": what the opening counts.
    const item = figure.unit === 'count' || figure.unit === 'number' ? countedWords(body.slice(figure.index + figure.text.length)) : undefined;
    const echoed = englishFigureEcho(question, figure, quotes, item || undefined);
    // A quoted passage that was the opening stays, after the answer, as its support.
    return echoed ? `${echoed} ${markers}.${/^According to\b/.test(body) ? ` ${opening}` : ''}` : undefined;
  }
  // "最多40亿美元": the qualifier before the figure is part of what the report claims.
  const qualifier = body.slice(0, figure.index).match(/(?:超过|大约|约|近|逾|至少|最多|不到|不超过)$/u)?.[0] ?? '';
  const echoed = chineseFigureEcho(question, qualifier && !LEADING_QUALIFIER.test(figure.text) ? { ...figure, text: `${qualifier}${figure.text}` } : figure);
  return echoed ? `${echoed}${markers}。${/^据/.test(body) ? ` ${opening}` : ''}` : undefined;
}

/** The part's words, or (for Chinese) their translations, in the passage. */
function partBorneOut(part: string, evidence: string): boolean {
  const lower = evidence.toLowerCase();
  if (evidence.includes(part)) return true;
  const translated = withTranslations(part).slice(part.length).trim().toLowerCase().split(/\s+/).filter((word) => word.length > 2);
  const own = part.toLowerCase().match(/[a-z][a-z-]{2,}/g) ?? [];
  const words = [...translated, ...own];
  return words.length > 0 && words.some((word) => lower.includes(word));
}

/** English openings that say more than one figure's statement. */
const NOT_PLAIN_EN = /\b(?:not|no|don't|doesn't|didn't|rather than|instead|closest|may|might|differ|also|while|whereas|but|denied|rumou?r)\b|[:;]/i;

/**
 * Questions whose answer is more than one figure in the question's words: a comparison, a ratio, a conversion,
 * a share; and pronouns ("How much did it pay?"), which the answer would leave unresolved.
 */
const EN_NOT_ECHOED = /\b(?:more|less|fewer|larger|smaller|bigger|higher|lower|times|per|each|average|combined|together|altogether|difference|ratio|percent(?:age)?|share|proportion|implied|respectively|it|its|they|them|their|he|she|his|him|her|that|this(?!\s+(?:year|quarter|month))|those|these|or|why|how come|both|the (?:company|firm|startup|group|platform|deal|same|latter|former|two))\b|\bin (?:us |hong kong )?(?:dollars|yuan|rmb|euros?)\b/i;

/** Verbs whose figure follows the infinitive after them: "plans to invest 100 billion yuan". */
const TAKES_INFINITIVE = new Set(['plan', 'intend', 'expect', 'want', 'aim', 'hope', 'need', 'agree', 'promise', 'pledge', 'decide', 'seek', 'propose']);
/** Verbs with a recipient before the figure: "paid TuringEngine 113 million yuan". */
const TAKES_RECIPIENT = new Set(['pay', 'give', 'offer', 'lend', 'grant', 'owe', 'send']);
/** A figure of change ("grew 9%"): a percentage answers "how much" only after one of these. */
const CHANGE_VERBS = new Set(['grow', 'rise', 'increase', 'jump', 'surge', 'climb', 'fall', 'drop', 'decline', 'shrink', 'cut', 'reduce', 'expand', 'decrease', 'soar', 'slump']);
const PARTICIPLE = /^(.+?)\s+([\w-]+(?:ed|en)|made|had|sold|paid|built|won|brought|bought|spent|lost|led|held|grown|risen|fallen|cut|set|put|got)(?![\w-])\s*(.*)$/;

/**
 * "How many Ascend 910B chips did Baidu order from Huawei?" + "1,600" → "Baidu ordered 1,600 Ascend 910B chips
 * from Huawei"; "How much financing did Google commit to Anthropic?" + "$2 billion" → "Google committed $2 billion in
 * financing to Anthropic"; "What were Meituan's R&D expenses in Q2 2025?" + "6.3 billion yuan" → "Meituan's R&D
 * expenses in Q2 2025 were 6.3 billion yuan". A count's noun must be what the opening counts (`item`, "1,600 Ascend
 * 910B AI chips") or, when it names nothing, what the cited passages (`quotes`) count with that figure.
 */
export function englishFigureEcho(question: string, answer: Quantity, quotes: string[] = [], item?: string): string | undefined {
  const text = question.trim().replace(/[?.!\s]+$/, '');
  // A question ending in its preposition ("… sell Kaola for?") has no place to put the figure.
  if (EN_NOT_ECHOED.test(text) || parseQuantities(text).some(isMeasure) || /\b(?:for|to|from|with|on|in|at|by|of|about|into)$/i.test(text)) return undefined;
  const said = statement(text, answer, quotes, item);
  return said && `${said[0]!.toUpperCase()}${said.slice(1)}`;
}

function statement(text: string, answer: Quantity, quotes: string[], item: string | undefined): string | undefined {
  const evidence = quotes.join(' ');
  const said = answer.text.replace(/^exceeding\b/i, 'over');
  const many = text.match(/^how many\s+(.+?)\s+(did|does|do|has|have|had|was|were|is|are)\s+(.+)$/i);
  if (many) {
    const [, noun, aux, rest] = many as unknown as [string, string, string, string];
    if ((answer.unit !== 'count' && answer.unit !== 'number') || !(item ? sameHead(noun, item) : countsNoun(noun, answer, quotes))) return undefined;
    return clause(aux, rest, `${said} ${noun}`, undefined, evidence);
  }
  const much = text.match(/^how much\s+(?:(money|cash|funding|financing|capital|investment|revenue)\s+)?(did|does|do|has|have)\s+(.+)$/i);
  if (much) {
    const [, noun, aux, rest] = much as unknown as [string, string | undefined, string, string];
    if (answer.unit !== 'currency' && answer.unit !== 'percent') return undefined;
    const object = noun && !/^(?:money|cash)$/i.test(noun) ? `${said} in ${noun.toLowerCase()}` : said;
    return clause(aux, rest, object, answer.unit === 'percent', evidence);
  }
  const what = text.match(/^what\s+(was|were|is|are)\s+((?:the\s+)?\S+['’]s?\s.+|the\s.+)$/i);
  if (what) {
    const [, aux, phrase] = what as unknown as [string, string, string];
    const rate = /\b(?:growth|rate|margin|increase|decline|rise|drop)\b/i.test(phrase);
    if (rate !== (answer.unit === 'percent') || /\b(?:did|does|do|when|who|which|name)\b/i.test(phrase)) return undefined;
    return `${phrase[0]!.toUpperCase()}${phrase.slice(1)} ${aux.toLowerCase()} ${said}`;
  }
  return undefined;
}

/** The statement "subject verb figure rest" for the auxiliary the question used. */
function clause(aux: string, rest: string, object: string, change: boolean | undefined, evidence: string): string | undefined {
  const helper = aux.toLowerCase();
  if (['was', 'were', 'is', 'are'].includes(helper)) {
    // "How many daily API calls was Doubao recording?" → "Doubao was recording … daily API calls".
    const progressive = rest.match(/^(.+?)\s+(\w+ing)\b\s*(.*)$/);
    return progressive && change === undefined && verbBorneOut(progressive[2]!, evidence) ? joined(`${progressive[1]} ${helper} ${progressive[2]}`, object, progressive[3]!) : undefined;
  }
  if (['has', 'have', 'had'].includes(helper) && !/^\S+(?:\s+\S+)*\s+have$/.test(rest)) {
    const perfect = rest.match(PARTICIPLE);
    if (perfect && !/\b(?:did|does|do)\b/.test(perfect[1]!)) {
      return change === true || !verbBorneOut(perfect[2]!, evidence) ? undefined : joined(`${perfect[1]} ${helper} ${perfect[2]}`, object, perfect[3]!);
    }
  }
  const split = splitAtVerb(rest);
  if (!split) return undefined;
  // "Baidu's Qianfan platform manage": a noun taken for the verb is followed by the verb itself.
  while (!isKnownVerb(split.verb) && /^[a-z][a-z-]*(?:\s|$)/.test(split.rest) && !NOT_A_VERB.test(split.rest)) {
    const [next, ...after] = split.rest.split(/\s+/);
    Object.assign(split, { subject: `${split.subject} ${split.verb}`, verb: next!, rest: after.join(' ') });
  }
  const base = split.verb.toLowerCase();
  if ((change !== undefined && change !== CHANGE_VERBS.has(base)) || !verbBorneOut(base, evidence)) return undefined;
  const verb = ['did', 'had'].includes(helper) ? pastTense(split.verb) : helper === 'does' || helper === 'has' ? thirdPerson(split.verb) : split.verb;
  const subject = `${split.subject} ${verb}`;
  if (TAKES_INFINITIVE.has(base)) {
    // "needs to be deployed" is passive: the figure is what is needed, before "to".
    if (/^to\s+be\b/.test(split.rest)) return joined(subject, object, split.rest);
    const infinitive = split.rest.match(/^(to\s+\w+)\b\s*(.*)$/);
    if (infinitive) return joined(`${subject} ${infinitive[1]}`, object, infinitive[2]!);
  }
  if (TAKES_RECIPIENT.has(base)) {
    const recipient = split.rest.match(/^((?:[A-Z][\w.&'’-]*\s?)+)\s*(.*)$/);
    if (recipient) return joined(`${subject} ${recipient[1]!.trim()}`, object, recipient[2]!);
    // A recipient in other words ("the startup") cannot be told from the rest: said another way.
    if (/^(?:the|a|an|its|their)\b/.test(split.rest)) return undefined;
  }
  return joined(subject, object, split.rest);
}

/** Words that open what follows a verb, never the verb itself. */
const NOT_A_VERB = /^(?:to|in|on|at|for|from|with|by|during|over|into|after|before|since|last|next|this|that|the|a|an|its|their|so|as|of|per)\b/;

const joined = (head: string, object: string, tail: string) => `${head} ${object}${tail ? ` ${tail}` : ''}`;

/** Whether the cited passage counts the question's noun with this figure ("1,600 Ascend 910B AI chips" counts chips; "over 70,000 models" no downloads). */
function countsNoun(noun: string, answer: Quantity, quotes: string[]): boolean {
  for (const quote of quotes) {
    for (const quantity of parseQuantities(quote)) {
      if (quantity.value !== answer.value) continue;
      // The counted noun is the head of the words after the figure: "1,600 Ascend 910B AI chips" counts chips;
      // "290,000 enterprises and developers" counts enterprises (and developers only with them), so neither alone.
      if (sameHead(noun, countedWords(quote.slice(quantity.index + quantity.text.length)))) return true;
    }
  }
  return false;
}

/** The words a figure counts: those after it up to a conjunction, verb, preposition or stop ("" when none). */
function countedWords(after: string): string {
  const words: string[] = [];
  for (const word of after.trimStart().split(/\s+/)) {
    const bare = word.replace(/[,.;:()]+$/, '');
    if (!/^[A-Za-z0-9][\w'’-]*$/.test(bare) || ENDS_COUNTED.test(bare) || words.length === 5) break;
    words.push(bare);
    if (bare !== word) break;
  }
  return words.join(' ');
}

const ENDS_COUNTED = /^(?:and|or|have|has|had|is|are|was|were|which|that|in|on|at|by|for|from|to|with|during|as|of|over|since|per)$/i;

const headOf = (phrase: string) => phrase.trim().split(/\s+/).at(-1) ?? '';
const stem = (word: string) => word.toLowerCase().replace(/(?:es|s)$/, '');
const sameHead = (noun: string, item: string) => stem(headOf(noun)) === stem(headOf(item));


/**
 * Measures a figure can be of, each with the words that name it. The echo says the question's measure, so the
 * opening must state that measure (a share price is no trading volume, a model count no download count); an
 * opening that names no measure ("财新给出的数字是13%") was picked by the measure's own words and passes.
 */
const MEASURES: string[][] = [
  ['营收', '收入'], ['资本开支', '资本支出'], ['股价'], ['市值'], ['成交额'], ['估值'], ['利润', '净利润'], ['亏损'], ['融资'],
  ['员工', '人数'], ['市场份额', '份额'], ['研发支出', '研发'], ['下载量'], ['调用量'], ['用户', '客户'], ['模型数量'], ['芯片数量'], ['服务器数量'], ['销量', '出货量', '产量'], ['毛利率'],
];

/** The same measures in English words, matched as word stems. */
const MEASURES_EN: string[][] = [
  ['revenue', 'sales'], ['capital expenditure', 'capex', 'capital spending'], ['share price', 'stock price'], ['market cap'], ['trading volume', 'turnover'],
  ['valuation', 'valued'], ['profit', 'earnings'], ['loss', 'lost', 'lose'], ['funding', 'financing', 'raised', 'raise'], ['employees', 'headcount', 'staff', 'workforce'],
  ['market share'], ['r&d', 'research and development'], ['downloads'], ['api calls'], ['users', 'customers', 'clients', 'developers'],
];

function measuresAgree(question: string, opening: string, measures: string[][]): boolean {
  const has = (text: string, word: string) => text.toLowerCase().includes(word);
  const named = measures.filter((words) => words.some((word) => has(opening, word)));
  if (!named.length) return true;
  const asked = measures.filter((words) => words.some((word) => has(question, word)));
  return asked.every((words) => named.includes(words));
}

/**
 * Every company or product the opening names is one the question asks about (or its parent or unit): an
 * opening about Zhipu said in the words of a question about another firm would give Zhipu's figure to it.
 */
function namesAgree(question: string, opening: string, aliases: AliasTable): boolean {
  return allKin(aliases.ids(question), aliases.ids(opening), aliases);
}
