/**
 * @module Questions the reports answer only through arithmetic. The question's operation and operand
 * slots come from `calculation-intent.ts`, the operands from `fill-slots.ts`; each operand is a cited
 * fact (or a figure the question gives), each step shown. A slot no fact fits is said plainly.
 */
import { metricsNamedIn, periodsOverlap, sameAmount, type Currency, type Fact, type Lang, type Metric, figureIndex } from '../../core/index.js';
import { AMOUNT_ASKED, AMOUNT_IN_UNITS, betweenDatesOfOneSentence, countsFromLaunch, REMAINDER, sameSpanAYearBefore, type CalculationIntent, type OperandSlot, type PerUnit } from '../calculation-intent.js';
import { computed, entityName, figure, periodPhrase } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import { coverage, questionTerms } from './evidence.js';
import { BOUND_REASONS, checkBounds, unlikeReason } from './bounded-results.js';
import { compareWithResult, differenceFromGrowth, itemInChinese, shareOfChange, shareOfSum, thenConvert, thenPerUnit, type StepTools } from './chain-steps.js';
import { fillSlots, type FilledSlot, type SlotFilling } from './fill-slots.js';
import type { Plan, PlannerContext, PlanResult } from './planner-context.js';
import { describeRate, runCalculation, type RecordedCalculation } from './run-calculation.js';
import { citeFact } from './state-facts.js';
import { chineseFor } from './bilingual-terms.js';
import { periodIndexTerms } from './aspect-terms.js';
import { segmentOf } from '../segment-qualifiers.js';

const METRIC_WORDS: Partial<Record<Metric, [string, string]>> = {
  capex: ['capital expenditure', '资本开支'], investment_plan: ['investment plan', '投资计划'], investment: ['investment', '投资'], revenue: ['revenue', '收入'],
  valuation: ['valuation', '估值'], headcount: ['headcount', '员工人数'], stake: ['stake', '持股比例'], funding: ['funding', '融资'], market_cap: ['market capitalization', '市值'],
  chips: ['chips', '芯片'], servers: ['servers', '服务器'], orders: ['orders', '订单'], growth_rate: ['growth rate', '增长率'], rnd: ['R&D spending', '研发支出'],
  revenue_share: ['share of revenue', '收入占比'], api_calls: ['daily API calls', '日均API调用量'], users: ['users', '用户数'], loss: ['loss', '亏损'], market_size: ['market size', '市场规模'],
};
/** A slot described only when the question names whose figure or what measure it is: a lead never opens on "the figure". */
function namedSlot(slot: OperandSlot, context: PlannerContext, fact?: Fact): string | undefined {
  const measured = slot.unit === 'growth' || slot.role === 'stake' || Boolean(slot.metrics[0] && METRIC_WORDS[slot.metrics[0]]);
  return slot.entity || measured ? describeSlot(slot, context, fact) : undefined;
}

/** The Chinese measure word a count of each kind takes ("每台服务器", "每块芯片"). */
const MEASURE_WORDS: Partial<Record<Metric, string>> = { servers: '台', chips: '块', headcount: '名', users: '个', models: '个' };

const PER_WORDS: Record<PerUnit, [string, string, string]> = { year: ['year', '年', '年'], quarter: ['quarter', '季度', '个季度'], month: ['month', '月', '个月'], day: ['day', '天', '天'] };

const say = (lang: Lang, en: string, zh: string) => (lang === 'en' ? en : zh);
const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** "Alibaba's capital expenditure in Q1 2025", "the number of servers": what a slot stands for. */
function describeSlot(slot: OperandSlot, context: PlannerContext, fact?: Fact): string {
  const { lang } = context;
  const company = slot.entity ? entityName(context.aliases, slot.entity, lang) : '';
  // The operand's own fact may be a segment's ("Alibaba's international segment witnessed … RMB 37.756 billion"): said as the segment's.
  const segment = company && fact && fact.entity === slot.entity ? segmentOf(fact, context.aliases, lang) : undefined;
  const owner = segment ? (lang === 'en' ? `${company}'s ${segment}` : `${company}${segment}`) : company;
  if (slot.role === 'count' && slot.item) return say(lang, `the number of ${slot.item === 'gpu' ? 'GPU' : slot.item}s`, `${owner ? `${owner}的` : ''}${/^\p{Script=Han}$/u.test(slot.item) ? (slot.metrics[0] ? METRIC_WORDS[slot.metrics[0]]?.[1] ?? '' : '') : chineseFor(slot.item) ?? slot.item}数量`);
  const metric = slot.unit === 'growth' ? METRIC_WORDS.growth_rate : slot.role === 'stake' ? METRIC_WORDS[slot.metrics[0] ?? 'stake'] : slot.metrics[0] ? METRIC_WORDS[slot.metrics[0]] : undefined;
  const what = metric?.[lang === 'en' ? 0 : 1] ?? say(lang, slot.unit === 'percent' ? 'percentage' : 'figure', slot.unit === 'percent' ? '比例' : '数字');
  const period = periodPhrase(slot.period, lang);
  return lang === 'en' ? `${owner ? `${owner}'s ` : 'the '}${what}${period}` : owner || period ? `${owner}${period}的${what}` : what;
}

/** "The reports give Tencent's 113 million yuan [1] but not the number of GPUs.": which operand is missing. */
function lacking(intent: CalculationIntent, filled: FilledSlot[], absent: string, context: PlannerContext): PlanResult {
  const { lang } = context;
  const given = filled.flatMap((entry) => (entry.fact ? [`${entry.slot.entity ? `${entityName(context.aliases, entry.slot.entity, lang)}${lang === 'en' ? "'s " : '的'}` : ''}${figure(entry.fact, lang)} ${citeFact(entry.fact, context)}`] : []));
  const sentence = given.length
    ? say(lang, `The reports give ${given.join(' and ')} but not ${absent}, so the ${OPERATION_WORDS[intent.operation][0]} cannot be worked out from them.`, `报道给出了${given.join('和')},但没有给出${absent},因此无法据此算出${OPERATION_WORDS[intent.operation][1]}。`)
    : say(lang, `The reports don't give ${absent}, so the ${OPERATION_WORDS[intent.operation][0]} cannot be worked out from them.`, `报道没有给出${absent},因此无法算出${OPERATION_WORDS[intent.operation][1]}。`);
  return { sentences: [sentence], refused: true };
}

