/** @module Finds every figure in English or Chinese text and reads it into a Quantity. */
import { scaled } from './decimal.js';
import type { Quantity, QuantityUnit } from './quantity.js';
import {
  CHINESE_SCALES, ENGLISH_SCALES, MONTHS, NUMBER_WORDS, PREFIX_CURRENCIES, QUALIFIERS, SUFFIX_CURRENCIES,
  type Currency, type Qualifier,
} from './vocabulary.js';

interface NumberCore {
  start: number;
  end: number;
  amount: string;
  negative: boolean;
  fold?: boolean;
}

const DIGITS = /(?<![\w.])(-)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\d,]\d)/g;
const WORD_NUMBER = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')})(?=\\s+(?:thousand|million|billion|trillion)\\b(?!-level|-scale))`, 'gi');
const WORD_FOLD = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')})fold\\b`, 'gi');
/** Spans that are dates or clock times: their digits are not figures. */
const DATE_SPANS = [/\b\d{4}-\d{1,2}-\d{1,2}\b/g, /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g, /\b\d{1,2}:\d{2}\b/g, /\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日/g];
const MONTH_BEFORE = new RegExp(`${MONTHS.source}\\s*(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s*)?$`, 'i');
const EN_SCALE = /^(?:\s*-\s*|\s)?(thousand|million|billion|trillion|bn|mn|tn)\b|^(k|m|b)(?![A-Za-z])/i;
const PERCENT = /^\s?(?:%|percent\b|per cent\b|个百分点)/i;
const RANGE_TAIL = /^\s?[-–~至到]\s?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s?(?:%|percent\b)/i;
const FOLD = /^(?:-|\s)?fold\b|^\s?倍|^x\b/i;
const DATE_SUFFIX = /^\s?(?:年|月|日|号)|^(?:st|nd|rd|th)\b/;
const ITEM_WORD = /^\s+([A-Za-z][\w-]*)/;
/** A Chinese measure word right after a number: "2000块", "2000台", "2000名员工" (not "2025款", "2019人工智能", "2023部署"). */
const MEASURE_WORD_AFTER = /^\s*(?:块|颗|台|张|片|个|名|位|家|套|枚|人(?![工民])|部(?![署分门]))/u;

const ITEM_STOP = new Set(['in', 'of', 'and', 'or', 'to', 'the', 'a', 'an', 'for', 'by', 'on', 'at', 'from', 'with', 'per', 'than', 'as', 'is', 'was', 'were', 'are', 'be', 'it', 'its', 'that', 'which', 'who', 'when', 'over', 'more', 'less', 'about', 'since', 'after', 'before', 'into', 'year', 'years', 'compared']);

