/** @module Reads one figure as a person types it into a calculation, from an exact offset: "$800 million", "3800亿", "52.5 billion USD", "1,234". */
import { scaled } from './decimal.js';
import { readScale } from './parse-quantities.js';
import { PREFIX_CURRENCIES, SUFFIX_CURRENCIES, type Currency } from './vocabulary.js';

export interface TypedFigure {
  /** Offset just past the figure. */
  end: number;
  /** The digits as typed, without thousands separators or scale ("36.578"). */
  digits: string;
  /** Fully scaled exact decimal ("36578000000"). */
  value: string;
  currency: Currency | null;
  /** The scale word as written ("billion", "亿"), or null. */
  scale: string | null;
  /** Written with thousands separators ("1,234"). */
  grouped: boolean;
}

export interface ReadTypedFigureOptions {
  /** Read "1,234" as one number (thousands separators); off where a comma separates arguments. */
  thousands: boolean;
}

const GROUPED = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)/y;
const PLAIN = /\d+(?:\.\d+)?/y;
// A suffix word must end the figure: "2 USDx" is not two dollars.
const WORD_END = /^(?![A-Za-z0-9_])/;

function stickyMatch(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

function readPrefixCurrency(text: string, start: number): { currency: Currency; end: number } | undefined {
  for (const [symbol, currency] of PREFIX_CURRENCIES) {
    if (!text.startsWith(symbol, start)) continue;
    let end = start + symbol.length;
    // Letter codes may be followed by a space ("RMB 380"), symbols must touch the figure ("$800"), as in prose.
    if (/^[A-Z]{3}$/.test(symbol) && /\s/.test(text[end] ?? '')) end++;
    return /\d/.test(text[end] ?? '') ? { currency, end } : undefined;
  }
  return undefined;
}

/**
 * The figure starting exactly at `start`, read with the vocabulary the report parser uses (scale
 * words, currency codes and symbols), or undefined when no digit starts there. Unlike prose it takes
 * no hyphenated forms ("5-billion"), no counted items and no qualifiers: in an expression those
 * words would be operators or names.
 */
export function readTypedFigure(text: string, start: number, options: ReadTypedFigureOptions): TypedFigure | undefined {
  const prefix = readPrefixCurrency(text, start);
  const numberAt = prefix?.end ?? start;
  const written = stickyMatch(options.thousands ? GROUPED : PLAIN, text, numberAt);
  if (written === undefined) return undefined;
  let end = numberAt + written.length;
  const digits = written.replaceAll(',', '');
  const scale = readScale(text.slice(end), prefix !== undefined);
  const scaleTaken = scale.written !== null && !text.slice(end, end + scale.length).includes('-');
  if (scaleTaken) end += scale.length;
  let currency = prefix?.currency ?? null;
  const gap = /\s/.test(text[end] ?? '') ? 1 : 0;
  const rest = text.slice(end + gap);
  for (const [pattern, code] of SUFFIX_CURRENCIES) {
    const word = rest.match(pattern)?.[0];
    if (!word || (/[A-Za-z]$/.test(word) && !WORD_END.test(rest.slice(word.length)))) continue;
    // "￥3800亿元" says yuan twice; "$5 yuan" is left for the parser to refuse.
    if (currency === null || currency === code) {
      currency = code;
      end += gap + word.length;
    }
    break;
  }
  return { end, digits, value: scaled(digits, scaleTaken ? scale.power : 0), currency, scale: scaleTaken ? scale.written : null, grouped: digits !== written };
}