/** "The reports give A [1] and B [2], but these do not fit together (the part would be larger than the whole) …": a pairing that breaks its bound, and the figure still lacking. */
function mismatch(intent: CalculationIntent, filled: FilledSlot[], mismatched: FilledSlot, context: PlannerContext): PlanResult {
  const { lang } = context;
  const given = filled.flatMap((entry) => (entry.fact ? [`${figure(entry.fact, lang)} ${citeFact(entry.fact, context)}`] : []));
  const [reasonEn, reasonZh] = unlikeReason(intent.operation, filled) ?? BOUND_REASONS[intent.operation] ?? ['they do not fit together', '它们不能配对'];
  const [opEn, opZh] = OPERATION_WORDS[intent.operation];
  const wanted = describeSlot(mismatched.slot, context);
  return { refused: true, sentences: [say(lang,
    `The reports give ${given.join(' and ')}, but these figures do not fit together (${reasonEn}) and no other figure in them fits as ${wanted}, so the ${opEn} cannot be worked out from them.`,
    `报道给出了${given.join('和')},但这些数字不能配对(${reasonZh}),报道中也没有其他数字可作为${wanted},因此无法据此算出${opZh}。`)] };
}

/**
 * What the result is, in words, for a lead that names it rather than opening on a bare figure:
 * "Alibaba's investment plan per year", "阿里巴巴的投资计划平均每年". Undefined for a result with no subject to name.
 */
function resultWords(intent: CalculationIntent, filled: FilledSlot[], context: PlannerContext): [string, string] | undefined {
  const role = (name: OperandSlot['role']) => filled.find((entry) => entry.slot.role === name);
  const described = (name: OperandSlot['role']) => { const entry = role(name); return entry ? [describeSlot(entry.slot, { ...context, lang: 'en' }), describeSlot(entry.slot, { ...context, lang: 'zh' })] as const : undefined; };
  const [en, zh] = [0, 1] as const;
  switch (intent.operation) {
    case 'per_period': {
      const total = described('total');
      const [word, zhPer] = PER_WORDS[intent.per ?? 'year'];
      return total ? [`${total[en]} per ${word}`, `${total[zh]}平均每${zhPer}`] : undefined;
    }
    case 'total': {
      const [a, b] = [described('a'), described('b')];
      return a && b ? [`${a[en]} and ${b[en]} combined`, `${a[zh]}与${b[zh]}合计`] : undefined;
    }
    case 'difference': {
      const [a, b] = [described('a'), described('b')];
      return a && b ? [`the difference between ${a[en]} and ${b[en]}`, `${a[zh]}与${b[zh]}之差`] : undefined;
    }
    case 'unit_price': {
      const amount = described('amount');
      const item = role('count')?.slot.item;
      return amount ? [`${amount[en]} per ${item ?? 'unit'}`, `${amount[zh]}的单价`] : undefined;
    }
    case 'total_from_share': {
      const part = described('part');
      return part ? [`the total implied by ${part[en]}`, `由${part[zh]}推算的总额`] : undefined;
    }
    case 'prior': {
      const current = described('current');
      return current ? [`${current[en]} a year earlier`, `一年前${current[zh]}`] : undefined;
    }
    case 'valuation': {
      const paid = role('paid');
      const target = entityName(context.aliases, role('stake')?.fact?.counterparty ?? paid?.fact?.counterparty ?? paid?.slot.context[0] ?? null, 'en', 'the company');
      const targetZh = entityName(context.aliases, role('stake')?.fact?.counterparty ?? paid?.fact?.counterparty ?? paid?.slot.context[0] ?? null, 'zh', '该公司');
      return [`the valuation implied for ${target}`, `${targetZh}的隐含估值`];
    }
    case 'convert': {
      const amount = described('amount');
      return amount ? [amount[en], amount[zh]] : undefined;
    }
    default:
      return undefined;
  }
}

const OPERATION_WORDS: Record<CalculationIntent['operation'], [string, string]> = {
  per_period: ['average', '平均值'], difference: ['difference', '差额'], change: ['percentage change', '变化幅度'], relative: ['percentage difference', '相差的百分比'], ratio: ['ratio', '倍数'],
  share: ['share', '占比'], total_from_share: ['implied total', '隐含总额'], prior: ['earlier figure', '此前的数字'], unit_price: ['price per unit', '单价'],
  valuation: ['implied valuation', '隐含估值'], total: ['total', '合计'], convert: ['converted amount', '换算金额'],
};

/**
 * The question asks for something the reports state outright ("by what percentage did capex grow"
 * answered by the report's 386%, "what share of its deals" by its 40%): no calculation, and no refusal.
 */
function statedOutright(intent: CalculationIntent, frame: QuestionFrame, context: PlannerContext): boolean {
  // "元宝3月份的日活跟2月比翻了多少倍?", "How many times over did its users grow?": a ratio of one measure over time is the multiple stated for it.
  if (intent.operation === 'difference' || (intent.operation === 'ratio' && oneSubject(intent, context))) return changeStated(intent, frame, context);
  if (!['change', 'share', 'relative'].includes(intent.operation)) return false;
  // A stated share belongs to the part's company ("阿里巴巴国际业务收入相当于淘宝…" is not Taobao's own 48.7%).
  const subject = intent.slots.find((slot) => slot.role === 'part')?.entity ?? intent.slots[0]?.entity;
  const metrics = intent.slots.flatMap((slot) => slot.metrics);
  const relation = questionTerms(context.index, frame.text).relation;
  const owned = (fact: Fact) => !subject || fact.entity === subject || context.aliases.get(fact.entity ?? '')?.parent === subject;
  // A share the reports state is a share of the part the question names: Taobao's 48.7% of group revenue does not say what share of Taobao's revenue is customer management revenue.
  const partWords = intent.slots.find((slot) => slot.role === 'part')?.words;
  // Only a part described by its own measure ("was customer management revenue") narrows it; "went to AI startups" is the stated share's own wording.
  const partTerms = partWords && metricsNamedIn(partWords).length ? questionTerms(context.index, partWords).relation : undefined;
  const aboutThePart = (fact: Fact) => !partTerms?.size || coverage(context.index, partTerms, fact.quote) >= 0.67;
  // "How much larger is A than B" is answered only by a percentage that itself compares ("X% more than …"), not by A's share of something.
  const compares = (fact: Fact) => intent.operation !== 'relative' || COMPARATIVE.test(fact.quote);
  return context.index.snapshot.facts.some((fact) => fact.unit === 'percent' && !fact.disputed && owned(fact) && compares(fact) && (intent.operation === 'change'
    ? fact.metric === 'growth_rate' && (metrics.length ? Boolean(fact.growthOf && metrics.includes(fact.growthOf)) : true)
    : fact.metric !== 'growth_rate' && aboutThePart(fact) && (frame.metrics.includes(fact.metric) || coverage(context.index, relation, fact.quote) >= 0.5)));
}

/** Every slot is of one company or its product (Yuanbao's slot and a side that fell back on its maker Tencent). */
function oneSubject(intent: CalculationIntent, context: PlannerContext): boolean {
  const roots = new Set(intent.slots.map((slot) => (slot.entity ? context.aliases.get(slot.entity)?.parent ?? slot.entity : undefined)));
  return roots.size <= 1;
}

