/** @module Values the calculator carries: an exact decimal with its kind and currency, and their arithmetic rules. */
import { Decimal, formatEnglish, type Currency } from '../../core/index.js';
import { fail } from './calc-error.js';
import { boundedPower } from './calc-limits.js';

export { fail } from './calc-error.js';

export type ValueKind = 'amount' | 'percent' | 'number';

export interface CalcValue {
  value: Decimal;
  kind: ValueKind;
  currency: Currency | null;
}


export function describeValue(value: CalcValue): string {
  if (value.kind === 'percent') return `${value.value.times(100).toDecimalPlaces(2).toFixed()}%`;
  if (value.kind === 'amount') return formatEnglish(value.value, { unit: value.currency ? 'currency' : 'count', currency: value.currency, maxFractionDigits: 4 });
  return value.value.toDecimalPlaces(6).toFixed();
}

function mergedCurrency(a: CalcValue, b: CalcValue, operation: string): Currency | null {
  if (a.currency && b.currency && a.currency !== b.currency) {
    throw fail(`Cannot ${operation} ${a.currency} and ${b.currency}: no ${b.currency}→${a.currency} rate. Use convert(x, ${b.currency}, ${a.currency}, rate) first, or pass rates {"${b.currency}/${a.currency}": rate}.`);
  }
  return a.currency ?? b.currency;
}

export function add(a: CalcValue, b: CalcValue, sign: 1 | -1 = 1): CalcValue {
  const operation = sign === 1 ? 'add' : 'subtract';
  if ((a.kind === 'percent') !== (b.kind === 'percent')) return addPercentToOne(a, b, sign);
  const kind: ValueKind = a.kind === 'amount' || b.kind === 'amount' ? 'amount' : a.kind;
  return { value: sign === 1 ? a.value.plus(b.value) : a.value.minus(b.value), kind, currency: mergedCurrency(a, b, operation) };
}

/**
 * "1 − 15%" = 0.85 and "1 + 386%" = 4.86: a percentage added to or taken from exactly 1 is a growth
 * factor, whichever way one reads it. With any other number the two readings differ (is 2 − 15% 1.85
 * or 1.7?), so the calculator asks instead of guessing.
 */
function addPercentToOne(a: CalcValue, b: CalcValue, sign: 1 | -1): CalcValue {
  const operation = sign === 1 ? 'add' : 'subtract';
  const other = a.kind === 'percent' ? b : a;
  const fraction = a.kind === 'percent' ? a : b;
  if (other.kind !== 'number' || !other.value.eq(1)) {
    const written = describeValue(fraction);
    throw fail(`Cannot ${operation} a percentage and ${other.kind === 'amount' ? 'an amount' : `the number ${describeValue(other)}`}: write x × (1 ${sign === 1 ? '+' : '−'} ${written}) to ${sign === 1 ? 'grow' : 'reduce'} x by ${written}, or use share() or pct_change()`);
  }
  return { value: sign === 1 ? a.value.plus(b.value) : a.value.minus(b.value), kind: 'number', currency: null };
}

export function multiply(a: CalcValue, b: CalcValue): CalcValue {
  if (a.kind === 'amount' && b.kind === 'amount') throw fail('Cannot multiply two amounts of money; one side must be a number or a percentage');
  const amount = a.kind === 'amount' ? a : b.kind === 'amount' ? b : undefined;
  const kind: ValueKind = amount ? 'amount' : a.kind === 'percent' && b.kind === 'percent' ? 'percent' : a.kind === 'percent' || b.kind === 'percent' ? (a.kind === 'number' || b.kind === 'number' ? 'number' : 'percent') : 'number';
  return { value: a.value.times(b.value), kind, currency: amount?.currency ?? null };
}

export function divide(a: CalcValue, b: CalcValue): CalcValue {
  if (b.value.isZero()) throw fail('Division by zero');
  if (b.kind === 'amount' && a.kind !== 'amount') throw fail('Cannot divide a number by an amount of money');
  if (a.kind === 'amount' && b.kind === 'amount') {
    mergedCurrency(a, b, 'divide');
    return { value: a.value.div(b.value), kind: 'number', currency: null };
  }
  const kind: ValueKind = a.kind === 'amount' ? 'amount' : a.kind === 'percent' && b.kind === 'percent' ? 'number' : a.kind;
  return { value: a.value.div(b.value), kind, currency: a.currency };
}

/** `subject` names the operation in a budget refusal: "The result of \"^\" at position 3". */
export function power(a: CalcValue, b: CalcValue, subject = 'The power'): CalcValue {
  if (b.kind !== 'number') throw fail('An exponent must be a plain number');
  if (a.kind === 'amount' && !b.value.eq(1)) throw fail('Cannot raise an amount of money to a power');
  if (a.value.isNegative() && !b.value.isInteger()) throw fail('Cannot take a fractional power of a negative number');
  return { value: boundedPower(a.value, b.value, subject), kind: a.kind, currency: a.currency };
}

export const number = (value: Decimal | string | number): CalcValue => ({ value: new Decimal(value), kind: 'number', currency: null });
export const percent = (fraction: Decimal): CalcValue => ({ value: fraction, kind: 'percent', currency: null });
