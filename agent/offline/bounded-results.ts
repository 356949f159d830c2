/**
 * @module Operations whose result has bounds. A share above 100%, a price per unit of zero or less, a
 * stake above 100% or a fall of more than 100% says the operands were mismatched (a segment's figure
 * against another segment's, two periods or two scales), not that the answer is strange: that pairing
 * is rejected before anything is computed.
 */
import { ITEM_METRICS } from '../../core/index.js';
import { defaultRate } from '../../tools/index.js';
import type { Operation, SlotRole } from '../calculation-intent.js';
import type { FilledSlot } from './fill-slots.js';

type ValueOf = (role: SlotRole) => number | undefined;

/** Per operation: whether the operands' values can stand together. Values are as written (a percentage is 36, not 0.36). */
const BOUNDS: Partial<Record<Operation, (value: ValueOf) => boolean>> = {
  // A part is at most its whole.
  share: (value) => ok(value('part'), value('whole'), (part, whole) => whole > 0 && part >= 0 && part <= whole * 1.0001),
  // A share of a total, or a stake, lies in (0, 100%].
  total_from_share: (value) => ok(value('stake'), 100, (share) => share > 0 && share <= 100),
  valuation: (value) => ok(value('stake'), value('paid'), (stake, paid) => stake > 0 && stake <= 100 && paid > 0),
  // A price per unit is positive, over at least one unit.
  unit_price: (value) => ok(value('amount'), value('count'), (amount, count) => amount > 0 && count >= 1),
  // Growth from a prior value: nothing falls by more than all of it.
  prior: (value) => ok(value('growth'), value('current'), (growth, current) => growth > -100 && current > 0),
  per_period: (value) => ok(value('total'), 1, (total) => total > 0),
};

/** Why a pairing was rejected, said to the reader. */
export const BOUND_REASONS: Partial<Record<Operation, [string, string]>> = {
  share: ['the part would be larger than the whole', '部分会大于整体'],
  total_from_share: ['a share lies between 0 and 100%', '占比应在0到100%之间'],
  valuation: ['a stake lies between 0 and 100%', '持股比例应在0到100%之间'],
  unit_price: ['a price per unit is positive', '单价应为正数'],
  prior: ['nothing falls by more than all of it', '降幅不会超过100%'],
  per_period: ['the total is not positive', '总额不是正数'],
};

function ok(a: number | undefined, b: number | undefined, test: (a: number, b: number) => boolean): boolean {
  return a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b) || test(a, b);
}

/** An operand's value as written, in yuan when it is money: a bound compares scales, so the reference rate is close enough. */
function valueIn(entry: FilledSlot | undefined): number | undefined {
  const raw = entry?.fact?.value ?? entry?.stated?.value;
  if (raw === undefined) return undefined;
  const currency = entry?.fact?.currency ?? entry?.stated?.currency;
  return currency && currency !== 'CNY' ? Number(raw) * Number(defaultRate(currency, 'CNY').rate) : Number(raw);
}

/** Why a pairing was rejected when its operands are unlike (money with a count). */
export const UNLIKE_REASON: [string, string] = ['an amount of money and a count do not add up', '金额与数量不能相加'];
/** Operations whose operands are added or subtracted, so must count the same thing. */
const ADDED_OR_SUBTRACTED: Operation[] = ['difference', 'total', 'change'];

/** Why a pairing was rejected when its operands count different things (chips with models). */
export const UNLIKE_ITEMS_REASON: [string, string] = ['counts of different things do not add up', '不同事物的数量不能相加'];

/**
 * Why two operands added or subtracted cannot stand together, or undefined when they can: money with a count, or counts of
 * two different items ("over 100,000" open-source models less 4 H20 chips).
 */
export function unlikeReason(operation: Operation, filled: FilledSlot[]): [string, string] | undefined {
  const [a, b] = [filled.find((entry) => entry.slot.role === 'a'), filled.find((entry) => entry.slot.role === 'b')];
  if (!a || !b) return undefined;
  if (isMoney(a) !== isMoney(b)) return UNLIKE_REASON;
  // A ratio of two items ("servers per chip") is a fair question; only a sum or a difference needs one kind.
  if (!ADDED_OR_SUBTRACTED.includes(operation)) return undefined;
  const items = [a, b].map((entry) => entry.fact?.metric).filter((metric) => metric !== undefined && ITEM_METRICS.includes(metric));
  return items.length === 2 && items[0] !== items[1] ? UNLIKE_ITEMS_REASON : undefined;
}

export type BoundCheck = { holds: true } | { holds: false; drop: FilledSlot | undefined };

/**
 * Whether the filling keeps its operation's bound; when it does not, the operand to give up: the
 * report figure the filler was least sure of, never one the question itself states (none, when every
 * operand is the question's own).
 */
export function checkBounds(operation: Operation, filled: FilledSlot[]): BoundCheck {
  const bound = BOUNDS[operation];
  // Operands added or subtracted are alike: a count and an amount of money do not sum, nor do chips and models.
  if (unlikeReason(operation, filled)) return { holds: false, drop: leastSure(filled) };
  if (!bound) return { holds: true };
  const value: ValueOf = (role) => valueIn(filled.find((candidate) => candidate.slot.role === role));
  if (bound(value)) return { holds: true };
  return { holds: false, drop: leastSure(filled) };
}

const isMoney = (entry: FilledSlot) => (entry.fact?.unit ?? entry.stated?.unit) === 'currency';

/** The report figure the filler was least sure of, never one the question itself states. */
function leastSure(filled: FilledSlot[]): FilledSlot | undefined {
  return filled.filter((entry) => entry.fact && !(entry.slot.stated && !entry.contradicts)).sort((a, b) => a.score - b.score)[0];
}
