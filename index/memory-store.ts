/** @module The embedded store: every point in memory, exact BM25 (Qdrant's IDF) and exact cosine. */
import { fuseByReciprocalRank, inverseDocumentFrequency } from './bm25.js';
import { isUnfiltered, matchesFilter } from './filter.js';
import { PREFETCH_LIMIT, type IndexedParagraph, type ReportStore, type StoreHit, type StoreQuery } from './report-store.js';

/**
 * Every term's postings in two shared typed arrays, a term's run at `starts[slot]`..`starts[slot + 1]`:
 * millions of small objects cost more than the text itself, and a pair of typed arrays per term cost
 * ~1.5 MB of fixed overhead on a small collection (most terms occur once or twice).
 */
interface Postings {
  slots: Map<number, number>;
  starts: Uint32Array;
  points: Uint32Array;
  weights: Float32Array;
}

const NO_POSTINGS: Postings = { slots: new Map(), starts: new Uint32Array(1), points: new Uint32Array(0), weights: new Float32Array(0) };

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
  let postings = NO_POSTINGS;

  /** Scores accumulate in a typed array: at 100× the reports a Map per query was the hot spot. */
  const sparseScores = (query: StoreQuery, allowed: ((index: number) => boolean) | undefined) => {
    const totals = new Float64Array(points.length);
    const touched: number[] = [];
    const { slots, starts, points: postingPoints, weights } = postings;
    query.sparse.indices.forEach((term, i) => {
      const slot = slots.get(term);
      if (slot === undefined) return;
      const from = starts[slot]!;
      const to = starts[slot + 1]!;
      const factor = inverseDocumentFrequency(points.length, to - from) * query.sparse.values[i]!;
      for (let j = from; j < to; j++) {
        const point = postingPoints[j]!;
        if (allowed && !allowed(point)) continue;
        if (totals[point] === 0) touched.push(point);
        totals[point]! += factor * weights[j]!;
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
      // Count each term's postings, lay the runs out one after another, then fill them in point order.
      const slots = new Map<number, number>();
      const counts: number[] = [];
      for (const point of next) {
        for (const term of point.sparse.indices) {
          const slot = slots.get(term);
          if (slot === undefined) { slots.set(term, counts.length); counts.push(1); } else counts[slot]!++;
        }
      }
      const starts = new Uint32Array(counts.length + 1);
      counts.forEach((count, slot) => { starts[slot + 1] = starts[slot]! + count; });
      const filled = starts.slice(0, counts.length);
      const total = starts[counts.length]!;
      const built: Postings = { slots, starts, points: new Uint32Array(total), weights: new Float32Array(total) };
      next.forEach((point, index) => {
        point.sparse.indices.forEach((term, i) => {
          const at = filled[slots.get(term)!]!++;
          built.points[at] = index;
          built.weights[at] = point.sparse.values[i]!;
        });
      });
      postings = built;
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
