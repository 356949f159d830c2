/** @module The calculator's named functions, each checking its arguments' domain before it computes. */
import { Decimal, type Currency } from '../../core/index.js';
import { add, divide, fail, number, percent, power, type CalcValue } from './calc-value.js';
import { pickRate, type ExchangeRate } from './exchange-rates.js';

export interface CalcFunction {
  arity: [number, number];
  /** Arguments written as words (convert's currency codes), not evaluated. */
  wordArguments?: number[];
  run(args: CalcValue[], written: string[], position: number): CalcValue;
}

export interface FunctionContext {
  rates: Map<string, Decimal>;
  impliedRates: ExchangeRate[];
  /** Receives every exchange rate a conversion used. */
  onRate(rate: ExchangeRate): void;
}

const CURRENCIES = new Set<string>(['CNY', 'USD', 'HKD', 'GBP', 'EUR']);

function positivePeriod(value: CalcValue, what: string): CalcValue {
  if (value.kind !== 'number' || !value.value.gt(0)) throw fail(`${what} needs a positive number of years, got ${value.value.toFixed()}`);
  return value;
}

function nonZero(value: CalcValue, message: string): CalcValue {
  if (value.value.isZero()) throw fail(message);
  return value;
}

const growthFraction = (value: CalcValue): Decimal => (value.kind === 'percent' ? value.value : value.value.div(100));

/**
 * A Map, not an object literal: a name typed by a user ("constructor", "__proto__", "toString") must
 * find nothing rather than something inherited from Object.prototype.
 */
export function createFunctions(context: FunctionContext): Map<string, CalcFunction> {
  return new Map<string, CalcFunction>([
    ['sum', { arity: [1, 50], run: (args) => args.reduce((total, value) => add(total, value)) }],
    ['avg', { arity: [1, 50], run: (args) => divide(args.reduce((total, value) => add(total, value)), number(args.length)) }],
    ['min', { arity: [1, 50], run: (args) => args.reduce((low, value) => (add(value, low, -1).value.isNegative() ? value : low)) }],
    ['max', { arity: [1, 50], run: (args) => args.reduce((high, value) => (add(value, high, -1).value.isPositive() ? value : high)) }],
    ['pct_change', { arity: [2, 2], run: ([from, to]) => {
      nonZero(from!, 'pct_change needs a non-zero starting value');
      return percent(divide(add(to!, from!, -1), from!).value);
    } }],
    ['share', { arity: [2, 2], run: ([part, whole]) => percent(divide(part!, nonZero(whole!, 'share needs a non-zero whole')).value) }],
    ['per_year', { arity: [2, 2], run: ([total, years]) => divide(total!, positivePeriod(years!, 'per_year')) }],
    ['cagr', { arity: [3, 3], run: ([start, end, years], _written, position) => {
      positivePeriod(years!, 'cagr');
      nonZero(start!, 'cagr needs a non-zero start value');
      const ratio = divide(end!, start!);
      if (ratio.value.isNegative()) throw fail('cagr needs start and end of the same sign');
      // A tiny period is a huge exponent: the power is checked against the budget before it is taken.
      const grown = power(number(ratio.value), number(new Decimal(1).div(years!.value)), `The result of cagr at position ${position + 1}`);
      return percent(grown.value.minus(1));
    } }],
    ['prior_from_growth', { arity: [2, 2], run: ([current, growth]) => {
      const factor = new Decimal(1).plus(growthFraction(growth!));
      if (!factor.gt(0)) throw fail('A growth of -100% or less leaves no prior value');
      return { ...current!, value: current!.value.div(factor) };
    } }],
    ['convert', { arity: [3, 4], wordArguments: [1, 2], run: (args, written, position) => {
      const [amount, , , given] = args;
      const [from, to] = [written[1]!, written[2]!].map((code) => code.toUpperCase()) as [Currency, Currency];
      for (const code of [from, to]) if (!CURRENCIES.has(code)) throw fail(`Unknown currency "${code}" at position ${position + 1}; use CNY, USD, HKD, GBP or EUR`);
      if (amount!.kind === 'percent') throw fail('convert needs an amount, not a percentage');
      if (amount!.currency && amount!.currency !== from) throw fail(`convert: the amount is in ${amount!.currency}, not ${from}`);
      if (given && (given.kind !== 'number' || !given.value.gt(0))) {
        throw fail(`convert needs a positive rate (units of ${to} per one ${from}), got ${given.kind === 'percent' ? 'a percentage' : given.value.toFixed()}`);
      }
      const rate = pickRate(from, to, given?.value ?? context.rates.get(`${from}/${to}`), context.impliedRates);
      context.onRate(rate);
      return { value: amount!.value.times(rate.rate), kind: 'amount', currency: to };
    } }],
  ]);
}
