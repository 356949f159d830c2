/**
 * @module Finds known names in text in one left-to-right pass over a character trie. The alias table used
 * one alternation regex of every name (each with look-arounds); the engine then tried every name at every
 * position, which made entity lookup a fifth of an offline answer's time. The trie reads each position
 * once per character of the longest name that could start there.
 */

/** A name found in text: what it was registered with, and where it stands. */
export interface NameMatch<T> {
  value: T;
  index: number;
  length: number;
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  /** Set when a registered name ends here. */
  name?: { value: T; bounded: boolean };
  /** On the root's children: some name starting here needs no word boundary (it starts with a Han character). */
  unbounded?: boolean;
}

const HAN_START = /^\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const LATIN = /[A-Za-z]/;

/** Lower-cases one UTF-16 unit, keeping units whose lower case has another length, so offsets stay the text's. */
function foldUnit(unit: string): string {
  const lower = unit.toLowerCase();
  return lower.length === unit.length ? lower : unit;
}

function fold(text: string): string {
  // The common case: lower-casing keeps every offset, so the whole string can be lowered at once.
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let folded = '';
  for (let i = 0; i < text.length; i += 1) folded += foldUnit(text[i]!);
  return folded;
}

/**
 * Matches names case-insensitively, longest first at each position, never overlapping (the next search
 * starts after a match). A name that starts with a Latin letter or digit must stand as a word: no Latin
 * letter or digit before it, no Latin letter after it ("AI" is not in "MAINTAIN"; "Qwen" is in "Qwen3").
 * Names that start with a Han character need no boundary, as Chinese has no spaces.
 */
export function createNameMatcher<T>(names: Iterable<readonly [name: string, value: T]>): (text: string) => NameMatch<T>[] {
  const root: TrieNode<T> = { next: new Map() };
  for (const [name, value] of names) {
    if (name.length === 0) continue;
    const key = fold(name);
    const bounded = !HAN_START.test(name);
    let node = root;
    for (let i = 0; i < key.length; i += 1) {
      const unit = key.charCodeAt(i);
      let child = node.next.get(unit);
      if (!child) {
        child = { next: new Map() };
        node.next.set(unit, child);
      }
      node = child;
      if (i === 0 && !bounded) node.unbounded = true;
    }
    // A name registered twice (in two cases, or by two entries) keeps the last value, as a Map would.
    node.name = { value, bounded };
  }

  return (text) => {
    const matches: NameMatch<T>[] = [];
    const folded = fold(text);
    let start = 0;
    while (start < folded.length) {
      const first = root.next.get(folded.charCodeAt(start));
      const openBefore = start === 0 || !LATIN_OR_DIGIT.test(text[start - 1]!);
      // Inside a Latin word only a name that needs no boundary can start: most positions end here.
      if (!first || (!openBefore && !first.unbounded)) {
        start += 1;
        continue;
      }
      let best: NameMatch<T> | undefined;
      for (let node: TrieNode<T> | undefined = first, end = start; node; node = node.next.get(folded.charCodeAt(++end))) {
        if (!node.name) continue;
        const closedAfter = end + 1 === text.length || !LATIN.test(text[end + 1]!);
        if (!node.name.bounded || (openBefore && closedAfter)) best = { value: node.name.value, index: start, length: end + 1 - start };
      }
      if (best) {
        matches.push(best);
        start += best.length;
      } else {
        start += 1;
      }
    }
    return matches;
  };
}
