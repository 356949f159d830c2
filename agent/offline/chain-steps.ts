/**
 * @module Two operations in one question, the output of the first an operand of the second, each step
 * shown with its operands cited: a share of a sum ("of the combined A and B, what share is A"), a share
 * of a change ("what percentage of its staff did it cut"), an earlier figure worked out from its growth
 * inside a difference, an average divided again ("and per quarter?"), and any amount converted into the
 * currency the question asks for.
 */
import type { Currency, Lang } from '../../core/index.js';
import type { CalculationIntent, OperandSlot, PerUnit } from '../calculation-intent.js';
import { entityName, figureWithItem } from '../phrases.js';
import { figureIndex } from '../../core/index.js';
import { chineseFor } from './bilingual-terms.js';
import type { FilledSlot } from './fill-slots.js';
import type { PlannerContext } from './planner-context.js';
import { describeRate, type RecordedCalculation } from './run-calculation.js';

/** What a chained step needs from the calculation plan: running the calculator and showing figures. */
export interface StepTools {
  lang: Lang;
  context: PlannerContext;
  run: (expression: string, operands: Record<string, string | number>, as?: 'percent') => RecordedCalculation;
  show: (result: RecordedCalculation) => string;
  shown: (entry: FilledSlot) => string;
  operand: (entry: FilledSlot) => string;
  value: (entry: FilledSlot) => number;
  inOneCurrency: (expression: string, entries: Record<string, FilledSlot>) => string;
  /** What an operand stands for, in words ("Alibaba's headcount at the end of 2023"). */
  describe: (entry: FilledSlot) => string;
}

const say = (lang: Lang, en: string, zh: string) => (lang === 'en' ? en : zh);
const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** A first step's result as an operand of the next: its exact value, with its currency. */
function carried(result: RecordedCalculation): string {
  const { value, currency } = result.result.result;
  return currency ? `${value} ${currency}` : value;
}

const both = (first: RecordedCalculation, second: RecordedCalculation) => [...new Set(`${first.markers}${second.markers}`.match(/\[\d+\]/g) ?? [])].join('');

/**
 * Which side of a sum the share asks about: the one the question names outside the whole's own words
 * (the last named, "… came from Amazon", "…合计中,亚马逊占"), else the one whose counted noun it uses ("are domestic").
 */
function partOfSum(a: FilledSlot, b: FilledSlot, question: string, context: PlannerContext): FilledSlot {
  const words = a.slot.words ? question.replace(a.slot.words, ' ') : question;
  const mentions = context.aliases.find(words);
  const last = (entry: FilledSlot) => Math.max(-1, ...mentions.filter((mention) => mention.id === entry.slot.entity).map((mention) => mention.index));
  if (a.slot.entity !== b.slot.entity && (last(a) >= 0 || last(b) >= 0)) return last(b) > last(a) ? b : a;
  const terms = new Set(context.index.tokenizer.terms(words));
  // The word right after each figure tells the sides apart ("53,000 Nvidia and 90,000 domestic", "825 applications and 500 plugins").
  const after = afterFigure(a, b, question);
  const leading = (entry: FilledSlot) => { const first = (after.get(entry) ?? '').match(/[\p{L}\p{N}]+/u)?.[0] ?? ''; return context.index.tokenizer.terms(first).some((term) => terms.has(term)) ? 1 : 0; };
  if (leading(a) !== leading(b)) return leading(b) > leading(a) ? b : a;
  const named = (entry: FilledSlot) => (entry.fact ? context.index.tokenizer.terms(figureWithItem(entry.fact).slice(entry.fact.text.length)).filter((term) => terms.has(term)).length : 0);
  return named(b) > named(a) ? b : a;
}

/**
 * A side of a list by its own words: "over 53,000 Nvidia and 90,000 domestic AI chips" makes the first "over 53,000 Nvidia chips"
 * (the noun the list shares), "825 applications, and 500 plugins" the second "500 plugins".
 */
function listMember(part: FilledSlot, other: FilledSlot, question: string, tools: StepTools): string {
  const after = afterFigure(part, other, question);
  const [own, theirs] = [(after.get(part) ?? '').trim(), (after.get(other) ?? '').trim()];
  if (!own) return figureWithItem(part.fact!);
  const noun = theirs.split(/\s+/).length >= 2 && own.split(/\s+/).length === 1 ? ` ${theirs.split(/\s+/).at(-1)}` : '';
  return `${tools.shown(part)} ${own}${noun}`;
}

