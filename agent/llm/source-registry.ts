/** @module Numbers every paragraph and fact the tools hand the model, so its [n] markers can be traced back. */
import { splitSentences, type Comparable, type Fact, type Paragraph } from '../../core/index.js';
import type { OpenIndex } from '../../index/index.js';

export interface RegisteredSource {
  n: number;
  paragraph: Paragraph;
  /** Sentences of the paragraph a fact pointed at: preferred as quotes. */
  quotes: string[];
}

export interface SourceRegistry {
  /** The source number for a paragraph, registering it on first sight. */
  number(paragraphId: string, quote?: string): number | undefined;
  get(n: number): RegisteredSource | undefined;
  /** Facts and calculation results the tools returned: figures the answer may state. */
  amounts: Comparable[];
  facts: Fact[];
}

export function createSourceRegistry(index: OpenIndex): SourceRegistry {
  const paragraphs = new Map(index.snapshot.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const sources: RegisteredSource[] = [];
  return {
    amounts: [],
    facts: [],
    number(paragraphId, quote) {
      const paragraph = paragraphs.get(paragraphId);
      if (!paragraph) return undefined;
      let source = sources.find((candidate) => candidate.paragraph.id === paragraphId);
      if (!source) sources.push((source = { n: sources.length + 1, paragraph, quotes: [] }));
      if (quote && !source.quotes.includes(quote)) source.quotes.push(quote);
      return source.n;
    },
    get: (n) => sources[n - 1],
  };
}

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** The sentence of a source that best carries a claim: most shared words, fact quotes first on ties. */
export function quoteFor(source: RegisteredSource, claim: string): string {
  const claimWords = words(claim);
  const sentences = [...source.quotes, ...splitSentences(source.paragraph.text).map((sentence) => sentence.text), ...(source.paragraph.original ? splitSentences(source.paragraph.original).map((s) => s.text) : [])];
  let best = sentences[0] ?? source.paragraph.text;
  let bestScore = -1;
  for (const sentence of sentences) {
    const score = [...words(sentence)].filter((word) => claimWords.has(word)).length;
    if (score > bestScore) { best = sentence; bestScore = score; }
  }
  return best;
}
