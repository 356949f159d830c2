/** @module The eval report as Markdown: headline, splits (held-out first), batches, kinds, changes since the baseline, judge, failures. */
import { batchRows, changeRows, headlineRows, pct, SPLIT_COLUMNS, splitRows, type Previous } from './report-rows.js';
import type { EvalSummary } from './run-evals.js';
import { SPLIT_ORDER } from './summarise-results.js';

const table = (header: string[], rows: string[][]) => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];

export interface MarkdownOptions {
  /** `ids`: list held-out failures by id and outcome only (for the summary kept in git, so nobody tunes against them). */
  heldOutFailures?: 'full' | 'ids';
}

export function renderMarkdown(summary: EvalSummary, previous?: Previous, options: MarkdownOptions = {}): string {
  const lines = [`# Baogao evals — ${summary.agent} agent, ${summary.at}`, '', `Questions: ${summary.questionSet}. Headline: the ${summary.headline} split.`, ''];
  lines.push(...table(['measure', 'value'], headlineRows(summary, previous)));
  lines.push('', '## By split', '', ...table(SPLIT_COLUMNS, splitRows(summary)));
  if (Object.keys(summary.byBatch).length) lines.push('', '## By batch', '', ...table(['batch', 'split', 'questions', 'correct', 'correct and cited'], batchRows(summary)));
  lines.push('', '## By kind', '', '| kind | questions | correct | correct and cited | |', '|---|---|---|---|---|');
  for (const [kind, score] of Object.entries(summary.byKind)) lines.push(`| ${kind} | ${score.total} | ${pct(score.correctness)} | ${pct(score.correctAndCited)} | ${'█'.repeat(Math.round(score.correctAndCited * 20))} |`);
  if (summary.diff) {
    const { failing, passing } = changeRows(summary);
    lines.push('', `## Changes since ${summary.diff.baseline.at}`, '', `Baseline: \`${summary.diff.baseline.path}\` (${summary.diff.compared} questions in both runs, ${summary.diff.added} new, ${summary.diff.removed} gone).`, '');
    lines.push(`Newly failing (${failing.length}): ${failing.map((record) => `**${record.id}** (${record.split}, ${record.outcome})`).join(', ') || 'none'}`, '');
    lines.push(`Newly passing (${passing.length}): ${passing.map((record) => `**${record.id}** (${record.split})`).join(', ') || 'none'}`);
  }
  if (summary.judge) {
    lines.push('', '## LLM judge', '', `Graded ${summary.judge.judged} answers against their reference answers; agreement with the rules ${pct(summary.judge.agreement)} (Cohen's kappa ${summary.judge.kappa ?? '—'}) on ${summary.judge.compared}.${summary.judge.errors.length ? ` ${summary.judge.errors.length} calls failed.` : ''}`, '');
    lines.push(...table(['id', 'split', 'judge', 'answers the question', 'supported', 'rules', 'reason'], summary.judge.grades.map((grade) => [
      grade.id, grade.split, grade.verdict, grade.answersQuestion ? 'yes' : 'no', grade.supported ? 'yes' : 'no',
      grade.ruleCorrect === undefined ? '—' : grade.ruleCorrect ? 'correct' : 'not correct', grade.reason.replace(/\|/g, '\\|'),
    ])));
  }
  lines.push('', `## Failures (${summary.failures.length})`, '');
  for (const split of SPLIT_ORDER) {
    const failures = summary.failures.filter((failure) => failure.split === split);
    if (!failures.length) continue;
    lines.push(`### ${split} (${failures.length})`, '');
    if (split === 'heldout' && options.heldOutFailures === 'ids') {
      lines.push(`${failures.map((failure) => `${failure.id} (${failure.outcome})`).join(', ')}`, '', 'Held out: the details are in the run\'s own report, not in this summary kept in git.', '');
      continue;
    }
    for (const failure of failures) lines.push(`- **${failure.id}** (${failure.kind}, ${failure.outcome}) ${failure.question}\n  - expected: ${failure.expected}\n  - got: ${failure.got}\n  - citations: ${failure.citations.join(', ') || 'none'}\n  - ${failure.problems.join('; ')}`);
    lines.push('');
  }
  if (!summary.failures.length) lines.push('None.');
  return `${lines.join('\n').trimEnd()}\n`;
}
