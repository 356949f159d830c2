/** @module Periods as written ("between 2025 and 2027", "Q4", "this year"), resolved against the report's date. */
import type { Period } from './types.js';

const QUARTER_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4, '一': 1, '二': 2, '三': 3, '四': 4 };
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, '一': 1, '两': 2, '二': 2, '三': 3, '四': 4, '五': 5 };
const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** One calendar month: "December 2023" is 2023-12-01 … 2023-12-31. */
function month(year: number, m: number): Period['from'][] {
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return [`${year}-${mm}-01`, `${year}-${mm}-${last}`];
}

const quarter = (year: number, q: number): Period['from'][] => [`${year}-${String(q * 3 - 2).padStart(2, '0')}-01`, `${year}-${LAST_DAY[q - 1]}`];
const years = (from: number, to: number): Period['from'][] => [`${from}-01-01`, `${to}-12-31`];

interface PeriodRule {
  pattern: RegExp;
  resolve: (match: RegExpMatchArray, asOfYear: number | null, asOf: string | null) => Period['from'][] | null;
}

/** The quarter `back` quarters before the one `asOf` falls in ("last quarter" of a 2025-02-25 report is Q4 2024). */
function quarterBefore(asOf: string | null, back: number): Period['from'][] | null {
  if (!asOf || !/^\d{4}-\d{2}/.test(asOf)) return null;
  const index = Number(asOf.slice(0, 4)) * 4 + Math.floor((Number(asOf.slice(5, 7)) - 1) / 3) - back;
  return quarter(Math.floor(index / 4), (index % 4) + 1);
}

/** A quarter named by the month it ends in ("the December quarter"), as financial reporting says it. */
const QUARTER_END_MONTH = '(Mar(?:ch)?|June?|Sep(?:t(?:ember)?)?|Dec(?:ember)?)';
const QUARTER_OF_MONTH: Record<string, number> = { mar: 1, jun: 2, sep: 3, dec: 4 };

/**
 * The latest quarter `q` to have begun by `asOf` ("the December quarter" in a February 2025 report is Q4 2024; "the June
 * quarter" in late June 2025 is the one under way).
 */
function latestQuarterEnding(q: number, asOf: string | null): Period['from'][] | null {
  if (!asOf || !/^\d{4}-\d{2}-\d{2}/.test(asOf)) return null;
  const year = Number(asOf.slice(0, 4));
  const [start] = quarter(year, q);
  return quarter(start! <= asOf ? year : year - 1, q);
}

