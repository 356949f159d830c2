/** @module Writes a value back the way the reports do: "126.67 billion yuan" or "1266.7亿元". */
import { Decimal } from './decimal.js';
import type { QuantityUnit } from './quantity.js';
import type { Currency } from './vocabulary.js';

export interface FormatOptions {
  unit: QuantityUnit;
  currency?: Currency | null;
  /** Round to this many decimals after scaling; omit for the exact value. */
  maxFractionDigits?: number;
}

const EN_SCALE_STEPS: [number, string][] = [[12, 'trillion'], [9, 'billion'], [6, 'million']];
const ZH_SCALE_STEPS: [number, string][] = [[12, '万亿'], [8, '亿'], [4, '万']];
const EN_CURRENCY: Record<Currency, { prefix: string; suffix: string }> = {
  CNY: { prefix: '', suffix: ' yuan' }, USD: { prefix: '$', suffix: '' }, HKD: { prefix: 'HK$', suffix: '' },
  GBP: { prefix: '£', suffix: '' }, EUR: { prefix: '€', suffix: '' },
};
const ZH_CURRENCY: Record<Currency, string> = { CNY: '元', USD: '美元', HKD: '港元', GBP: '英镑', EUR: '欧元' };

function plain(value: Decimal, maxFractionDigits: number | undefined): string {
  const rounded = maxFractionDigits === undefined ? value : value.toDecimalPlaces(maxFractionDigits);
  return rounded.toFixed();
}

function grouped(digits: string): string {
  const [whole, fraction] = digits.split('.');
  const withCommas = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${withCommas}.${fraction}` : withCommas;
}

function pickScale(value: Decimal, steps: [number, string][]): [number, string] | undefined {
  return steps.find(([power]) => value.abs().gte(new Decimal(10).pow(power)));
}

export function formatEnglish(value: string | Decimal, options: FormatOptions): string {
  const number = new Decimal(value);
  const sign = number.isNegative() ? '-' : '';
  const magnitude = number.abs();
  if (options.unit === 'percent') return `${sign}${plain(magnitude, options.maxFractionDigits)}%`;
  if (options.unit === 'multiple') return `${sign}${plain(magnitude, options.maxFractionDigits)}-fold`;
  const step = pickScale(magnitude, EN_SCALE_STEPS);
  const body = step
    ? `${plain(magnitude.div(new Decimal(10).pow(step[0])), options.maxFractionDigits)} ${step[1]}`
    : grouped(plain(magnitude, options.maxFractionDigits));
  const currency = options.currency ? EN_CURRENCY[options.currency] : { prefix: '', suffix: '' };
  return `${sign}${currency.prefix}${body}${currency.suffix}`;
}

export function formatChinese(value: string | Decimal, options: FormatOptions): string {
  const number = new Decimal(value);
  const sign = number.isNegative() ? '-' : '';
  const magnitude = number.abs();
  if (options.unit === 'percent') return `${sign}${plain(magnitude, options.maxFractionDigits)}%`;
  if (options.unit === 'multiple') return `${sign}${plain(magnitude, options.maxFractionDigits)}倍`;
  const step = pickScale(magnitude, ZH_SCALE_STEPS);
  const body = step
    ? `${plain(magnitude.div(new Decimal(10).pow(step[0])), options.maxFractionDigits)}${step[1]}`
    : plain(magnitude, options.maxFractionDigits);
  return `${sign}${body}${options.currency ? ZH_CURRENCY[options.currency] : ''}`;
}