/**
 * A list member's kind in Chinese, from the words the report puts right after its figure ("Nvidia" → 英伟达, "domestic" → 国产):
 * a company by its alias, other words by the bilingual vocabulary; undefined unless every word translates.
 */
function memberKindZh(entry: FilledSlot, context: PlannerContext): string | undefined {
  return itemInChinese(entry.fact?.item, context);
}

/**
 * A report's English words for a counted item in Chinese ("Nvidia" → 英伟达, "H20 servers" → H20服务器): a company by its alias,
 * a model code as written, other words by the bilingual vocabulary; undefined unless every word translates.
 */
export function itemInChinese(item: string | undefined, context: PlannerContext): string | undefined {
  const words = item?.split(/\s+/).filter(Boolean) ?? [];
  if (!words.length || words.length > 3) return undefined;
  const named = words.map((word) => {
    if (/^[A-Z]+\d+[A-Z]?$/.test(word)) return word;
    const company = context.aliases.find(word).find((mention) => mention.name.length === word.length);
    return company ? entityName(context.aliases, company.id, 'zh') : chineseFor(word);
  });
  return named.every(Boolean) ? named.join('') : undefined;
}

/** The words after each side's figure, up to the next joint: in the question when it states the figure, else in the figure's sentence. */
function afterFigure(a: FilledSlot, b: FilledSlot, question: string): Map<FilledSlot, string> {
  const words = new Map<FilledSlot, string>();
  for (const entry of [a, b]) {
    const [text, figure] = entry.stated && question.includes(entry.stated.text) ? [question, entry.stated.text] : entry.fact ? [entry.fact.quote, entry.fact.text] : ['', ''];
    const at = figure ? figureIndex(text, figure) : -1;
    if (at >= 0) words.set(entry, text.slice(at + figure.length, at + figure.length + 32).split(/\s(?:and|&|or|by|in|for|from|to|at|on|as|over|since|which|that|of|versus|compared)\b|[,，;；.。()和与及]/i)[0]!);
  }
  return words;
}

/** "Of the combined A and B, what share is A": first A + B, then A ÷ that sum. */
export function shareOfSum(tools: StepTools, role: (name: OperandSlot['role']) => FilledSlot | undefined, question: string): string[] {
  const { lang } = tools;
  const [a, b] = [role('a')!, role('b')!];
  const part = partOfSum(a, b, question, tools.context);
  const sum = tools.run(tools.inOneCurrency('a + b', { a, b }), { a: tools.operand(a), b: tools.operand(b) });
  const result = tools.run(tools.inOneCurrency('share(part, total)', { part }), { part: tools.operand(part), total: carried(sum) }, 'percent');
  const [value, total] = [tools.show(result), tools.show(sum)];
  // The lead names the part: by its company when the sides are two companies, else by what it counts ("90,000 domestic AI chips").
  const twoCompanies = Boolean(a.slot.entity && b.slot.entity) && a.slot.entity !== b.slot.entity;
  const kindZh = (entry: FilledSlot) => (twoCompanies ? undefined : memberKindZh(entry, tools.context));
  const label = twoCompanies ? entityName(tools.context.aliases, part.slot.entity!, lang) : lang === 'en' && part.fact ? listMember(part, part === a ? b : a, question, tools) : `${kindZh(part) ?? tools.describe(part)}${tools.shown(part)}`;
  // In Chinese each side says what kind it is ("超过5.3万(英伟达) + 9万(国产)"): the English quote names the kinds only in English.
  const sideZh = (entry: FilledSlot) => { const kind = kindZh(entry); return kind ? `${tools.shown(entry)}(${kind})` : tools.shown(entry); };
  const steps = say(lang, `${tools.shown(a)} + ${tools.shown(b)} = ${total}, and ${tools.shown(part)} ÷ ${total} ≈ ${value}.`, `${sideZh(a)} + ${sideZh(b)} = ${total},${tools.shown(part)} ÷ ${total} ≈ ${value}。`);
  const lead = say(lang, twoCompanies ? `${label}'s share of the combined ${total} is about ${value}` : `${capitalised(label)} make up about ${value} of the combined ${total}`, `${label}约占两者合计${total}的${value}`);
  return [`${lead}${lang === 'en' ? ' ' : ''}${both(sum, result)}:${lang === 'en' ? ' ' : ''}${steps}`];
}

