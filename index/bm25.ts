/**
 * @module BM25 as sparse vectors. Documents carry the saturated term-frequency part; the IDF part is
 * applied at query time from collection statistics, exactly as Qdrant's `modifier: idf` does, so the
 * embedded store and Qdrant rank alike.
 */

export interface SparseVector {
  indices: number[];
  values: number[];
}

export interface Bm25Parameters {
  k1: number;
  b: number;
}

export const BM25_DEFAULTS: Bm25Parameters = { k1: 1.2, b: 0.75 };

/** FNV-1a: a stable 32-bit term id, the same on every runtime. */
export function termId(term: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(term)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function counts(terms: string[]): Map<number, number> {
  const tally = new Map<number, number>();
  for (const term of terms) {
    const id = termId(term);
    tally.set(id, (tally.get(id) ?? 0) + 1);
  }
  return tally;
}

/** Indices sorted ascending, as Qdrant stores them. */
function toSparse(entries: Iterable<[number, number]>): SparseVector {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  return { indices: sorted.map(([index]) => index), values: sorted.map(([, value]) => value) };
}

export function documentVector(terms: string[], averageLength: number, parameters: Bm25Parameters = BM25_DEFAULTS): SparseVector {
  const { k1, b } = parameters;
  const lengthNorm = 1 - b + (b * terms.length) / Math.max(averageLength, 1);
  return toSparse([...counts(terms)].map(([id, tf]) => [id, (tf * (k1 + 1)) / (tf + k1 * lengthNorm)]));
}

/** Each distinct query term once, weight 1. */
export function queryVector(terms: string[]): SparseVector {
  return toSparse([...counts(terms).keys()].map((id) => [id, 1]));
}

/** Qdrant's IDF: ln(1 + (N − n + 0.5) / (n + 0.5)). */
export function inverseDocumentFrequency(documentCount: number, documentFrequency: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** Reciprocal rank fusion with 1-based ranks; both stores use this k. */
export const RRF_K = 60;

export function fuseByReciprocalRank(rankings: string[][], k = RRF_K): Map<string, number> {
  const fused = new Map<string, number>();
  for (const ranking of rankings) {
    ranking.forEach((id, index) => fused.set(id, (fused.get(id) ?? 0) + 1 / (k + index + 1)));
  }
  return fused;
}