/**
 * "How much did Yuanbao's users grow?", "部署成本降低了多少?": asked plainly (no units, no figures of its own), a rise or
 * fall is answered by the rate or multiple the reports state for the subject, not worked out as an amount.
 */
function changeStated(intent: CalculationIntent, frame: QuestionFrame, context: PlannerContext): boolean {
  if (SHORTFALL.test(frame.text) || AMOUNT_ASKED.test(frame.text) || AMOUNT_IN_UNITS.test(frame.text) || intent.slots.some((slot) => slot.stated) || !/\b(?:grow|grew|rise|rose|increase|climb|fall|fell|drop|decline|shrink|surge|soar|jump|multipl)\w*\b|增长|增加|上涨|上升|提高|下降|降低|减少|下跌|翻了|翻倍|暴增|猛增/i.test(frame.text)) return false;
  const subject = intent.slots[0]?.entity;
  if (!subject) return false;
  const metrics = intent.slots.flatMap((slot) => slot.metrics);
  // What changed, not when or by how many times: dates ("3月份", "March") and the multiple's own words ("倍", "fold") are no measure.
  const periodTerms = periodIndexTerms(context.index.tokenizer);
  const multipleWords = new Set(context.index.tokenizer.terms(MULTIPLE_WORDS));
  const relation = new Map([...questionTerms(context.index, frame.text).relation].filter(([term]) => !/^\d+$/.test(term) && !periodTerms.has(term) && !multipleWords.has(term)));
  // The stated rate must be the change of what was asked: Alibaba's revenue growth does not answer how far its headcount fell.
  const ofTheMeasure = (fact: Fact) => (fact.growthOf ? metrics.includes(fact.growthOf) : coverage(context.index, relation, fact.quote) >= 0.5);
  // Two companies compared ("Qwen3's cost than DeepSeek R1's"): the stated rate must be against the other one, named in its sentence.
  const other = intent.slots.map((slot) => slot.entity).find((entity) => entity && entity !== subject);
  const againstOther = (fact: Fact) => !other || context.aliases.find(fact.quote).some((mention) => mention.id === other);
  return context.index.snapshot.facts.some((fact) => (fact.unit === 'percent' || fact.unit === 'multiple') && !fact.disputed
    && (fact.metric === 'growth_rate' || fact.metric === 'cost_reduction')
    && (fact.entity === subject || context.aliases.get(fact.entity ?? '')?.parent === subject) && ofTheMeasure(fact) && againstOther(fact));
}

/** The words a multiple is asked in ("how many times", "多少倍" read as "fold times"). */
const MULTIPLE_WORDS = 'many times fold';

/** "fall short of", "how far below": a gap between two figures, never a change over time. */
const SHORTFALL = /\bf[ae]ll(?:s|ing)? short\b|\bhow far (?:short|below|above)\b/i;

const COMPARATIVE = /\b(?:more|higher|larger|bigger|greater|less|lower|smaller|fewer) than\b|比[^,，。;；]{0,24}(?:高|多|大|低|少|小)/i;

/** Operand text for the calculator: a fact id, or the question's figure as written. */
function operand(entry: FilledSlot): string {
  return entry.fact?.id ?? entry.stated!.text;
}

function shownFigure(entry: FilledSlot, lang: Lang): string {
  if (entry.fact) return figure(entry.fact, lang);
  return entry.stated!.text;
}

/** Words a report puts before a figure ("exceeding 2.7 million", "超过1000亿元"): said once in prose, not inside arithmetic. */
const QUALIFIER = /^(?:exceeding|over|more than|above|about|approximately|around|roughly|nearly|almost|up to|at least|超过|逾|约|近|大约|至少)\s*/i;

/** The figure as an operand of arithmetic: "2.7 million ÷ (1 + 68%)", not "exceeding 2.7 million ÷ (1 + 68%)". */
function operandFigure(entry: FilledSlot, lang: Lang): string {
  return shownFigure(entry, lang).replace(QUALIFIER, '');
}

function currencyOf(entry: FilledSlot): Currency | null {
  return entry.fact?.currency ?? entry.stated?.currency ?? null;
}

function valueOf(entry: FilledSlot): number {
  return Number(entry.fact?.value ?? entry.stated?.value);
}

/** Words that say a figure is already a rate per day, month, quarter or year, next to the figure itself. */
const ALREADY_PER: Record<PerUnit, RegExp> = {
  day: /\bdaily\b|\b(?:per|a|each) day\b|日均|每天|每日/i,
  month: /\bmonthly\b|\b(?:per|a|each) month\b|月均|每月|每个月/i,
  quarter: /\bquarterly\b|\b(?:per|a|each) quarter\b|季均|每季度?/i,
  year: /\bannual(?:ly)?\b|\byearly\b|\b(?:per|a|each) year\b|年均|每年/i,
};

function alreadyPer(entry: FilledSlot, per: PerUnit): boolean {
  const fact = entry.fact;
  if (!fact) return false;
  const at = figureIndex(fact.quote, fact.text);
  const around = at < 0 ? fact.quote : fact.quote.slice(Math.max(0, at - 24), at + fact.text.length + 24);
  return ALREADY_PER[per].test(around);
}

/**
 * The operand for the earlier period, when the reports give only the later figure and its growth in the
 * same passage: the later figure and that growth rate, for current − current ÷ (1 + growth).
 */
function earlierFromGrowth(intent: CalculationIntent, filled: FilledSlot[], absent: OperandSlot, question: string, context: PlannerContext): { current: FilledSlot; growth: FilledSlot } | undefined {
  const later = filled.find((entry) => entry.fact && entry.slot.period?.from && absent.period?.from && entry.slot.period.from > absent.period.from);
  if (!later) return undefined;
  const current: OperandSlot = { ...later.slot, role: 'current', stated: undefined };
  const growth: OperandSlot = { role: 'growth', unit: 'growth', entity: later.slot.entity, context: later.slot.context, metrics: ['growth_rate'], period: later.slot.period, near: 'current', together: 'paragraph' };
  const { filled: found, missing } = fillSlots({ ...intent, operation: 'prior', slots: [current, growth] }, question, context);
  const [currentEntry, growthEntry] = [found.find((entry) => entry.slot.role === 'current'), found.find((entry) => entry.slot.role === 'growth')];
  if (missing.length || currentEntry?.fact?.id !== later.fact!.id || !growthEntry?.fact) return undefined;
  return { current: currentEntry, growth: growthEntry };
}

/**
 * A whole and a part that are two members of one list in one sentence ("over 53,000 Nvidia and 90,000 domestic AI chips"):
 * neither is the other's whole. Returned as the two sides of a sum, in the order filled.
 */