/** "What percentage of its end-2023 staff did it cut in 2024": first the change between the two periods, then its share of the whole. */
export function shareOfChange(tools: StepTools, role: (name: OperandSlot['role']) => FilledSlot | undefined): string[] {
  const { lang } = tools;
  const [whole, other] = [role('whole')!, role('b')!];
  const [first, second] = tools.value(other) < tools.value(whole) ? [whole, other] : [other, whole];
  const change = tools.run('first - second', { first: tools.operand(first), second: tools.operand(second) });
  const result = tools.run('share(change, whole)', { change: carried(change), whole: tools.operand(whole) });
  const [value, difference] = [tools.show(result), tools.show(change)];
  const falling = first === whole;
  return [say(lang, `The ${falling ? 'fall' : 'rise'} of ${difference} is about ${value} of ${tools.describe(whole)} ${both(change, result)}: ${tools.shown(first)} − ${tools.shown(second)} = ${difference}, and ${difference} ÷ ${tools.shown(whole)} ≈ ${value}.`,
    `${falling ? '减少' : '增加'}的${difference}约占${tools.describe(whole)}的${value}${both(change, result)}:${tools.shown(first)} − ${tools.shown(second)} = ${difference},${difference} ÷ ${tools.shown(whole)} ≈ ${value}。`)];
}

/** A difference whose earlier figure the reports give only as growth: first current ÷ (1 + growth), then current minus that. */
export function differenceFromGrowth(tools: StepTools, current: FilledSlot, growth: FilledSlot): string[] {
  const { lang } = tools;
  const earlier = tools.run('prior_from_growth(current, growth)', { current: tools.operand(current), growth: tools.operand(growth) });
  const result = tools.run('current - prior', { current: tools.operand(current), prior: carried(earlier) });
  const [value, prior] = [tools.show(result), tools.show(earlier)];
  return [say(lang, `${capitalised(tools.describe(current))} is about ${value} higher than a year earlier ${both(earlier, result)}: ${tools.shown(current)} after growth of ${tools.shown(growth)} implies ${tools.shown(current)} ÷ (1 + ${tools.shown(growth)}) ≈ ${prior} a year earlier, and ${tools.shown(current)} − ${prior} ≈ ${value}.`,
    `${tools.describe(current)}比一年前增加约${value}${both(earlier, result)}:${tools.shown(current)}同比增长${tools.shown(growth)},推算一年前为 ${tools.shown(current)} ÷ (1 + ${tools.shown(growth)}) ≈ ${prior},${tools.shown(current)} − ${prior} ≈ ${value}。`)];
}

const MONTHS_IN: Record<PerUnit, number> = { year: 12, quarter: 3, month: 1, day: 12 / 365 };
const PER_NAMES: Record<PerUnit, [string, string]> = { year: ['year', '年'], quarter: ['quarter', '季度'], month: ['month', '月'], day: ['day', '天'] };

/** "The annual average, and per quarter": the first average divided again into the second unit. */
export function thenPerUnit(tools: StepTools, first: RecordedCalculation, from: PerUnit, to: PerUnit): string[] {
  const { lang } = tools;
  const factor = Math.round((MONTHS_IN[from] / MONTHS_IN[to]) * 1000) / 1000;
  if (!(factor > 1)) return [];
  const result = tools.run(`average / ${factor}`, { average: carried(first) });
  const value = tools.show(result);
  const [word, zh] = PER_NAMES[to];
  return [say(lang, `That is about ${value} a ${word}: ${tools.show(first)} ÷ ${factor} ≈ ${value}.`, `折合每${zh}约${value}:${tools.show(first)} ÷ ${factor} ≈ ${value}。`)];
}

