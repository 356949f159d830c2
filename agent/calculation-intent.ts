/**
 * @module Which calculation a question asks for, and what each operand must be. Operation cues are
 * data (English and Chinese patterns, most specific first); the slots say, per operand, whose figure
 * it is, what it measures, for which period, in what unit, and whether the question states it.
 * No cue, no calculation: figures asked for plainly are looked up, never derived.
 */
import { CHEAPER_ASKED, findPeriods, ITEM_METRICS, METRIC_RULES, metricsNamedIn, parseQuantities, resolvePeriod, smallNumber, type Currency, type Metric, type Period, type Quantity } from '../core/index.js';
import type { AliasTable } from '../index/index.js';
import { ancestorsOf } from './offline/company-kin.js';
import { assumedFigures } from './assumed-figures.js';

export type Operation = 'per_period' | 'difference' | 'change' | 'relative' | 'ratio' | 'share' | 'total_from_share' | 'prior' | 'unit_price' | 'valuation' | 'total' | 'convert';
export type PerUnit = 'year' | 'quarter' | 'month' | 'day';
/** money: an amount of currency; count: things counted; amount: either; percent: a share or rate; growth: a growth rate or multiple. */
export type SlotUnit = 'money' | 'count' | 'amount' | 'percent' | 'growth';
export type SlotRole = 'total' | 'a' | 'b' | 'part' | 'whole' | 'current' | 'growth' | 'amount' | 'count' | 'paid' | 'stake' | 'other';

export interface OperandSlot {
  role: SlotRole;
  /** Whose figure it is (an alias id), when the question says. */
  entity: string | undefined;
  /** Parties the figure should involve ("… in Anthropic"). */
  context: string[];
  /** Acceptable metrics, best first; empty when the question names none. */
  metrics: Metric[];
  period: Period | undefined;
  unit: SlotUnit;
  /** The question's own figure for this operand: an operand, and a premise to check. */
  stated?: Quantity | undefined;
  /** The stated figure is the question's own benchmark or supposition: used as given, never checked or swapped for a report's. */
  assumed?: boolean | undefined;
  /** The counted noun ("server", "GPU") for a count. */
  item?: string | undefined;
  /** Fill after this slot, preferring figures from its sentence. */
  near?: SlotRole | undefined;
  /** The question's own words for this operand, when it describes each apart ("what share of W came as P"). */
  words?: string | undefined;
  /** The operands differ by period: a figure that does not say its period cannot fill this slot. */
  periodStrict?: boolean | undefined;
  /** The figure must share the `near` slot's sentence or paragraph (the stake of that deal, the count of that order). */
  together?: 'sentence' | 'paragraph' | undefined;
}

export interface CalculationIntent {
  operation: Operation;
  /** The cue that asked for it, as written. */
  cue: string;
  /** A count of one company's item asked in total: added up from the kinds the reports give, or left to the plain figure. */
  byKind?: boolean;
  per?: PerUnit | undefined;
  /** How many `per` units the question itself gives ("over three years", "past four quarters"). */
  span?: number | undefined;
  /** A ratio asked for as a percentage. */
  asPercent: boolean;
  slots: OperandSlot[];
  /** The currency the answer is wanted in ("in US dollars", "折合多少美元"). */
  targetCurrency?: Currency | undefined;
  /** Yuan per US dollar, when the question gives the rate. */
  rate?: number | undefined;
  /**
   * An operand worked out by a first operation whose result the second uses: the whole of a share as a
   * sum ("of the combined A and B", "合计中"), slots `a` and `b`; the part as a change between two periods
   * ("what percentage of its end-2023 workforce did it cut"), slot `b` against the whole.
   */
  derived?: { role: 'whole'; operation: 'total' } | { role: 'part'; operation: 'difference' } | undefined;
  /** A second unit asked of the same average ("the annual average, and per quarter"): the first result divided again. */
  thenPer?: PerUnit | undefined;
  /** A figure the first result is then compared with ("add up A and B — how does it compare with C?"): both how many times and how far apart. */
  thenCompare?: OperandSlot | undefined;
}

export interface IntentInput {
  text: string;
  entities: string[];
  metrics: Metric[];
  periods: Period[];
  aliases: AliasTable;
  /** Earlier words the question leans on ("… is that?"): their years still tell operands apart. */
  history?: string | undefined;
  /** The date of the latest report: "last year's Q4" beside "Q1 2025" is read against it, so each operand keeps its own period. */
  asOf?: string | null | undefined;
}

interface OperationRule {
  operation: Operation;
  patterns: RegExp[];
  /** A second cue the question must also carry. */
  requires?: RegExp;
  /** Cues that mean something else. */
  unless?: RegExp;
  /** A condition on the whole question beyond its wording. */
  when?: (input: IntentInput) => boolean;
}

const PERCENT_WORDS = /\bpercent(?:age)?\b|%|百分|比例|占比|几成/i;
const GROWTH_WORDS = /\b(?:grew|grow(?:th|s|n)?|rose|rise[ns]?|up|increase[sd]?|jump(?:ed)?|surge[sd]?|fell|fall(?:en)?|drop(?:ped)?|decline[sd]?|year[- ]on[- ]year|y-?o-?y|\d+(?:\.\d+)?\s*%|\w+fold|\w+ times)\b|同比|增长|增加|增速|增幅|上升|下降|翻/i;
const EARLIER_WORDS = /\b(?:a|one|the) (?:year|quarter) (?:earlier|before|ago)\b|\bprevious (?:year|quarter)\b|\bprior[- ](?:year|quarter|period|value|figure)\b|\bsame (?:quarter|period|month) (?:a year (?:before|earlier)|last year|of the previous year)\b|去年同期|上一?年|一年前|前一年|上年同期|(?:那么|则|推算|倒推)[^?？]{0,8}\d{4}年/i;
/**
 * The year-earlier figure asked for as an estimate ("roughly what was it a year earlier", "一年前同期收入大约是多少"; not
 * "about", which names a topic as often as an amount): the
 * reports give it only as the later figure and its growth, so the estimate is worked back from them.
 */
