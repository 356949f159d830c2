/** @module An HTML <table> as pipe rows, one line per <tr>, so the pipe-table parser reads HTML and Markdown alike. */
import type { HTMLElement } from 'node-html-parser';

const cellText = (cell: HTMLElement) => cell.text.replace(/[\s\u00a0]+/g, ' ').replace(/\|/g, '/').trim();

/** The caption line (when the table has one) and "| a | b |" rows; nested tables are read as their outer cell's text. */
export function htmlTableLines(table: HTMLElement): string[] {
  const lines: string[] = [];
  const caption = table.querySelector('caption');
  if (caption) lines.push(cellText(caption));
  const rows = table.querySelectorAll('tr').filter((row) => row.closest('table') === table);
  for (const row of rows) {
    const cells = row.childNodes.filter((node): node is HTMLElement => node instanceof Object && 'tagName' in node && /^(?:TD|TH)$/i.test((node as HTMLElement).tagName));
    const texts = cells.flatMap((cell) => Array.from({ length: Math.max(1, Number(cell.getAttribute('colspan')) || 1) }, (_, i) => (i === 0 ? cellText(cell) : '')));
    if (texts.some(Boolean)) lines.push(`| ${texts.join(' | ')} |`);
  }
  return lines;
}
