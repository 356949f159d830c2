/** @module Publication dates as the reports print them, read into ISO dates; never guessed. */

const MONTH_INDEX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

interface DatePattern {
  pattern: RegExp;
  read: (match: RegExpMatchArray) => [number, number, number] | undefined;
}

const month = (name: string | undefined) => MONTH_INDEX[(name ?? '').slice(0, 3).toLowerCase()];

const DATE_PATTERNS: DatePattern[] = [
  // 2025-10-09, 2025/10/09, 2025.10.09
  { pattern: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 2024年7月6日
  { pattern: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // Jun. 23, 2025 / June 23 2025
  {
    pattern: /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i,
    read: (m) => { const mm = month(m[1]); return mm ? [Number(m[3]), mm, Number(m[2])] : undefined; },
  },
  // 23 June 2025
  {
    pattern: /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})\b/i,
    read: (m) => { const mm = month(m[2]); return mm ? [Number(m[3]), mm, Number(m[1])] : undefined; },
  },
  // 02/25 2025 and 02/25/2025 (month first, as US and Chinese portals print it)
  { pattern: /(?<!\d)(\d{1,2})\/(\d{1,2})[/\s]\s*(\d{4})(?!\d)/, read: (m) => [Number(m[3]), Number(m[1]), Number(m[2])] },
];

function isValidDay(year: number, monthNumber: number, day: number): boolean {
  if (year < 1990 || year > 2100 || monthNumber < 1 || monthNumber > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
}

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** The first full calendar date (year, month and day) written in `text`. */
export function findDate(text: string): FoundDate | undefined {
  let best: FoundDate | undefined;
  for (const { pattern, read } of DATE_PATTERNS) {
    const match = text.match(pattern);
    if (!match || match.index === undefined) continue;
    const parts = read(match);
    if (!parts || !isValidDay(...parts)) continue;
    const [y, m, d] = parts;
    const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (!best || match.index < best.index) best = { iso, index: match.index, length: match[0].length };
  }
  return best;
}