function listedTogether(whole: FilledSlot | undefined, part: FilledSlot | undefined): [FilledSlot, FilledSlot] | undefined {
  const [a, b] = [whole?.fact, part?.fact];
  if (!a || !b || a.quote !== b.quote || a.metric !== b.metric || a.unit !== b.unit || a.currency !== b.currency) return undefined;
  // A whole the question states is the whole as given ("54,000 developers of its 4,500 users"), unless it is the members' sum ("its 58,500 users and developers").
  const statedWhole = whole!.slot.stated;
  if (statedWhole && Math.abs(Number(statedWhole.value) - Number(a.value) - Number(b.value)) > 0.005 * Number(statedWhole.value)) return undefined;
  const [at, bt] = [figureIndex(a.quote, a.text), figureIndex(b.quote, b.text)];
  if (at < 0 || bt < 0) return undefined;
  const between = at < bt ? a.quote.slice(at + a.text.length, bt) : b.quote.slice(bt + b.text.length, at);
  return between.length <= 32 && /\band\b|,|和|与|及|、/i.test(between) && !/[.;。；]|\b(?:of|from|to|than)\b/i.test(between) ? [whole!, part!] : undefined;
}

/** Up to this many report figures are set aside, one at a time, when a pairing breaks its operation's bound. */
const MAX_REJECTED = 3;

/**
 * Slots filled so the result keeps its bounds: a share over 100% means the part or the whole is another
 * segment's, period's or scale's figure, so the least sure operand is set aside and the slots filled again.
 * `mismatched` is the operand still out of bounds after that (none fits in its place).
 */
function fillWithinBounds(intent: CalculationIntent, question: string, context: PlannerContext): SlotFilling & { mismatched?: FilledSlot | undefined } {
  const rejected: Fact[] = [];
  let filling = fillSlots(intent, question, context);
  if (filling.missing.length) return filling;
  for (;;) {
    // Two members of one list ("53,000 Nvidia and 90,000 domestic chips") are parts of a whole that is their sum: no part is larger than that.
    if (intent.operation === 'share' && listedTogether(filling.filled.find((entry) => entry.slot.role === 'whole'), filling.filled.find((entry) => entry.slot.role === 'part'))) return filling;
    const check = checkBounds(intent.operation, filling.filled);
    if (check.holds) return filling;
    if (!check.drop?.fact || rejected.length >= MAX_REJECTED) return { ...filling, mismatched: check.drop ?? filling.filled[0] };
    rejected.push(check.drop.fact);
    const next = fillSlots(intent, question, context, rejected);
    // Nothing else fills the operand set aside: the figures the reports give do not fit together.
    if (next.missing.length) return { ...filling, mismatched: check.drop };
    filling = next;
  }
}

/** How many `per` units a figure covers: the question's own span, else the fact's period, else its sentence ("in three years"). */
function spanOf(intent: CalculationIntent, entry: FilledSlot): number | undefined {
  if (intent.span) return intent.span;
  const fact = entry.fact;
  const per = intent.per ?? 'year';
  // The figure's own period, else the one the question gives it ("$4 billion … for delivery in 2024", asked per quarter).
  const period = fact?.period.from && fact.period.to ? fact.period : entry.slot.period?.from && entry.slot.period.to && intent.per !== 'year' ? entry.slot.period : undefined;
  if (period) {
    const from = new Date(`${period.from}T00:00:00Z`);
    const to = new Date(`${period.to}T00:00:00Z`);
    if (per === 'day') return Math.round((to.getTime() - from.getTime()) / 86_400_000) + 1;
    const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
    const span = months / { year: 12, quarter: 3, month: 1 }[per];
    return span >= 1 && Number.isInteger(span) && span > 1 ? span : undefined;
  }
  const written = fact?.quote.match(/\b(two|three|four|five|\d+) (years|quarters)\b/i);
  const count = written ? { two: 2, three: 3, four: 4, five: 5 }[written[1]!.toLowerCase()] ?? Number(written[1]) : undefined;
  if (!count || !written) return undefined;
  const unit = written[2]!.toLowerCase().startsWith('year') ? 12 : 3;
  return per === 'day' ? undefined : (count * unit) / { year: 12, quarter: 3, month: 1 }[per];
}

/**
 * One company's measure at two dates, subtracted: said as the measure's own move ("Alibaba's headcount fell by 24,940
 * [1], from 219,260 to 194,320: …", "阿里巴巴的员工人数减少了2.49万[1],从21.926万降至19.432万:…"), not as a bare difference.
 */
/** The reports give this stated figure to the slot's company for a period other than the slot's. */
function givenForAnotherPeriod(entry: FilledSlot, context: PlannerContext): boolean {
  const { slot, stated } = entry;
  if (!stated || !slot.entity || !slot.period?.from || !slot.period.to) return false;
  const same = context.index.snapshot.facts.filter((fact) => fact.entity === slot.entity && fact.unit === stated.unit && sameAmount(fact, stated, 0.001));
  return same.length > 0 && same.every((fact) => fact.period.from && fact.period.to && !periodsOverlap(fact.period, slot.period!));
}

/** "Alibaba's headcount" / "阿里巴巴的员工人数": the measure both operands give for one company at two dates, named; undefined otherwise. */
function ownMeasure(a: FilledSlot, b: FilledSlot, context: PlannerContext): string | undefined {
  const [x, y] = [a.fact, b.fact];
  if (!x || !y || !x.entity || x.entity !== y.entity || x.metric !== y.metric || !x.period.from || !y.period.from || x.period.from === y.period.from) return undefined;
  const words = METRIC_WORDS[x.metric];
  if (!words) return undefined;
  const owner = entityName(context.aliases, x.entity, context.lang);
  return context.lang === 'en' ? `${owner}'s ${words[0]}` : `${owner}的${words[1]}`;
}

function levelChange(a: FilledSlot, b: FilledSlot, value: string, markers: string, working: string, context: PlannerContext): string | undefined {
  const owned = ownMeasure(a, b, context);
  if (!owned) return undefined;
  // ownMeasure holds both operands to dated facts of one measure.
  const [early, late] = a.fact!.period.from! < b.fact!.period.from! ? [a, b] : [b, a];
  const fell = valueOf(late) < valueOf(early);
  const { lang } = context;
  return lang === 'en'
    ? `${owned} ${fell ? 'fell' : 'rose'} by ${value} ${markers}, from ${shownFigure(early, lang)} to ${shownFigure(late, lang)}: ${working}.`
    : `${owned}${fell ? '减少' : '增加'}了${value}${markers},从${shownFigure(early, lang)}${fell ? '降至' : '升至'}${shownFigure(late, lang)}:${working}。`;
}

