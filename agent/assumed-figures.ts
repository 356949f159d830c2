/**
 * @module Figures a question sets up itself — a benchmark, a threshold, a supposition — rather than
 * claims about the reports: "above a 30 billion yuan threshold", "suppose analysts expected 30 billion",
 * "以每年1000亿元为基准". Such a figure is an operand as stated, never a premise to correct and never
 * swapped for a report's figure of the same size.
 */
import type { Quantity } from '../core/index.js';

/** Words that mark the clause around a figure as the asker's own yardstick or assumption (English, Chinese). */
const ASSUMPTION_CUES: RegExp[] = [
  /\b(?:suppos(?:e|ing)|assum(?:e|ing)|hypothetical(?:ly)?|let'?s say|say that)\b/i,
  // Not "target" or "目标": a company's own target is a report's figure.
  /\b(?:threshold|benchmark|baseline|yardstick|hurdle|cut-?off)\b/i,
  /\b(?:analysts?|the market|consensus|investors?)\b[^,.;?]{0,30}\b(?:expect(?:ed|s)?|forecast|pencil(?:l)?ed in|estimated?)\b|\bexpectations? of\b/i,
  /假设|假如|假定|基准|门槛|阈值|标准线|(?:分析师|市场)[^,，。;；?？]{0,10}(?:预期|预计|估计)/,
];

/** Clause breaks: a full stop or comma that is not inside a number ("36.578", "1,600"), and the Chinese marks. */
const CLAUSE_BREAK = /[.,;?!](?=\s|$|\p{Script=Han})|[。;？！，；?]/gu;

/** Where the clause around `at` starts and ends. */
function clauseBounds(text: string, at: number): [number, number] {
  const breaks = [...text.matchAll(CLAUSE_BREAK)].map((match) => match.index);
  return [Math.max(-1, ...breaks.filter((index) => index < at)) + 1, Math.min(text.length, ...breaks.filter((index) => index >= at))];
}

/** The words right after a figure: two Latin words ("threshold", "benchmark of") or four Han characters ("为基准"). */
const RIGHT_AFTER = /^\s*(?:[A-Za-z'’-]+\s*){1,2}|^\p{Script=Han}{1,4}/u;

/**
 * The question's figures that it sets up itself (a benchmark or an assumption), in the order given: a cue
 * between the figure and the figure or clause break before it, or in the couple of words right after it.
 */
export function assumedFigures(text: string, quantities: Quantity[]): Quantity[] {
  const ordered = [...quantities].sort((a, b) => a.index - b.index);
  return ordered.filter((quantity, i) => {
    const [clauseStart, clauseEnd] = clauseBounds(text, quantity.index);
    const previous = ordered[i - 1];
    const from = Math.max(clauseStart, previous ? previous.index + previous.text.length : 0, quantity.index - 40);
    const before = text.slice(from, quantity.index);
    const end = quantity.index + quantity.text.length;
    const after = text.slice(end, clauseEnd).match(RIGHT_AFTER)?.[0] ?? '';
    return ASSUMPTION_CUES.some((cue) => cue.test(before) || cue.test(after));
  });
}
