/** @module The embedded store: every point in memory, exact BM25 (Qdrant's IDF) and exact cosine. */
import { fuseByReciprocalRank, inverseDocumentFrequency } from './bm25.js';
import { isUnfiltered, matchesFilter } from './filter.js';
import { PREFETCH_LIMIT, type IndexedParagraph, type ReportStore, type StoreHit, type StoreQuery } from './report-store.js';

/** One term's postings as two parallel typed arrays: millions of small objects cost more than the text itself. */
interface Postings {
  points: Uint32Array;
  weights: Float32Array;
}

const NO_TERMS = { indices: [], values: [] };

function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    normA += a[i]! * a[i]!;
    normB += b[i]! * b[i]!;
  }
  return normA && normB ? dot / Math.sqrt(normA * normB) : 0;
}

/** The `limit` best entries without sorting them all; ties break on paragraph order, so results are stable. */
function topK(scores: Map<number, number>, limit: number): [number, number][] {
  const best: [number, number][] = [];
  const before = (a: [number, number], b: [number, number]) => b[1] < a[1] || (b[1] === a[1] && a[0] < b[0]);
  for (const entry of scores) {
    if (best.length === limit && !before(entry, best[limit - 1]!)) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (before(best[middle]!, entry)) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best;
}

export function createMemoryStore(): ReportStore {
  let points: IndexedParagraph[] = [];
  let postings = new Map<number, Postings>();

  /** Scores accumulate in a typed array: at 100× the reports a Map per query was the hot spot. */
  const sparseScores = (query: StoreQuery, allowed: ((index: number) => boolean) | undefined) => {
    const totals = new Float64Array(points.length);
    const touched: number[] = [];
    query.sparse.indices.forEach((term, i) => {
      const list = postings.get(term);
      if (!list) return;
      const factor = inverseDocumentFrequency(points.length, list.points.length) * query.sparse.values[i]!;
      for (let j = 0; j < list.points.length; j++) {
        const point = list.points[j]!;
        if (allowed && !allowed(point)) continue;
        if (totals[point] === 0) touched.push(point);
        totals[point]! += factor * list.weights[j]!;
      }
    });
    return new Map(touched.map((point) => [point, totals[point]!]));
  };

  const denseScores = (vector: number[], allowed: ((index: number) => boolean) | undefined) => {
    const scores = new Map<number, number>();
    points.forEach((point, index) => {
      if (point.dense && (!allowed || allowed(index))) scores.set(index, cosine(vector, point.dense));
    });
    return scores;
  };

  return {
    kind: 'memory',
    async sync(next) {
      const counts = new Map<number, number>();
      for (const point of next) for (const term of point.sparse.indices) counts.set(term, (counts.get(term) ?? 0) + 1);
      postings = new Map([...counts].map(([term, count]) => [term, { points: new Uint32Array(count), weights: new Float32Array(count) }]));
      const filled = new Map<number, number>();
      next.forEach((point, index) => {
        point.sparse.indices.forEach((term, i) => {
          const at = filled.get(term) ?? 0;
          const list = postings.get(term)!;
          list.points[at] = index;
          list.weights[at] = point.sparse.values[i]!;
          filled.set(term, at + 1);
        });
      });
      // Once in the postings, the per-paragraph vectors are dead weight.
      points = next.map((point) => ({ ...point, sparse: NO_TERMS }));
    },
    async search(query): Promise<StoreHit[]> {
      // The search tool always passes a filter, most often one with no condition set: then nothing is checked.
      // Otherwise each point is checked once per query (0 = not yet, 1 = passes, 2 = fails).
      const checked = isUnfiltered(query.filter) ? undefined : new Uint8Array(points.length);
      const allowed = checked ? (index: number) => {
        if (checked[index] === 0) checked[index] = matchesFilter(points[index]!, query.filter) ? 1 : 2;
        return checked[index] === 1;
      } : undefined;
      const sparse = topK(sparseScores(query, allowed), query.dense ? PREFETCH_LIMIT : query.limit);
      if (!query.dense) return sparse.map(([index, score]) => ({ id: points[index]!.paragraph.id, score, paragraph: points[index]!.paragraph }));
      const dense = topK(denseScores(query.dense, allowed), PREFETCH_LIMIT);
      const fused = fuseByReciprocalRank([sparse, dense].map((ranking) => ranking.map(([index]) => String(index))));
      return [...fused]
        .sort((a, b) => b[1] - a[1] || Number(a[0]) - Number(b[0]))
        .slice(0, query.limit)
        .map(([index, score]) => ({ id: points[Number(index)]!.paragraph.id, score, paragraph: points[Number(index)]!.paragraph }));
    },
  };
}