export const planCalculation: Plan = async (frame, context) => {
  const intent = frame.calculation;
  if (!intent) return undefined;
  const { lang } = context;
  const { filled, missing, mismatched } = fillWithinBounds(intent, frame.text, context);
  const role = (name: OperandSlot['role']) => filled.find((entry) => entry.slot.role === name);
  // Already in the currency asked for: nothing to convert, the figure answers.
  if (intent.operation === 'convert' && filled[0] && currencyOf(filled[0]) === intent.targetCurrency) return undefined;
  // A figure with no span to divide by ("daily calls" is a figure, not an average to work out): the figure answers.
  // A figure already given per the unit asked ("16.47 trillion daily calls" for "日均调用量") is the answer as it stands.
  if (intent.operation === 'per_period' && filled[0] && (!spanOf(intent, filled[0]) || alreadyPer(filled[0], intent.per ?? 'year'))) return undefined;
  const unstated = intent.slots.every((slot) => !slot.stated);
  // "What percentage of the AI chips Alibaba expects are domestic": the reports give only the parts ("53,000 Nvidia and 90,000 domestic"), so the whole is their sum.
  const siblings = intent.operation === 'share' && !intent.derived ? listedTogether(role('whole'), role('part')) : undefined;
  // A share of a sum or of a change is worked out from its parts; a percentage the reports state is about something else.
  if (!intent.derived && !siblings && (missing.length || unstated) && statedOutright(intent, frame, context)) return undefined;
  // "How much did it increase over a year earlier, given its 386% growth": the earlier figure the reports lack, worked out from the growth they give.
  const earlier = missing.length === 1 && intent.operation === 'difference' ? earlierFromGrowth(intent, filled, missing[0]!, frame.text, context) : undefined;
  // "How much did it grow on a year earlier" is answered by the growth the reports state; the amount only when asked in money or when the question gives the rate itself.
  if (earlier && !AMOUNT_ASKED.test(frame.text) && !frame.stated.some((quantity) => quantity.unit === 'percent')) return undefined;
  if (earlier) return { sentences: differenceFromGrowth(stepTools(intent, context), earlier.current, earlier.growth) };
  // A change between two dates of one sentence, no period asked: without two such figures the question asks for a
  // stated rate ("expected to rise 68%"), which the figure candidates answer; there is nothing lacking to report.
  if (missing.length && betweenDatesOfOneSentence(intent)) return undefined;
  // "How many employees did Alibaba have in total?": one measure of one company that the reports give once is that figure,
  // said plainly by the figure candidates, not a total the reports lack a part of.
  if (missing.length && intent.operation === 'total' && (intent.byKind || oneMeasureTwice(intent))) return undefined;
  if (missing.length) return lacking(intent, filled, missing.map((slot) => describeSlot(slot, context)).join(say(lang, ' or ', '或')), context);
  // Every pairing tried broke the bound (a part larger than its whole): say which figure does not fit, compute nothing.
  if (mismatched) return mismatch(intent, filled, mismatched, context);

  // Two sides with one value are one figure twice (restated, or a side the question leaves unnamed): there is nothing to compare.
  const sides = [role('a'), role('b')];
  if (['difference', 'change', 'relative', 'ratio'].includes(intent.operation) && sides.every(Boolean) && valueOf(sides[0]!) === valueOf(sides[1]!)) return undefined;
  // A figure standing in for an operand that the reports give for another period ("how much did it grow year on year?" after
  // the Q4 2024 figure: that figure is not Q4 2023's) would make a change out of one figure: nothing is worked out.
  if (filled.some((entry) => !entry.fact && entry.stated && givenForAnotherPeriod(entry, context))) return undefined;
  const sentences: string[] = [];
  for (const entry of filled) {
    if (!entry.contradicts || !entry.fact) continue;
    context.amounts.push({ value: entry.contradicts.value, unit: entry.contradicts.unit, currency: entry.contradicts.currency });
    sentences.push(say(lang, `The reports give ${figure(entry.fact, lang)}, not ${entry.contradicts.text} ${citeFact(entry.fact, context)}.`, `报道给出的是${figure(entry.fact, lang)},而不是${figure(entry.contradicts, lang)}${citeFact(entry.fact, context)}。`));
  }
  for (const entry of filled) {
    if (entry.fact || !entry.stated) continue;
    context.amounts.push({ value: entry.stated.value, unit: entry.stated.unit, currency: entry.stated.currency });
    // The question's own benchmark needs no apology: the reports are not expected to give it.
    if (entry.slot.assumed) continue;
    sentences.push(say(lang, `The reports don't give ${describeSlot(entry.slot, context)}; this uses the figure in the question, ${entry.stated.text}.`, `报道没有给出${describeSlot(entry.slot, context)},以下使用问题中的数字${entry.stated.text}。`));
  }
  const tools = stepTools(intent, context);
  const main = siblings
    ? calculate({ ...intent, derived: { role: 'whole', operation: 'total' } }, (name) => (name === 'a' ? siblings[0] : name === 'b' ? siblings[1] : role(name)), tools, frame.text)
    : calculate(intent, role, tools, frame.text);
  if (!main) return undefined;
  sentences.push(...main);
  // "… — how does it compare with C?": the second step sets C against the first result; a C the reports lack is said, the first result stands.
  const first = tools.last();
  if (intent.thenCompare && first) {
    const { filled: found, missing: absent } = fillSlots({ ...intent, slots: [intent.thenCompare] }, frame.text, context, filled.flatMap((entry) => (entry.fact ? [entry.fact] : [])));
    const other = found[0];
    const compared = (other?.fact || other?.stated) && !absent.length ? compareWithResult(tools, first, other, intent.asPercent) : undefined;
    // A percentage asked for leads the answer; the average it rests on and the comparison follow.
    if (compared && intent.asPercent && compared.length > 1) {
      sentences.unshift(compared[0]!);
      sentences.push(...compared.slice(1));
    } else if (compared) sentences.push(...compared);
    else sentences.push(say(lang, `The reports don't give ${describeSlot(intent.thenCompare, context)}, so the comparison cannot be made.`, `报道没有给出${describeSlot(intent.thenCompare, context)},因此无法比较。`));
  }
  // Asked in another currency than the result came out in: converting is the last step, and the answer opens with it.
  const last = tools.last();
  const converted = last ? thenConvert(tools, last, intent, resultWords(intent, filled, context)) : undefined;
  if (converted) sentences.splice(0, sentences.length, converted.lead, ...sentences, converted.sentence);
  if (filled.some((entry) => entry.fact?.disputed)) {
    const disputed = filled.find((entry) => entry.fact?.disputed)!.fact!;
    sentences.push(say(lang, `The report calls this market talk that was later denied ${citeFact(disputed, context)}.`, `报道称这只是市场传闻,随后已被否认${citeFact(disputed, context)}。`));
  }
  // Every figure the question gives as an operand is the reports' own (none contradicted, none missing): the answer is worked out from what was asked, said plainly.
  const confirmed = filled.some((entry) => entry.slot.stated) && filled.every((entry) => !entry.slot.stated || entry.slot.assumed || (entry.fact && !entry.contradicts));
  return { sentences, ...(confirmed ? { direct: true } : {}) };
};

