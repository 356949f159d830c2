/** @module Sentence spans in English and Chinese, as verbatim slices (quotes must be exact). */

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Prof|Inc|Ltd|Co|Corp|No|vs|etc|e\.g|i\.e|St|Jr|approx)|\b[A-Z](?:\.[A-Z])*)\.$/;

const BOUNDARY = /[.!?。！？]+["”’)）]?(?=\s|$)|[。！？]+["”’)）]?|\n+/g;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ text: trimmed, start: start + leading, end: start + leading + trimmed.length });
    start = end;
  };
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    const candidate = text.slice(start, end).trimEnd();
    if (!match[0].includes('\n') && ABBREVIATIONS.test(candidate)) continue;
    // A decimal point ("36.578") is not a boundary; the regex already needs whitespace after the dot.
    push(end);
  }
  push(text.length);
  return spans;
}

/** The sentence of `text` that contains offset `index`. */
export function sentenceAt(text: string, index: number): SentenceSpan | undefined {
  return splitSentences(text).find((span) => index >= span.start && index < span.end);
}
