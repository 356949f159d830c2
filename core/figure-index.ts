/** @module Where a figure, as a fact writes it, stands in its sentence. */
import { escapeRegExp } from './whole-word.js';

/**
 * The index of `figure` in `quote` as a figure of its own, not inside a longer number: "500" in "4,500 users, …, and 500
 * plugins" is the second one; failing that, wherever it is written; -1 when it is not there.
 */
export function figureIndex(quote: string, figure: string): number {
  if (!figure) return -1;
  const alone = quote.search(new RegExp(`(?<![\\d.,])${escapeRegExp(figure)}(?!\\d)`));
  return alone >= 0 ? alone : quote.indexOf(figure);
}
