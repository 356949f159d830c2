/** @module hit@k and MRR over ranked id lists. */

export interface RetrievalScores {
  queries: number;
  hitAt1: number;
  hitAt5: number;
  hitAt10: number;
  mrr: number;
}

/** `rankings[i]` is the ranked ids for query i; `gold[i]` the ids that count as hits. */
export function retrievalScores(rankings: string[][], gold: Set<string>[]): RetrievalScores {
  let h1 = 0, h5 = 0, h10 = 0, reciprocal = 0;
  rankings.forEach((ranking, i) => {
    const first = ranking.findIndex((id) => gold[i]!.has(id));
    if (first < 0) return;
    if (first < 1) h1++;
    if (first < 5) h5++;
    if (first < 10) h10++;
    reciprocal += 1 / (first + 1);
  });
  const n = Math.max(rankings.length, 1);
  const round = (value: number) => Number((value / n).toFixed(4));
  return { queries: rankings.length, hitAt1: round(h1), hitAt5: round(h5), hitAt10: round(h10), mrr: round(reciprocal) };
}