const ESTIMATE_EARLIER = /\b(?:roughly|approximately|estimated?)\b[^?]{0,60}\b(?:a year (?:earlier|before|ago)|the (?:year|quarter) before|the prior year)\b|\b(?:a year (?:earlier|before|ago)|the prior year)\b[^?]{0,30}\b(?:roughly|approximately|estimated?)\b|(?:一年前|去年同期|上年同期)[^?？]{0,12}(?:大约|大概|约|估计)|(?:大约|大概|估计)[^?？]{0,12}(?:一年前|去年同期|上年同期)/i;
/** A start the growth is counted from: "at launch", "发布时" — the earlier figure is the one at that start. */
const LAUNCH_WORDS = /\b(?:at (?:its |the )?(?:launch|start|outset|debut)|when (?:it )?(?:launched|started|debuted)|initially|originally)\b|(?:发布|推出|上线|问世)(?:之)?时|起初|最初/i;
/** The question names the growth as what to work from ("given", "going by … growth rate", "按增速推算"), stating no rate itself. */
const GROWTH_AS_BASIS = /\bgiven\b|\bif\b|\btimes\b|\b(?:going by|based on|using|from|with|at) (?:the |its |their |that |this )?(?:[\w’'-]+ ){0,4}(?:growth|increase|rise)(?: rate)?\b|\b(?:from|using|with)\b[^?]{0,60}\band (?:its|the|their) (?:growth|increase|rise)(?: rate)?\b|既然|已知|如果|(?:按|根据|按照|依据)[^?？]{0,24}(?:增速|增长率|增幅|同比)/i;
const ITEM = '(?:(?:H20|H100|A100|A800|Nvidia|AI|Ascend(?: 910B)?|GPU)\\s+)*(server|gpu|chip|card|processor|unit|employee|staff|worker|person|head|user|developer|customer|client|model)s?';

/**
 * "This year's output … is up 68%. What was its 2024 output?": the current period said relatively (which a question,
 * dated by no report, cannot resolve) and an earlier year named: two periods, the named one asked from the other.
 */
function currentAndEarlierYear(text: string): boolean {
  return /\bthis (?:year|quarter)\b|今年|本季度/i.test(text) && /(?<!\d)(?:19|20)\d{2}(?!\d)/.test(text);
}

/** "How big was it in 2023, given … for 2024": two periods, one asked from the other. */
function askedEarlier(periods: Period[]): boolean {
  return new Set(periods.filter((period) => period.from).map((period) => period.from)).size >= 2;
}

/**
 * "腾讯去年四季度的资本开支比阿里2025年一季度的多多少?": a relative period beside a dated one is a period of its own, read
 * against the latest report's date; dropped, the dated period would be taken for both operands. Alone, a relative
 * period stays relative (each report's date resolves it).
 */
function datedBeside(periods: Period[], asOf: string | null | undefined): Period[] {
  if (!asOf || !periods.some((period) => period.from) || periods.every((period) => period.from)) return periods;
  return periods.map((period) => (period.from || !period.text ? period : resolvePeriod(period.text, asOf)));
}

/** "between December 2023 and December 2024", "end-2023": years the period reader leaves out still tell operands apart. */
function withBareYears(text: string, periods: Period[]): Period[] {
  const years = [...new Set(text.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? [])];
  if (periods.length >= years.length || years.length < 2) return periods;
  return years.map((year) => periods.find((period) => period.from!.startsWith(year) && period.to!.startsWith(year)) ?? { text: year, from: `${year}-01-01`, to: `${year}-12-31` });
}

/** "December 2024" → "December 2023", "2024" → "2023": the same span one year earlier. */
export function sameSpanAYearBefore(period: Period): Period {
  const shift = (date: string) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const last = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
    return `${year - 1}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
  };
  return { text: null, from: shift(period.from!), to: shift(period.to!) };
}

/** The latest of the question's periods: the one a growth rate leads to. */
function latest(periods: Period[]): Period | undefined {
  return [...periods].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))[0];
}

/** Words naming an exchange rate by the amount it was given for ("the dollar conversion … gives for", "按…的汇率"). */
const RATE_NAMED_BEFORE = /\b(?:conversion|exchange rate|rate)\b[^?,;]*$|汇率[^?？,，;；]*$|换算[^?？,，;；]*$/i;

/** A change asked as an amount of money: "in yuan", "how many dollars", "多少亿元" (a growth asked plainly is its rate). */
export const AMOUNT_ASKED = /\bin (?:yuan|RMB|renminbi|(?:US )?dollars|USD)\b|\bhow many (?:yuan|dollars)\b|多少(?:亿|万)?(?:元|美元|人民币)|金额/i;

/** A quantity asked: how much or many, a total or sum, 多少 or 几. */
const QUANTITY_ASKED = /\bhow (?:much|many|big|large)\b|\b(?:total|sum|amount|figure|number|worth|value|in total|altogether)\b|\badd(?:ed)? (?:up|together)\b|多少|几|总额|金额|总数|规模|合计|总共|一共|加起来|总计|共计|合起来|之和|总和/i;
/** A name or an act asked ("Which startups did …", "What did they unveil …"): what was done together, not an amount. */
const NAME_OR_ACT_ASKED = /^\s*(?:and\s+)?(?:which|who|whom|whose)\b|^\s*(?:and\s+)?what\s+(?:did|does|do|has|have|had|will|would)\b/i;
/**
 * A yes/no question ("Did Alibaba and Tencent invest together in Zhipu?") asks whether something was done, an act, unless
 * it weighs a sum: a figure stated, a sum named ("combined capex", "in total") or a comparison ("… than Baidu's").
 */
const YES_NO_ASKED = /^\s*(?:and\s+)?(?:did|do|does|have|has|had|is|are|was|were|will|would|can|could)\b/i;
const SUM_OR_COMPARISON_NAMED = /\b(?:combined|total|altogether|in all|sum|than)\b/i;
const actAsked = (text: string) => NAME_OR_ACT_ASKED.test(text)
  || (YES_NO_ASKED.test(text) && !SUM_OR_COMPARISON_NAMED.test(text) && statedFigures(text).length === 0);
/** Money put in, said by its verb: a sum of it is an amount even unasked in so many words ("Add what Amazon and Google committed"). */
const MONEY_VERB = /\b(?:commit\w*|invest\w*|spen[dt]|raise[ds]?|pa(?:y|id)|pledge[ds]?)\b/i;
/** "than the previous quarter", "上季度": a quarter back, not a year. */
const QUARTER_EARLIER = /\b(?:previous|prior|last) quarter\b|\bquarter (?:earlier|before|ago)\b|上一?个?季度|前一个?季度/i;

/** A period that is one calendar or fiscal year, January to December. */
const wholeYear = (period: Period) => Boolean(period.from && period.to && period.from.slice(5) === '01-01' && period.to.slice(5) === '12-31' && period.from.slice(0, 4) === period.to.slice(0, 4));

/** A change over one period compares it with the same span a year before: "year on year", "同比", "over 2024", "2024年内". */
const YEAR_ON_YEAR = /\byear[- ](?:over|on)[- ]year\b|\byoy\b|同比|\b(?:over|during|through(?:out)?|in the course of) (?:the (?:course of )?)?(?:19|20)\d{2}\b|(?:19|20)\d{2}\s*年(?:内|全年|期间|一年(?:里|中|内))/i;

/** A share's whole named as a sum: "of the combined A and B", "A和B合计中". */
const SUM_WORDS = /\b(?:combined|together|in total|total of|altogether|sum of|between them)\b|合计|合起来|加起来|总和|之和|一共|总共/i;
const SUM_WORDS_BEFORE_SHARE = /(合计|合起来|加起来|总和|之和|一共|总共)(?:中|里|当中|之中)[^?？]*占/;
/**
 * "Counting Nvidia and domestic chips together, what share …", "A和B加起来,A占多少": two things joined and summed before the
 * share is asked. The words up to the sum word, or undefined when no two things are joined there.
 */
function sumClauseBefore(text: string, cueAt: number): string | undefined {
  const before = text.slice(0, cueAt);
  const sums = [...before.matchAll(new RegExp(SUM_WORDS.source, 'gi'))];
  const last = sums.at(-1);
  if (!last) return undefined;
  const words = before.slice(0, last.index + last[0].length);
  return /\b(?:and|&)\b|[和与及]/i.test(words) ? words : undefined;
}
/** "…? Of which, what share …", "…?其中…占比": the whole is what the clause before names, the part what follows. */
const OF_WHICH = /\bof (?:which|these|them|those|this|that)\b|其中|这其中|当中|(?<=\p{Script=Han})中(?=[,，])/iu;
/** "— how does it compare with C?", ", and how does that compare to C", "和C相比如何": the words naming what a sum is set against. */
const COMPARED_AFTER = [
  /\bhow (?:does|do|would) (?:it|that|this|they|the (?:sum|total|combined (?:figure|amount)))\s+(?:compare|stack up|measure up)\s+(?:with|to|against)\s+(.+?)[?？.]*$/i,
  /\b(?:compared? (?:with|to)|versus|vs\.?|against)\s+(.+?)[?？.]*$/i,
  /(?:和|与|跟|同)(.+?)(?:相比|比较|比起来|对比)/,
  // "和腾讯今年计划投的钱比,…": 比 closing the phrase, with the question going on after it.
  /(?:和|与|跟|同)(.+?)比(?=[,，;；])/,
  // "… per year is Alibaba's plan than Tencent's planned AI spend?", "平均到每年,比腾讯今年计划的投入多多少?": a "than" after the average.
  // ("more than 100 billion yuan" is a figure's qualifier, no comparison.)
  /\bthan\s+(?![$¥€£]?\d)(.+?)[?？.]*$/i,
  /比(.+?)(?:多|少|高|低)出?了?(?:多少|几)/,
  // "… spread evenly over 12 quarters, how far short was the capex it reported?": what the average is held against.
  /\bhow far (?:short|below|above|behind|ahead)(?: of)?\s+(?:was|is|were|are|did|does)?\s*(.+?)[?？.]*$/i,
];

/** What a sum is then compared with, when the question goes on to ask (the words after the sum's cue), else undefined. */
function comparedAfterSum(text: string, after: number): string | undefined {
  const rest = text.slice(after);
  for (const pattern of COMPARED_AFTER) {
    const match = rest.match(pattern);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

/** A count asked in total: "how many … in total", "一共有多少块". */
const COUNT_IN_TOTAL = /\bhow many\b[^?]*\b(?:in total|altogether|combined)\b|(?:一共|总共|合计)[^?？]{0,6}(?:多少|几)/i;

/** A share's part named as a change: "did it cut", "裁减的员工", "added". */
const CHANGE_WORDS = /\b(?:cut|cuts|reduc(?:e|ed|tion)|shed|lost|lose|laid off|lay off|add(?:ed)?|gain(?:ed)?|hired)\b|裁减|裁员|裁掉|减少|减员|新增|流失/i;

/** What is left of a whole once a part is taken out: "the rest", "其余部分", "除去…剩下". */
export const REMAINDER = /\b(?:the rest|the remainder|remain(?:s|ed|ing)?|left over|(?:is|was|are|were) left)\b|其余|其他部分|剩|余下/i;
/** Where a remainder question turns from the whole to the part taken out: "… after the cloud credits", "除去…". */
const TAKEN_OUT = /^(.*?)\b(?:after|once|excluding|net of|less|minus|without)\b(.*)$|^(.*?)(?:除去|扣除|去掉|减去|不算)(.*)$/i;

/** Chinese verbs of a fall: "降低了多少", "下降了百分之几". */
const DECREASE_VERBS_ZH = ['下降', '下跌', '降低', '减少', '缩减', '缩水', '缩小', '裁减', '裁员', '裁掉', '裁了', '砍掉', '少了'];

/**
 * A difference asked as a level's own change ("How much did Alibaba's headcount fall?", "How many employees did it cut?",
 * "员工减少了多少人"), not one figure against another: its operands are the level at two dates.
 */
const LEVEL_CHANGE = new RegExp(`\\b(?:shrink|shrank|fall|fell|drop|dropped|decline|declined|decrease|decreased|go down|went down|cut|shed|lay off|laid off|slash|slashed|trim|trimmed|add|added|hire|hired)\\b|(?:${[...DECREASE_VERBS_ZH, '增加'].join('|')})(?:了)?多少|少了多少`, 'i');


/** "增长了多少", "涨了多少", "上升了多少": a rise asked as "how much" in Chinese. */
const GROWTH_AMOUNT_ZH = /(?:增长|增加|上涨|上升|提高|涨|升)(?:了)?多少(?!倍|%|百分|比例)/;
/** The question asks in units, not as a rate: "多少港元", "多少片", "how many yuan", "in dollars". */
export const AMOUNT_IN_UNITS = /多少(?:亿|万)?(?:元|美元|港元|人民币|片|颗|块|台|人|名|个|次|家)|\bhow many\b|\bin absolute terms\b|\bin (?:yuan|RMB|(?:US |Hong Kong )?dollars|HK\$|units)\b/i;
/** "从2.30万亿港元增长到2.6173万亿港元", "from HK$2.30 trillion to HK$2.6173 trillion": both ends of the change given. */
function bothEnds(text: string): boolean {
  const figures = statedFigures(text).filter((quantity) => quantity.unit !== 'percent');
  return figures.length >= 2 && /从[^?？]{0,30}(?:到|至)|\bfrom\b[^?]{0,40}\bto\b/i.test(text);
}

/** The figure asked for a named year ("what was it in 2024?", "2024年是多少?"): with a growth to work back from, that year is the earlier one. */
const ASKED_FOR_YEAR = /\b(?:what|how (?:much|many|big|large))\b[^?,;]{0,40}\b(?:was|were|had been|would (?:it|that) have been)\b[^?,;]{0,30}\bin \d{4}\s*[?？]?\s*$|\d{4}\s*年[^?？,，]{0,6}(?:是|为|有)?(?:大约|大概)?多少/i;

/** Money spent on two things named as where it went ("在AI基础设施和AI产品研发上一共…", "on infrastructure and R&D in total"). */
const SPENT_ON_BOTH = /在[^?？,，]{1,30}(?:和|与|及)[^?？,，]{1,30}上[^?？,，]{0,4}(?:合计|一共|总共|共)|\b(?:on|into)\s+(?:[A-Za-z&-]+\s+){1,5}and\s+(?:[A-Za-z&-]+\s+){1,5}(?:in total|combined|altogether)\b/i;

/** "By how much did the HCC cluster cut MiniMax's cloud bill?": a saving on costs is a rate the reports state. */
const COST_CUT_ASKED = /\bby how much\b[^?]*\b(?:cut|cuts|reduce[ds]?|lower(?:ed|s)?|save[ds]?|slash(?:ed|es)?|trim(?:med|s)?)\b[^?]*\b(?:costs?|bills?|expenses?|prices?)\b/i;

/** Most specific first: "how much larger, in percent" is a relative difference, not a difference. */
const RULES: OperationRule[] = [
  { operation: 'total_from_share', patterns: [
    /\b(?:if|given|since)\b[^?]*\d\s*%\s*of\b[^?]*\b(?:what|how (?:much|big|large))\b/i,
    /\btotal\b[^?]*\bimpl(?:y|ied|ies)\b|\bimpl(?:y|ied|ies)\b[^?]*\btotal\b/i,
    /占[^?？]{0,40}\d+(?:\.\d+)?%[^?？]*(?:推算|推断|倒推|隐含|意味着|是多少|多少)/,
    /(?:推算|倒推)[^?？]*(?:总收入|总营收|总额|总体)/,
    /\d\s*%\s*of\b[^?]*\b(?:what|how (?:much|big|large))\b[^?]*\b(?:total|overall|whole|entire)\b/i,
  ], requires: /%|百分/ },
  // "From Taobao and Tmall's revenue and its share, what was the group's total?", "根据淘宝和天猫的营收及其占比,集团总营收大约是多少?":
  // the share is asked for by name, not stated, and is looked up as the other operand.
  { operation: 'total_from_share', patterns: [
    // The total is what is asked ("what was … total"), not the share's own "of group revenue".
    /\b(?:from|based on|using|given|with)\b[^?]*\b(?:share|proportion|percentage)\b(?!\s+price)[^?]*\b(?:what|how (?:much|big|large))\b[^?]*\b(?:total|overall|whole|entire)\b/i,
    /(?:根据|按照?|利用|使用|由)[^?？]{0,40}(?:占比|所占比例|所占比重|所占份额|的比重)[^?？]{0,40}(?:总收入|总营收|总额|集团(?:的)?(?:总)?(?:收入|营收))/,
  // "From the Q4 figures, what share of the group's total came from Taobao?" asks for the share itself.
  ], unless: /\bwhat (?:share|percentage|percent|proportion|fraction)\b|\bhow (?:big|large) (?:a )?(?:share|proportion)\b|占比(?:是|为)?多少|占[^?？，,]{0,12}(?:多少|几成|百分之几)/i },
  { operation: 'relative', patterns: [
    /\bhow much (?:larger|bigger|smaller|higher|lower|greater|more|less)\b[^?]*\b(?:in percent(?:age terms)?|as a percentage|percent)\b/i,
    /\b(?:in percent(?:age terms)?|as a percentage)\b[^?]*\bhow much (?:larger|bigger|smaller|higher|lower|greater|more|less)\b/i,
    /\bby what (?:percentage|percent)\b[^?]*\b(?:larger|bigger|smaller|higher|lower|greater|more|less) than\b/i,
    /\bhow many percent (?:more|less|larger|smaller|higher|lower|bigger)\b/i,
    /\bby what (?:percentage|percent)\b[^?]*\b(?:exceed|outstrip|surpass|trail)|\b(?:exceed|outstrip|surpass|trail)\w*\b[^?]*\bby what (?:percentage|percent)\b/i,
    /\b(?:percentage[- ]wise|in relative terms|relatively)\b[^?]*\bhow much (?:larger|bigger|smaller|higher|lower|greater|more|less)\b/i,
    /比[^?？]{1,60}?(?:高出|多出|大出|低|少|高|多|大|小)(?:了)?(?:百分之多少|百分之几|多少百分比|几成)/,
  ] },
  { operation: 'change', patterns: [
    /\bpercentage (?:change|increase|decrease|drop|fall|decline|rise|growth|reduction)\b/i,
    /\bby what (?:percentage|percent)\b/i,
    /\bby how (?:much|many) percent\b/i,
    /\bwhat (?:percentage|percent) (?:did|was|has|had|does)\b[^?]*\b(?:change|grow|rise|fall|drop|decline|shrink|increase|decrease|cut)/i,
    /\bhow much did\b[^?]*\b(?:grow|rise|fall|drop|decline|shrink|increase|decrease)\b[^?]*\bin percent/i,
    // "How big a drop is that from a year earlier, in percent?", "in percentage terms, how large an increase was it?"
    /\bhow (?:big|large|much) (?:of )?an? (?:drop|fall|decline|cut|rise|increase|jump|gain|change|decrease|reduction)\b[^?]*\b(?:in percent(?:age)?(?: terms)?|as an? percent(?:age)?|percentage[- ]wise)\b/i,
    /\b(?:in percent(?:age)? terms|as an? percent(?:age)?|percentage[- ]wise)\b[^?]*\bhow (?:big|large|much) (?:of )?an? (?:drop|fall|decline|cut|rise|increase|jump|gain|change|decrease|reduction)\b/i,
    new RegExp(`(?:${['增长', '增加', '变化', '上升', '提高', ...DECREASE_VERBS_ZH].join('|')})(?:了)?(?:百分之多少|百分之几|多少百分比|几成|多少%)`),
    /(?:增幅|降幅|涨幅|跌幅|变化幅度|变动幅度|增长率|下降率)(?:大概|大约|约)?(?:是|为|有)?(?:多少|百分之几|百分之多少|几成)/,
    // "员工减少的比例大概是多少?", "营收增长的幅度有多大": the rate of a change asked by its noun.
    new RegExp(`(?:${['增长', '增加', '上升', '提高', ...DECREASE_VERBS_ZH].join('|')})的?(?:比例|幅度|百分比)(?:大概|大约|约)?(?:是|为|有)?(?:多少|多大|几)`),
    /(?:涨|跌)(?:了)?(?:百分之多少|百分之几|多少百分比)/,
    // "How many … did it shrink by, in absolute terms and as a percentage?": both, which a change's answer gives.
    /\b(?:shr[iu]nk|shrank|fell|fall|drop(?:ped)?|declined?|grew|grow|rose|rise|increased?|decreased?|cut)\b[^?]*\b(?:and|or) (?:as an? |in )?percent(?:age)?(?: terms)?\b/i,
  ] },
  // "Counting A and B together, what percentage were B?": a share of a sum the question has just named.
  { operation: 'share', patterns: [/\bwhat (?:percentage|percent|share|proportion|fraction)\b (?:was|were|is|are|will be|would be|came from|come from)\b/i], requires: SUM_WORDS,
    unless: /\b(?:change|grow|growth|rise|fall|drop|decline|increase|decrease|cut)\b/i },
  { operation: 'share', patterns: [
    /\bwhat (?:percentage|percent|share|proportion|fraction|portion|part) of\b/i,
    // "How many chips will it hold, and of them what share …": the whole is the figure just asked for.
    /\bof (?:which|these|them|those),?\s*what (?:percentage|percent|share|proportion|fraction)\b/i,
    /\bwhat (?:percentage|percent|share|proportion|fraction)\b[^?]*\b(?:represent|account for|make up|amount to)\b/i,
    /\bas an? (?:percentage|share|proportion|fraction) of\b/i,
    /\b(?:as a percentage|in percent(?:age terms)?)\b[^?]*\bhow (?:much|many) of\b|\bhow (?:much|many) of\b[^?]*\b(?:as a percentage|in percent(?:age terms)?)\b/i,
    /\bof (?:the|its|their|this|that|[\w’']+['’]s)?\b[^?,]*,\s*what (?:percentage|percent|share|proportion|fraction)\b/i,
    /(?:占|相当于)[^?？]{0,60}?(?:的)?(?:百分之多少|百分之几|多少比例|比例是多少|比重|多大比例|比例|几成)/,
    /占比(?:是|为)?多少/,
  ] },
  // A valuation implied is a calculation by itself; "what was it worth" only next to a stake.
  { operation: 'valuation', patterns: [
    /\bvaluation\b[^?]*\b(?:impl(?:y|ied|ies)|suggest|mean)|\bimpl(?:y|ied|ies)\b[^?]*\bvaluation\b/i,
    /\bwhat (?:does|would|did) (?:that|this|it|the deal) value\b/i,
    // "按这个算它的估值是多少?", "据此估值多少?": a valuation worked out from what the question just gave.
    /(?:隐含|意味着|推算|对应|按(?:这个|此|这|照这个|这笔)?(?:算|计算|推算|来算)|据此(?!前)|由此(?!看|可见)|这样算)[^?？]*估值/,
  ] },
  { operation: 'valuation', patterns: [
    /\bvalue[sd]? [^?]{0,40}\bat\b\s*\?/i,
    /\bwhat (?:was|is|would) [^?]{1,40}\bworth\b/i,
    /相当于[^?？]*估值|估值[^?？]*(?:是|为|约|有)?多少/,
  ], requires: /\bstake\b|\d\s*%|\bfor (?:a |an )?\d|股份|股权|持股/i },
  { operation: 'unit_price', patterns: [
    // "per server", "each chip"; "a chip" only after a price ("how much a server", "yuan a chip"): "how big a chip stockpile" asks a size.
    new RegExp(`\\b(?:per|each|every)\\s+${ITEM}\\b|\\b(?:much|cost|costs|price|paid|pay|yuan|dollars?|RMB)\\s+a\\s+${ITEM}\\b`, 'i'),
    /\bunit (?:price|cost)\b|\bprice (?:per|of each|of one)\b|\bcost (?:per|of each|of one)\b/i,
    new RegExp(`\\b(?:price|cost) of (?:an?|one|each)\\s+${ITEM}\\b`, 'i'),
    /单价|每(?:台|块|张|颗|片|枚|人|名员工|位员工|个用户)|人均/,
    // "平均下来一台多少钱", "一块卡要多少钱": one unit's price, asked by its measure word.
    /(?:平均|均摊|摊下来|算下来)[^?？]{0,8}一(?:台|块|张|颗|片|枚)|一(?:台|块|张|颗|片|枚)[^?？]{0,6}多少钱/,
    // "单台大约多少钱", "单颗芯片多少钱": one unit's price, asked with 单.
    /单(?:台|块|张|颗|片|枚)[^?？]{0,8}(?:多少钱|多少元|价格|什么价)/,
  ], unless: /\bper (?:year|quarter|month|day)\b/i },
  { operation: 'prior', patterns: [
    /\bwhat (?:does|did|would) (?:that|this|it|the growth|the increase|the rise) imply\b/i,
    /\bimplied (?:prior|previous|earlier|base)\b/i,
    EARLIER_WORDS,
    LAUNCH_WORDS,
    /\b(?:what|how (?:much|big|large|many))\b[^?]*\b(?:was|were)\b/i,
    // "2023年是多少", "去年大约是多少": the earlier year's figure asked in Chinese.
    /(?:(?:19|20)\d{2}\s*年|去年|上一年)[^?？,，]{0,6}(?:是|为|有)多少/,
    /\b(?:back out|work out|infer|derive|calculate|compute|estimate)\b/i,
  ], requires: new RegExp(`${GROWTH_WORDS.source}|${ESTIMATE_EARLIER.source}`, 'i'), when: (input) => ESTIMATE_EARLIER.test(input.text) || ((EARLIER_WORDS.test(input.text) || LAUNCH_WORDS.test(input.text) || /\bimpl/i.test(input.text) || currentAndEarlierYear(input.text) || askedEarlier(withBareYears(input.text, input.periods.filter((period) => period.from && period.to)))) && ( statedFigures(input.text).some((quantity) => quantity.unit === 'percent' || quantity.unit === 'multiple') || GROWTH_AS_BASIS.test(input.text))),
  unless: /\bby what\b|\bhow much did\b[^?]*\b(?:grow|rise|fall|drop|increase|decrease|decline|shrink|climb)\b|百分之/i },
  // "How many times B is A?", "A是B的几倍?": a ratio, asked in so many words (a comparison alone asks for none).
  { operation: 'ratio', patterns: [
    /\bhow many times\b(?![^?]*\b(?:did|has|have|was|were)\b[^?]*\b(?:update|release|launch|visit|meet|happen))/i,
    /\b(?:what|which) (?:multiple|ratio)\b|\bratio (?:of|between)\b|\bhow many-fold\b/i,
    /是[^?？]{1,60}的(?:几|多少)倍|(?:几|多少)倍/,
  ] },
  { operation: 'per_period', patterns: [
    /\b(?:per|each|every) (year|quarter|month|day)\b/i,
    /\b(?:how (?:much|many)|what)\b[^?]*\ba (year|quarter|month|day)\b(?!\s+(?:earlier|before|ago|later|after))/i,
    /\baverage (annual|yearly|quarterly|monthly|daily)\b|\b(annual|yearly|quarterly|monthly|daily) average\b/i,
    /\b(?:evenly|equal(?:ly)?|spread|on average)\b[^?]*\b(annually|yearly|quarterly|monthly|daily)\b|\b(annually|yearly|quarterly|monthly|daily)\b[^?]*\b(?:evenly|equal(?:ly)?|spread|on average)\b/i,
    // "If it were spread evenly by quarter": the unit after "by".
    /\b(?:evenly|equal(?:ly)?|spread)\b[^?]{0,30}\bby (year|quarter|month)\b/i,
    // "spread its plan evenly over 12 quarters": the unit of the span it is spread over.
    /\b(?:evenly|equal(?:ly)?|spread)\b[^?]{0,30}\bover (?:\w+ )?(year|quarter|month)s\b/i,
    /(?:分摊|均摊|平摊|摊|平均)(?:到|在|给)?每(?:个)?(年|季度?|月|天|日)|按(年|季度?|月|天|日)平均|平均每(?:个)?(年|季度?|月|天|日)|每(?:个)?(年|季度|月|天|日)(?:平均|大约|约|是|为|投入|花|支出|相当于|能|可)*(?:多少|几)|(年|季|月|日)均/,
    // "Why did Wang Xiaochuan credit Tencent Cloud for shipping a model every month?" asks a reason, not an amount per month.
  ], unless: /^\s*(?:why|how come)\b|为什么|为何|凭什么/i },
  { operation: 'total', patterns: [
    /\b(?:in total|combined|altogether|together|in all|add(?:ed)? up|added together|sum of|between them|total of)\b/i,
    /合计|总共|一共|加起来|总计|共计|合起来|之和|总和/,
  ], when: (input) => statedFigures(input.text).filter((quantity) => quantity.unit !== 'percent').length >= 2
    // "What did Huawei and iFLYTEK unveil together?": an act done jointly, no amount to add up; a sum asks an amount or names a measure.
    // (A measure named, or money put in, asks its sum only when the question asks no name or act: "Which startups did Alibaba
    // and Tencent invest in together?" asks names.)
    || ((QUANTITY_ASKED.test(input.text) || (!actAsked(input.text) && (MONEY_VERB.test(input.text) || input.metrics.some((metric) => !ITEM_METRICS.includes(metric))))) && (subjectsOf(input.text, input.entities, input.aliases).subjects.length >= 2
    // Two things of one subject joined ("Nvidia and domestic AI chips together", "资本开支和研发支出加起来"); not two places one
    // outlay went ("在AI基础设施和AI产品研发上一共砸了多少钱?": the report's one figure covers both).
    || (/\band\b[^?]*\b(?:combined|together|in total|altogether)\b|和[^?？]*(?:合计|加起来|一共|总共|合起来|之和|总和)/i.test(input.text) && !SPENT_ON_BOTH.test(input.text))
    // "How many AI chips in total will Alibaba hold?": a count of one item asked in total of one company, which the reports
    // give by kind; with no company asked ("国内一共有多少款产品?") there is nothing whose parts to add.
    || (input.entities.length === 1 && input.metrics.some((metric) => ITEM_METRICS.includes(metric))
      && COUNT_IN_TOTAL.test(input.text)))) },
  { operation: 'difference', patterns: [
    /\bhow (?:much|many) (?:more|less|fewer|larger|bigger|smaller|higher|lower|greater)\b/i,
    /\bby how (?:much|many)\b/i,
    /\bhow (?:much|many)\b[^?]*\b(?:exceed|outstrip|surpass)(?:ed|es|s)?\b/i,
    /\b(?:difference|gap) (?:between|in)\b|\bfall short\b|\bfell short\b|\bhow far (?:short|below|above|over|under|apart)\b|\bhow (?:much|many) apart\b/i,
    // What is left of a whole once a part is taken out: "the rest", "其余部分", "除去…剩下".
    /\bhow (?:much|many)(?: [\w’'-]+){0,3} did\b[^?]*\b(?:shrink|fall|drop|decline|grow|rise|increase|decrease|go down|go up)\b/i,
    // "How many employees did Alibaba cut in 2024?": a count cut or added is a change of a level, not the level.
    /\bhow many(?: [\w’'-]+){0,3} did\b[^?]*\b(?:cut|shed|lay off|slash|trim|add|hire)\b/i,
    /相差|差距|差额|多(?:了|出)?多少|少(?:了)?多少|高(?:出)?多少|低(?:了)?多少/,
    // A fall asked as an amount ("下降了多少人", "减少了多少"); a rise only as 增加 (增长了多少 usually asks the rate).
    new RegExp(`(?:${[...DECREASE_VERBS_ZH, '增加', '提高'].join('|')})(?:了)?多少(?!倍|%|百分)`),
  // "By how much did the HCC cluster cut MiniMax's cloud bill?": a saving on costs is a rate the reports state ("by at least
  // 20%"), not two levels to subtract.
  // So is "How much cheaper is Qwen3 than DeepSeek R1?", "和DeepSeek R1比成本低多少?".
  ], unless: new RegExp(`${COST_CUT_ASKED.source}|${CHEAPER_ASKED.source}`, 'i') },
  // "超过300亿元的门槛多少", "比基准高出多少": how far one figure is past another, asked as an amount.
  { operation: 'difference', patterns: [/(?:超过|超出|高于|低于|少于|不足|多于)[^?？]{0,24}?多少(?!倍|%|百分|比例)/] },
  // "增长了多少" asks the rate unless the question asks it in units ("增长了多少港元", "多少片") or gives both ends ("从A增长到B").
  { operation: 'difference', patterns: [GROWTH_AMOUNT_ZH, /\bhow much did\b[^?]*\b(?:grow|rise|increase|climb)\b/i],
    when: (input) => AMOUNT_IN_UNITS.test(input.text) || bothEnds(input.text) },
  // What remains of a whole once a part is taken out, only when something is taken out of something.
  { operation: 'difference', patterns: [REMAINDER], when: (input) => TAKEN_OUT.test(input.text) || statedFigures(input.text).filter((quantity) => quantity.unit !== 'percent').length >= 2 },
  { operation: 'convert', patterns: [
    /\b(?:in|into|to) (?:US |U\.S\. |Hong Kong )?(?:dollars|USD|yuan|RMB|renminbi|CNY|HKD|pounds|euros)\b/i,
    /\bconvert(?:ed)?\b/i,
    /换算(?:成|为)|兑换(?:成|为)|换成|折合|相当于多少(?:美元|人民币|元|港元)|合多少(?:美元|人民币|元)/,
  ] },
];

const PER_WORDS: Record<string, PerUnit> = {
  year: 'year', annual: 'year', annually: 'year', yearly: 'year', '年': 'year', quarter: 'quarter', quarterly: 'quarter', '季': 'quarter', '季度': 'quarter',
  month: 'month', monthly: 'month', '月': 'month', day: 'day', daily: 'day', '天': 'day', '日': 'day',
};
// "over three years", "36个月", "within just over forty days", "四十多天内": the span a total covers.
const SPAN = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|ninety)[- ](year|quarter|month|day)s?\b|(?<![第\d一两二三四五六七八九十])([一两二三四五六七八九十\d]+)多?(?:个)?(年|季度|月|天)(?!底|初|末|\d)/i;

/** Every unit an average is asked per, in the order written ("annual average … per quarter": year, quarter). */
const PER_MENTION = /\b(?:per|each|every|a) (year|quarter|month|day)\b(?!\s+(?:earlier|before|ago|later|after))|\b(annual|yearly|quarterly|monthly|daily)\b|每(?:个)?(年|季度|月|天|日)|(年|季|月|日)均/gi;

function perUnitsIn(text: string): PerUnit[] {
  const units: PerUnit[] = [];
  for (const match of text.matchAll(PER_MENTION)) {
    const word = (match.slice(1).find(Boolean) ?? '').toLowerCase();
    const unit = PER_WORDS[word] ?? PER_WORDS[word.slice(0, 1)];
    if (unit && !units.includes(unit)) units.push(unit);
  }
  return units;
}

const COMPARISONS: Operation[] = ['difference', 'change', 'relative', 'ratio'];
/** Words that set one figure against another ("bigger than", "above or below", "比…多"). */
const SETS_AGAINST = /\b(?:than|above or below|below or above|compared?|versus|vs\.?)\b|比|相比|高于|低于|超过还是|多多少|少多少|差多少/i;

/** An even pace over a span, asked as one side of a comparison: "spread evenly by quarter", "the quarterly average of …", "按季度平均". */
const PACE = /\b(?:spread|evenly|equally|on average|average|pace)\b[^?]{0,40}\b(?:by|per|each|a) (year|quarter|month)\b(?!\s+(?:earlier|before|ago|later|after))|\b(annual|yearly|quarterly|monthly) (?:average|pace|run[- ]rate)\b|\b(?:average|pace) (?:per|each|a) (year|quarter|month)\b(?!\s+(?:earlier|before|ago|later|after))|(?:按|每)(?:个)?(年|季度|月)(?:平均|均摊|平摊)|(年|季|月)均|(年度?|季度|月度?)平均/i;

function paceUnit(text: string): PerUnit | undefined {
  const match = PACE.exec(text);
  const word = (match?.slice(1).find(Boolean) ?? '').toLowerCase();
  return PER_WORDS[word] ?? PER_WORDS[word.slice(0, 1)];
}

/** "over three years" with "per quarter" asked: 12. */
function spanIn(text: string, per: PerUnit | undefined): number | undefined {
  // "2025年第一季度 … 三年计划": a year's number is no span; the first count small enough to be one is.
  const match = [...text.matchAll(new RegExp(SPAN.source, 'gi'))].find((found) => Number(smallNumber((found[1] ?? found[3] ?? '').toLowerCase()) ?? (found[1] ?? found[3])) <= 100);
  if (!match || !per) return undefined;
  const written = (match[1] ?? match[3] ?? '').toLowerCase();
  const count = smallNumber(written) ?? Number(written);
  const unit = PER_WORDS[(match[2] ?? match[4] ?? '').toLowerCase()];
  if (!count || !unit || count > 100) return undefined;
  const months: Record<PerUnit, number> = { year: 12, quarter: 3, month: 1, day: 12 / 365 };
  // A span in days divides only into days ("forty days", asked per day).
  if (unit === 'day') return per === 'day' ? count : undefined;
  const span = (count * months[unit]) / months[per];
  return per === 'day' ? Math.round(count * (unit === 'year' ? 365 : unit === 'quarter' ? 91 : 30)) : span;
}

/** Figures the question states, in order: the operands it gives. Years and model numbers are not figures. */
export function statedFigures(text: string): Quantity[] {
  return outsideRates(text, parseQuantities(text)).filter((quantity) => (['currency', 'percent', 'multiple', 'count'].includes(quantity.unit) || (quantity.unit === 'number' && Number(quantity.value) >= 10))
    // "spread evenly over 12 quarters", "分三年": a span of time is how long, not a figure to work with or check.
    && !(['count', 'number'].includes(quantity.unit) && SPAN_AFTER.test(text.slice(quantity.index + quantity.text.length))));
}

/** A time unit right after a count: the count is a span ("12 quarters", "3年", "三个月"). */
const SPAN_AFTER = /^\s*(?:quarters?|years?|months?|weeks?|days?|个?季度|年(?!代)|个月|周|天)(?![a-z])/i;

/** A rate the question gives ("at 7.2 yuan per dollar", "按1美元兑7.2元") is a rate, not an operand or a premise to check. */
export function outsideRates(text: string, quantities: Quantity[]): Quantity[] {
  const rates = rateSpans(text);
  return quantities.filter((quantity) => !rates.some(({ start, end }) => quantity.index >= start && quantity.index < end));
}

/** The entities the figures belong to, and the parties they involve ("… to Anthropic", "in Moonshot AI", "对Anthropic"). */
/** `brandsAreItems`: for a sum of items, a brand joined to another kind of the item names a kind, not a company. */
export function subjectsOf(text: string, entities: string[], aliases: AliasTable, brandsAreItems = false): { subjects: string[]; parties: string[] } {
  const mentions = aliases.find(text).filter((mention) => entities.includes(mention.id));
  const parties = new Set<string>();
  for (const mention of mentions) {
    const before = text.slice(Math.max(0, mention.index - 12), mention.index);
    // "its purchase of Kaola", "收购考拉": what was bought is the other party, like "invest in".
    const wider = text.slice(Math.max(0, mention.index - 24), mention.index);
    if (/\b(?:in|into|to|for|from)\s+(?:the\s+)?$|(?:对|向|投资|入股|获得|收购)\s*$/i.test(before) || /\b(?:purchase|acquisition|takeover|buyout|acquiring|buying)\s+of\s+(?:the\s+)?$/i.test(wider)) parties.add(mention.id);
  }
  // A company named only as a party is a party; named also as a possessor or subject, it is a subject.
  const named = entities.filter((id) => !parties.has(id) || mentions.some((mention) => mention.id === id && /^['’]s\b/.test(text.slice(mention.index + mention.name.length))));
  // A brand before the thing counted ("英伟达芯片和国产AI芯片", "Nvidia GPUs") names a kind of item, not whose figure it is, when someone else's is asked.
  const brand = (id: string) => mentions.filter((mention) => mention.id === id).every((mention) => BRAND_BEFORE_ITEM.test(text.slice(mention.index + mention.name.length)));
  // "the AI chips Alibaba expects … will be Nvidia chips", "国产AI芯片比英伟达芯片多": a maker named right before the item is a kind of item.
  const kind = (id: string) => brandBeforeItem(text, id, aliases) || (named.length > 1 && mentions.filter((mention) => mention.id === id).every((mention) => BRAND_BEFORE_ITEM.test(text.slice(mention.index + mention.name.length)) || MAKER_BEFORE_ITEM.test(text.slice(mention.index + mention.name.length))));
  const subjects = brandsAreItems && named.some((id) => !brand(id)) ? named.filter((id) => !brand(id)) : named.some((id) => !kind(id)) ? named.filter((id) => !kind(id)) : named;
  // "百度千帆": a maker named with its product (or its unit's product) is the product's, not a second subject.
  const withoutParents = subjects.filter((id) => !subjects.some((other) => other !== id && ancestorsOf(other, aliases).includes(id)));
  return { subjects: withoutParents.length ? withoutParents : subjects, parties: entities.filter((id) => !subjects.includes(id)) };
}

// Only a brand joined to another kind of the same thing ("Nvidia and domestic AI chips", "英伟达芯片和国产AI芯片"): the sides are kinds of item.
const BRAND_BEFORE_ITEM = /^\s*(?:(?:AI\s+)?(?:chips?|GPUs?|cards?|processors?)\s+)?(?:and|&)\s+[\w\s-]{0,16}?(?:AI\s+)?(?:chips?|GPUs?|cards?|processors?)\b|^(?:(?:AI)?(?:芯片|GPU|显卡|算力卡|加速卡))?(?:和|与|及)[^,，。?？]{0,8}?(?:AI)?(?:芯片|GPU|显卡|算力卡|加速卡)/i;

/** A maker right before the thing counted ("Nvidia chips", "英伟达H20芯片"), not as its owner ("Nvidia's chips"). */
const MAKER_BEFORE_ITEM = /^\s*(?:[A-Z]{0,2}\d{2,4}[A-Z]?\s*)?(?:AI\s*)?(?:chips?|GPUs?|cards?|processors?|servers?|芯片|GPU|显卡|算力卡|加速卡|服务器)/i;

/** Whether every mention of a company in the text names a kind of item rather than whose figure it is. */
export function brandBeforeItem(text: string, id: string, aliases: AliasTable): boolean {
  const mentions = aliases.find(text).filter((mention) => mention.id === id);
  return mentions.length > 0 && mentions.every((mention) => MAKER_BEFORE_ITEM.test(text.slice(mention.index + mention.name.length)));
}

/** Two companies joined as one phrase ("Amazon and Google", "亚马逊和谷歌"): the sides of a sum. A brand before a noun ("Nvidia and domestic chips") is not a side. */
function joinedSubjects(text: string, entities: string[], aliases: AliasTable): string[] {
  const mentions = aliases.find(text).filter((mention) => entities.includes(mention.id)).sort((a, b) => a.index - b.index);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [first, second] = [mentions[i]!, mentions[i + 1]!];
    const between = text.slice(first.index + first.name.length, second.index);
    // "Amazon and Google", "Alibaba's plan and Tencent's", "亚马逊和谷歌".
    if (first.id !== second.id && /^(?:['’]s(?:\s+[\w-]+){0,4})?\s*(?:and|&|和|与|及|以及)\s*$/i.test(between)) return [first.id, second.id];
  }
  return [];
}

function cueOf(input: IntentInput): { rule: OperationRule; cue: RegExpMatchArray } | undefined {
  const { text } = input;
  for (const rule of RULES) {
    if (rule.unless?.test(text)) continue;
    if (rule.requires && !rule.requires.test(text)) continue;
    if (rule.when && !rule.when(input)) continue;
    for (const pattern of rule.patterns) {
      const cue = text.match(pattern);
      if (cue) return { rule, cue };
    }
  }
  return undefined;
}

const slot = (role: SlotRole, unit: SlotUnit, rest: Partial<OperandSlot> = {}): OperandSlot => ({ role, unit, entity: undefined, context: [], metrics: [], period: undefined, ...rest });

/** Money put into something: with no measure named, the amounts compared or added are spending. */
const SPENDING_WORDS = /\b(?:plans?|pledges?|commit\w*|budgets?|outlays?|spend\w*|invest\w*|put (?:\w+ )?in(?:to)?|pour\w* (?:\w+ )?in(?:to)?|inject\w*|fund\w*|back(?:ed|ing)?)\b|计划|承诺|预算|投入|投资|出资|注资/i;
/** Money described by where it went ("投的钱", "投入的资金", "the money … put into", "spent on"): an amount invested or spent. */
const MONEY_PUT_INTO = /(?:投|投入|花|砸)(?:了)?的(?:钱|资金)|投入(?:的)?资金|\b(?:money|amount|sum)\b[^?]{0,40}\b(?:put|poured|invested|spent)\b|\b(?:invested|spent|poured)\s+(?:\w+\s+){0,3}(?:in|on|into)\b/i;
const SHARE_METRICS: Metric[] = ['revenue_share', 'market_share', 'deal_share', 'stake'];
const SPENDING: Metric[] = ['investment_plan', 'capex', 'investment', 'rnd', 'orders', 'funding'];

const ITEM_METRIC: Record<string, Metric> = {
  server: 'servers', '台': 'servers', gpu: 'chips', chip: 'chips', card: 'chips', processor: 'chips', '块': 'chips', '颗': 'chips', '张': 'chips', '片': 'chips',
  employee: 'headcount', staff: 'headcount', worker: 'headcount', person: 'headcount', head: 'headcount', '人': 'headcount', '名员工': 'headcount', '位员工': 'headcount', '人均': 'headcount',
  user: 'users', developer: 'users', customer: 'users', client: 'users', '个用户': 'users', model: 'models',
};
/** Things bought in one order: their count comes from the order's own passage. Heads and users are counted anywhere. */
const BOUGHT: Metric[] = ['servers', 'chips'];

function targetCurrencyOf(text: string): Currency | undefined {
  const match = text.match(/\b(?:in|into|to) (US |U\.S\. |Hong Kong )?(dollars|USD|yuan|RMB|renminbi|CNY|HKD|pounds|euros)\b|(?:换算成|换算为|兑换成|兑换为|换成|折合|相当于|合)(?:多少)?(美元|人民币|元|港元)|多少(美元|港元)/i);
  if (!match) return undefined;
  const word = (match[2] ?? match[3] ?? match[4] ?? '').toLowerCase();
  if (/hong kong/i.test(match[1] ?? '') || word === 'hkd' || word === '港元') return 'HKD';
  if (word === 'dollars' || word === 'usd' || word === '美元') return 'USD';
  if (word === 'pounds') return 'GBP';
  if (word === 'euros') return 'EUR';
  return 'CNY';
}

/** A rate the question gives, in yuan per US dollar: "at 7.2 yuan per dollar", "at a rate of 7.2 RMB to the dollar", "按1美元兑7.2元人民币". */
const RATE_PHRASES: RegExp[] = [
  /\b(?:at|using|with) (?:a rate of |an exchange rate of |a rate |the rate )?(\d+(?:\.\d+)?)\s*(?:yuan|RMB|CNY)\s*(?:per|to the|to one|for one|a|\/)\s*(?:US ?)?(?:dollar|USD)\b/gi,
  /\b(?:at|using|with) (?:a|an|the) (?:exchange )?rate of (\d+(?:\.\d+)?)\b/gi,
  /按(?:每|1|一)?美元兑(?:换)?(\d+(?:\.\d+)?)(?:元人民币|元|人民币)|按(\d+(?:\.\d+)?)(?:元人民币|元)(?:兑|每|折合)?(?:1|一)?美元/g,
];

/** A stated rate: where the question says it, and its value in yuan per US dollar. */
interface RateSpan { start: number; end: number; yuanPerDollar: number }

/**
 * A rate given as an equivalence of two amounts: "380 billion yuan … at about $53 billion", "$52.5 billion for
 * 380 billion yuan", "按3800亿元约合525亿美元的汇率". Only when the question speaks of a rate ("at that rate",
 * "汇率"): the pair sets the rate, and neither amount is an operand.
 */
// "按财新3800亿元约合530亿美元的换算": a conversion the question cites as its yardstick is a rate too.
const RATE_WORDS = /\b(?:exchange )?rate\b|\bconversion\b|汇率|比价|的(?:换算|折算)(?!成|为)|(?:折|合|换算|折算)[^,，。？?]{0,20}的比例/i;
const EQUIVALENCE_LINK = /^(?:\s*[\w'’-]+){0,2}\s*(?:at|for|is|=|≈|~|equals?|or|\(|（)?\s*(?:about|around|roughly|approximately|some|~)?\s*$|^\s*(?:约合|折合|合|约等于|相当于|约为|即|约|折成|折算成|换算成|换成|兑换成|≈|～|=)\s*(?:约|大约)?\s*$/i;

function equivalenceRates(text: string): RateSpan[] {
  if (!RATE_WORDS.test(text)) return [];
  const money = parseQuantities(text).filter((quantity) => quantity.unit === 'currency' && (quantity.currency === 'CNY' || quantity.currency === 'USD'));
  const spans: RateSpan[] = [];
  for (let i = 0; i + 1 < money.length; i++) {
    const [first, second] = [money[i]!, money[i + 1]!];
    if (first.currency === second.currency) continue;
    if (!EQUIVALENCE_LINK.test(text.slice(first.index + first.text.length, second.index))) continue;
    const [yuan, dollars] = first.currency === 'CNY' ? [first, second] : [second, first];
    const yuanPerDollar = Number(yuan.value) / Number(dollars.value);
    // A plausible yuan-dollar rate only: two unrelated amounts side by side are no rate.
    if (yuanPerDollar > 4 && yuanPerDollar < 12) spans.push({ start: first.index, end: second.index + second.text.length, yuanPerDollar });
    i += 1;
  }
  return spans;
}

function rateSpans(text: string): RateSpan[] {
  const written = RATE_PHRASES.flatMap((pattern) => [...text.matchAll(pattern)]).map((match) => ({ start: match.index!, end: match.index! + match[0].length, yuanPerDollar: Number(match[1] ?? match[2]) }));
  return [...written, ...equivalenceRates(text)].sort((a, b) => a.start - b.start);
}

/**
 * The question with each clause that gives a rate as an equivalence blanked out (same length, so indices hold):
 * "Caixin puts Alibaba's 380 billion yuan plan at about $53 billion. At that rate, what is Tencent's …" is about
 * Tencent; Alibaba and its plan only set the rate.
 */
export function withoutRateClauses(text: string): string {
  let out = text;
  for (const span of equivalenceRates(text)) {
    const before = text.slice(0, span.start).search(/[^.;?!。;？！,，:：]*$/);
    const rest = text.slice(span.end).replace(/\([^)]*\)|（[^）]*）/g, (inside) => ' '.repeat(inside.length));
    const after = rest.search(/[.;?!。;？！,，:：]/);
    const end = after < 0 ? text.length : span.end + after;
    out = `${out.slice(0, before)}${' '.repeat(end - before)}${out.slice(end)}`;
  }
  return out;
}

/** "at 7.2 yuan per dollar", "按3800亿元约合525亿美元的汇率": a rate the question gives, units of CNY per USD. */
function statedRate(text: string): number | undefined {
  const value = rateSpans(text)[0]?.yuanPerDollar;
  return value && value > 0 ? value : undefined;
}

/** Each stated figure goes to the subject named nearest before it ("Tencent's Q4 capex of 36.578 billion yuan"). */
function bindToSubjects(text: string, figures: Quantity[], subjects: string[], aliases: AliasTable): Map<string, Quantity> {
  const mentions = aliases.find(text).filter((mention) => subjects.includes(mention.id));
  const bound = new Map<string, Quantity>();
  for (const figure of figures) {
    const owner = mentions.filter((mention) => mention.index < figure.index).at(-1)?.id;
    if (owner && !bound.has(owner)) bound.set(owner, figure);
  }
  return bound;
}

/** "customer management revenue": a measure word that only qualifies the next one names no operand of its own. */
function headMetrics(text: string, metrics: Metric[]): Metric[] {
  const spans = metrics.map((metric) => {
    const rule = METRIC_RULES.find((candidate) => candidate.metric === metric);
    const match = rule ? new RegExp(rule.pattern.source, 'i').exec(text) : null;
    return { metric, start: match?.index ?? -1, end: match ? match.index + match[0].length : -1 };
  });
  // A growth word after a measure ("capital expenditure increase") is the operation, not the measure it qualifies.
  const kept = spans.filter((span) => span.start < 0 || !spans.some((other) => other !== span && other.metric !== 'growth_rate' && other.start >= span.end && /^(?:[\w\s-]{0,24}|\p{Script=Han}{0,4})$/u.test(text.slice(span.end, other.start))));
  return kept.length ? kept.map((span) => span.metric) : metrics;
}

/**
 * The two things a comparison sets side by side, each in its own words: "A比B多多少" (A, B), "how much more … A … than B"
 * (before and after "than"), "the difference between A and B". Undefined when the question does not split so.
 */
export function comparedSides(text: string): [string, string] | undefined {
  const zh = text.match(/^(.*?)比(.*?)(?:多|少|高|低|大|小|增加|减少|相差)/);
  const between = text.match(/\bbetween (.+?) and (.+?)(?:[?,.]|$)/i);
  const than = text.match(/^(.*)\b(?:than|f[ae]ll short of|exceed(?:s|ed)?|outstrip(?:s|ped)?|trail(?:s|ed)?)\b(.*)$/i);
  const takenOut = REMAINDER.test(text) ? text.match(TAKEN_OUT) : null;
  const sides = takenOut ? [takenOut[1] ?? takenOut[3]!, takenOut[2] ?? takenOut[4]!] : zh ? [zh[1]!, zh[2]!] : between ? [between[1]!, between[2]!] : than ? [than[1]!, than[2]!] : undefined;
  if (!sides) return undefined;
  // Each side must name something the other does not ("… Alibaba invest than Alibaba" compares nothing).
  const [left, right] = sides.map(sideWords) as [Set<string>, Set<string>];
  const ownOf = (one: Set<string>, other: Set<string>) => [...one].some((word) => !other.has(word));
  return ownOf(left, right) && ownOf(right, left) ? [sides[0]!, sides[1]!] : undefined;
}

const SIDE_STOPWORDS = new Set(['how', 'much', 'many', 'more', 'less', 'fewer', 'did', 'does', 'was', 'were', 'the', 'its', 'their', 'and', 'what', 'than', 'make', 'made', 'invest', 'spend', 'have', 'has', 'had', 'percent', 'percentage', 'larger', 'bigger', 'smaller', 'higher', 'lower', 'greater']);
const SIDE_HAN_STOPWORDS = new Set([...'的了是在和与比多少高低大小出百分之几年月日季度第一二三四']);

function sideWords(side: string): Set<string> {
  const latin = (side.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((word) => !SIDE_STOPWORDS.has(word));
  const han = [...side].filter((char) => /\p{Script=Han}/u.test(char) && !SIDE_HAN_STOPWORDS.has(char));
  return new Set([...latin, ...han]);
}

/** Whether the question names a company before a figure, in the figure's own clause. */
function companyBefore(text: string, figure: Quantity, aliases: AliasTable): boolean {
  const clauseStart = Math.max(-1, ...[...text.slice(0, figure.index).matchAll(/[,，;；.。?？:：](?!\d)/g)].map((match) => match.index)) + 1;
  return aliases.find(text.slice(clauseStart, figure.index)).some((mention) => aliases.get(mention.id)?.kind === 'company');
}

/** Which operand a lone stated figure is: the later one after "to", "than" or "至/到", else the first ("from HK$2.30 trillion", "从…"). */
function loneSide(text: string, figure: Quantity): 0 | 1 {
  const before = text.slice(Math.max(0, figure.index - 16), figure.index);
  return /\b(?:to|than|versus|vs\.?)\s+(?:about\s+|roughly\s+)?$|(?:至|到|比)\s*$/i.test(before) ? 1 : 0;
}

/** The company a phrase names (the subject among several), else undefined. */
function entityIn(words: string, input: IntentInput): string | undefined {
  const named = input.aliases.find(words).map((mention) => mention.id).filter((id) => input.entities.includes(id));
  return named.length ? subjectsOf(words, [...new Set(named)], input.aliases).subjects[0] : undefined;
}

const sameSpec = (a: OperandSlot, b: OperandSlot) => a.entity === b.entity && a.period?.from === b.period?.from && a.metrics.join() === b.metrics.join() && !a.stated && !b.stated && !b.near;

/** A change read between the two dates one sentence gives the measure at (no period asked): see `detectOperation`. */
export function betweenDatesOfOneSentence(intent: CalculationIntent | undefined): boolean {
  return Boolean(intent && (intent.operation === 'change' || intent.operation === 'difference') && intent.slots.some((slot) => slot.together === 'sentence'));
}

/** The operation a question asks for, with its operand slots; undefined when it asks for none. */
export function detectCalculation(input: IntentInput): CalculationIntent | undefined {
  const intent = detectOperation({ ...input, periods: datedBeside(input.periods, input.asOf) });
  if (!intent) return undefined;
  // A benchmark or supposition the question sets up ("above a 30 billion yuan threshold") is the operand as given.
  const assumed = assumedFigures(input.text, statedFigures(input.text));
  const isAssumed = (quantity: Quantity | undefined) => Boolean(quantity && assumed.some((other) => other.index === quantity.index));
  return assumed.length ? { ...intent, slots: intent.slots.map((slot) => (isAssumed(slot.stated) ? { ...slot, assumed: true } : slot)) } : intent;
}

function detectOperation(input: IntentInput): CalculationIntent | undefined {
  const { text } = input;
  const found = cueOf(input);
  if (!found) return undefined;
  const operation = found.rule.operation;
  // A rate given as two amounts speaks of its own company and measure; the operands' come from the rest.
  const operandText = withoutRateClauses(text);
  const named = (id: string) => input.aliases.find(operandText).some((mention) => mention.id === id);
  const entities = operandText === text ? input.entities : input.entities.filter(named);
  const metrics = operandText === text ? input.metrics : input.metrics.filter((metric) => metricsNamedIn(operandText).includes(metric));
  const found0 = subjectsOf(operandText, entities, input.aliases, operation === 'total');
  const { parties } = found0;
  // "Amazon's Anthropic commitment than Google's": with more than two companies named, the possessors are whose figures are compared.
  const possessive = (id: string) => input.aliases.find(operandText).some((mention) => mention.id === id && /^['’]s\b/.test(operandText.slice(mention.index + mention.name.length)));
  const subjects = found0.subjects.length > 2 && found0.subjects.filter(possessive).length >= 2 ? found0.subjects.filter(possessive) : found0.subjects;
  const stated = statedFigures(text);
  const periods = withBareYears(`${input.history ?? ''} ${text}`, input.periods.filter((period) => period.from && period.to));
  const base = { context: parties, metrics: headMetrics(operandText, metrics), entity: subjects[0] };
  const moneyOrCount: SlotUnit = /\bhow many\b|多少(?:人|台|块|片|个|颗|张)|几(?:人|台|块|片|个)/i.test(text) ? 'count' : 'amount';
  const ofUnit = (unit: SlotUnit) => stated.filter((quantity) => (unit === 'percent' ? quantity.unit === 'percent'
    : unit === 'growth' ? quantity.unit === 'percent' || quantity.unit === 'multiple'
      : unit === 'money' ? quantity.unit === 'currency' : unit === 'count' ? quantity.unit === 'count' || quantity.unit === 'number' : quantity.unit !== 'percent' && quantity.unit !== 'multiple'));
  const extra = { targetCurrency: targetCurrencyOf(text), rate: statedRate(text) };
  const intent = (slots: OperandSlot[], more: Partial<CalculationIntent> = {}): CalculationIntent => ({ operation, cue: found.cue[0], asPercent: false, slots, ...extra, ...more });

  // "If the 380 billion yuan plan were spread evenly by quarter, was Q1 2025's capex above or below that pace?", "… rise from
  // 24.6 billion yuan to reach the quarterly average of its three-year plan": one side of the comparison is itself an
  // average over the plan's span, worked out first; the other side (stated, or the asked company's other figure) is set against it.
  // (Asked with a per-period cue first, "How much bigger is the quarterly average of its plan than its Q1 capex?", the same.)
  const comparedWithOwn = operation === 'per_period' && SETS_AGAINST.test(text) && subjects.length <= 1;
  const pace = COMPARISONS.includes(operation) || comparedWithOwn ? paceUnit(text) : undefined;
  const paceSpan = pace ? spanIn(text, pace) : undefined;
  if (pace && paceSpan) {
    const amounts = ofUnit('amount');
    const total = amounts.reduce<Quantity | undefined>((largest, quantity) => (!largest || Number(quantity.value) > Number(largest.value) ? quantity : largest), undefined);
    const given = amounts.find((quantity) => quantity !== total);
    const otherMetrics = base.metrics.filter((metric) => metric !== 'investment_plan');
    const otherPeriod = periods.find((period) => period.from && period.to && period.from.slice(0, 4) === period.to.slice(0, 4));
    const against = slot('other', 'money', { ...base, context: [], metrics: otherMetrics.length ? otherMetrics : ['capex'], period: otherPeriod, stated: given });
    // The averaged side is the plan (or another outlay than the one it is compared with): "its Q1 2025 capex" is the other side.
    const planMetrics = base.metrics.includes('investment_plan') ? ['investment_plan' as Metric] : SPENDING.filter((metric) => !against.metrics.includes(metric));
    return { operation: 'per_period', cue: found.cue[0], asPercent: asksPercent(text), slots: [slot('total', 'amount', { ...base, metrics: planMetrics, stated: total })], ...extra, per: pace, span: paceSpan, thenCompare: against };
  }

  switch (operation) {
    case 'per_period': {
      const word = (found.cue.slice(1).find(Boolean) ?? '').toLowerCase();
      // "The annual average, and what is that per quarter?": two units, in the order asked; the second divides the first again.
      const units = perUnitsIn(text);
      const per = units.length >= 2 ? units[0]! : PER_WORDS[word] ?? PER_WORDS[word.slice(0, 1)] ?? 'year';
      // "outlay", "spending", "budget": with no metric named, the amount is a plan or an outlay, not any figure.
      const metrics = base.metrics.length ? base.metrics : SPENDING;
      // "… spread over three years, how does the yearly amount compare with Tencent's plan for this year?": the average is then
      // set against another company's figure, the question's own when it states one.
      const against = comparedAfterSum(text, found.cue.index! + found.cue[0].length) ?? comparedAfterSum(text, 0);
      const other = against ? entityIn(against, { ...input, entities }) : undefined;
      const at = against ? text.indexOf(against) : -1;
      // Or against the same company's other measure: "spread its plan over 12 quarters, how far short was the capex it reported?"
      // sets the plan's average against its capital expenditure; the measure named there is the compared one's, not the total's.
      const againstMetrics = against ? metricsNamedIn(against).filter((metric) => metrics.includes(metric)) : [];
      const ownOther = against && !other && againstMetrics.length > 0 && base.entity ? base.entity : undefined;
      const compared = other && other !== base.entity ? other : ownOther;
      const thenCompare = against && compared
        // Set against money, only money: a count of the other company's ("1,600 clients") is no plan to compare with.
        ? slot('other', moneyOrCount === 'count' ? 'count' : 'money', { ...base, entity: compared, context: [], metrics: ownOther ? againstMetrics : metrics, words: against,
          period: input.periods.find((period) => period.text && against.includes(period.text)), stated: ofUnit('amount').find((quantity) => quantity.index >= at && quantity.index < at + against.length) })
        : undefined;
      const notCompared = (list: Metric[]) => list.filter((metric) => !againstMetrics.includes(metric));
      const totalMetrics = !ownOther ? metrics : notCompared(metrics).length ? notCompared(metrics) : notCompared(SPENDING);
      const total = ofUnit('amount').find((quantity) => !thenCompare?.stated || quantity.index !== thenCompare.stated.index);
      return intent([slot('total', 'amount', { ...base, metrics: totalMetrics, period: periods[0], stated: total })], { per, span: spanIn(thenCompare ? text.slice(0, at) : text, per), thenPer: units.length >= 2 ? units[1] : undefined, ...(thenCompare ? { thenCompare } : {}) });
    }
    case 'difference':
    case 'relative':
    case 'ratio':
    case 'change':
    case 'total': {
      // The growth or cut the question asks about is the operation, not an operand's metric.
      base.metrics = base.metrics.filter((metric) => metric !== 'growth_rate' && metric !== 'cost_reduction');
      // "from 2023 to 2024" compares the two years, not one two-year span.
      if (subjects.length < 2 && periods.length === 1 && periods[0]!.from!.slice(0, 4) !== periods[0]!.to!.slice(0, 4)) {
        const [first, last] = [periods[0]!.from!.slice(0, 4), periods[0]!.to!.slice(0, 4)];
        periods.splice(0, 1, { text: first, from: `${first}-01-01`, to: `${first}-12-31` }, { text: last, from: `${last}-01-01`, to: `${last}-12-31` });
      }
      // "year over year … at the end of 2024": the year before is the other operand's.
      // "By what percentage did Alibaba's headcount fall in 2024?": a change within one year runs from the year before it.
      // A change of one measure (a rate, or a level's own move asked as an amount) runs between two dates of it.
      const changeOfOne = operation === 'change' || (operation === 'difference' && LEVEL_CHANGE.test(text));
      const changeWithinYear = changeOfOne && periods.length === 1 && wholeYear(periods[0]!) && !stated.some((quantity) => quantity.unit !== 'percent' && !/^\d{4}$/.test(quantity.text));
      if (subjects.length < 2 && new Set(periods.map((period) => period.from)).size === 1 && (changeWithinYear || YEAR_ON_YEAR.test(text) || (EARLIER_WORDS.test(text) && (AMOUNT_ASKED.test(text) || (operation === 'change' && !QUARTER_EARLIER.test(text)) || stated.some((quantity) => quantity.unit === 'percent'))))) {
        periods.unshift(sameSpanAYearBefore(periods[0]!));
        periods.splice(2);
      }
      // "Alibaba's plan vs Tencent's plan": with no measure named, money compared is spending.
      if (!base.metrics.length && moneyOrCount === 'amount' && SPENDING_WORDS.test(text)) base.metrics = SPENDING;
      const unit: SlotUnit = operation === 'change' || operation === 'relative' || operation === 'ratio' ? 'amount' : /percentage points?|百分点/i.test(text) ? 'percent' : moneyOrCount;
      const figures = ofUnit(unit);
      const bound = subjects.length >= 2 ? bindToSubjects(text, figures, subjects.slice(0, 2), input.aliases) : new Map<string, Quantity>();
      const pair = (i: number): Partial<OperandSlot> => {
        if (subjects.length >= 2) return { ...base, entity: subjects[i], period: periods[i] ?? periods[0], stated: bound.size ? bound.get(subjects[i]!) : figures.length >= 2 ? figures[i] : undefined };
        if (periods.length >= 2) {
          // Earlier period first: a change runs from the earlier figure to the later one.
          const ordered = operation === 'change' ? [...periods].sort((x, y) => x.from!.localeCompare(y.from!)) : periods;
          return { ...base, period: ordered[i], periodStrict: true, stated: figures.length >= 2 ? figures[i] : undefined };
        }
        if (base.metrics.length >= 2) return { ...base, metrics: [base.metrics[i]!], period: periods[0], stated: figures.length >= 2 ? figures[i] : undefined };
        // One figure stated, one from the reports ("rise from HK$2.30 trillion to the current figure"): the stated one is the side its words put it on.
        // The question's own figure carries no period of the question's: "at the end of 2023" is the reports' side.
        if (figures.length === 1 && operation !== 'total') return loneSide(operandText, figures[0]!) === i ? { ...base, period: undefined, stated: figures[0] } : { ...base, period: periods[0], stated: undefined };
        // "智能语音…5亿元 与 智谱AI超过25亿元": a figure with no company the reports know before it is not the named company's.
        if (figures.length >= 2 && !companyBefore(operandText, figures[i]!, input.aliases)) return { ...base, entity: undefined, period: periods[0], stated: figures[i] };
        return { ...base, period: periods[0], stated: figures.length >= 2 ? figures[i] : undefined };
      };
      let slots = [slot('a', unit, pair(0)), slot('b', unit, pair(1))];
      const byKind = operation === 'total' && subjects.length <= 1 && !figures.length && COUNT_IN_TOTAL.test(text);
      // "淘天集团的收入比国际业务收入多多少": one company's two parts, nothing else apart; each operand is what its own side names.
      const sides = operation !== 'change' && operation !== 'total' && sameSpec(slots[0]!, slots[1]!) ? comparedSides(operandText) : undefined;
      if (sides) {
        // "国产AI芯片比英伟达芯片多多少": a maker before the item names a kind of item, not whose it is.
        const makers = sides.map((words) => { const id = entityIn(words, { ...input, entities }); return Boolean(id && brandBeforeItem(words, id, input.aliases)); });
        const owners = sides.map((words, i) => (makers[i] ? undefined : entityIn(words, { ...input, entities })));
        // A side that names no company is the other side's parent's ("Taobao … than the international segment": Alibaba's), or left to its words;
        // a side that names only a kind of item is the other side's company's ("Alibaba's domestic chips than Nvidia chips").
        const otherParent = (i: number) => { const other = owners[1 - i]; return other ? input.aliases.get(other)?.parent ?? (makers[i] ? other : undefined) : base.entity; };
        slots = sides.map((words, i) => {
          const own = headMetrics(words, metricsNamedIn(words)).filter((metric) => base.metrics.includes(metric) || !base.metrics.length);
          // "… at the end of 2024 than a year earlier", "比一年前": a side that is only the earlier time is the same span a year before.
          const side = pair(i);
          const earlier = i > 0 && EARLIER_WORDS.test(words) && !owners[i] && side.period?.from && side.period.to ? { period: sameSpanAYearBefore(side.period), periodStrict: true } : {};
          return slot(i ? 'b' : 'a', unit, { ...side, entity: owners[i] ?? otherParent(i), metrics: own.length ? own : base.metrics, words, ...earlier });
        });
      }
      // "How many chips … Nvidia and domestic combined": one subject, two figures from one sentence.
      if (operation === 'total' && subjects.length < 2 && figures.length < 2) Object.assign(slots[1]!, { near: 'a', together: 'sentence' });
      // "By what percentage did Alibaba's workforce shrink?": with no period named, the change runs between the two
      // dates one sentence gives the measure at ("194,320 employees, down from 219,260 …"); fill-slots puts the earlier first.
      // (Not in a follow-up: there the last answer's figures are the operands.)
      if (changeOfOne && subjects.length < 2 && periods.length === 0 && figures.length === 0 && !sides && !input.history) Object.assign(slots[1]!, { near: 'a', together: 'sentence' });
      // Two operands nothing tells apart: the question does not say what to compare.
      if (sameSpec(slots[0]!, slots[1]!) && !sides) return undefined;
      // "Add up A and B — how does it compare with C?", "A和B加起来,和C相比如何?": the sum is then set against a third figure.
      const against = operation === 'total' ? comparedAfterSum(operandText, found.cue.index! + found.cue[0].length) : undefined;
      const other = against ? entityIn(against, { ...input, entities }) : undefined;
      const thenCompare = against && other && !slots.some((entry) => entry.entity === other)
        ? slot('other', unit, { ...base, entity: other, context: parties.filter((id) => input.aliases.find(against).some((mention) => mention.id === id)), metrics: headMetrics(against, metricsNamedIn(against)).length ? headMetrics(against, metricsNamedIn(against)) : base.metrics, words: against })
        : undefined;
      return intent(slots, { asPercent: operation === 'change' || operation === 'relative', ...(thenCompare ? { thenCompare } : {}), ...(byKind ? { byKind } : {}) });
    }
    case 'share': {
      base.metrics = base.metrics.filter((metric) => metric !== 'growth_rate');
      const figures = ofUnit('amount');
      // The whole follows the cue's "of" ("what share of W …", "P made up what percent of W") or 占 ("P占W的…");
      // a figure named only before the cue is the part, unless the cue opens the question ("Of W, what percentage …").
      const pivot = found.cue.index! + found.cue[0].length;
      const opensWithWhole = /^\s*(?:of|in|在)\b|^\s*在/i.test(text) || /\bof\s[^?,]*,\s*what\b/i.test(found.cue[0]);
      const after = figures.filter((figure) => figure.index >= (opensWithWhole ? 0 : pivot - 4));
      // "P占W的…", "P相当于W的百分之多少": the whole follows the pivot word; 占比 ("P占比多少") names no whole after it.
      const pivotZh = text.match(/占(?!比)|相当于/);
      const pivotAt = pivotZh ? pivotZh.index! : -1;
      // "How many chips will it hold? Of which, what share are domestic?", "…多少块芯片?其中国产芯片占比多少": the whole is the clause before "of which".
      const ofWhich = pivotZh ? undefined : [...text.slice(0, pivot).matchAll(new RegExp(OF_WHICH.source, 'giu'))].at(-1);
      const whole = opensWithWhole ? figures[0] : pivotZh ? figures.find((figure) => figure.index > pivotAt) : ofWhich ? figures.find((figure) => figure.index < ofWhich.index!) : after[0];
      const part = figures.find((figure) => figure !== whole);
      const wholeFirst = !whole || !part || whole.index < part.index;
      const [wholePeriod, partPeriod] = wholeFirst ? [periods[0], periods[1] ?? periods[0]] : [periods[1] ?? periods[0], periods[0]];
      // Each operand is described by its own words: the whole by what follows "of", the part by the rest.
      const tail = text.slice(pivot);
      const clause = tail.search(/\b(?:came|come|comes|was|were|is|are|did|does|do|went|go|made|make|accounted|account|provided|represent(?:s|ed)?)\b|[,，](?!\d)|[?？]/i);
      const wholeWords = pivotZh ? text.slice(pivotAt + pivotZh[0].length) : ofWhich ? text.slice(0, ofWhich.index) : opensWithWhole && /,/.test(found.cue[0]) ? found.cue[0].slice(0, found.cue[0].lastIndexOf(',')) : clause > 0 ? tail.slice(0, clause) : undefined;
      const partWords = pivotZh ? text.slice(0, pivotAt) : ofWhich ? text.slice(ofWhich.index! + ofWhich[0].length) : clause > 0 ? `${text.slice(0, found.cue.index)} ${tail.slice(clause)}` : undefined;
      // "在AI基础设施和产品研发上投的钱", "the money it put into R&D": what money went into is where it went, the measure is the money put in.
      const own = (words: string | undefined) => {
        const named = words ? headMetrics(words, metricsNamedIn(words)).filter((metric) => metric !== 'growth_rate') : [];
        const put = words && MONEY_PUT_INTO.test(words) ? SPENDING.filter((metric) => metric !== 'orders' && metric !== 'funding') : [];
        return named.length ? [...new Set([...named, ...put])] : put.length ? put : base.metrics;
      };
      // Each operand's period from its own words ("2024年裁减的员工占其2023年底员工总数"), else by the order written.
      const periodIn = (words: string | undefined) => (words ? findPeriods(words, null).find((period) => period.from && period.to) : undefined);
      const [ownWholePeriod, ownPartPeriod] = [periodIn(wholeWords) ?? wholePeriod, periodIn(partWords) ?? partPeriod];
      // "Of the combined A and B, what share is A": the whole is their sum, the part one of them.
      const sumFirst = text.match(SUM_WORDS_BEFORE_SHARE);
      const sumBefore = sumClauseBefore(text, found.cue.index!);
      if (SUM_WORDS.test(wholeWords ?? '') || sumFirst || sumBefore) {
        // "A和B合计中,A占多少": the whole is named before 占; "Counting A and B together, what share …": before the cue.
        const sumWords = sumFirst ? text.slice(0, sumFirst.index! + sumFirst[0].indexOf(sumFirst[1]!) + sumFirst[1]!.length) : sumBefore ?? wholeWords!;
        // The sides are the companies the whole's own words join ("the combined Amazon and Google commitments"), though the part's words name one as a source ("came from Amazon").
        const summed = joinedSubjects(sumWords, input.entities, input.aliases);
        // "智谱AI超过25亿元的融资和智能语音5亿元的融资加起来": the sides as the question states them, each the company named before it (if the reports know it).
        const given = figures.filter((figure) => figure.index < sumWords.length);
        const sides: Partial<OperandSlot>[] = summed.length >= 2
          ? [{ ...base, entity: summed[0], metrics: own(wholeWords) }, { ...base, entity: summed[1], metrics: own(wholeWords) }]
          : given.length >= 2
            ? given.slice(0, 2).map((figure, i) => ({ ...base, entity: entityIn(sumWords.slice(i ? given[0]!.index + given[0]!.text.length : 0, figure.index), { ...input, entities }), metrics: own(wholeWords), period: ownWholePeriod, stated: figure }))
            : [{ ...base, metrics: own(wholeWords), period: ownWholePeriod }, { ...base, metrics: own(wholeWords), period: ownWholePeriod, near: 'a', together: 'sentence' }];
        return intent([slot('a', 'amount', { ...sides[0], words: sumWords }), slot('b', 'amount', { ...sides[1], words: sumWords })], { asPercent: true, derived: { role: 'whole', operation: 'total' } });
      }
      // "What percentage of its end-2023 workforce did it cut in 2024": the part is the change from the whole to the other period's figure.
      if (CHANGE_WORDS.test(partWords ?? '') && ownWholePeriod && ownPartPeriod && ownWholePeriod.from !== ownPartPeriod.from) {
        const metrics = own(wholeWords);
        return intent([slot('whole', 'amount', { ...base, metrics, period: ownWholePeriod, periodStrict: true, words: wholeWords }), slot('b', 'amount', { ...base, metrics, period: ownPartPeriod, periodStrict: true })], { asPercent: true, derived: { role: 'part', operation: 'difference' } });
      }
      // Each operand's company from its own words too: "阿里巴巴国际业务收入相当于淘宝和天猫收入的…" compares the parent's segment with a subsidiary.
      const ownEntity = (words: string | undefined) => {
        // "英伟达芯片占比", "are Nvidia chips": a maker right before the item names a kind of item, not whose figure it is.
        const named = words ? input.aliases.find(words).map((mention) => mention.id).filter((id) => input.entities.includes(id) && !brandBeforeItem(words, id, input.aliases)) : [];
        return named.length ? subjectsOf(words!, [...new Set(named)], input.aliases).subjects[0] : base.entity;
      };
      return intent([slot('whole', 'amount', { ...base, entity: ownEntity(wholeWords), metrics: own(wholeWords), period: ownWholePeriod, stated: whole, words: wholeWords }), slot('part', 'amount', { ...base, entity: ownEntity(partWords), metrics: own(partWords), period: ownPartPeriod, stated: part, near: 'whole', words: partWords })], { asPercent: true });
    }
    case 'total_from_share': {
      // The part is an amount: the share named beside it ("占…总收入的48.7%") is the other operand's measure, not its own.
      const amountMetrics = metrics.filter((metric) => !SHARE_METRICS.includes(metric));
      return intent([slot('part', 'amount', { ...base, metrics: amountMetrics, period: periods[0], stated: ofUnit('amount')[0] }), slot('stake', 'percent', { ...base, metrics: ['revenue_share', 'market_share', 'deal_share'], period: periods[0], stated: ofUnit('percent')[0], near: 'part', together: 'paragraph' })]);
    }
    case 'prior': {
      // "比2024年增长68% … 那么2024年是多少": a lone period is the earlier one asked about, not the current figure's.
      // "… after a 68% jump, roughly what was it in 2024?": the year the question asks the figure for is the earlier one too.
      const current = new Set(periods.map((period) => period.from)).size === 1 && (/比\s*\d{4}\s*年|compared (?:with|to) \d{4}|than (?:in )?\d{4}|那么[^?？]{0,8}\d{4}年|\bsince (?:its |the )?(?:\w+ )?\d{4}|自\s*\d{4}\s*年/i.test(text) || ASKED_FOR_YEAR.test(text)) ? undefined : latest(periods);
      return intent([
        slot('current', 'amount', { ...base, metrics: input.metrics.filter((metric) => metric !== 'growth_rate'), period: current, stated: ofUnit('amount')[0] }),
        slot('growth', 'growth', { ...base, metrics: ['growth_rate'], period: current, stated: ofUnit('growth')[0], near: 'current', together: 'paragraph' }),
      ]);
    }
    case 'unit_price': {
      // The counted noun is the one after "per", not the first one named.
      const item = (found.cue[1] ?? text.match(/每(台|块|张|颗|片|枚|人|名员工|位员工|个用户)|(人均)/)?.slice(1).find(Boolean) ?? text.match(new RegExp(ITEM, 'i'))?.[1])?.toLowerCase();
      const itemMetric = item ? ITEM_METRIC[item] : undefined;
      // "given its 42 models and over 17,000 clients", asked per model: the count is the figure the counted noun follows, the other is divided.
      const stated0 = ofUnit('count');
      const counted = item ? stated0.find((figure) => new RegExp(`^\\s*(?:(?!and\\b|or\\b)[A-Za-z][\\w-]*\\s+){0,3}?${item}s?\\b`, 'i').test(text.slice(figure.index + figure.text.length))) : undefined;
      const counts = counted && stated0.length >= 2 ? [...stated0.filter((figure) => figure !== counted), counted] : stated0;
      // "What does the H20 tender work out to per server?": a tender or order divided by a count is money too, unless a count
      // is what is asked ("how many chips per server", "每台服务器配几块芯片").
      const countAsked = /\bhow many\b|(?:几|多少)(?:块|颗|张|台|个|片)/i.test(text);
      const askedItem = ITEM_METRIC[text.match(/(?:几|多少)(块|颗|张|片)/)?.[1] ?? ''];
      const priced = /\b(?:price|cost|pa(?:y|id)|spen[dt]|worth)\b|单价|价格|多少钱|花/i.test(text)
        || (!countAsked && /\b(?:tender|order|deal|contract|purchase|budget)\b|招标|订单|采购/i.test(text));
      return intent([
        // "price", "cost", "pay": money over a count; "how many chips per server": a count over a count.
        // Money "worth" of the item ("$1 billion worth (approximately 100,000 A800 GPUs)") is read under the item's own measure:
        // asked as a price, the money side keeps it (a sum of money is never the count).
        // "每台服务器装几颗?": the measure word of the count asked says what is counted over the item (颗 → chips).
        slot('amount', priced ? 'money' : 'amount', { ...base, metrics: !priced && askedItem && askedItem !== itemMetric ? [askedItem] : input.metrics.filter((metric) => priced || metric !== itemMetric), period: periods[0], stated: ofUnit('money')[0] ?? (counts.length >= 2 ? counts[0] : undefined) }),
        slot('count', 'count', { ...base, metrics: itemMetric ? [itemMetric] : [], period: periods[1] ?? periods[0], stated: counts.at(-1) && (counts.length >= 2 || ofUnit('money').length) ? counts.at(-1) : undefined, item, near: 'amount', together: !itemMetric || BOUGHT.includes(itemMetric) ? 'paragraph' : undefined }),
      ]);
    }
    case 'valuation':
      return intent([
        slot('paid', 'money', { ...base, metrics: ['investment', 'investment_plan', 'funding'], stated: ofUnit('money')[0] }),
        slot('stake', 'percent', { ...base, metrics: ['stake'], stated: ofUnit('percent')[0], near: 'paid', together: 'paragraph' }),
      ]);
    case 'convert': {
      if (!extra.targetCurrency) return undefined;
      // "Using the dollar conversion Caixin gives for Alibaba's 380-billion-yuan plan, what is Tencent's 100-billion-yuan plan
      // worth?": an amount named for its rate is where the rate comes from; the other amount is the one converted.
      const amounts = ofUnit('money');
      // ("按…3800亿元计划的美元换算": in Chinese the rate's words may close around the amount.)
      const forRate = (quantity: Quantity) => RATE_NAMED_BEFORE.test(input.text.slice(Math.max(0, quantity.index - 60), quantity.index))
        || (/按[^,，;；?？]*$/.test(input.text.slice(0, quantity.index)) && /^[^,，;；?？]*(?:换算|汇率)/.test(input.text.slice(quantity.index + quantity.text.length)));
      // (Both read as the rate's, when they stand close: the last one is the one asked about.)
      const converted = amounts.length >= 2 ? amounts.find((quantity) => !forRate(quantity)) ?? amounts.at(-1) : amounts[0];
      // Whose amount it is: the company named last before it in its clause ("Tencent's 39 billion yuan"), not the rate's.
      const owner = converted && amounts.length >= 2 ? input.aliases.find(input.text)
        .filter((mention) => mention.index < converted.index && input.entities.includes(mention.id) && !/[,，;；?？]/.test(input.text.slice(mention.index, converted.index)))
        .sort((a, b) => b.index - a.index)[0]?.id : undefined;
      return intent([slot('amount', 'money', { ...base, ...(owner ? { entity: owner } : {}), period: periods[0], stated: converted })]);
    }
  }
}

/** Whether the question names a percentage as the answer's form ("in percent", "百分之"). */
export const asksPercent = (text: string): boolean => PERCENT_WORDS.test(text);
/** Whether the question talks about growth (a rate it may state or ask about). */
export const mentionsGrowth = (text: string): boolean => GROWTH_WORDS.test(text);
/** Whether the question points back in time ("a year earlier", "去年同期"). */
export const pointsEarlier = (text: string): boolean => EARLIER_WORDS.test(text);
/** Whether the growth the question gives runs from a launch or start ("at launch", "发布时"), not from a year before. */
export const countsFromLaunch = (text: string): boolean => LAUNCH_WORDS.test(text);
