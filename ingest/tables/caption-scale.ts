/** @module The unit a table's caption gives its cells: "(in millions)", "(Millions)", "in thousands, except per share", "$ in billions", "人民币百万元". */
import type { Currency } from '../../core/index.js';

// No \b before "in", and spaces optional: PDF extraction writes "(Dollarsinmillions,exceptpersharedata)".
const SCALE_WORDS: [RegExp, string][] = [
  [/in\s*(?:US\$\s*|\$\s*|dollars\s*)?thousands|\(thousands\)|\$\s?000s?\b|\bthousands of (?:U\.S\. )?dollars\b|千元/i, 'thousand'],
  [/in\s*(?:US\$\s*|\$\s*|dollars\s*)?millions|\(millions\)|\bmillions of (?:U\.S\. )?dollars\b|\$\s?(?:in\s+)?millions?\b|\bin\s+mn\b|百万元|百万/i, 'million'],
  [/in\s*(?:US\$\s*|\$\s*)?billions|\(billions\)|\bbillions of (?:U\.S\. )?dollars\b|\$\s?(?:in\s+)?billions?\b|亿元/i, 'billion'],
];

export const SCALE_POWERS: Record<string, number> = { thousand: 3, million: 6, billion: 9 };

/** The scale word the caption states, or null when it states none. */
export function captionScale(caption: string): string | null {
  return SCALE_WORDS.find(([pattern]) => pattern.test(caption))?.[1] ?? null;
}

/** The currency a caption or a cell's mark names. */
export function currencyOf(text: string): Currency | null {
  if (/HK\$|港元|港币/.test(text)) return 'HKD';
  if (/RMB|人民币|¥|元/.test(text)) return 'CNY';
  if (/€|\beuros?\b/i.test(text)) return 'EUR';
  if (/£|\bpounds? sterling\b/i.test(text)) return 'GBP';
  if (/\$|\bU\.?S\.? dollars\b|\bUSD\b/i.test(text)) return 'USD';
  return null;
}

/** Rows whose cells are not money in the caption's scale: per-share amounts, ratios, head counts. */
export function isPerUnitRow(label: string): boolean {
  return /\bper (?:common |diluted |basic )?share\b|\bper unit\b|\bEPS\b|\bratio\b|\bmargin\b|每股/i.test(label);
}

/** Rows that count people or places: never in the caption's money scale ("Employees 310" is 310). */
export function isUnscaledCount(label: string): boolean {
  return /\bemployees\b|\bheadcount\b|\bstores\b|\blocations\b|员工/i.test(label);
}

/** Rows that count things rather than money ("Weighted-average shares outstanding", "Employees"). */
export function isCountRow(label: string): boolean {
  return /\bshares\b|\bnumber of\b|\bemployees\b|\bheadcount\b|\bunits\b|\bstores\b|\bcustomers\b|\busers\b|股数|员工/i.test(label) && !isPerUnitRow(label);
}
