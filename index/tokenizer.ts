/**
 * @module The one tokenizer for index and query time, on Node and on Workers alike:
 * English words (lower-cased, stop words out, Porter-stemmed), overlapping Han bigrams (as Lucene's
 * CJK analyzer), `@entity` terms from the alias table and `#value` terms from the number normaliser,
 * so "Tencent" meets 腾讯 and "380 billion yuan" meets "3800亿元".
 */
import { stemmer } from 'stemmer';
import { isMeasure, parseQuantities, stripInvisible, type Quantity } from '../core/index.js';
import type { AliasTable } from './alias-table.js';
import { americanSpelling } from './spelling.js';
import { ENGLISH_STOP_WORDS } from './stop-words.js';

export interface Tokenizer {
  /** Terms with repeats, so term frequency can be counted. */
  terms(text: string): string[];
}

const WORD_OR_HAN = /[\p{Script=Han}]+|[a-z0-9]+(?:['’][a-z]+)?/gu;

/** A canonical term for an amount, so every way of writing it meets on one term. */
export function quantityTerm(quantity: Quantity): string | undefined {
  if (!isMeasure(quantity) || (quantity.unit === 'count' && !quantity.scale && Number(quantity.value) < 100)) return undefined;
  const suffix = quantity.unit === 'percent' ? '%' : quantity.unit === 'multiple' ? 'x' : '';
  return `#${quantity.value}${suffix}`;
}

function hanTerms(run: string, out: string[]): void {
  if (run.length === 1) {
    out.push(run);
    return;
  }
  for (let i = 0; i < run.length - 1; i++) out.push(run.slice(i, i + 2));
}

/** A collection's vocabulary is a few thousand words, each stemmed thousands of times: stem each once. */
const stems = new Map<string, string>();
const STEMS_KEPT = 50_000;

function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= STEMS_KEPT) stems.clear();
    stem = stemmer(word);
    stems.set(word, stem);
  }
  return stem;
}

function wordTerm(word: string): string | undefined {
  const bare = word.replace(/['’]s$/, '').replace(/['’]/g, '');
  if (!bare || ENGLISH_STOP_WORDS.has(bare)) return undefined;
  if (/^\d+$/.test(bare)) return bare;
  return bare.length <= 2 ? bare : stemOf(bare);
}

export function createTokenizer(aliases: AliasTable): Tokenizer {
  return {
    terms(text: string): string[] {
      const normalized = americanSpelling(stripInvisible(text.normalize('NFKC')));
      const out: string[] = [];
      const mentions = aliases.find(normalized);
      for (const mention of mentions) out.push(`@${mention.id}`);
      for (const quantity of parseQuantities(normalized)) {
        const term = quantityTerm(quantity);
        if (term) out.push(term);
      }
      // Digit groups lose their commas so "2,000" is one term, not "2" and "000".
      // A Han name is already its `@entity` term; as bigrams it would count three times over.
      let masked = normalized;
      for (const mention of mentions) {
        if (/^\p{Script=Han}/u.test(mention.name)) masked = masked.slice(0, mention.index) + ' '.repeat(mention.name.length) + masked.slice(mention.index + mention.name.length);
      }
      const lowered = masked.toLowerCase().replace(/(\d),(?=\d{3})/g, '$1');
      for (const match of lowered.matchAll(WORD_OR_HAN)) {
        const token = match[0];
        if (/^\p{Script=Han}/u.test(token)) hanTerms(token, out);
        else {
          const term = wordTerm(token);
          if (term) out.push(term);
        }
      }
      return out;
    },
  };
}