function show(result: RecordedCalculation, lang: Lang): string {
  const { value, kind, currency } = result.result.result;
  return computed(value, kind === 'percent' ? 'percent' : kind === 'amount' ? (currency ? 'currency' : 'count') : 'number', currency, lang);
}

/** Two operands in one currency: the one asked for, else the first operand's. */
function inOneCurrency(expression: string, entries: Record<string, FilledSlot>, target: Currency | undefined): string {
  const currencies = Object.values(entries).map(currencyOf).filter((currency): currency is Currency => Boolean(currency));
  const goal = target && currencies.length ? target : currencies[0];
  if (!goal || currencies.every((currency) => currency === goal)) return expression;
  return expression.replace(/\b(a|b|part|whole)\b/g, (name) => {
    const currency = entries[name] ? currencyOf(entries[name]) : null;
    return currency && currency !== goal ? `convert(${name}, ${currency}, ${goal})` : name;
  });
}

function rateNote(result: RecordedCalculation, context: PlannerContext): string {
  const rate = result.result.rates[0];
  return rate ? say(context.lang, ` (${describeRate(rate, context)})`, `(${describeRate(rate, context)})`) : '';
}

/** The calculator and the figure helpers for one calculation, remembering the last result for the steps after it. */
function stepTools(intent: CalculationIntent, context: PlannerContext): StepTools & { last: () => RecordedCalculation | undefined } {
  let latest: RecordedCalculation | undefined;
  const run = (expression: string, operands: Record<string, string | number>, as?: 'percent') => {
    const rates = intent.rate && intent.targetCurrency ? { [`${intent.targetCurrency === 'USD' ? 'CNY/USD' : 'USD/CNY'}`]: intent.targetCurrency === 'USD' ? 1 / intent.rate : intent.rate } : undefined;
    latest = runCalculation(context, expression, operands, { ...(as ? { as } : {}), ...(rates ? { rates } : {}) });
    return latest;
  };
  return {
    lang: context.lang, context, run, show: (result) => show(result, context.lang), shown: (entry) => shownFigure(entry, context.lang), operand, value: valueOf,
    inOneCurrency: (expression, entries) => inOneCurrency(expression, entries, undefined),
    describe: (entry) => describeSlot(entry.slot, context),
    last: () => latest,
  };
}

