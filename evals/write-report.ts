/** @module Writes a run: Markdown and HTML reports, the run's JSON (for later comparisons), and the latest summary kept in git. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findPreviousRun } from './compare-runs.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import type { Previous } from './report-rows.js';
import type { EvalSummary } from './run-evals.js';

export { renderHtml } from './render-html.js';
export { renderMarkdown, type MarkdownOptions } from './render-markdown.js';

export interface WriteReportOptions {
  /** The run to compare with (default: the previous saved run of the same questions and agent). */
  previous?: Previous | undefined;
  /** Also overwrite latest-summary.md/.json (default true; the CLI does it only for full runs of the default questions). */
  latest?: boolean;
}

export async function writeReport(summary: EvalSummary, directory: string, options: WriteReportOptions = {}): Promise<{ markdown: string; html: string; json: string; previous: Previous | undefined }> {
  await mkdir(directory, { recursive: true });
  const previous = options.previous ?? (await findPreviousRun(directory, summary))?.run;
  const stamp = `${summary.at.replace(/[:.]/g, '-')}-${summary.agent}`;
  const markdown = join(directory, `report-${stamp}.md`);
  const html = join(directory, `report-${stamp}.html`);
  const json = join(directory, `run-${stamp}.json`);
  const text = renderMarkdown(summary, previous);
  const body = `${JSON.stringify(summary, null, 2)}\n`;
  await writeFile(markdown, text);
  await writeFile(html, renderHtml(summary, previous));
  await writeFile(json, body);
  if (options.latest !== false) {
    // Kept in git: held-out failures by id only, so the details are not a tuning set in plain sight.
    await writeFile(join(directory, 'latest-summary.md'), renderMarkdown(summary, previous, { heldOutFailures: 'ids' }));
    const kept = { ...summary, failures: summary.failures.filter((failure) => failure.split !== 'heldout') };
    await writeFile(join(directory, 'latest-summary.json'), `${JSON.stringify(kept, null, 2)}\n`);
  }
  return { markdown, html, json, previous };
}
