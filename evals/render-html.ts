/** @module The eval report as one self-contained HTML page: headline, splits (held-out first), a bar chart by kind, changes since the baseline, judge, failures. */
import { batchRows, changeRows, headlineRows, pct, SPLIT_COLUMNS, splitRows, type Previous } from './report-rows.js';
import type { EvalSummary } from './run-evals.js';
import { SPLIT_ORDER } from './summarise-results.js';

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
const table = (header: string[], rows: string[][]) => `<table><tr>${header.map((cell) => `<th>${escape(cell)}</th>`).join('')}</tr>${rows.map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`).join('')}</table>`;

function kindChart(summary: EvalSummary, previous?: Previous): string {
  const kinds = Object.entries(summary.byKind);
  const barHeight = 22;
  const bars = kinds.map(([kind, score], i) => {
    const width = Math.round(score.correctAndCited * 360);
    const before = previous?.byKind?.[kind]?.correctAndCited;
    return `<g transform="translate(0 ${i * (barHeight + 6)})"><text x="0" y="${barHeight - 6}" font-size="13">${escape(kind)}</text>`
      + `<rect x="130" y="0" width="360" height="${barHeight}" fill="#eef2f7"/><rect x="130" y="0" width="${width}" height="${barHeight}" fill="${score.correctAndCited >= 0.85 ? '#2f855a' : '#c05621'}"/>`
      + (before !== undefined ? `<line x1="${130 + Math.round(before * 360)}" x2="${130 + Math.round(before * 360)}" y1="-2" y2="${barHeight + 2}" stroke="#1a202c" stroke-dasharray="3 2"/>` : '')
      + `<text x="500" y="${barHeight - 6}" font-size="13">${pct(score.correctAndCited)} (${score.total})</text></g>`;
  }).join('');
  return `<svg role="img" aria-label="Correct and cited by kind" width="600" height="${kinds.length * (barHeight + 6)}">${bars}</svg>`;
}

function changes(summary: EvalSummary): string {
  if (!summary.diff) return '';
  const { failing, passing } = changeRows(summary);
  const list = (records: typeof failing) => records.map((record) => `<li><b>${escape(record.id)}</b> (${escape(record.split)}, ${escape(record.outcome)})</li>`).join('') || '<li>none</li>';
  return `<h2>Changes since ${escape(summary.diff.baseline.at)}</h2><p>Baseline <code>${escape(summary.diff.baseline.path)}</code>: ${summary.diff.compared} questions in both runs, ${summary.diff.added} new, ${summary.diff.removed} gone.</p>`
    + `<h3>Newly failing (${failing.length})</h3><ul class="failing">${list(failing)}</ul><h3>Newly passing (${passing.length})</h3><ul class="passing">${list(passing)}</ul>`;
}

function judge(summary: EvalSummary): string {
  if (!summary.judge) return '';
  const rows = summary.judge.grades.map((grade) => [grade.id, grade.split, grade.verdict, grade.answersQuestion ? 'yes' : 'no', grade.supported ? 'yes' : 'no', grade.ruleCorrect === undefined ? '—' : grade.ruleCorrect ? 'correct' : 'not correct', grade.reason]);
  return `<h2>LLM judge</h2><p>${summary.judge.judged} answers graded against their reference answers; agreement with the rules ${pct(summary.judge.agreement)} (Cohen's kappa ${summary.judge.kappa ?? '—'}) on ${summary.judge.compared}.</p>${table(['id', 'split', 'judge', 'answers the question', 'supported', 'rules', 'reason'], rows)}`;
}

export function renderHtml(summary: EvalSummary, previous?: Previous): string {
  const rows = headlineRows(summary, previous).map(([name, value]) => `<tr><th>${escape(name)}</th><td>${escape(value)}</td></tr>`).join('');
  const failures = SPLIT_ORDER.map((split) => {
    const members = summary.failures.filter((failure) => failure.split === split);
    return members.length ? `<h3>${escape(split)} (${members.length})</h3>` + members.map((failure) => `<details><summary><b>${escape(failure.id)}</b> (${escape(failure.kind)}, ${escape(failure.outcome)}) ${escape(failure.question)}</summary><p><b>Expected:</b> ${escape(failure.expected)}</p><p><b>Got:</b> ${escape(failure.got)}</p><p><b>Citations:</b> ${escape(failure.citations.join(', ') || 'none')}</p><p><b>Problems:</b> ${escape(failure.problems.join('; '))}</p></details>`).join('') : '';
  }).join('') || '<p>None.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Baogao evals ${escape(summary.at)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:1000px;margin:2rem auto;padding:0 1rem;color:#1a202c}table{border-collapse:collapse;margin:.5rem 0}th,td{text-align:left;padding:.3rem .8rem;border-bottom:1px solid #e2e8f0}details{margin:.5rem 0;padding:.5rem;border:1px solid #e2e8f0;border-radius:6px}.failing li{color:#c05621}.passing li{color:#2f855a}</style></head>
<body><h1>Baogao evals</h1><p>${escape(summary.agent)} agent · ${escape(summary.questionSet)} · headline: ${escape(summary.headline)} split · ${escape(summary.at)}${previous ? ` · compared with ${escape(previous.at)} (dashed line)` : ''}</p>
<table>${rows}</table><h2>By split</h2>${table(SPLIT_COLUMNS, splitRows(summary))}
${Object.keys(summary.byBatch).length ? `<h2>By batch</h2>${table(['batch', 'split', 'questions', 'correct', 'correct and cited'], batchRows(summary))}` : ''}
<h2>Correct and cited, by kind</h2>${kindChart(summary, previous)}${changes(summary)}${judge(summary)}
<h2>Failures (${summary.failures.length})</h2>${failures}</body></html>`;
}
