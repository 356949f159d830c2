/** @module The shape every table parser returns: where the table lies among the lines, and its rows × columns. */
import type { Currency, Period } from '../../core/index.js';
import type { Cell } from './cells.js';

export interface SpanRow {
  label: string;
  /** One cell per column, or none when the row's cells do not fill the columns (a heading, a broken row). */
  cells: Cell[];
  /** Lines [lineStart, lineEnd) hold the row; its text is them joined by spaces. */
  lineStart: number;
  lineEnd: number;
}

export interface TableSpan {
  /** First line of the table (its header), and one past its last row. */
  start: number;
  end: number;
  caption: string | null;
  columns: Period[];
  scale: string | null;
  currency: Currency | null;
  rows: SpanRow[];
}

export function rowText(lines: string[], row: Pick<SpanRow, 'lineStart' | 'lineEnd'>): string {
  return lines.slice(row.lineStart, row.lineEnd).join(' ');
}
