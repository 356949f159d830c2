/** @module Turns cleaned lines into blocks with their section: headings, labelled entries, digests. */
import type { SectionKind, TableContext } from '../core/index.js';
import { matchSectionHeading } from './section-rules.js';
import { findTables, hasWords, splitRow, tableBlocks } from './tables/index.js';

export interface Block {
  text: string;
  section: string | null;
  sectionKind: SectionKind;
  backRefs?: number[];
  table?: TableContext;
}

const BULLET = /^[•·▪●◆■*-]\s+/;
const BACK_REFS = /(?:\s*\[para\.\s*\d+\])+\s*$/i;

function wordCount(line: string): number {
  return line.split(/\s+/).length + (line.match(/\p{Script=Han}/gu)?.length ?? 0) / 2;
}

/** "2020:" or "Fourth Quarter 2024:": a timeline date that belongs with the line after it. */
function isColonLabel(line: string): boolean {
  return /[:：]$/.test(line) && wordCount(line) <= 8;
}

/** A short unpunctuated line: a glossary name, or a subhead when prose follows. */
function isShortUnpunctuated(line: string): boolean {
  return wordCount(line) <= 14 && line.length <= 100 && !/[.。,，;；:：]$/.test(line) && !BULLET.test(line);
}

/** A bare number, or a label followed by figures, is table matter: never a section name. */
function isFigureLine(line: string): boolean {
  return !hasWords(line) || splitRow(line).cells.length > 0;
}

function isSubhead(line: string, next: string | undefined): boolean {
  return isShortUnpunctuated(line) && !isFigureLine(line) && next !== undefined && next.length > line.length * 1.5 && !matchSectionHeading(next);
}

function toBlock(text: string, section: string | null, sectionKind: SectionKind): Block {
  const withoutBullet = text.replace(BULLET, '');
  const refs = withoutBullet.match(BACK_REFS);
  if (!refs) return { text: withoutBullet, section, sectionKind };
  const backRefs = [...refs[0].matchAll(/\d+/g)].map((match) => Number(match[0]));
  return { text: withoutBullet.slice(0, refs.index).trimEnd(), section, sectionKind, backRefs };
}

export function splitBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let section: string | null = null;
  let sectionKind: SectionKind = 'body';
  const tables = new Map(findTables(lines).map((table) => [table.start, table]));
  for (let i = 0; i < lines.length; i++) {
    const table = tables.get(i);
    if (table) {
      // A table is a few paragraphs of rows, each carrying the caption, columns and unit it is read with.
      for (const block of tableBlocks(lines, table)) blocks.push({ text: block.text, section: table.caption && hasWords(table.caption) ? table.caption : section, sectionKind: 'body', table: block.table });
      i = table.end - 1;
      continue;
    }
    const line = lines[i]!;
    // A "$" or "—" kept to hold a table column's place says nothing outside a table.
    if (!/[\p{L}\p{N}]/u.test(line)) continue;
    const next = lines[i + 1];
    const heading = matchSectionHeading(line);
    if (heading) {
      section = line;
      sectionKind = heading;
      continue;
    }
    const labelsNext = next !== undefined && !matchSectionHeading(next) &&
      (isColonLabel(line) || (sectionKind === 'glossary' && isShortUnpunctuated(line) && !isShortUnpunctuated(next)));
    if (labelsNext) {
      // Kept on two lines so the block stays verbatim (up to whitespace) with its source.
      blocks.push(toBlock(`${line}\n${next}`, section, sectionKind));
      i++;
      continue;
    }
    if (sectionKind !== 'glossary' && sectionKind !== 'timeline' && isSubhead(line, next)) {
      section = line;
      sectionKind = 'body';
      continue;
    }
    blocks.push(toBlock(line, section, sectionKind));
  }
  return blocks;
}
