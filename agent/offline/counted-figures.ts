/**
 * @module The figures a sentence gives for the things a Chinese question counts: "应用和插件各有多少?" over "… 54,000
 * developers, 4,300 scenarios, 825 applications, and 500 plugins" is 825 and 500, each the number right before
 * its noun; not the first figure of the sentence, nor one near the measure the conversation asked before.
 */
import { escapeRegExp as escape, isMeasure, parseQuantities, type Quantity } from '../../core/index.js';
import { chineseVocabulary, translationOf } from './bilingual-terms.js';

export interface CountedFigure {
  /** The counted noun as the question wrote it ("插件"). */
  noun: string;
  quantity: Quantity;
}

/** "the world's top 10 smartphone makers": a number that ranks what follows counts none of it. */
const RANK_BEFORE = /\b(?:top|No\.?)\s*$|前\s*$/i;

/** The words right after a number that may name what it counts ("90,000 domestic AI chips"). */
const NOUN_WINDOW = /^\s*((?:[A-Za-z0-9-]+\s*){1,4})/;

/**
 * The Chinese nouns the question names, longest first and not overlapping, in the order the question names them;
 * nouns written together ("国产芯片") are one counted thing, each word of which the figure's noun must have.
 */
function askedNouns(question: string): string[][] {
  const taken: [number, number][] = [];
  const found: { noun: string; at: number }[] = [];
  for (const noun of chineseVocabulary()) {
    for (let at = question.indexOf(noun); at >= 0; at = question.indexOf(noun, at + 1)) {
      if (taken.some(([from, to]) => at < to && at + noun.length > from)) continue;
      taken.push([at, at + noun.length]);
      found.push({ noun, at });
    }
  }
  const groups: { nouns: string[]; end: number }[] = [];
  for (const { noun, at } of found.sort((a, b) => a.at - b.at)) {
    const last = groups.at(-1);
    if (last && last.end === at) { last.nouns.push(noun); last.end = at + noun.length; } else groups.push({ nouns: [noun], end: at + noun.length });
  }
  return groups.map((group) => group.nouns);
}

/** Whether the words after a figure name every noun of the counted thing, in one of its translations. */
function counts(after: string, nouns: string[]): boolean {
  const window = NOUN_WINDOW.exec(after)?.[1] ?? '';
  return nouns.every((noun) => (translationOf(noun) ?? '').split(/\s+/).filter(Boolean).some((word) => new RegExp(`\\b${escape(word)}\\b`, 'i').test(window)));
}

/**
 * For each thing the question counts, the figure the (English) sentence states right before that thing's
 * translation; only things the sentence counts so. Empty when the question names none of them.
 */
export function countedFigures(question: string, sentence: string): CountedFigure[] {
  const quantities = parseQuantities(sentence).filter((quantity) => isMeasure(quantity) && quantity.unit === 'count' && !RANK_BEFORE.test(sentence.slice(0, quantity.index)));
  const figures: CountedFigure[] = [];
  for (const nouns of askedNouns(question)) {
    const counted = quantities.find((quantity) => counts(sentence.slice(quantity.index + quantity.text.length), nouns));
    if (counted && !figures.some((figure) => figure.quantity === counted)) figures.push({ noun: nouns.join(''), quantity: counted });
  }
  return figures;
}
