/** @module Title, publisher, date and authors, read from a report's own header lines. */
import { findDate } from './parse-date.js';

export interface HeaderMetadata {
  title: string | null;
  publisher: string | null;
  date: string | null;
  authors: string[];
  /** `Key: value` header lines ("Filing year: 2018", "Company: …"), keys lower-cased. */
  fields: Map<string, string>;
  /** Indexes of lines consumed as metadata (they are not paragraphs). */
  consumed: Set<number>;
}

export interface MetadataHints {
  title?: string;
  publisher?: string;
  date?: string;
  authors?: string[];
}

/** How far into a report the header may reach. */
const HEADER_LINES = 16;
const PUBLISHER_LINE = /^(?:Produced by|Source|Publisher|Published by|来源|出品)\s*[|:：｜]?\s*(.{2,40})$/i;
const ENGLISH_BYLINE = /^By\s+(.{3,120})$/;
const CHINESE_BYLINE = /^(?:文|作者|记者)\s*[|｜:：]\s*(.{2,40})$/;
const CHINESE_ORG = /(?:周刊|日报|晚报|杂志|新闻|记者|网|社)$/;
/** Header fields a report may state about itself; other "Key: value" lines stay body text. */
const FIELD_LINE = /^(Filing year|Fiscal year|Fiscal period|Company|Issuer|Registrant|Document type|Form|Period)\s*[:：]\s*(.{1,80})$/i;
/** "At December 31", "Fiscal Years Ended January 28, 2023": a period heading over a table, not an outlet. */
const PERIOD_HEADING = /^(?:at|as (?:of|at)|on|in|for|from|through|to|since)$|\b(?:at|as of|as at|ended|ending|for|through|years?|quarters?|months|weeks|period|fiscal)\s*$/i;
/** "Amcor AMCOR_2022_8K_dated-2022-07-01": a title built from a file name, which a date inside does not make a dateline. */
const PAGE_HEADING = /^(?:Page|p\.)\s*\d+$|^第\s*\d+\s*页$/i;
const FILE_NAME_TOKEN = /[A-Za-z0-9]_[A-Za-z0-9]/;
const SELF_REFERENCE = /\b(?:told|revealed to|analysis by|reported by|interview with)\s+["“]?([A-Z][A-Za-z]{3,20})\b/g;

function splitEnglishNames(list: string): string[] {
  // "Caixin Weekly’s Liu Peilin and Guan Cong": the possessive names the outlet, not a person.
  const withoutOutlet = list.replace(/^.*?['’]s\s+/, '');
  return withoutOutlet.split(/\s*,\s*|\s+and\s+|\s*&\s*/).map((name) => name.trim()).filter((name) => /^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}$/.test(name));
}

function splitChineseNames(list: string): string[] {
  return list.split(/\s+/).filter((name) => name && !CHINESE_ORG.test(name));
}

function isTitleLike(line: string): boolean {
  const words = line.split(/\s+/).length;
  return line.length >= 8 && line.length <= 200 && words <= 32 && !/[.。;；,，]$/.test(line);
}

/** A one- to three-word line with no punctuation on top of the page is the outlet's masthead. */
function isMasthead(line: string): boolean {
  return /^[\p{L}\p{N} ]{2,30}$/u.test(line) && line.split(/\s+/).length <= 3 && !/^\d/.test(line) && !PERIOD_HEADING.test(line);
}

/** When nothing names the outlet, a name the article keeps reporting to ("told Zhidongxi") does. */
export function publisherFromSelfReference(body: string): string | null {
  const counts = new Map<string, number>();
  for (const match of body.matchAll(SELF_REFERENCE)) counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1);
  const [name, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return name && count !== undefined && count >= 2 ? name : null;
}

export function detectMetadata(lines: string[], hints: MetadataHints = {}): HeaderMetadata {
  const consumed = new Set<number>();
  let title: string | null = null;
  let publisher: string | null = null;
  let date: string | null = null;
  const english: string[] = [];
  const chinese: string[] = [];
  const fields = new Map<string, string>();
  const header = lines.slice(0, HEADER_LINES);
  // A title stands above the body; once prose has started, a short line is a subhead, not the title.
  let bodyStarted = false;

  // A page heading ("Page 57") starts the pages: a date or short line after it is a table's heading, not a dateline.
  let pagesStarted = false;

  header.forEach((line, index) => {
    if (pagesStarted || PAGE_HEADING.test(line)) {
      pagesStarted = true;
      return;
    }
    const byline = line.match(ENGLISH_BYLINE) ?? null;
    const chineseByline = line.match(CHINESE_BYLINE) ?? null;
    const publisherLine = line.match(PUBLISHER_LINE) ?? null;
    const found = line.length <= 80 ? findDate(line) : undefined;
    const field = line.match(FIELD_LINE);
    if (field) {
      if (!fields.has(field[1]!.toLowerCase())) fields.set(field[1]!.toLowerCase(), field[2]!.trim());
      consumed.add(index);
    } else if (found && !title && !bodyStarted && FILE_NAME_TOKEN.test(line) && isTitleLike(line)) {
      title = line;
      date ??= found.iso;
      consumed.add(index);
    } else if (byline && splitEnglishNames(byline[1]!).length) {
      english.push(...splitEnglishNames(byline[1]!));
      consumed.add(index);
    } else if (chineseByline) {
      chinese.push(...splitChineseNames(chineseByline[1]!));
      consumed.add(index);
    } else if (publisherLine) {
      publisher ??= publisherLine[1]!.trim();
      consumed.add(index);
    } else if (found && !date) {
      date = found.iso;
      // "定焦One2025-10-09 10:34": the outlet's name is glued in front of the date.
      const before = line.slice(0, found.index).replace(/^(?:Published|Updated|发布时间|发布于)\s*[:：]?\s*/i, '').trim();
      if (before && isMasthead(before)) publisher ??= before;
      consumed.add(index);
    } else if (index === 0 && isMasthead(line) && lines.length > 1) {
      publisher = line;
      consumed.add(index);
    } else if (!title && !bodyStarted && isTitleLike(line)) {
      title = line;
      consumed.add(index);
    } else {
      bodyStarted = true;
    }
  });
  const authors = english.length ? english : chinese;
  return {
    title: title ?? hints.title ?? null,
    publisher: publisher ?? hints.publisher ?? null,
    date: date ?? (hints.date ? findDate(hints.date)?.iso ?? null : null),
    authors: authors.length ? [...new Set(authors)] : (hints.authors ?? []),
    fields,
    consumed,
  };
}
