/** @module Paraphrase consistency: the share of question groups (`group`) whose questions are all answered correctly. */

export interface ParaphraseScore {
  /** Groups with at least two questions. */
  groups: number;
  consistent: number;
  /** consistent / groups; null when there are no groups. */
  consistency: number | null;
  /** Groups with some but not all questions correct: the answer depends on the wording. */
  inconsistentGroups: string[];
}

export function paraphraseConsistency(results: { group?: string | undefined; correct: boolean }[]): ParaphraseScore {
  const groups = new Map<string, boolean[]>();
  for (const result of results) if (result.group !== undefined) groups.set(result.group, [...(groups.get(result.group) ?? []), result.correct]);
  const real = [...groups].filter(([, verdicts]) => verdicts.length > 1);
  const consistent = real.filter(([, verdicts]) => verdicts.every(Boolean)).length;
  return {
    groups: real.length,
    consistent,
    consistency: real.length ? Number((consistent / real.length).toFixed(4)) : null,
    inconsistentGroups: real.filter(([, verdicts]) => verdicts.some(Boolean) && !verdicts.every(Boolean)).map(([group]) => group),
  };
}
