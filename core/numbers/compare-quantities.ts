/** @module Whether two written figures state the same amount, across 亿/billion and rounding. */
import { Decimal } from './decimal.js';
import type { Quantity } from './quantity.js';

export type Comparable = Pick<Quantity, 'value' | 'unit' | 'currency'> & { high?: string };

const KIND = (quantity: Comparable): string => (quantity.unit === 'percent' || quantity.unit === 'multiple' ? quantity.unit : 'amount');

/** Relative tolerance covers an answer that rounds "36.578 billion" to "36.6 billion". */
export function sameAmount(a: Comparable, b: Comparable, relativeTolerance = 0.005): boolean {
  if (KIND(a) !== KIND(b)) return false;
  if (a.currency && b.currency && a.currency !== b.currency) return false;
  const candidates = [b.value, ...(b.high ? [b.high] : [])];
  const left = new Decimal(a.value);
  return candidates.some((candidate) => {
    const right = new Decimal(candidate);
    if (left.eq(right)) return true;
    const scale = Decimal.max(left.abs(), right.abs());
    return left.minus(right).abs().lte(scale.times(relativeTolerance));
  });
}
