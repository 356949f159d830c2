/** @module The calculator's budget: how large, how small and how precise a value may be, checked before anything costly is computed. */
import { Decimal } from '../../core/index.js';
import { fail } from './calc-error.js';

/**
 * Every value stays below 10^30 in size (30 digits before the point: a trillion trillion, far beyond
 * any figure in a report). Typed numbers carry at most 30 significant digits and, when not zero, are
 * at least 10^-30; a computed value smaller than 10^-30 counts as 0, so arithmetic noise such as
 * 1/3 × 3 − 1 comes back as 0. Arithmetic itself runs at Decimal's 40 significant digits. Together these bound both the time a calculation takes and the size of
 * what it returns, whatever the input.
 */
export const CALC_LIMITS = { maxDigits: 30, minExponent: -30, maxSignificantDigits: 30 } as const;

const CEILING = new Decimal(10).pow(CALC_LIMITS.maxDigits);
const FLOOR = new Decimal(10).pow(CALC_LIMITS.minExponent);
const LITERAL = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
// Exponents beyond four digits are refused from the text alone; Decimal is never asked to hold them.
const MAX_EXPONENT_CHARS = 4;

const where = (written: string, position: number | undefined) => `"${written.length > 24 ? `${written.slice(0, 20)}…` : written}"${position === undefined ? '' : ` at position ${position + 1}`}`;
const tooLarge = (subject: string) => fail(`${subject} is beyond the calculator's limit: values must be under 10^${CALC_LIMITS.maxDigits} (${CALC_LIMITS.maxDigits} digits)`);

/** Reads a typed number ("36.578", "1e9", "9e9999999999") within the budget, or refuses it naming the limit. */
export function boundedLiteral(written: string, position?: number, field?: string): Decimal {
  const parts = written.match(LITERAL);
  if (!parts) throw fail(`Cannot read ${where(written, position)} as a number`, field);
  const [, whole, fraction = '', exponent = '0'] = parts;
  const subject = where(written, position);
  if (exponent.replace(/^[+-]/, '').replace(/^0+/, '').length > MAX_EXPONENT_CHARS) {
    throw exponent.startsWith('-') ? fail(`${subject} is below the calculator's limit: non-zero values must be at least 10^${CALC_LIMITS.minExponent}`, field) : tooLarge(subject);
  }
  const significant = `${whole}${fraction}`.replace(/^0+/, '').replace(/0+$/, '').length;
  if (significant > CALC_LIMITS.maxSignificantDigits) {
    throw fail(`${subject} has ${significant} significant digits; the calculator's limit is ${CALC_LIMITS.maxSignificantDigits}`, field);
  }
  const value = new Decimal(written);
  if (!value.isZero() && value.abs().lt(FLOOR)) throw fail(`${subject} is below the calculator's limit: non-zero values must be at least 10^${CALC_LIMITS.minExponent}`, field);
  return boundedValue(value, subject, field);
}

/** A number given as JSON (an operand, a rate): the same bounds as a typed literal. */
export function boundedNumber(value: number, subject: string, field: string): Decimal {
  const decimal = new Decimal(value);
  if (!decimal.isZero() && decimal.abs().lt(FLOOR)) throw fail(`${subject} is below the calculator's limit: non-zero values must be at least 10^${CALC_LIMITS.minExponent}`, field);
  return boundedValue(decimal, subject, field);
}

/** A computed value within the budget: finite, under the ceiling, and 0 when smaller than the floor. */
export function boundedValue(value: Decimal, subject: string, field?: string): Decimal {
  if (!value.isFinite()) throw fail(`${subject} has no finite value`, field);
  if (value.abs().gte(CEILING)) throw fail(`${subject} is beyond the calculator's limit: values must be under 10^${CALC_LIMITS.maxDigits} (${CALC_LIMITS.maxDigits} digits)`, field);
  // Noise such as 1/3 × 3 − 1 (−10^-40 at Decimal's 40 digits) is 0, and tiny results stay short.
  return value.abs().lt(FLOOR) ? new Decimal(0) : value;
}

/**
 * base^exponent, estimated from logarithms before it is computed: 10^10^10 or cagr(1, 2, 1e-9) would
 * otherwise ask Decimal for billions of digits. A result far below the floor is 0 without computing it.
 */
export function boundedPower(base: Decimal, exponent: Decimal, subject: string): Decimal {
  if (base.isZero()) {
    if (exponent.isNegative()) throw fail('Division by zero (0 raised to a negative power)');
    return exponent.isZero() ? new Decimal(1) : new Decimal(0);
  }
  // Decimal's own logarithm: a double would round 1.0000000000000000001 to 1 and miss the growth.
  const digits = base.abs().log(10).times(exponent).toNumber();
  if (digits >= CALC_LIMITS.maxDigits) {
    throw fail(`${subject} would have about ${Math.floor(digits) + 1} digits, beyond the calculator's limit of ${CALC_LIMITS.maxDigits} digits (values under 10^${CALC_LIMITS.maxDigits})`);
  }
  if (digits < CALC_LIMITS.minExponent - 2) return new Decimal(0);
  return boundedValue(base.pow(exponent), subject);
}
