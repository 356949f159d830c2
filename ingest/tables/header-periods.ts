/**
 * @module A table's column periods from its header: "2018 2017 2016", "December 31, 2019",
 * "Fiscal Years Ended … 2020", "FY2021", "Q4 2023". One period per column, in order.
 */
import type { Period } from '../../core/index.js';

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** One column heading: an optional quarter, FY or month-day before a four-digit year. */
const COLUMN = new RegExp(`(?:\\b(?:Q([1-4])|([1-4])Q)\\s*['’]?)?\\b(?:FY\\s?|fiscal\\s+(?:year\\s+)?)?(?:(${MONTHS})\\.?\\s+\\d{1,2},?\\s+)?((?:19|20)\\d{2})\\b`, 'gi');
/** Words a header line may carry besides its years. */
const HEADER_WORDS = new RegExp(`^(?:${MONTHS}|fiscal|years?|ended|ending|as|of|at|for|the|and|three|six|nine|twelve|months?|quarters?|weeks?|period|q[1-4]|fy|in|millions?|thousands?|billions?|except|per|share|amounts?|data|unaudited|restated|note|notes|change|[$%€£¥]|\\d{1,2},?|\\(|\\))$`, 'i');
const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'];

/** The periods a header text names, one per column heading it holds. */
export function headerPeriods(text: string): Period[] {
  const periods: Period[] = [];
  for (const match of text.matchAll(COLUMN)) {
    const year = match[4]!;
    const quarter = Number(match[1] ?? match[2]);
    if (quarter) {
      periods.push({ text: match[0].trim(), from: `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`, to: `${year}-${LAST_DAY[quarter - 1]}` });
    } else {
      // A fiscal year is named by the year it ends in; its exact months are the filer's, so the calendar year stands for it.
      periods.push({ text: match[0].trim(), from: `${year}-01-01`, to: `${year}-12-31` });
    }
  }
  return periods;
}

/** A line that only heads columns: years, and the few words that frame them ("Years ended December 31"). */
export function isHeaderLine(line: string): boolean {
  if (line.length > 160) return false;
  const periods = headerPeriods(line);
  const rest = line.replace(COLUMN, ' ').replace(/[(),.:]/g, ' ').split(/\s+/).filter(Boolean);
  if (!periods.length) return false;
  // No other numbers than days of the month, and at most a few words that are not header words.
  if (rest.some((word) => /\d/.test(word) && !/^\d{1,2},?$/.test(word))) return false;
  return rest.filter((word) => !HEADER_WORDS.test(word)).length <= 2;
}

/** A short line without figures that frames a header ("Years ended December 31", "(Millions)", "Fiscal Years Ended"). */
export function isHeaderFrame(line: string): boolean {
  if (line.length > 80 || /\d{3}/.test(line)) return false;
  // Its only number is a day after a month ("Years ended December 31"): "Revenue 10 9" is a row.
  const numbers = line.match(/\d+/g) ?? [];
  if (numbers.length > 1 || (numbers.length === 1 && !new RegExp(`(?:${MONTHS})\\.?\\s+\\d{1,2},?\\s*$`, 'i').test(line))) return false;
  const words = line.replace(/[(),.:]/g, ' ').split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 8 && words.filter((word) => !HEADER_WORDS.test(word)).length <= 1;
}