const PERIOD_RULES: PeriodRule[] = [
  { pattern: /between (\d{4}) and (\d{4})|from (\d{4}) to (\d{4})|(\d{4})\s*年?\s*[-–至到]\s*(\d{4})\s*年?|\bFY\s?(\d{4})\s*(?:-|–|to)\s*FY\s?(\d{4})\b/i, resolve: (m) => years(Number(m[1] ?? m[3] ?? m[5] ?? m[7]), Number(m[2] ?? m[4] ?? m[6] ?? m[8])) },
  { pattern: /\b(?:Q([1-4])|(first|second|third|fourth|final|last)[ -]quarter)(?: of)?,? (\d{4})\b|(\d{4})\s*年?第?([一二三四])季度|\b(\d{4})[ -](?:Q([1-4])|(first|second|third|fourth)[ -]quarter)/i,
    resolve: (m) => {
      const year = Number(m[3] ?? m[4] ?? m[6]);
      const q = Number(m[1] ?? m[7]) || QUARTER_WORDS[(m[2] ?? m[5] ?? m[8] ?? '').toLowerCase()]!;
      return quarter(year, q);
    } },
  { pattern: /\b(?:Q([1-4])|(first|second|third|fourth) quarter)(?: of)? (?:last year|the previous year)|去年第?([一二三四])季度/i,
    resolve: (m, asOf) => (asOf ? quarter(asOf - 1, Number(m[1]) || QUARTER_WORDS[(m[2] ?? m[3] ?? '').toLowerCase()]!) : null) },
  { pattern: /\b(?:Q([1-4])|(first|second|third|fourth) quarter)(?: of)? this year|今年第?([一二三四])季度/i,
    resolve: (m, asOf) => (asOf ? quarter(asOf, Number(m[1]) || QUARTER_WORDS[(m[2] ?? m[3] ?? '').toLowerCase()]!) : null) },
  // "the December quarter of 2024", "the quarter ended December 31, 2024": the calendar quarter ending that month.
  { pattern: new RegExp(`\\bthe ${QUARTER_END_MONTH} quarter(?:\\s+of|,)?\\s+(\\d{4})\\b|\\bquarter (?:ended|ending) (?:on )?${QUARTER_END_MONTH}\\.?\\s+(?:\\d{1,2},?\\s+)?(\\d{4})\\b`, 'i'),
    resolve: (m) => quarter(Number(m[2] ?? m[4]), QUARTER_OF_MONTH[(m[1] ?? m[3])!.slice(0, 3).toLowerCase()]!) },
  // "the December quarter" with no year: the latest such quarter to end by the report's date.
  { pattern: new RegExp(`\\bthe ${QUARTER_END_MONTH} quarter\\b`, 'i'),
    resolve: (m, _year, asOf) => latestQuarterEnding(QUARTER_OF_MONTH[m[1]!.slice(0, 3).toLowerCase()]!, asOf) },
  // "December 2023", "Dec. 2023", "2023年12月": the month, not the whole year. A year's end ("end of 2023", "2023年底", "end-2023") is its last month.
  { pattern: new RegExp(`\\b${MONTH_NAME}\\.?,?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(\\d{4})\\b|(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月`, 'i'),
    resolve: (m) => (m[1] ? month(Number(m[2]), MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1) : month(Number(m[3]), Number(m[4]))) },
  { pattern: /\b(?:(?:at |by )?the )?(?:end|close) of (\d{4})\b|\b(?:end|year[- ]end)[- ](\d{4})\b|(\d{4})\s*年\s*(?:底|末|年底|年末)/i,
    resolve: (m) => month(Number(m[1] ?? m[2] ?? m[3]), 12) },
  { pattern: /(?:(?:over|in|within) the (?:next|coming)|within|in) (one|two|three|four|five|\d) years|未来([一两二三四五])年/i,
    resolve: (m, asOf) => {
      const span = NUMBER_WORDS[(m[1] ?? m[2] ?? '').toLowerCase()] ?? Number(m[1]);
      return asOf && span ? years(asOf, asOf + span - 1) : null;
    } },
  { pattern: /(?:in the )?past four quarters|过去四个季度/i, resolve: () => null },
  // "2025年初", "the beginning of 2025", "early 2025": some weeks at a year's start, no span a passage can be held to
  // (its "As of January 2025" is that time; the whole year is not what was asked).
  { pattern: /\b(?:(?:at |by )?the )?(?:beginning|start) of \d{4}\b|\bearly[- ]\d{4}\b|\d{4}\s*年\s*初(?![步次])/i, resolve: () => null },
  // "Since 2023", "自2023年以来": a span running up to the report's date, not the year itself (whose figure would be another).
  { pattern: new RegExp(`\\bsince (?:(?:early|late|mid-?)\\s*|(?:Q[1-4]|${MONTH_NAME})\\.?\\s+)?\\d{4}\\b|自?\\d{4}\\s*年?\\s*(?:\\d{1,2}\\s*月)?\\s*以来|(?:自|从)\\d{4}\\s*年?\\s*(?:\\d{1,2}\\s*月)?\\s*(?:起|开始)`, 'i'), resolve: () => null },
  { pattern: /\b(?:last|previous|the past) quarter\b|上个?季度|上一季度/i, resolve: (_m, _year, asOf) => quarterBefore(asOf, 1) },
  { pattern: /\bthis quarter\b|本季度|这个季度/i, resolve: (_m, _year, asOf) => quarterBefore(asOf, 0) },
  { pattern: /\bthis year\b|今年/i, resolve: (_m, asOf) => (asOf ? years(asOf, asOf) : null) },
  { pattern: /\blast year\b|去年/i, resolve: (_m, asOf) => (asOf ? years(asOf - 1, asOf - 1) : null) },
  // "FY2018", "fiscal 2018": a fiscal year is named by the year it ends in; the calendar year stands for it.
  { pattern: /\bFY\s?(\d{4})\b|\bfiscal(?: year)? (\d{4})\b/i, resolve: (m) => years(Number(m[1] ?? m[2]), Number(m[1] ?? m[2])) },
  // "over 2024", "throughout 2024": the year, unless a rate comes first ("up 25% over 2023" compares with 2023).
  { pattern: /\bas of (?:\w+ \d{1,2}, )?(\d{4})|\b(?:in|by|of|during|for|throughout) (\d{4})\b|(?<!%\s*)\bover (?:the course of )?(\d{4})\b|(\d{4})年/i, resolve: (m) => years(Number(m[1] ?? m[2] ?? m[3] ?? m[4]), Number(m[1] ?? m[2] ?? m[3] ?? m[4])) },
];

/** A quarter with no year ("Q4 alone") borrows the year of another period in the same sentence. */
const BARE_QUARTER = /\bQ([1-4])\b|\b(first|second|third|fourth) quarter\b/i;

interface PeriodMatch {
  rule: PeriodRule;
  match: RegExpMatchArray;
  start: number;
  end: number;
}

