/**
 * @module Table cells as PDF text extraction and Markdown write them: "(1,577)", "$ 5,363", "12.5%",
 * "—". A line splits into a row label and the cells after it.
 */

/** A number as a table cell writes it: thousands separators, decimals, parentheses for negatives, a minus, a percent sign. */
const NUMBER_CELL = /^\(?[-−–]?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?%?$|^\(?[-−–]?\d+(?:\.\d+)?\)?%?$|^\(?[-−–]?\.\d+\)?%?$/;
const MAX_ROW_CHARS = 400;
/** A dash in a cell means nothing (or zero) is reported for that column. */
const NIL_CELL = /^[—–-]{1,2}$/;
/** Currency marks set on their own, as PDF extraction often leaves them ("$", "5,363"). */
const CURRENCY_MARK = /^(?:US\$|HK\$|RMB|\$|€|£|¥)$/;

export interface Cell {
  /** The cell as written, without a detached currency mark ("(1,577)", "5,363", "—"). */
  text: string;
  /** A currency mark stood before it ("$ 5,363" or "$5,363"). */
  currency: string | null;
  /** "—": the column has no figure. */
  nil: boolean;
}

/** One whitespace-separated token of a line read as a cell, or undefined when it is a word. */
function cellOf(token: string, mark: string | null): Cell | undefined {
  const attached = token.match(/^\(?(US\$|HK\$|\$|€|£|¥)/);
  const bare = attached ? token.replace(attached[1]!, '') : token;
  if (NIL_CELL.test(bare)) return { text: bare, currency: mark, nil: true };
  if (!NUMBER_CELL.test(bare)) return undefined;
  return { text: bare, currency: attached?.[1] ?? mark, nil: false };
}

/** The cells a line ends with, and the label before them ("Net sales $ 1,234 $ 1,100" → "Net sales", two cells). */
export function splitRow(line: string): { label: string; cells: Cell[] } {
  // No table row is this long: a line like this is prose, and is not tokenized at all.
  if (line.length > MAX_ROW_CHARS) return { label: line.trim(), cells: [] };
  const tokens = line.trim().split(/\s+/).filter(Boolean);
  const cells: Cell[] = [];
  let end = tokens.length;
  // "1,980 $": PDF extraction can leave the next column's "$" at the end of a line.
  if (end >= 2 && CURRENCY_MARK.test(tokens[end - 1]!) && cellOf(tokens[end - 2]!, null)) end--;
  // Walk back from the end: cells, the currency marks before them, and a lone "%" after one.
  while (end > 0) {
    const token = tokens[end - 1]!;
    if (token === '%' && end >= 2 && cellOf(tokens[end - 2]!, null)) {
      const cell = cellOf(tokens[end - 2]!, null)!;
      cells.unshift({ ...cell, text: `${cell.text}%` });
      end -= 2;
      continue;
    }
    if (CURRENCY_MARK.test(token) && cells.length) {
      if (!cells[0]!.currency) cells[0] = { ...cells[0]!, currency: token };
      end--;
      continue;
    }
    const cell = cellOf(token, null);
    if (!cell) break;
    cells.unshift(cell);
    end--;
  }
  const label = tokens.slice(0, end).join(' ');
  // "Notes due 2025": a lone year closing a label is part of it.
  if (label && cells.length === 1 && /^(?:19|20)\d{2}$/.test(cells[0]!.text)) return { label: line.trim(), cells: [] };
  return { label, cells };
}

/** The currency mark a line holds alone ("$"), or null. */
export function loneCurrencyMark(line: string): string | null {
  const trimmed = line.trim();
  return CURRENCY_MARK.test(trimmed) ? trimmed : null;
}

/** A line that is only cells and currency marks ("$ 5,363 $ 4,869", "(57)", "—", "$"). */
export function isCellLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed) return false;
  if (CURRENCY_MARK.test(trimmed)) return true;
  const { label, cells } = splitRow(trimmed);
  return !label && cells.length > 0;
}

/** A line with letters: something a reader could take for a label or a sentence. */
export function hasWords(line: string): boolean {
  return /\p{L}{2,}/u.test(line);
}

/** A cell's value as a signed decimal string, the sign from parentheses or a minus. */
export function cellNumber(cell: Cell): { digits: string; negative: boolean; percent: boolean } | undefined {
  if (cell.nil) return undefined;
  const percent = cell.text.endsWith('%');
  const negative = /^\(.*\)%?$/.test(cell.text) || /^\(?[-−–]/.test(cell.text);
  const digits = cell.text.replace(/[()%,\s]/g, '').replace(/^[-−–]/, '');
  if (!/^\d*\.?\d+$/.test(digits)) return undefined;
  return { digits, negative, percent };
}
