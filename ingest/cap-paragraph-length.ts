/**
 * @module Caps paragraph length: a block longer than MAX_PARAGRAPH_CHARS is cut into verbatim
 * pieces at sentence ends (else at a space, else at the limit), so no later step sees a huge text.
 */
import { detectLang, splitSentences } from '../core/index.js';
import type { PairedBlock } from './pair-bilingual.js';

/** Twice the longest paragraph in the first collection (997 characters): real paragraphs are never cut. */
export const MAX_PARAGRAPH_CHARS = 2000;

/** A piece ends at or after a quarter of the limit, so every cut moves on by at least that much. */
const MIN_PIECE_RATIO = 0.25;

/** Where a piece may end by preference: after a sentence, or after a clause (comma, semicolon). */
export type CutAt = 'sentence' | 'clause';

const CLAUSE_END = /[,;，；、]/;

function lastClauseEnd(window: string, floor: number): number {
  for (let i = window.length - 1; i >= floor; i--) if (CLAUSE_END.test(window[i]!)) return i + 1;
  return -1;
}

function cutIn(window: string, max: number, rest: string, at: CutAt): number {
  const floor = Math.floor(max * MIN_PIECE_RATIO);
  if (at === 'sentence') {
    // The window ends exactly on a sentence end when the text after it starts with whitespace.
    const spans = splitSentences(window);
    const ends = spans.slice(0, /^\s/.test(rest) ? spans.length : -1).map((span) => span.end).filter((end) => end >= floor);
    if (ends.length) return ends.at(-1)!;
  } else {
    const clause = lastClauseEnd(window, floor);
    if (clause >= floor) return clause;
  }
  const space = window.search(/\s\S*$/);
  if (space >= floor) return space;
  // No sentence end and no space (a run of Han characters or of digits): cut at the limit,
  // but never between the two halves of a surrogate pair.
  const code = window.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** Verbatim slices of `text`, each at most `max` characters, trimmed; linear in the text's length. */
export function splitLongText(text: string, max = MAX_PARAGRAPH_CHARS, at: CutAt = 'sentence'): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    while (start < text.length && /\s/.test(text[start]!)) start++;
    if (text.length - start <= max) {
      if (start < text.length) pieces.push(text.slice(start).trimEnd());
      break;
    }
    const window = text.slice(start, start + max);
    const cut = cutIn(window, max, text.slice(start + max, start + max + 1), at);
    const piece = window.slice(0, cut).trimEnd();
    if (piece) pieces.push(piece);
    start += cut;
  }
  return pieces;
}

/**
 * Every block within the limit. A bilingual pair whose either side is too long is unpaired: its
 * Chinese pieces come first, then its English ones, as in the source.
 */
export function capParagraphLength(blocks: PairedBlock[], max = MAX_PARAGRAPH_CHARS): { blocks: PairedBlock[]; unpaired: number } {
  const capped: PairedBlock[] = [];
  let unpaired = 0;
  for (const block of blocks) {
    const tooLong = block.text.length > max || (block.original?.length ?? 0) > max;
    if (!tooLong) {
      capped.push(block);
      continue;
    }
    const { original, backRefs, ...rest } = block;
    if (original !== undefined) {
      unpaired++;
      for (const piece of splitLongText(original, max)) capped.push({ ...rest, text: piece, lang: detectLang(piece) });
    }
    const pieces = splitLongText(block.text, max);
    // Digest back-references belong to the end of the entry, so they stay with its last piece.
    pieces.forEach((piece, i) => capped.push({ ...rest, text: piece, lang: detectLang(piece), ...(backRefs && i === pieces.length - 1 ? { backRefs } : {}) }));
  }
  return { blocks: capped, unpaired };
}