/** Every period phrase in `text`, leaving out those inside a longer one ("last year" in "fourth quarter of last year"). */
/** Each rule's pattern compiled once for matchAll: this runs for every figure of every report at ingest. */
const GLOBAL_PATTERNS = new Map(PERIOD_RULES.map((rule) => [rule, new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}g`)]));

function periodMatches(text: string): PeriodMatch[] {
  const candidates = PERIOD_RULES.flatMap((rule) =>
    [...text.matchAll(GLOBAL_PATTERNS.get(rule)!)].map((match) => ({ rule, match, start: match.index!, end: match.index! + match[0].length })));
  return candidates.filter((candidate) => !candidates.some((other) => other !== candidate && other.start <= candidate.start && other.end >= candidate.end && other.end - other.start > candidate.end - candidate.start));
}

/** All periods `text` names, in order of appearance, resolved where `asOf` allows. */
export function findPeriods(text: string, asOf: string | null): Period[] {
  const asOfYear = asOf ? Number(asOf.slice(0, 4)) : null;
  return periodMatches(text).sort((a, b) => a.start - b.start).map(({ rule, match }) => {
    const resolved = rule.resolve(match, asOfYear, asOf);
    return { text: match[0], from: resolved?.[0] ?? null, to: resolved?.[1] ?? null };
  });
}

/** The clause (between semicolons) of `text` that holds offset `at`. */
export function clauseAt(text: string, at: number): { text: string; offset: number } {
  const start = Math.max(text.lastIndexOf(';', at - 1), text.lastIndexOf('；', at - 1)) + 1;
  const ends = [text.indexOf(';', at), text.indexOf('；', at)].filter((index) => index >= 0);
  const end = ends.length ? Math.min(...ends) : text.length;
  return { text: text.slice(start, end), offset: start };
}

/**
 * The period a figure at offset `near` belongs to: within its clause, the nearest period phrase
 * (rules earlier in the list win ties, since they are more specific).
 */
/** Words that make the period after them the base of a comparison. */
const BASE_PERIOD_BEFORE = /(?:\bversus|\bvs\.?|\bcompared (?:with|to)|\bthan(?: in)?|相比|较|比)\s*$/i;

export function resolvePeriod(text: string, asOf: string | null, near = 0, nearEnd = near): Period {
  const asOfYear = asOf ? Number(asOf.slice(0, 4)) : null;
  // The figure's own clause first; a clause with no period borrows the sentence's ("Q1 2025 results; capex totaled …").
  const inClause = clauseAt(text, near);
  const clause = periodMatches(inClause.text).length ? inClause : { text, offset: 0 };
  const context = clause.text;
  const position = near - clause.offset;
  const positionEnd = nearEnd - clause.offset;
  const outermost = periodMatches(context);
  let best: { period: Period; distance: number } | undefined;
  for (const { rule, match, start, end } of outermost) {
    // "surged twentyfold versus February 2025", "比2024年增长68%": the period compared against is the base, not the figure's.
    if (BASE_PERIOD_BEFORE.test(context.slice(Math.max(0, start - 16), start))) continue;
    // Gap between the phrase and the figure: "as of 2024, A had 194,320, down from 219,260 as of 2023".
    const distance = end <= position ? position - end : start >= positionEnd ? start - positionEnd : 0;
    if (best && distance >= best.distance) continue;
    const resolved = rule.resolve(match, asOfYear, asOf);
    best = { period: { text: match[0], from: resolved?.[0] ?? null, to: resolved?.[1] ?? null }, distance };
  }
  if (best) return best.period;
  const bare = context.match(BARE_QUARTER);
  if (bare) return { text: bare[0], from: null, to: null };
  return { text: null, from: null, to: null };
}

/** Whether two resolved periods share a day; unresolved periods overlap nothing. */
export function periodsOverlap(a: Pick<Period, 'from' | 'to'>, b: Pick<Period, 'from' | 'to'>): boolean {
  if (!a.from || !a.to || !b.from || !b.to) return false;
  return a.from <= b.to && b.from <= a.to;
}

/** A period typed by a user or a model: "2024", "Q4 2024", "2025-2027", "2024年第四季度", "fourth quarter of 2024". */
export function parsePeriodQuery(text: string, asOf: string | null = null): Period | undefined {
  const trimmed = text.trim();
  const year = trimmed.match(/^(\d{4})年?$/);
  if (year) return { text: trimmed, from: `${year[1]}-01-01`, to: `${year[1]}-12-31` };
  const range = trimmed.match(/^(\d{4})年?\s*(?:-|–|to|至|到)\s*(\d{4})年?$/);
  if (range) return { text: trimmed, from: `${range[1]}-01-01`, to: `${range[2]}-12-31` };
  const period = resolvePeriod(trimmed, asOf);
  return period.from ? period : undefined;
}
