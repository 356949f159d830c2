/**
 * @module A table becomes paragraphs of a few rows each. Each keeps the table's caption, column periods
 * and unit beside its text (`TableContext`), so a row read alone still says what its numbers are; the
 * text itself stays verbatim, one row a line, so a row's text can be quoted exactly.
 */
import type { TableContext } from '../../core/index.js';
import { rowText, type TableSpan } from './table-span.js';

/** A few rows: enough to read a block of a statement, short enough to cite one line of it. */
export const ROWS_PER_PARAGRAPH = 6;
const MAX_TABLE_PARAGRAPH_CHARS = 900;

export interface TableBlock {
  text: string;
  table: TableContext;
}

export function tableBlocks(lines: string[], span: TableSpan): TableBlock[] {
  const blocks: TableBlock[] = [];
  const rowOfLine = new Map<number, number>();
  span.rows.forEach((row, r) => { for (let i = row.lineStart; i < row.lineEnd; i++) rowOfLine.set(i, r); });
  let chunkStart = span.start;
  let rowsInChunk: number[] = [];
  let chars = 0;
  const flush = (end: number) => {
    if (end <= chunkStart) return;
    let text = '';
    for (let i = chunkStart; i < end; i++) {
      const sameRow = i > chunkStart && rowOfLine.has(i) && rowOfLine.get(i) === rowOfLine.get(i - 1);
      text += i === chunkStart ? lines[i]! : `${sameRow ? ' ' : '\n'}${lines[i]!}`;
    }
    const rows = rowsInChunk.map((r) => span.rows[r]!).map((row) => ({ label: row.label, text: rowText(lines, row), cells: row.cells.map((cell) => cell.text) }));
    blocks.push({ text, table: { caption: span.caption, columns: span.columns, scale: span.scale, currency: span.currency, rows } });
    chunkStart = end;
    rowsInChunk = [];
    chars = 0;
  };
  span.rows.forEach((row, r) => {
    const length = rowText(lines, row).length;
    if (rowsInChunk.length >= ROWS_PER_PARAGRAPH || (rowsInChunk.length && chars + length > MAX_TABLE_PARAGRAPH_CHARS)) flush(row.lineStart);
    rowsInChunk.push(r);
    chars += length + 1;
  });
  flush(span.end);
  return blocks;
}
