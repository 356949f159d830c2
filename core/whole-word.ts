/**
 * @module Names matched as whole words inside free text. One place for the escaping and the word edges, so
 * "Caixin" is found in "Caixin's report" but not in "Caixinx", the same way everywhere.
 */

/** `text` matched literally when put inside a RegExp ("S&P 500 (index)" keeps its brackets). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface WholeWordOptions {
  /** RegExp flags; case-insensitive by default, as a reader would match a name. */
  flags?: string;
  /** Take a following "'s" or "’s" as part of the match ("Caixin's" as a whole). */
  possessive?: boolean;
}

/**
 * `name` with no word character on either side. Lookarounds rather than `\b`, so a name that begins or ends
 * with punctuation or a Han character ("财新", "Inc.") still has edges.
 */
export function wholeWord(name: string, options: WholeWordOptions = {}): RegExp {
  const possessive = options.possessive ? `(?:['’]s)?` : '';
  return new RegExp(`(?<![\\w])${escapeRegExp(name)}${possessive}(?![\\w])`, options.flags ?? 'i');
}