function collectCores(text: string): NumberCore[] {
  const masked = new Set<number>();
  for (const pattern of DATE_SPANS) {
    for (const match of text.matchAll(pattern)) {
      for (let i = match.index; i < match.index + match[0].length; i++) masked.add(i);
    }
  }
  const cores: NumberCore[] = [];
  for (const match of text.matchAll(DIGITS)) {
    const sign = match[1] ?? '';
    const before = text[match.index - 1];
    // A minus counts only as a sign when it stands alone ("-5"), not in "Show-01".
    const negative = sign === '-' && (before === undefined || /[\s(:]/.test(before));
    const start = match.index + (negative ? 0 : sign.length);
    if (masked.has(start + (negative ? 1 : 0))) continue;
    const end = match.index + match[0].length;
    const glued = text.slice(end).match(/^[A-Za-z]+/)?.[0];
    // "910B", "A800", "5G", "2024WAIC" are names; "380bn", "$5B", "3TB", "10x", "1990s" are figures.
    if (glued && !/^(?:bn|mn|tn|k|m|b|x|st|nd|rd|th|tb|gb|pb|s)$/i.test(glued)) continue;
    if (glued && /^[A-Z]$/.test(glued) && !/[$£€¥]$/.test(text.slice(0, match.index))) continue;
    cores.push({ start, end, amount: match[2]!.replaceAll(',', ''), negative });
  }
  for (const match of text.matchAll(WORD_NUMBER)) {
    cores.push({ start: match.index, end: match.index + match[0].length, amount: String(NUMBER_WORDS[match[1]!.toLowerCase()]), negative: false });
  }
  for (const match of text.matchAll(WORD_FOLD)) {
    cores.push({ start: match.index, end: match.index + match[0].length, amount: String(NUMBER_WORDS[match[1]!.toLowerCase()]), negative: false, fold: true });
  }
  return cores.sort((a, b) => a.start - b.start);
}

function readPrefix(text: string, start: number): { start: number; currency: Currency | null; qualifier: Qualifier | null } {
  let cursor = start;
  let currency: Currency | null = null;
  const head = text.slice(Math.max(0, start - 40), start);
  for (const [symbol, code] of PREFIX_CURRENCIES) {
    const trimmed = head.replace(/\s$/, '');
    const spaced = trimmed.length !== head.length;
    // Letter codes may be followed by a space ("RMB 380"), symbols must touch the figure ("$800").
    if (trimmed.endsWith(symbol) && (!spaced || /^[A-Z]{3}$/.test(symbol))) {
      const boundary = trimmed[trimmed.length - symbol.length - 1];
      if (/^[A-Z]/.test(symbol) && boundary !== undefined && /[A-Za-z]/.test(boundary)) continue;
      currency = code;
      cursor = start - (head.length - trimmed.length) - symbol.length;
      break;
    }
  }
  const before = text.slice(Math.max(0, cursor - 30), cursor);
  for (const [pattern, qualifier] of QUALIFIERS) {
    const match = before.match(pattern);
    if (!match) continue;
    const word = match[0];
    const boundary = before[before.length - word.length - 1];
    if (/^[A-Za-z]/.test(word) && boundary !== undefined && /[A-Za-z]/.test(boundary)) continue;
    return { start: cursor - word.length, currency, qualifier };
  }
  return { start: cursor, currency, qualifier: null };
}

/** The scale word at the start of `rest` ("billion", "亿", "bn"; a bare k/m/b only after a currency). */
export function readScale(rest: string, hasCurrency: boolean): { power: number; written: string | null; length: number } {
  for (const [written, power] of CHINESE_SCALES) {
    if (rest.startsWith(written)) return { power, written, length: written.length };
  }
  const english = rest.match(EN_SCALE);
  // "910B" is a chip model and "5G" a network; a bare letter scales only money ("$5b").
  if (english && (english[1] || hasCurrency)) {
    const written = (english[1] ?? english[2])!;
    return { power: ENGLISH_SCALES[written.toLowerCase()]!, written, length: english[0].length };
  }
  return { power: 0, written: null, length: 0 };
}

function readItem(rest: string): { item: string; length: number } | null {
  const words: string[] = [];
  let consumed = 0;
  while (words.length < 3) {
    const match = rest.slice(consumed).match(ITEM_WORD);
    if (!match || ITEM_STOP.has(match[1]!.toLowerCase())) break;
    words.push(match[1]!);
    consumed += match[0].length;
    // Brand-like words ("Nvidia", "A800") lead on to the noun; a plural or lower-case word ends it.
    if (/s$/.test(match[1]!) || /^[a-z]/.test(match[1]!)) break;
  }
  return words.length ? { item: words.join(' '), length: consumed } : null;
}

function readQuantity(text: string, core: NumberCore): Quantity {
  const prefix = readPrefix(text, core.start);
  let end = core.end;
  let unit: QuantityUnit = 'number';
  let currency = prefix.currency;
  let high: string | undefined;
  const scale = readScale(text.slice(end), prefix.currency !== null);
  end += scale.length;
  const rest = () => text.slice(end);

  if (core.fold) {
    unit = 'multiple';
  } else if (PERCENT.test(rest())) {
    unit = 'percent';
    end += rest().match(PERCENT)![0].length;
    const range = rest().match(RANGE_TAIL);
    if (range) { high = range[1]!.replaceAll(',', ''); end += range[0].length; }
  } else if (RANGE_TAIL.test(rest()) && scale.power === 0 && !currency) {
    const range = rest().match(RANGE_TAIL)!;
    unit = 'percent';
    high = range[1]!.replaceAll(',', '');
    end += range[0].length;
  } else if (FOLD.test(rest())) {
    unit = 'multiple';
    end += rest().match(FOLD)![0].length;
  } else if (scale.power === 0 && DATE_SUFFIX.test(rest())) {
    unit = 'date';
  } else {
    const suffix = rest().match(/^(?:\s*-\s*|\s)?/)![0];
    const matched = SUFFIX_CURRENCIES.find(([pattern]) => pattern.test(rest().slice(suffix.length)));
    if (matched) {
      currency = matched[1];
      end += suffix.length + rest().slice(suffix.length).match(matched[0])![0].length;
    }
    if (currency) unit = 'currency';
  }

  let start = prefix.start;
  let negative = core.negative;
  // Accounting negatives: "(71)" with nothing else inside the brackets.
  if (unit === 'number' && text[core.start - 1] === '(' && text[core.end] === ')') {
    negative = true;
    start = core.start - 1;
    end = core.end + 1;
  }
  let item: string | undefined;
  if (unit === 'number') {
    const before = text.slice(Math.max(0, start - 24), start);
    const writtenCore = text.slice(core.start, core.end);
    if (MONTH_BEFORE.test(before)) unit = 'date';
    // "2000块芯片": a Chinese measure word after it makes a year-shaped number a count.
    else if (scale.power === 0 && /^(?:19|20)\d{2}$/.test(writtenCore) && !MEASURE_WORD_AFTER.test(rest())) unit = 'year';
    else {
      const counted = readItem(rest());
      if (counted) { unit = 'count'; item = counted.item; }
      // "365.78亿" or "600.3 million" with nothing after it is still an amount, not a bare number.
      else if (scale.power > 0) unit = 'count';
    }
  }
  const amount = negative ? `-${core.amount}` : core.amount;
  return {
    text: text.slice(start, end),
    index: start,
    value: scaled(amount, scale.power),
    ...(high !== undefined ? { high: scaled(high, scale.power) } : {}),
    unit,
    currency,
    scale: scale.written,
    qualifier: prefix.qualifier,
    ...(item ? { item } : {}),
  };
}

/** Every figure in `text`, in order, none overlapping. */
export function parseQuantities(text: string): Quantity[] {
  const quantities: Quantity[] = [];
  let consumedUntil = -1;
  for (const core of collectCores(text)) {
    if (core.start < consumedUntil) continue;
    const quantity = readQuantity(text, core);
    quantities.push(quantity);
    consumedUntil = quantity.index + quantity.text.length;
  }
  return quantities;
}

/** The first figure in `text`, or undefined. */
export function parseQuantity(text: string): Quantity | undefined {
  return parseQuantities(text)[0];
}