/** The result in the currency the question asks for, when it came out in another: the last step of any chain. */
/** `what`: the result in words ("Alibaba's investment plan per year"), so the lead says what comes to the amount. */
export function thenConvert(tools: StepTools, last: RecordedCalculation, intent: CalculationIntent, what?: [string, string]): { lead: string; sentence: string } | undefined {
  const { lang } = tools;
  const target = intent.targetCurrency;
  const from = last.result.result.currency as Currency | null;
  if (!target || !from || from === target || last.result.result.kind !== 'amount') return undefined;
  const result = tools.run(`convert(amount, ${from}, ${target})`, { amount: carried(last) });
  const value = tools.show(result);
  const rate = result.result.rates[0] ? describeRate(result.result.rates[0], tools.context) : '';
  return {
    lead: what
      ? say(lang, `${capitalised(what[0])} comes to about ${value} ${both(last, result)}.`, `${what[1]}约合${value}${both(last, result)}。`)
      : say(lang, `About ${value} ${both(last, result)}.`, `约${value}${both(last, result)}。`),
    sentence: say(lang, `Converted ${rate}: ${tools.show(last)} ≈ ${value}.`, `${rate}换算:${tools.show(last)} ≈ ${value}。`),
  };
}

/**
 * "Add up A and B — how does it compare with C?": the sum first, then C against it, both as a multiple and as a gap
 * ("Microsoft's $13 billion is about 2.17 times that, $7 billion more"), each step shown with its operands cited.
 */
export function compareWithResult(tools: StepTools, first: RecordedCalculation, other: FilledSlot, asPercent = false): string[] {
  const { lang } = tools;
  const [total, value] = [Number(first.result.result.value), tools.value(other)];
  if (!(total > 0) || !(value > 0)) return [];
  const larger = value >= total;
  const ratio = tools.run(larger ? 'other / total' : 'total / other', { other: tools.operand(other), total: carried(first) });
  const gap = tools.run(larger ? 'other - total' : 'total - other', { other: tools.operand(other), total: carried(first) });
  const [times, apart, sum] = [tools.show(ratio), tools.show(gap), tools.show(first)];
  const who = other.slot.entity ? entityName(tools.context.aliases, other.slot.entity, lang) : '';
  const party = other.slot.context[0] ? entityName(tools.context.aliases, other.slot.context[0], lang) : '';
  const named = say(lang, `${who ? `${who}'s ` : ''}${tools.shown(other)}${party ? ` in ${party}` : ''}`, `${who}${party ? `对${party}` : ''}${who || party ? '的' : ''}${tools.shown(other)}`);
  const markers = both(ratio, gap);
  // "By what percentage would it have to rise …": the smaller side's rise to the larger, said as a percentage too.
  const rise = asPercent ? tools.run(larger ? '(other - total) / total' : '(total - other) / other', { other: tools.operand(other), total: carried(first) }, 'percent') : undefined;
  const risen = !rise ? undefined : larger
    ? say(lang, `The average of ${sum} would have to rise by about ${tools.show(rise)} to reach ${named} ${rise.markers}.`, `平均数${sum}需增长约${tools.show(rise)}才能达到${named}${rise.markers}。`)
    : say(lang, `${capitalised(named)} would have to rise by about ${tools.show(rise)} to reach the average of ${sum} ${rise.markers}.`, `${named}需增长约${tools.show(rise)}才能达到平均数${sum}${rise.markers}。`);
  // Asked "by what percentage", the rise answers: it is said first.
  return [...(risen ? [risen] : []), larger
    ? say(lang, `${capitalised(named)} is about ${times} times that, ${apart} more ${markers}: ${tools.shown(other)} ÷ ${sum} ≈ ${times}, and ${tools.shown(other)} − ${sum} = ${apart}.`,
      `${named}约为其${times}倍,多出${apart}${markers}:${tools.shown(other)} ÷ ${sum} ≈ ${times},${tools.shown(other)} − ${sum} = ${apart}。`)
    : say(lang, `That is about ${times} times ${named}, ${apart} more ${markers}: ${sum} ÷ ${tools.shown(other)} ≈ ${times}, and ${sum} − ${tools.shown(other)} = ${apart}.`,
      `这约为${named}的${times}倍,多出${apart}${markers}:${sum} ÷ ${tools.shown(other)} ≈ ${times},${sum} − ${tools.shown(other)} = ${apart}。`)];
}
