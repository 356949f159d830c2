/** @module Pipe tables ("| Net sales | $ 1,234 | 1,100 |"): Markdown's, and the rows the HTML reader writes for a <table>. */
import type { Period } from '../../core/index.js';
import { captionScale, currencyOf } from './caption-scale.js';
import { splitRow, type Cell } from './cells.js';
import { headerPeriods } from './header-periods.js';
import type { SpanRow, TableSpan } from './table-span.js';

export function isPipeRow(line: string): boolean {
  return /^\|.*\|$/.test(line.trim()) && line.trim().length > 2;
}

function pipeCells(line: string): string[] {
  return line.trim().slice(1, -1).split('|').map((cell) => cell.trim());
}

function cellIn(text: string): Cell {
  const { label, cells } = splitRow(text);
  if (!label && cells.length === 1) return cells[0]!;
  return { text, currency: null, nil: true };
}

/** Value cells lined up with the headings: spacer cells dropped and a lone "$" joined to the cell after it, when the row has more cells than headings. */
function compact(values: string[], width: number): string[] {
  if (values.length === width) return values;
  const kept: string[] = [];
  let mark = '';
  for (const value of values) {
    if (!value) continue;
    if (/^(?:US\$|HK\$|\$|€|£|¥)$/.test(value)) { mark = value; continue; }
    kept.push(mark ? `${mark}${value}` : value);
    mark = '';
  }
  return kept;
}

/** The pipe table starting at `start`, or undefined when fewer than two rows or no value column. */
export function parsePipeTable(lines: string[], start: number): TableSpan | undefined {
  let end = start;
  while (end < lines.length && isPipeRow(lines[end]!)) end++;
  const rows = lines.slice(start, end).filter((line) => !/^\|[\s:|-]+\|$/.test(line.trim()));
  if (rows.length < 2) return undefined;
  const header = pipeCells(rows[0]!);
  if (header.length < 2) return undefined;
  // HTML filings put "$" and spacer cells in columns of their own: headings are the non-empty header cells.
  const headings = header.slice(1).filter(Boolean);
  const columns: Period[] = headings.map((cell) => headerPeriods(cell)[0] ?? { text: cell, from: null, to: null });
  const before = start > 0 ? lines[start - 1]! : '';
  const captionLine = before && !isPipeRow(before) && before.length <= 150 ? before : '';
  const caption = [captionLine, header[0]].filter(Boolean).join(' ') || null;
  const spanRows: SpanRow[] = [];
  let sawCurrency = false;
  for (let i = start + 1; i < end; i++) {
    const line = lines[i]!;
    if (/^\|[\s:|-]+\|$/.test(line.trim())) continue;
    const [label = '', ...values] = pipeCells(line);
    const cells = compact(values, columns.length).map(cellIn);
    if (cells.some((cell) => cell.currency)) sawCurrency = true;
    const filled = cells.length === columns.length && cells.some((cell) => !cell.nil);
    spanRows.push({ label, cells: filled ? cells : [], lineStart: i, lineEnd: i + 1 });
  }
  const scale = captionScale(caption ?? '');
  const currency = currencyOf(caption ?? '') ?? (sawCurrency ? currencyOf(spanRows.flatMap((row) => row.cells.map((cell) => cell.currency ?? '')).join(' ')) : null);
  return { start, end, caption, columns, scale, currency, rows: spanRows };
}
