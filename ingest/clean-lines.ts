/** @module Drops page chrome and repeated lines, keeping every surviving line verbatim. */
import { CHROME_RULES, isBareSeparator, type ChromeKind } from './chrome-rules.js';

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

export function cleanLines(rawLines: string[]): CleanResult {
  const lines: string[] = [];
  const dropped: CleanResult['dropped'] = [];
  const seen = new Set<string>();
  let skipNext = 0;
  let skipKind: ChromeKind = 'separator';
  let truncated = false;
  for (const raw of rawLines) {
    const line = raw.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
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
    if (isBareSeparator(line)) {
      dropped.push({ line, kind: 'separator' });
      continue;
    }
    if (isLongEnoughToDedupe(line)) {
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
