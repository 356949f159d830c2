/** @module Splits a calculation into tokens as people type it: figures with scale words and currencies, thousands separators, any bracket, × ÷ − and full-width forms. */
import { readTypedFigure, type Currency } from '../../core/index.js';
import { syntaxError } from './calc-error.js';

export interface Token {
  kind: 'number' | 'amount' | 'name' | 'fact' | 'op' | 'open' | 'close' | 'comma' | 'end';
  /** The token as the parser sees it: an operator in ASCII, a bracket, a name, a number's digits. */
  text: string;
  /** Offset in the expression as typed (full-width forms are replaced one character for one). */
  position: number;
  /** Exactly as typed, for error messages: "×", "$800 million", "１２". */
  written: string;
  /** For an amount: the fully scaled value and its currency ("$800 million" → 800000000, USD). */
  value?: string;
  currency?: Currency | null;
  /** For a number: true when thousands separators were read ("1,234"). */
  grouped?: boolean;
}

export const CLOSING = new Map([['(', ')'], ['[', ']'], ['{', '}']]);
const CLOSERS = new Set(CLOSING.values());
const OPERATORS = new Map([['+', '+'], ['-', '-'], ['−', '-'], ['–', '-'], ['*', '*'], ['×', '*'], ['/', '/'], ['÷', '/'], ['^', '^'], ['%', '%']]);
// A fact id: a docId, "#p", the paragraph number, "/f", the fact number. docIds may hold Han characters.
const FACT_ID = /^\[?([\p{L}\p{N}][\p{L}\p{N}._-]*#p\d+\/f\d+)\]?/u;
// Exponent notation is the calculator's own (reports never print it), so it is read here.
const EXPONENT_NUMBER = /^\d+(?:\.\d+)?[eE][+-]?\d+/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Full-width digits, letters and operators (U+FF01–FF5E) and the ideographic space, one for one, so positions still point into what was typed. */
export function normaliseTyping(source: string): string {
  return source.replace(/[\uFF01-\uFF5E\u3000]/g, (char) => (char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0)));
}

/**
 * Thousands separators: "1,234" is one number when a comma is followed by exactly three digits
 * (\d{1,3}(,\d{3})+). Outside a function's brackets a comma has no other meaning. Inside them commas
 * separate arguments, so there the grouped reading applies only when that call separates its
 * arguments with ", " (a comma and a space): sum(1,234, 5,678) is 6,912, but sum(100,200,300) is 600.
 */
function callSpacesItsArguments(source: string, open: number): boolean {
  let depth = 0;
  for (let i = open + 1; i < source.length; i++) {
    const char = source[i]!;
    if (CLOSING.has(char)) depth++;
    else if (CLOSERS.has(char)) { if (depth-- === 0) return false; }
    else if (char === ',' && depth === 0 && /\s/.test(source[i + 1] ?? '')) return true;
  }
  return false;
}

export function tokenize(typed: string): Token[] {
  const source = normaliseTyping(typed);
  const tokens: Token[] = [];
  const push = (token: Omit<Token, 'written'>, length: number) => { tokens.push({ ...token, written: typed.slice(token.position, token.position + length) }); };
  // Whether "1,234" reads as one number in each open bracket; the outermost level always.
  const thousands: boolean[] = [true];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const space = rest.match(/^\s+/);
    if (space) { i += space[0].length; continue; }
    const fact = rest.match(FACT_ID);
    if (fact) { push({ kind: 'fact', text: fact[1]!, position: i }, fact[0].length); i += fact[0].length; continue; }
    const exponent = rest.match(EXPONENT_NUMBER);
    if (exponent) { push({ kind: 'number', text: exponent[0], position: i }, exponent[0].length); i += exponent[0].length; continue; }
    const figure = readTypedFigure(source, i, { thousands: thousands.at(-1)! });
    if (figure) {
      push(figure.currency || figure.scale
        ? { kind: 'amount', text: figure.digits, position: i, value: figure.value, currency: figure.currency }
        : { kind: 'number', text: figure.digits, position: i, ...(figure.grouped ? { grouped: true } : {}) }, figure.end - i);
      i = figure.end;
      continue;
    }
    const name = rest.match(NAME);
    if (name) { push({ kind: 'name', text: name[0], position: i }, name[0].length); i += name[0].length; continue; }
    const char = source[i]!;
    const operator = OPERATORS.get(char);
    if (operator) push({ kind: 'op', text: operator, position: i }, 1);
    else if (CLOSING.has(char)) {
      thousands.push(char !== '(' || tokens.at(-1)?.kind !== 'name' || callSpacesItsArguments(source, i));
      push({ kind: 'open', text: char, position: i }, 1);
    } else if (CLOSERS.has(char)) {
      if (thousands.length > 1) thousands.pop();
      push({ kind: 'close', text: char, position: i }, 1);
    } else if (char === ',') push({ kind: 'comma', text: char, position: i }, 1);
    else throw syntaxError(`Unexpected "${typed[i]}"`, i);
    i++;
  }
  tokens.push({ kind: 'end', text: '', position: source.length, written: '' });
  return tokens;
}
