/** @module Finds the tables among a document's cleaned lines: pipe tables first, then PDF text layouts. */
import { isPipeRow, parsePipeTable } from './parse-pipe.js';
import { parseTextTable } from './parse-text-layout.js';
import type { TableSpan } from './table-span.js';

/** Every table, in line order, none overlapping. */
export function findTables(lines: string[]): TableSpan[] {
  const tables: TableSpan[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const table = isPipeRow(line) ? parsePipeTable(lines, i) : parseTextTable(lines, i);
    if (!table) continue;
    tables.push(table);
    i = table.end - 1;
  }
  return tables;
}
