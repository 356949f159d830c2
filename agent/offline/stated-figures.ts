/**
 * @module How a figure a question states is read before it is checked against the reports: within the
 * rounding and approximation the asker used ("约19.4万" agrees with 194,320; "about 200,000" with 194,320;
 * "三成左右" does not with 13%), and for the year the question binds to it ("2023年底的约21.9万人" is a 2023
 * figure, not one to hold against the 2024 headcount). A check that disputes a true premise is worse than none.
 */
import { periodsOverlap, sameAmount, type Comparable, type Quantity } from '../../core/index.js';

/** The tolerance every premise check allows a figure stated plainly ("36.6 billion" for 36.578 billion). */
const PLAIN_TOLERANCE = 0.02;
/** An approximate figure ("about", "约", "左右") agrees within this much, or within its rounding if looser. */
const APPROXIMATE_TOLERANCE = 0.05;
/** "nearly 25,000", "近2.5万": at most this far below the reported figure. */
const NEARLY_BELOW = 0.1;

/** A percent is compared with a percent, a multiple with a multiple, any amount with an amount (as `sameAmount` does). */
const kindOf = (quantity: Comparable) => (quantity.unit === 'percent' || quantity.unit === 'multiple' ? quantity.unit : 'amount');

/** Words after a figure that make it approximate or a floor (English, Chinese), as data. */
const AFTER_APPROXIMATE = /^\s*(?:左右|上下|or so)/i;
const AFTER_FLOOR = /^\s*(?:多|余|以上|\+|or more|plus)/i;

/** How the asker hedged the figure: by a qualifier before it or a word after it. */
export function statedHedge(text: string, stated: Quantity): Quantity['qualifier'] {
  const after = text.slice(stated.index + stated.text.length);
  if (AFTER_APPROXIMATE.test(after)) return 'about';
  if (AFTER_FLOOR.test(after)) return 'over';
  return stated.qualifier;
}

/**
 * Half the place value of the last significant digit the asker wrote, relative to the figure: "19.4万" → 0.05/19.4,
 * "200,000" → 50,000/200,000. A figure written with few digits is a rounded one, and agrees within that rounding.
 */
export function roundingOf(stated: Pick<Quantity, 'text'> & Partial<Pick<Quantity, 'value'>>): number {
  // A share written in words ("三成") is rounded to its value's own digits (30: to the ten).
  const digits = (stated.text.match(/\d[\d,]*(?:\.\d+)?/)?.[0] ?? stated.value)?.replace(/,/g, '');
  if (!digits) return 0;
  const number = Number(digits);
  if (!number) return 0;
  const decimals = digits.split('.')[1];
  const place = decimals !== undefined ? 10 ** -decimals.length : 10 ** (digits.match(/0*$/)?.[0].length ?? 0);
  return place / 2 / number;
}

/**
 * Whether the reports' figure agrees with the one the question states, read as the asker wrote it: within the
 * rounding they used, within an approximation's margin, on the right side of a floor or a ceiling.
 */
export function agreesAsStated(text: string, stated: Quantity, reported: Comparable): boolean {
  if (sameAmount(reported, stated, PLAIN_TOLERANCE)) return true;
  if (kindOf(reported) !== kindOf(stated) || (reported.currency && stated.currency && reported.currency !== stated.currency)) return false;
  const hedge = statedHedge(text, stated);
  const rounding = roundingOf(stated);
  const asked = Number(stated.value);
  const given = [reported.value, ...(reported.high ? [reported.high] : [])].map(Number);
  // Within its own rounding a figure reaches short of the half-way mark, measured from the figure asked: "about 100,000"
  // takes in 140,000 but not 50,000 (which rounds to 50,000, not to 100,000).
  const within = (tolerance: number) => given.some((value) => {
    const gap = Math.abs(value - asked);
    return gap <= Math.max(Math.abs(value), Math.abs(asked)) * tolerance && (tolerance !== rounding || gap < Math.abs(asked) * rounding);
  });
  switch (hedge) {
    case 'about': return within(Math.max(APPROXIMATE_TOLERANCE, rounding));
    // "over 380 billion" is the reports' own wording of a floor, not any larger figure: a little above it, not twice it.
    case 'over': case 'at least': return given.some((value) => value >= asked * (1 - PLAIN_TOLERANCE) && value <= asked * (1 + Math.max(APPROXIMATE_TOLERANCE, rounding)));
    case 'under': case 'up to': return given.some((value) => value <= asked * (1 + PLAIN_TOLERANCE) && value >= asked * (1 - Math.max(APPROXIMATE_TOLERANCE, rounding)));
    case 'nearly': return given.some((value) => value <= asked * (1 + Math.max(PLAIN_TOLERANCE, rounding)) && value >= asked * (1 - NEARLY_BELOW));
    default: return within(Math.max(PLAIN_TOLERANCE, rounding));
  }
}

/** A clause ends at these marks: a year beyond one is another clause's. */
const CLAUSE_END = /[,，;；。?？!！]|\.(?!\d)/;
const YEAR = /(?<![\d.])((?:19|20)\d{2})(?![\d.%])/g;

/**
 * The year the question binds to a figure it states, in the figure's own clause, with no other stated figure
 * between them: "2023年底的约21.9万人" → 2023; "from about 219,000 at the end of 2023 to roughly 194,000 at the
 * end of 2024" → 2023 and 2024. Where a year precedes and another follows, Chinese puts the time first and
 * English after the figure. Undefined when the clause dates it to no year.
 */
export function statedYear(text: string, stated: Quantity, all: Quantity[], lang: 'en' | 'zh'): string | undefined {
  const start = stated.index;
  const end = stated.index + stated.text.length;
  const others = all.filter((other) => other !== stated && other.unit !== 'year');
  const clear = (from: number, to: number) => !CLAUSE_END.test(text.slice(from, to)) && !others.some((other) => other.index >= from && other.index < to);
  const years = [...text.matchAll(YEAR)].filter((match) => match.index + 4 <= start || match.index >= end);
  // "In 2024, Alibaba had about 194,000 employees": a fronted time's own comma does not end its clause.
  const fronted = (from: number) => from + (text.slice(from, start).match(/^\s*[,，]/)?.[0].length ?? 0);
  const before = years.filter((match) => match.index + 4 <= start && clear(fronted(match.index + 4), start)).at(-1);
  const after = years.find((match) => match.index >= end && clear(end, match.index));
  const chosen = before && after ? (lang === 'zh' ? before : after) : before ?? after;
  return chosen?.[1];
}

/** Whether a report figure can be held against a stated one: no year is bound to it, or the fact's period overlaps that year. */
export function sameYearAs(year: string | undefined, period: { from: string | null; to: string | null }): boolean {
  if (!year || !period.from || !period.to) return true;
  return periodsOverlap({ from: `${year}-01-01`, to: `${year}-12-31` }, period);
}

