/** @module `--agent offline,llm`: the agents side by side on the same questions, per split, and the questions where they differ. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pct } from './report-rows.js';
import type { EvalSummary } from './run-evals.js';
import { SPLIT_ORDER } from './summarise-results.js';

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

export function comparisonRows(summaries: EvalSummary[]): { header: string[]; rows: string[][]; differing: string[][] } {
  const header = ['split', 'measure', ...summaries.map((summary) => summary.agent)];
  const rows: string[][] = [];
  for (const split of SPLIT_ORDER) {
    if (!summaries.some((summary) => summary.splits[split])) continue;
    const cell = (pick: (score: NonNullable<EvalSummary['splits'][typeof split]>) => string) => summaries.map((summary) => { const score = summary.splits[split]; return score ? pick(score) : '—'; });
    rows.push(
      [split, 'correct', ...cell((score) => `${score.correct}/${score.total} = ${pct(score.correctness)}`)],
      [split, 'correct and cited', ...cell((score) => pct(score.correctAndCited))],
      [split, 'partial / wrong / refused', ...cell((score) => `${pct(score.outcomes.partial)} / ${pct(score.outcomes.wrong)} / ${pct(score.outcomes.refused)}`)],
      [split, 'confidently wrong', ...cell((score) => pct(score.outcomes.confidentlyWrong))],
      [split, 'paraphrase consistency', ...cell((score) => (score.paraphraseGroups ? pct(score.paraphraseConsistency) : '—'))],
      [split, 'citation precision / recall', ...cell((score) => `${pct(score.citations.precision)} / ${pct(score.citations.recall)}`)],
      [split, 'grounded', ...cell((score) => pct(score.citations.grounded))],
      [split, 'latency p95 ms', ...cell((score) => String(score.latency.p95))],
    );
  }
  rows.push(['all', 'LLM failures answered by the offline planner', ...summaries.map((summary) => String(summary.fallbacks ?? 0))]);
  const outcomes = summaries.map((summary) => new Map(summary.questions.map((record) => [record.id, record])));
  const differing = summaries[0]!.questions
    .filter((record) => outcomes.some((byId) => byId.get(record.id)?.outcome !== record.outcome))
    .map((record) => [record.id, record.split, ...outcomes.map((byId) => byId.get(record.id)?.outcome ?? '—')]);
  return { header, rows, differing };
}

export function renderComparisonMarkdown(summaries: EvalSummary[]): string {
  const { header, rows, differing } = comparisonRows(summaries);
  const table = (head: string[], body: string[][]) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((row) => `| ${row.join(' | ')} |`)].join('\n');
  return `# Baogao evals — agents side by side, ${summaries[0]!.at}\n\n${table(header, rows)}\n\n## Questions where the agents differ (${differing.length})\n\n${differing.length ? table(['id', 'split', ...summaries.map((summary) => summary.agent)], differing) : 'None.'}\n`;
}

export function renderComparisonHtml(summaries: EvalSummary[]): string {
  const { header, rows, differing } = comparisonRows(summaries);
  const table = (head: string[], body: string[][]) => `<table><tr>${head.map((cell) => `<th>${escape(cell)}</th>`).join('')}</tr>${body.map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`).join('')}</table>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Baogao evals: agents side by side</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:1000px;margin:2rem auto;padding:0 1rem;color:#1a202c}table{border-collapse:collapse}th,td{text-align:left;padding:.3rem .8rem;border-bottom:1px solid #e2e8f0}</style></head>
<body><h1>Agents side by side</h1><p>${escape(summaries.map((summary) => summary.agent).join(' · '))} · ${escape(summaries[0]!.questionSet)} · ${escape(summaries[0]!.at)}</p>${table(header, rows)}
<h2>Questions where the agents differ (${differing.length})</h2>${differing.length ? table(['id', 'split', ...summaries.map((summary) => summary.agent)], differing) : '<p>None.</p>'}</body></html>`;
}

export async function writeAgentComparison(summaries: EvalSummary[], directory: string): Promise<{ markdown: string; html: string }> {
  await mkdir(directory, { recursive: true });
  const stamp = summaries[0]!.at.replace(/[:.]/g, '-');
  const markdown = join(directory, `compare-${stamp}.md`);
  const html = join(directory, `compare-${stamp}.html`);
  await writeFile(markdown, renderComparisonMarkdown(summaries));
  await writeFile(html, renderComparisonHtml(summaries));
  return { markdown, html };
}
