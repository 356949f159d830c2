/** @module The eval report: Markdown and a self-contained HTML page, plus the latest summary kept in git. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EvalSummary } from './run-evals.js';

const pct = (value: number | undefined) => (value === undefined ? '—' : `${(value * 100).toFixed(1)}%`);
const delta = (now: number, before: number | undefined) => (before === undefined ? '' : ` (${now >= before ? '+' : ''}${((now - before) * 100).toFixed(1)} pts)`);
const escape = (text: string) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

function headline(summary: EvalSummary, previous: EvalSummary | undefined): [string, string][] {
  const fb = summary.retrieval.financebench;
  return [
    ['Correct', `${summary.correct}/${summary.total} = ${pct(summary.correctness)}${delta(summary.correctness, previous?.correctness)}`],
    ['Correct and cited', `${pct(summary.correctAndCited)}${delta(summary.correctAndCited, previous?.correctAndCited)}`],
    // Batch 2 was written after the planner; its first run, before the general fixes it prompted, scored 35/52.
    ...Object.entries(summary.byBatch ?? {}).map(([batch, score]): [string, string] => [`Correct and cited, ${batch}`, `${Math.round(score.correctAndCited * score.total)}/${score.total} = ${pct(score.correctAndCited)}`]),
    ['Citation precision / recall', `${pct(summary.citations.precision)} / ${pct(summary.citations.recall)}`],
    ['Quotes verbatim / answers grounded', `${pct(summary.citations.verbatim)} / ${pct(summary.citations.grounded)}`],
    ['Calculator used when needed', pct(summary.calculatorUsedWhenNeeded)],
    ['Retrieval (gold): hit@1 / hit@5 / MRR', `${pct(summary.retrieval.gold.hitAt1)} / ${pct(summary.retrieval.gold.hitAt5)} / ${summary.retrieval.gold.mrr.toFixed(3)}`],
    ...(fb ? [
      ['FinanceBench pages: hit@1 / 5 / 10 / MRR', `${pct(fb.pageText.hitAt1)} / ${pct(fb.pageText.hitAt5)} / ${pct(fb.pageText.hitAt10)} / ${fb.pageText.mrr.toFixed(3)}`],
      ['FinanceBench pages + filing title', `${pct(fb.withTitle.hitAt1)} / ${pct(fb.withTitle.hitAt5)} / ${pct(fb.withTitle.hitAt10)} / ${fb.withTitle.mrr.toFixed(3)}`],
      ['FinanceBench plain BM25 (published)', `${pct(fb.baseline.hitAt1)} / ${pct(fb.baseline.hitAt5)} / ${pct(fb.baseline.hitAt10)}`],
    ] as [string, string][] : []),
    ['Latency p50 / p95', `${summary.latency.p50} ms / ${summary.latency.p95} ms`],
  ];
}

export function renderMarkdown(summary: EvalSummary, previous?: EvalSummary): string {
  const lines = [`# Baogao evals — ${summary.agent} agent, ${summary.at}`, '', '| measure | value |', '|---|---|'];
  for (const [name, value] of headline(summary, previous)) lines.push(`| ${name} | ${value} |`);
  lines.push('', '## By kind', '', '| kind | questions | correct | correct and cited | |', '|---|---|---|---|---|');
  for (const [kind, score] of Object.entries(summary.byKind)) lines.push(`| ${kind} | ${score.total} | ${pct(score.correctness)} | ${pct(score.correctAndCited)} | ${'█'.repeat(Math.round(score.correctAndCited * 20))} |`);
  lines.push('', `## Failures (${summary.failures.length})`, '');
  for (const failure of summary.failures) lines.push(`- **${failure.id}** (${failure.kind}) ${failure.question}\n  - expected: ${failure.expected}\n  - got: ${failure.got}\n  - citations: ${failure.citations.join(', ') || 'none'}\n  - ${failure.problems.join('; ')}`);
  if (!summary.failures.length) lines.push('None.');
  return `${lines.join('\n')}\n`;
}

export function renderHtml(summary: EvalSummary, previous?: EvalSummary): string {
  const kinds = Object.entries(summary.byKind);
  const barHeight = 22;
  const bars = kinds.map(([kind, score], i) => {
    const width = Math.round(score.correctAndCited * 360);
    const before = previous?.byKind[kind]?.correctAndCited;
    return `<g transform="translate(0 ${i * (barHeight + 6)})"><text x="0" y="${barHeight - 6}" font-size="13">${escape(kind)}</text>`
      + `<rect x="130" y="0" width="360" height="${barHeight}" fill="#eef2f7"/><rect x="130" y="0" width="${width}" height="${barHeight}" fill="${score.correctAndCited >= 0.85 ? '#2f855a' : '#c05621'}"/>`
      + (before !== undefined ? `<line x1="${130 + Math.round(before * 360)}" x2="${130 + Math.round(before * 360)}" y1="-2" y2="${barHeight + 2}" stroke="#1a202c" stroke-dasharray="3 2"/>` : '')
      + `<text x="500" y="${barHeight - 6}" font-size="13">${pct(score.correctAndCited)} (${score.total})</text></g>`;
  }).join('');
  const rows = headline(summary, previous).map(([name, value]) => `<tr><th>${escape(name)}</th><td>${escape(value)}</td></tr>`).join('');
  const failures = summary.failures.map((failure) => `<details><summary><b>${escape(failure.id)}</b> (${escape(failure.kind)}) ${escape(failure.question)}</summary><p><b>Expected:</b> ${escape(failure.expected)}</p><p><b>Got:</b> ${escape(failure.got)}</p><p><b>Citations:</b> ${escape(failure.citations.join(', ') || 'none')}</p><p><b>Problems:</b> ${escape(failure.problems.join('; '))}</p></details>`).join('') || '<p>None.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Baogao evals ${escape(summary.at)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:900px;margin:2rem auto;padding:0 1rem;color:#1a202c}table{border-collapse:collapse}th,td{text-align:left;padding:.3rem .8rem;border-bottom:1px solid #e2e8f0}details{margin:.5rem 0;padding:.5rem;border:1px solid #e2e8f0;border-radius:6px}</style></head>
<body><h1>Baogao evals</h1><p>${escape(summary.agent)} agent · ${escape(summary.at)}${previous ? ` · compared with ${escape(previous.at)} (dashed line)` : ''}</p>
<table>${rows}</table><h2>Correct and cited, by kind</h2><svg role="img" aria-label="Correct and cited by kind" width="600" height="${kinds.length * (barHeight + 6)}">${bars}</svg>
<h2>Failures (${summary.failures.length})</h2>${failures}</body></html>`;
}

/** Writes the report files; the previous latest summary (if any) is what this run is compared with. */
export async function writeReport(summary: EvalSummary, directory: string): Promise<{ markdown: string; html: string; previous: EvalSummary | undefined }> {
  await mkdir(directory, { recursive: true });
  const latestJson = join(directory, 'latest-summary.json');
  const previous = await readFile(latestJson, 'utf8').then((text) => JSON.parse(text) as EvalSummary, () => undefined);
  const stamp = summary.at.replace(/[:.]/g, '-');
  const markdown = join(directory, `report-${stamp}.md`);
  const html = join(directory, `report-${stamp}.html`);
  await writeFile(markdown, renderMarkdown(summary, previous));
  await writeFile(html, renderHtml(summary, previous));
  await writeFile(join(directory, 'latest-summary.md'), renderMarkdown(summary, previous));
  await writeFile(latestJson, `${JSON.stringify({ ...summary, failures: summary.failures }, null, 2)}\n`);
  return { markdown, html, previous };
}
