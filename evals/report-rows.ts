/** @module The tables both report formats show, as plain rows: headline, splits (held-out first), batches, changes since the baseline. */
import type { SavedRun } from './compare-runs.js';
import type { EvalSummary, QuestionRecord } from './run-evals.js';
import { SPLIT_ORDER, type KindScore } from './summarise-results.js';

export type Previous = Partial<EvalSummary> & SavedRun;

export const pct = (value: number | null | undefined) => (value === undefined || value === null ? '—' : `${(value * 100).toFixed(1)}%`);
const delta = (now: number | undefined, before: number | undefined) => (now === undefined || before === undefined ? '' : ` (${now >= before ? '+' : ''}${((now - before) * 100).toFixed(1)} pts)`);
const count = (score: KindScore) => `${score.correct}/${score.total} = ${pct(score.correctness)}`;

export function headlineRows(summary: EvalSummary, previous?: Previous): [string, string][] {
  const fb = summary.retrieval.financebench;
  const head = summary.splits[summary.headline];
  const rows: [string, string][] = [];
  if (head) {
    rows.push([`Correct, ${summary.headline} (headline)`, `${count(head)}${delta(head.correctness, previous?.splits?.[summary.headline]?.correctness)}`]);
    rows.push([`Outcomes, ${summary.headline}: correct / partial / wrong / refused`, `${pct(head.outcomes.correct)} / ${pct(head.outcomes.partial)} / ${pct(head.outcomes.wrong)} / ${pct(head.outcomes.refused)}`]);
    rows.push([`Confidently wrong, ${summary.headline}`, pct(head.outcomes.confidentlyWrong)]);
  }
  for (const split of SPLIT_ORDER) {
    const score = summary.splits[split];
    if (score && split !== summary.headline) rows.push([`Correct, ${split}`, `${count(score)}${delta(score.correctness, previous?.splits?.[split]?.correctness)}`]);
  }
  rows.push(
    ['Correct, all questions', `${summary.correct}/${summary.total} = ${pct(summary.correctness)}${delta(summary.correctness, previous?.correctness)}`],
    ['Correct and cited, all questions', `${pct(summary.correctAndCited)}${delta(summary.correctAndCited, previous?.correctAndCited)}`],
    ['Paraphrase consistency', summary.paraphrase.groups ? `${summary.paraphrase.consistent}/${summary.paraphrase.groups} groups = ${pct(summary.paraphraseConsistency)}` : 'no groups'],
    ...(summary.ungraded ? [['Questions with only a reference answer (judge only)', String(summary.ungraded)] as [string, string]] : []),
    ...(summary.diff ? [['Since baseline', `${summary.diff.newlyFailing.length} newly failing, ${summary.diff.newlyPassing.length} newly passing (of ${summary.diff.compared} in both runs; baseline ${summary.diff.baseline.at})`] as [string, string]] : []),
    ...(summary.judge ? [['LLM judge: correct / agreement with rules', `${summary.judge.correct}/${summary.judge.judged} = ${pct(summary.judge.correctness)} / ${pct(summary.judge.agreement)} (${summary.judge.compared} compared)`] as [string, string]] : []),
    ['Citation precision / recall', summary.citations.withGold ? `${pct(summary.citations.precision)} / ${pct(summary.citations.recall)}` : 'no gold paragraphs'],
    ['Quotes verbatim / answers grounded', `${pct(summary.citations.verbatim)} / ${pct(summary.citations.grounded)}`],
    ['Calculator used when needed', pct(summary.calculatorUsedWhenNeeded)],
    ['Retrieval (gold): hit@1 / hit@5 / MRR', summary.retrieval.gold.queries ? `${pct(summary.retrieval.gold.hitAt1)} / ${pct(summary.retrieval.gold.hitAt5)} / ${summary.retrieval.gold.mrr.toFixed(3)}` : 'no gold paragraphs'],
  );
  if (fb) rows.push(
    ['FinanceBench pages: hit@1 / 5 / 10 / MRR', `${pct(fb.pageText.hitAt1)} / ${pct(fb.pageText.hitAt5)} / ${pct(fb.pageText.hitAt10)} / ${fb.pageText.mrr.toFixed(3)}`],
    ['FinanceBench pages + filing title', `${pct(fb.withTitle.hitAt1)} / ${pct(fb.withTitle.hitAt5)} / ${pct(fb.withTitle.hitAt10)} / ${fb.withTitle.mrr.toFixed(3)}`],
    ['FinanceBench plain BM25 (published)', `${pct(fb.baseline.hitAt1)} / ${pct(fb.baseline.hitAt5)} / ${pct(fb.baseline.hitAt10)}`],
  );
  rows.push(['Latency p50 / p95', `${summary.latency.p50} ms / ${summary.latency.p95} ms`]);
  return rows;
}

export const SPLIT_COLUMNS = ['split', 'questions', 'correct', 'correct and cited', 'partial', 'wrong', 'refused', 'confidently wrong', 'paraphrase consistency', 'citation P / R', 'grounded', 'hit@5', 'p95 ms'];

export function splitRows(summary: EvalSummary): string[][] {
  return SPLIT_ORDER.flatMap((split) => {
    const score = summary.splits[split];
    if (!score) return [];
    return [[
      split === summary.headline ? `${split} (headline)` : split, `${score.total}${score.ungraded ? ` (+${score.ungraded} judge only)` : ''}`, count(score), pct(score.correctAndCited),
      pct(score.outcomes.partial), pct(score.outcomes.wrong), pct(score.outcomes.refused), pct(score.outcomes.confidentlyWrong),
      score.paraphraseGroups ? `${pct(score.paraphraseConsistency)} of ${score.paraphraseGroups}` : '—',
      score.citations.withGold ? `${pct(score.citations.precision)} / ${pct(score.citations.recall)}` : '—', pct(score.citations.grounded), score.retrieval.queries ? pct(score.retrieval.hitAt5) : '—', String(score.latency.p95),
    ]];
  });
}

/** Batches grouped by split, held-out first, then by number. */
export function batchRows(summary: EvalSummary): string[][] {
  const splitOf = new Map(summary.questions.map((record) => [`batch ${record.batch}`, record.split]));
  const order = (name: string) => SPLIT_ORDER.indexOf(splitOf.get(name) ?? 'train') * 1000 + Number(name.replace(/\D/g, '') || 0);
  return Object.entries(summary.byBatch).sort(([a], [b]) => order(a) - order(b))
    .map(([name, score]) => [name, splitOf.get(name) ?? '', String(score.total), count(score), pct(score.correctAndCited)]);
}

export function changeRows(summary: EvalSummary): { failing: QuestionRecord[]; passing: QuestionRecord[] } {
  const byId = new Map(summary.questions.map((record) => [record.id, record]));
  const pick = (ids: string[] | undefined) => (ids ?? []).map((id) => byId.get(id)!).filter(Boolean);
  return { failing: pick(summary.diff?.newlyFailing), passing: pick(summary.diff?.newlyPassing) };
}