function calculate(intent: CalculationIntent, role: (name: OperandSlot['role']) => FilledSlot | undefined, tools: StepTools, question: string): string[] | undefined {
  const { context, run } = tools;
  const { lang } = context;
  const name = (entry: FilledSlot) => (entry.slot.entity ? entityName(context.aliases, entry.slot.entity, lang) : '');
  if (intent.derived?.operation === 'total') return shareOfSum(tools, role, question);
  if (intent.derived?.operation === 'difference') return shareOfChange(tools, role);
  switch (intent.operation) {
    case 'per_period': {
      const total = role('total')!;
      const per = intent.per ?? 'year';
      const span = spanOf(intent, total)!;
      const result = run(per === 'year' ? 'per_year(total, years)' : `total / ${per}s`, { total: operand(total), [`${per}s`]: span });
      const value = show(result, lang);
      const [word, zhPer, zhUnit] = PER_WORDS[per];
      // The lead says whose average it is ("Alibaba's investment plan per year comes to about …"), not a bare amount.
      const what = namedSlot(total.slot, context);
      return [say(lang, `${what ? `${capitalised(what)} per ${word} comes to about ${value}` : `About ${value} a ${word}`} ${result.markers}: ${shownFigure(total, lang)} over ${span} ${word}s, ${shownFigure(total, lang)} ÷ ${span} ≈ ${value}.`,
        `${what ?? ''}平均每${zhPer}约${value}${result.markers}:${shownFigure(total, lang)} ÷ ${span}${zhUnit} ≈ ${value}。`), ...(intent.thenPer ? thenPerUnit(tools, result, per, intent.thenPer) : [])];
    }
    case 'difference':
    case 'total': {
      const [a, b] = [role('a')!, role('b')!];
      const adding = intent.operation === 'total';
      const larger = valueOf(a) >= valueOf(b);
      const expression = adding ? 'a + b' : larger ? 'a - b' : 'b - a';
      const result = run(inOneCurrency(expression, { a, b }, intent.targetCurrency), { a: operand(a), b: operand(b) });
      const value = show(result, lang);
      const [first, second] = adding || larger ? [a, b] : [b, a];
      const sign = adding ? '+' : '−';
      // A sum that is then compared says whose it is and in what ("Amazon and Google together come to $6 billion in Anthropic"), so the comparison reads.
      const party = intent.thenCompare ? a.slot.context.find((id) => !intent.thenCompare!.context.includes(id)) : undefined;
      const sumOf = intent.thenCompare && a.slot.entity && b.slot.entity && a.slot.entity !== b.slot.entity
        ? say(lang, `${name(a)} and ${name(b)} together come to ${value}${party ? ` in ${entityName(context.aliases, party, lang)}` : ''}`, `${name(a)}和${name(b)}${party ? `对${entityName(context.aliases, party, lang)}` : ''}合计${value}`)
        // One company's item added up from its kinds ("53,000 Nvidia and 90,000 domestic AI chips"): whose total it is.
        : intent.byKind && a.slot.entity ? say(lang, `${name(a)}'s total comes to ${value}`, `${name(a)}合计${value}`)
        : undefined;
      return [adding
        ? sumOf ? say(lang, `${sumOf} ${result.markers}: ${operandFigure(a, lang)} + ${operandFigure(b, lang)} = ${value}${rateNote(result, context)}.`, `${sumOf}${result.markers}:${operandFigure(a, lang)} + ${operandFigure(b, lang)} = ${value}${rateNote(result, context)}。`)
          : say(lang, `Together they come to ${value} ${result.markers}: ${operandFigure(a, lang)} + ${operandFigure(b, lang)} = ${value}${rateNote(result, context)}.`, `合计${value}${result.markers}:${operandFigure(a, lang)} + ${operandFigure(b, lang)} = ${value}${rateNote(result, context)}。`)
        : REMAINDER.test(question) ? say(lang, `What remains is ${value} ${result.markers}: ${shownFigure(first, lang)} ${sign} ${shownFigure(second, lang)} = ${value}${rateNote(result, context)}.`, `其余部分为${value}${result.markers}:${shownFigure(first, lang)} ${sign} ${shownFigure(second, lang)} = ${value}${rateNote(result, context)}。`)
        : levelChange(a, b, value, result.markers, `${shownFigure(first, lang)} ${sign} ${shownFigure(second, lang)} = ${value}${rateNote(result, context)}`, context)
          ?? say(lang, `The difference is ${value} ${result.markers}: ${shownFigure(first, lang)} ${sign} ${shownFigure(second, lang)} = ${value}${rateNote(result, context)}.`, `相差${value}${result.markers}:${shownFigure(first, lang)} ${sign} ${shownFigure(second, lang)} = ${value}${rateNote(result, context)}。`)];
    }
    case 'change':
    case 'relative': {
      const [a, b] = [role('a')!, role('b')!];
      // A change runs from the first operand to the second; "how much larger is A than B" compares A with B.
      const result = intent.operation === 'change'
        ? run(inOneCurrency('pct_change(a, b)', { a, b }, undefined), { a: operand(a), b: operand(b) })
        : run(inOneCurrency('(a - b) / b', { a, b }, undefined), { a: operand(a), b: operand(b) }, 'percent');
      const signed = show(result, lang);
      const falling = signed.trim().startsWith('-');
      const magnitude = falling ? signed.trim().slice(1) : signed;
      context.amounts.push({ value: String(Math.abs(Number(result.result.result.value))), unit: 'percent', currency: null });
      if (intent.operation === 'change') {
        // The change in units too ("down 24,940"): a reader checks a percentage against the amount it is a percentage of.
        const moved = run(inOneCurrency(falling ? 'a - b' : 'b - a', { a, b }, undefined), { a: operand(a), b: operand(b) });
        const by = show(moved, lang);
        // One company's own measure at two dates is said with its name, as a sentence: "Alibaba's headcount fell 11.37% …".
        const owned = ownMeasure(a, b, context);
        if (owned) {
          return [say(lang, `${capitalised(owned)}${falling ? ' fell' : ' rose'} ${magnitude} ${result.markers}, from ${shownFigure(a, lang)} to ${shownFigure(b, lang)}, a change of ${signed} (${falling ? 'down' : 'up'} ${by}, and ${by} ÷ ${shownFigure(a, lang)} ≈ ${magnitude}).`,
            `${owned}${falling ? '下降' : '增长'}了${magnitude}${result.markers},从${shownFigure(a, lang)}${falling ? '降至' : '升至'}${shownFigure(b, lang)},变化${signed}(${falling ? '减少' : '增加'}${by},${by} ÷ ${shownFigure(a, lang)} ≈ ${magnitude})。`)];
        }
        return [say(lang, `${falling ? 'A fall' : 'A rise'} of ${magnitude} ${result.markers}: from ${shownFigure(a, lang)} to ${shownFigure(b, lang)}, a change of ${signed} (${falling ? 'down' : 'up'} ${by}, and ${by} ÷ ${shownFigure(a, lang)} ≈ ${magnitude}).`,
          `${falling ? '下降' : '增长'}${magnitude}${result.markers}:从${shownFigure(a, lang)}到${shownFigure(b, lang)},变化${signed}(${falling ? '减少' : '增加'}${by},${by} ÷ ${shownFigure(a, lang)} ≈ ${magnitude})。`)];
      }
      const [left, right] = [name(a) || shownFigure(a, lang), name(b) || shownFigure(b, lang)];
      // One subject in two periods: the periods are what differ ("阿里巴巴2024年12月比2023年12月低…"), not "Alibaba than Alibaba".
      // Against a figure the question states: "Alibaba's market capitalization is about 13.8% larger than HK$2.30 trillion".
      if (!b.fact || !a.fact || (a.slot.entity === b.slot.entity && !a.slot.period && !b.slot.period)) {
        const [what, than] = [namedSlot(a.slot, context) ?? shownFigure(a, lang), shownFigure(b, lang)];
        return [say(lang, `${capitalised(what)} is about ${magnitude} ${falling ? 'smaller' : 'larger'} than ${than} ${result.markers}: (${shownFigure(a, lang)} − ${than}) ÷ ${than} ≈ ${signed}.`,
          `${what}比${than}${falling ? '低' : '高'}约${magnitude}${result.markers}:(${shownFigure(a, lang)} − ${than}) ÷ ${than} ≈ ${signed}。`)];
      }
      if (a.slot.entity && a.slot.entity === b.slot.entity && (a.slot.period || b.slot.period)) {
        const [then, now] = [periodPhrase(b.slot.period, lang), periodPhrase(a.slot.period, lang)];
        return [say(lang, `${left}'s figure${now} is about ${magnitude} ${falling ? 'smaller' : 'larger'} than${then} ${result.markers}: (${operandFigure(a, lang)} − ${operandFigure(b, lang)}) ÷ ${operandFigure(b, lang)} ≈ ${signed}.`,
          `${left}${now}比${then}${falling ? '低' : '高'}约${magnitude}${result.markers}:(${operandFigure(a, lang)} − ${operandFigure(b, lang)}) ÷ ${operandFigure(b, lang)} ≈ ${signed}。`)];
      }
      return [say(lang, `${left}'s figure is about ${magnitude} ${falling ? 'smaller' : 'larger'} than ${right}'s ${result.markers}: (${operandFigure(a, lang)} − ${operandFigure(b, lang)}) ÷ ${operandFigure(b, lang)} ≈ ${signed}${rateNote(result, context)}.`,
        `${left}比${right}${falling ? '低' : '高'}约${magnitude}${result.markers}:(${operandFigure(a, lang)} − ${operandFigure(b, lang)}) ÷ ${operandFigure(b, lang)} ≈ ${signed}${rateNote(result, context)}。`)];
    }
    case 'ratio': {
      // "How many times B is A" and "A是B的几倍" both ask how many times the smaller fits in the larger.
      const [a, b] = valueOf(role('a')!) >= valueOf(role('b')!) ? [role('a')!, role('b')!] : [role('b')!, role('a')!];
      const result = run(inOneCurrency('a / b', { a, b }, undefined), { a: operand(a), b: operand(b) });
      const value = show(result, lang);
      // One company's two figures ("Microsoft's $80 billion plan … its $13 billion in OpenAI") are told apart by the figures, not the name.
      if (a.slot.entity === b.slot.entity) {
        return [say(lang, `${capitalised(shownFigure(a, lang))} is about ${value} times ${shownFigure(b, lang)} ${result.markers}: ${operandFigure(a, lang)} ÷ ${operandFigure(b, lang)} ≈ ${value}${rateNote(result, context)}.`,
          `${shownFigure(a, lang)}约为${shownFigure(b, lang)}的${value}倍${result.markers}:${operandFigure(a, lang)} ÷ ${operandFigure(b, lang)} ≈ ${value}${rateNote(result, context)}。`)];
      }
      const [left, right] = [name(a) || shownFigure(a, lang), name(b) || shownFigure(b, lang)];
      return [say(lang, `${left}'s figure is about ${value} times ${right}'s ${result.markers}: ${operandFigure(a, lang)} ÷ ${operandFigure(b, lang)} ≈ ${value}${rateNote(result, context)}.`,
        `${left}约为${right}的${value}倍${result.markers}:${operandFigure(a, lang)} ÷ ${operandFigure(b, lang)} ≈ ${value}${rateNote(result, context)}。`)];
    }
    case 'share': {
      const [part, whole] = [role('part')!, role('whole')!];
      const result = run(inOneCurrency('share(part, whole)', { part, whole }, undefined), { part: operand(part), whole: operand(whole) });
      const value = show(result, lang);
      return [say(lang, `About ${value} ${result.markers}: ${shownFigure(part, lang)} of ${shownFigure(whole, lang)}, ${operandFigure(part, lang)} ÷ ${operandFigure(whole, lang)} ≈ ${value}${rateNote(result, context)}.`,
        `约占${value}${result.markers}:${operandFigure(part, lang)} ÷ ${operandFigure(whole, lang)} ≈ ${value}${rateNote(result, context)}。`)];
    }
    case 'total_from_share': {
      const [part, share] = [role('part')!, role('stake')!];
      const result = run('part / share', { part: operand(part), share: operand(share) });
      const value = show(result, lang);
      const named = namedSlot(part.slot, context);
      return [say(lang, `${named ? `The total implied by ${named} is about` : 'About'} ${value} ${result.markers}: if ${shownFigure(part, lang)} is ${shownFigure(share, lang)} of the total, the total is ${operandFigure(part, lang)} ÷ ${operandFigure(share, lang)} ≈ ${value}.`,
        `${named ? `由${named}推算的总额约为` : '约'}${value}${result.markers}:${shownFigure(part, lang)}占总额的${shownFigure(share, lang)},总额即 ${operandFigure(part, lang)} ÷ ${operandFigure(share, lang)} ≈ ${value}。`)];
    }
    case 'prior': {
      const [current, growth] = [role('current')!, role('growth')!];
      const multiple = (growth.fact?.unit ?? growth.stated?.unit) === 'multiple';
      const result = run(multiple ? 'current / growth' : 'prior_from_growth(current, growth)', { current: operand(current), growth: operand(growth) });
      const value = show(result, lang);
      const how = multiple ? `${operandFigure(current, lang)} ÷ ${operandFigure(growth, lang).replace(/[- ]?fold$|倍$/, '')}` : `${operandFigure(current, lang)} ÷ (1 + ${operandFigure(growth, lang)})`;
      // Named without its period: "Tencent's capital expenditure a year earlier", "一年前,腾讯的资本开支"; growth since a launch leads back to the launch.
      const what = namedSlot({ ...current.slot, period: undefined }, context, current.fact);
      // A year-on-year rate leads to the same span a year before: named when the current figure's period is known ("in Q4 2023, a year earlier").
      const known = current.fact?.period.from && current.fact.period.to ? current.fact.period : current.slot.period?.from && current.slot.period.to ? current.slot.period : undefined;
      const before = known ? sameSpanAYearBefore(known) : undefined;
      const [when, whenZh, grew] = countsFromLaunch(question) ? ['at launch', '发布时', '增长']
        : before ? [`${periodPhrase(before, 'en').trim()}, a year earlier,`, `一年前(${periodPhrase(before, 'zh')})`, '同比增长'] : ['a year earlier', '一年前', '同比增长'];
      return [say(lang, `${what ? `${capitalised(what)} ${when} was about` : `${capitalised(when.replace(/,$/, ''))}, it was about`} ${value} ${result.markers}. ${capitalised(shownFigure(current, lang))} after growth of ${shownFigure(growth, lang)} implies ${how} ≈ ${value} ${when.replace(/, a year earlier,$/, '')}.`,
        `${whenZh}${what ? `,${what}` : ''}约为${value}${result.markers}。${shownFigure(current, lang)}${grew}${shownFigure(growth, lang)},推算${whenZh}为 ${how} ≈ ${value}。`)];
    }
    case 'unit_price': {
      const [amount, count] = [role('amount')!, role('count')!];
      const result = run('amount / units', { amount: operand(amount), units: operand(count) });
      const value = show(result, lang);
      const each = count.slot.item ? `Each ${count.slot.item === 'gpu' ? 'GPU' : count.slot.item} works out at about` : 'That is about';
      // "每台H20服务器约60万元": the measure word the question counts by, and the thing counted as the report names it.
      const measure = count.slot.item && /^\p{Script=Han}$/u.test(count.slot.item) ? count.slot.item : MEASURE_WORDS[count.fact?.metric ?? 'other'] ?? '个';
      const eachZh = `每${measure}${itemInChinese(count.fact?.item, context) ?? ''}`;
      // "每台服务器约8颗": a count over a count is said with the measure word of what it counts.
      const countedZh = amount.fact?.unit === 'count' || amount.fact?.unit === 'number' ? MEASURE_WORDS[amount.fact.metric] ?? '' : '';
      return [say(lang, `${each} ${value}${count.slot.item ? '' : ' each'} ${result.markers}: ${operandFigure(amount, lang)} ÷ ${operandFigure(count, lang)} ≈ ${value}.`, `${eachZh}约${value}${countedZh}${result.markers}:${operandFigure(amount, lang)} ÷ ${operandFigure(count, lang)} ≈ ${value}。`)];
    }
    case 'valuation': {
      const [paid, stake] = [role('paid')!, role('stake')!];
      const result = run('paid / stake', { paid: operand(paid), stake: operand(stake) });
      const value = show(result, lang);
      const target = entityName(context.aliases, stake.fact?.counterparty ?? paid.fact?.counterparty ?? paid.slot.context[0] ?? null, lang, lang === 'en' ? 'the company' : '该公司');
      return [say(lang, `${capitalised(target)}'s implied valuation is about ${value} ${result.markers}: ${shownFigure(paid, lang)} for a ${shownFigure(stake, lang)} stake implies ${operandFigure(paid, lang)} ÷ ${operandFigure(stake, lang)} ≈ ${value}.`,
        `${target}的隐含估值约${value}${result.markers}:以${shownFigure(paid, lang)}获得${shownFigure(stake, lang)}股份,即 ${operandFigure(paid, lang)} ÷ ${operandFigure(stake, lang)} ≈ ${value}。`)];
    }
    case 'convert': {
      const amount = role('amount')!;
      const from = currencyOf(amount);
      const target = intent.targetCurrency;
      if (!from || !target || from === target) return undefined;
      const result = run(`convert(amount, ${from}, ${target})`, { amount: operand(amount) });
      const value = show(result, lang);
      const rate = describeRate(result.result.rates[0]!, context);
      return [say(lang, `${capitalised(shownFigure(amount, lang))} comes to about ${value} ${result.markers}, converted ${rate}.`, `${shownFigure(amount, lang)}折合${value}${result.markers},${rate}换算。`)];
    }
  }
}

/** A total's two sides asking the same measure of the same company, neither stated: the reports' parts of it, if they give any. */
function oneMeasureTwice(intent: CalculationIntent): boolean {
  const [a, b] = intent.slots;
  return Boolean(a && b && a.entity === b.entity && a.metrics.join() === b.metrics.join() && !a.stated && !b.stated);
}

