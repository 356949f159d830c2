/** @module The embedded store: every point in memory, exact BM25 (Qdrant's IDF) and exact cosine. */
import { fuseByReciprocalRank, inverseDocumentFrequency } from './bm25.js';
import { matchesFilter } from './filter.js';
import { PREFETCH_LIMIT, type IndexedParagraph, type ReportStore, type StoreHit, type StoreQuery } from './report-store.js';

interface Posting {
  point: number;
  weight: number;
}

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

function topK(scores: Map<number, number>, limit: number): [number, number][] {
  // Ties break on insertion order (paragraph order), which keeps results stable across runs.
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
}

export function createMemoryStore(): ReportStore {
  let points: IndexedParagraph[] = [];
  let postings = new Map<number, Posting[]>();

  const sparseScores = (query: StoreQuery, allowed: (index: number) => boolean) => {
    const scores = new Map<number, number>();
    query.sparse.indices.forEach((term, i) => {
      const list = postings.get(term);
      if (!list) return;
      const idf = inverseDocumentFrequency(points.length, list.length);
      for (const { point, weight } of list) {
        if (!allowed(point)) continue;
        scores.set(point, (scores.get(point) ?? 0) + idf * weight * query.sparse.values[i]!);
      }
    });
    return scores;
  };

  const denseScores = (vector: number[], allowed: (index: number) => boolean) => {
    const scores = new Map<number, number>();
    points.forEach((point, index) => {
      if (point.dense && allowed(index)) scores.set(index, cosine(vector, point.dense));
    });
    return scores;
  };

  return {
    kind: 'memory',
    async sync(next) {
      points = next;
      postings = new Map();
      next.forEach((point, index) => {
        point.sparse.indices.forEach((term, i) => {
          const list = postings.get(term) ?? [];
          list.push({ point: index, weight: point.sparse.values[i]! });
          postings.set(term, list);
        });
      });
    },
    async search(query): Promise<StoreHit[]> {
      const cache = new Map<number, boolean>();
      const allowed = (index: number) => {
        let ok = cache.get(index);
        if (ok === undefined) cache.set(index, (ok = matchesFilter(points[index]!, query.filter)));
        return ok;
      };
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
