/** @module An Answer as terminal text: the answer with [n] markers, then numbered footnotes with the quotes. */
import { sourceLabel, type Answer } from '../../core/index.js';

export function renderFootnotes(result: Answer): string[] {
  const lines: string[] = [];
  for (const citation of result.citations) {
    lines.push(`[${citation.n}] ${sourceLabel(citation, result.lang)} ¶${citation.paragraph}`);
    lines.push(`    “${citation.quote.replace(/\s+/g, ' ')}”`);
  }
  for (const calculation of result.calculations) {
    lines.push(`calc: ${calculation.steps.map((step) => `${step.expression} = ${step.result}`).join('; ') || `${calculation.expression} = ${calculation.result.english}`}`);
  }
  if (!result.grounded) lines.push(`unverified figures: ${result.ungroundedNumbers.join(', ')}`);
  return lines;
}

export function renderAnswer(result: Answer): string {
  const lines = [result.answer, ''];
  if (result.fallback) lines.push(`(answered offline: the model failed — ${result.fallback.reason})`, '');
  lines.push(...renderFootnotes(result));
  return `${lines.join('\n').trim()}\n`;
}
