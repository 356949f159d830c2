/** @module The few lines `npm run eval` prints: the headline split first, then the other splits, all questions, and what changed. */
import { pct } from './report-rows.js';
import type { EvalSummary } from './run-evals.js';
import { SPLIT_ORDER, type SplitScore } from './summarise-results.js';

const splitLine = (name: string, score: SplitScore) =>
  `${name}: correct ${score.correct}/${score.total} (${pct(score.correctness)}), correct and cited ${pct(score.correctAndCited)}; `
  + `partial ${pct(score.outcomes.partial)}, wrong ${pct(score.outcomes.wrong)}, refused ${pct(score.outcomes.refused)}, confidently wrong ${pct(score.outcomes.confidentlyWrong)}`
  + `${score.paraphraseGroups ? `; paraphrase consistency ${pct(score.paraphraseConsistency)} of ${score.paraphraseGroups} groups` : ''}${score.ungraded ? `; ${score.ungraded} judge only` : ''}\n`;

export function renderConsoleSummary(summary: EvalSummary): string {
  const lines = [`${summary.agent} agent, questions: ${summary.questionSet}\n`];
  const ordered = [summary.headline, ...SPLIT_ORDER.filter((split) => split !== summary.headline)];
  for (const split of ordered) {
    const score = summary.splits[split];
    if (score) lines.push(splitLine(split === summary.headline ? `${split} (headline)` : split, score));
  }
  lines.push(`all: correct ${summary.correct}/${summary.total} (${pct(summary.correctness)}), correct and cited ${pct(summary.correctAndCited)}, grounded ${pct(summary.citations.grounded)}, confidently wrong ${pct(summary.outcomes.confidentlyWrong)}\n`);
  if (summary.fallbacks) lines.push(`${summary.fallbacks} answers came from the offline planner after the LLM failed\n`);
  if (summary.paraphrase.groups) lines.push(`paraphrase consistency ${summary.paraphrase.consistent}/${summary.paraphrase.groups} groups (${pct(summary.paraphraseConsistency)})\n`);
  if (summary.diff) lines.push(`since ${summary.diff.baseline.at}: ${summary.diff.newlyFailing.length} newly failing${summary.diff.newlyFailing.length ? ` (${summary.diff.newlyFailing.join(', ')})` : ''}, ${summary.diff.newlyPassing.length} newly passing${summary.diff.newlyPassing.length ? ` (${summary.diff.newlyPassing.join(', ')})` : ''}\n`);
  if (summary.judge) lines.push(`judge: ${summary.judge.correct}/${summary.judge.judged} correct (${pct(summary.judge.correctness)}), agreement with the rules ${pct(summary.judge.agreement)} (kappa ${summary.judge.kappa ?? '—'}) on ${summary.judge.compared}${summary.judge.errors.length ? `, ${summary.judge.errors.length} failed calls` : ''}\n`);
  const gold = summary.retrieval.gold;
  lines.push(gold.queries ? `retrieval gold hit@1 ${pct(gold.hitAt1)} hit@5 ${pct(gold.hitAt5)} MRR ${gold.mrr.toFixed(3)} (${gold.queries} questions with gold paragraphs)\n` : 'retrieval: no question names gold paragraphs\n');
  const fb = summary.retrieval.financebench;
  if (fb) lines.push(`FinanceBench hit@1/5/10 ${(fb.pageText.hitAt1 * 100).toFixed(1)}/${(fb.pageText.hitAt5 * 100).toFixed(1)}/${(fb.pageText.hitAt10 * 100).toFixed(1)}% (plain BM25 ${(fb.baseline.hitAt1 * 100).toFixed(1)}/${(fb.baseline.hitAt5 * 100).toFixed(1)}/${(fb.baseline.hitAt10 * 100).toFixed(1)}%)\n`);
  lines.push(`latency p50 ${summary.latency.p50} ms, p95 ${summary.latency.p95} ms\n`);
  return lines.join('');
}
