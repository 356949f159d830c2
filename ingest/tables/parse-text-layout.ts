/**
 * @module Tables as PDF text extraction lays them out: a header of years, then each row label followed
 * by one value per column, on the same line or on the lines after it ("Depreciation", "1,488",
 * "1,544"), "$" in its own token, "(1,577)" for negatives, and a caption such as "(Millions)".
 */
import type { Period } from '../../core/index.js';
import { captionScale, currencyOf } from './caption-scale.js';
import { hasWords, isCellLine, loneCurrencyMark, splitRow, type Cell } from './cells.js';
import { headerPeriods, isHeaderFrame, isHeaderLine } from './header-periods.js';
import type { SpanRow, TableSpan } from './table-span.js';

/** Lines above the header that may name the table and its unit. */
const CAPTION_LOOKBACK = 3;
/** This many lines in a row with no figures end the table (they are prose or the next page). */
const MAX_WORD_LINES = 4;
/** A line this long, or a full sentence, is prose, not a row label. */
const PROSE_CHARS = 160;

/** "SQUARE, INC. CONSOLIDATED STATEMENTS OF CASH FLOWS (In thousands) Year Ended December 31, 2020 2019 2018": title and column years on one line. */
function yearsClosing(line: string): Period[] | undefined {
  const { label, cells } = splitRow(line);
  if (!label || cells.length < 2 || !cells.every((cell) => /^(?:19|20)\d{2}$/.test(cell.text))) return undefined;
  return cells.map((cell) => headerPeriods(cell.text)[0]!);
}

function isProse(line: string): boolean {
  return line.length > PROSE_CHARS || (/[.!?]$/.test(line) && line.split(/\s+/).length > 12);
}

/** The header starting at `start`: header lines (and frames between them) naming at least two columns. */
function readHeader(lines: string[], start: number): { end: number; columns: Period[]; text: string } | undefined {
  const columns: Period[] = [];
  const text: string[] = [];
  const titled = yearsClosing(lines[start]!);
  if (titled) return { end: start + 1, columns: titled, text: lines[start]! };
  let end = start;
  let frames = 0;
  while (end < lines.length) {
    const line = lines[end]!;
    if (isHeaderLine(line)) columns.push(...headerPeriods(line));
    // Frames ("Years ended December 31", "(Millions)") open a header; after its years only a unit line belongs to it ("Revenue" is a row).
    else if (isHeaderFrame(line) && ++frames <= 3 && (!columns.length || /millions|thousands|billions|except|unaudited|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?$/i.test(line))) { /* part of the header */ }
    else break;
    text.push(line);
    end++;
  }
  return columns.length >= 2 ? { end, columns, text: text.join(' ') } : undefined;
}

interface OpenRow {
  label: string;
  cells: Cell[];
  lineStart: number;
  lineEnd: number;
  broken: boolean;
}

/** The table whose header starts at `start`, or undefined when no row under it fills the columns. */
export function parseTextTable(lines: string[], start: number): TableSpan | undefined {
  if (!isHeaderLine(lines[start]!) && !isHeaderFrame(lines[start]!) && !yearsClosing(lines[start]!)) return undefined;
  const header = readHeader(lines, start);
  if (!header) return undefined;
  const width = header.columns.length;
  const rows: SpanRow[] = [];
  let open: OpenRow | undefined;
  let wordLines = 0;
  let lastFilled = -1;
  let marks = '';
  const close = () => {
    if (!open) return;
    rows.push({ label: open.label, cells: !open.broken && open.cells.length === width && open.cells.some((cell) => !cell.nil) ? open.cells : [], lineStart: open.lineStart, lineEnd: open.lineEnd });
    if (rows.at(-1)!.cells.length) lastFilled = rows.length - 1;
    open = undefined;
  };
  let i = header.end;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    // The next table's header (a new statement on the next page) ends this one.
    if ((isHeaderLine(line) && headerPeriods(line).length >= 2) || yearsClosing(line)) break;
    if (isCellLine(line)) {
      wordLines = 0;
      marks += loneCurrencyMark(line) ?? '';
      const { cells } = splitRow(line);
      if (open && open.cells.length < width) {
        open.cells.push(...cells);
        open.lineEnd = i + 1;
        if (open.cells.length > width) open.broken = true;
        // A title followed by "2020", "2019", "2018": the next statement's header, so this table ends above it.
        if (open.cells.length >= 2 && open.cells.every((cell) => /^(?:19|20)\d{2}$/.test(cell.text))) {
          open = undefined;
          break;
        }
        continue;
      }
      // Cells with no label waiting for them (a lone "$" or a stray total): part of the table, not of a row.
      if (!hasWords(line) && open) { open.lineEnd = i + 1; continue; }
      continue;
    }
    if (isProse(line)) break;
    const { label, cells } = splitRow(line);
    // "Accounts receivable net of allowances of $95 and $103" then "5,020", "4,911": the label's own figures are words.
    const labelsFigures = cells.length > 0 && cells.length < width && i + 1 < lines.length && isCellLine(lines[i + 1]!);
    // "… Year Ended December 31, 2020 2019 2018": a header restated on one line, not a row of figures.
    const restatesHeader = cells.length > 0 && cells.every((cell) => /^(?:19|20)\d{2}$/.test(cell.text));
    if (cells.length && !labelsFigures && !restatesHeader) {
      wordLines = 0;
      close();
      open = { label, cells, lineStart: i, lineEnd: i + 1, broken: cells.length > width };
      continue;
    }
    wordLines++;
    if (wordLines >= MAX_WORD_LINES) break;
    // "Adjustments to reconcile net income … to net cash" / "provided by operating activities": one label on two lines.
    if (open && open.cells.length === 0 && /^[a-z(]/.test(line)) {
      open.label = `${open.label} ${line}`;
      open.lineEnd = i + 1;
      continue;
    }
    close();
    open = { label: labelsFigures || restatesHeader ? line : label || line, cells: [], lineStart: i, lineEnd: i + 1, broken: false };
  }
  close();
  if (lastFilled < 0) return undefined;
  const kept = rows.slice(0, lastFilled + 1);
  const captionLines: string[] = [];
  for (let back = start - 1; back >= 0 && back >= start - CAPTION_LOOKBACK; back--) {
    const line = lines[back]!;
    if (isCellLine(line) || isProse(line) || /^Page \d+$/i.test(line)) break;
    captionLines.unshift(line);
  }
  const caption = [...captionLines, header.text].join(' ').replace(/\s+/g, ' ').trim() || null;
  const cellMarks = `${marks} ${kept.flatMap((row) => row.cells.map((cell) => cell.currency ?? '')).join(' ')}`;
  return {
    start,
    end: kept.at(-1)!.lineEnd,
    caption,
    columns: header.columns,
    scale: captionScale(caption ?? ''),
    currency: currencyOf(cellMarks) ?? currencyOf(caption ?? ''),
    rows: kept,
  };
}
