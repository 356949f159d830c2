/** @module Drops page chrome and repeated lines, keeping every surviving line verbatim. */
import { CHROME_RULES, isBareSeparator, type ChromeKind } from './chrome-rules.js';
import { isCellLine, isPipeRow } from './tables/index.js';

export interface CleanResult {
  lines: string[];
  dropped: { line: string; kind: ChromeKind | 'duplicate' }[];
  /** A paywall stub was found: the report's text stops short of the full article. */
  truncated: boolean;
}

/** Short lines repeat legitimately (timeline dates like "May 2025:"); long ones repeat only by accident. */
function isLongEnoughToDedupe(line: string): boolean {
  const han = line.match(/\p{Script=Han}/gu)?.length ?? 0;
  return line.length + han >= 16 && !/[:：]$/.test(line);
}

/** "$" or "—" beside a table's cells holds a column's place: dropping it would shift the row. */
function holdsCellPlace(line: string, previous: string | undefined, next: string | undefined): boolean {
  return /^(?:US\$|HK\$|\$|€|£|¥|[—–-]{1,2})$/.test(line) && [previous, next].some((neighbour) => neighbour !== undefined && isCellLine(neighbour));
}

export function cleanLines(rawLines: string[]): CleanResult {
  const lines: string[] = [];
  const dropped: CleanResult['dropped'] = [];
  const seen = new Set<string>();
  let skipNext = 0;
  let skipKind: ChromeKind = 'separator';
  let truncated = false;
  const squashed = rawLines.map((raw) => raw.replace(/[\s\u00a0\u3000]+/g, ' ').trim());
  // The next non-empty line after each line: a table row's cells often sit on the lines after its label.
  const nextOf: (string | undefined)[] = [];
  for (let i = squashed.length - 1, next: string | undefined; i >= 0; i--) {
    nextOf[i] = next;
    if (squashed[i]) next = squashed[i];
  }
  for (const [i, line] of squashed.entries()) {
    if (!line) continue;
    if (skipNext > 0) {
      skipNext--;
      dropped.push({ line, kind: skipKind });
      continue;
    }
    const rule = CHROME_RULES.find((candidate) => candidate.pattern.test(line));
    if (rule) {
      dropped.push({ line, kind: rule.kind });
      skipNext = rule.dropNext ?? 0;
      skipKind = rule.kind;
      if (rule.kind === 'paywall') truncated = true;
      continue;
    }
    if (isBareSeparator(line) && !holdsCellPlace(line, lines.at(-1), nextOf[i])) {
      dropped.push({ line, kind: 'separator' });
      continue;
    }
    // Tables repeat figures and labels legitimately (total assets = total liabilities and equity).
    if (isLongEnoughToDedupe(line) && !isCellLine(line) && !isPipeRow(line) && !(nextOf[i] !== undefined && isCellLine(nextOf[i]!))) {
      if (seen.has(line)) {
        dropped.push({ line, kind: 'duplicate' });
        continue;
      }
      seen.add(line);
    }
    lines.push(line);
  }
  return { lines, dropped, truncated };
}
