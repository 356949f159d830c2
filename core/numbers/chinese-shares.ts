/** @module Shares a Chinese question states in tenths or halves, read apart from the figure parser. */
import { smallNumber } from './small-number.js';
import type { Quantity } from './quantity.js';

/**
 * Shares a Chinese question states in tenths or halves ("三成左右" 30%, "两成" 20%, "一半" 50%), which
 * `parseQuantities` leaves alone: in the reports "成" is mostly part of a word (成本, 成立), not a share, so this
 * is read only where a question states its premises.
 */
/** A numeral and 成, not inside a word ("统一成", "一成不变", "三成员", "成本"). */
const TENTHS = /(?<![统唯单万第专逐之合\d.])([一二两三四五六七八九]|\d)成(?![员本立为功果交长都就熟型效绩不])/gu;
const HALF = /一半|过半/gu;

export function chineseShares(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(TENTHS)) {
    const tenths = smallNumber(match[1]!) ?? Number(match[1]);
    if (tenths >= 1 && tenths <= 9) found.push({ text: match[0], index: match.index, value: String(tenths * 10), unit: 'percent', currency: null, scale: null, qualifier: null });
  }
  for (const match of text.matchAll(HALF)) {
    found.push({ text: match[0], index: match.index, value: '50', unit: 'percent', currency: null, scale: null, qualifier: match[0] === '过半' ? 'over' : null });
  }
  return found;
}
