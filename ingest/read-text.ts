/** @module Plain text and Markdown: decode, refuse binary, and undo hard wrapping. */
import { BaogaoError } from '../core/index.js';
import { isCellLine, isHeaderLine } from './tables/index.js';

export function decodeText(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) throw new BaogaoError('unreadable_file', { message: `${source} is empty`, field: source });
  if (bytes.subarray(0, 8192).includes(0)) throw new BaogaoError('unreadable_file', { message: `${source} looks binary (NUL bytes)`, field: source });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new BaogaoError('unreadable_file', { message: `${source} is not valid UTF-8`, field: source, cause });
  }
  if (!text.trim()) throw new BaogaoError('unreadable_file', { message: `${source} has no text`, field: source });
  return text.replace(/^\uFEFF/, '');
}

/** Joins hard-wrapped lines of one paragraph; files that put a paragraph on each line are left alone. */
export function unwrapLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const nonEmpty = lines.filter((line) => line.trim());
  const longest = Math.max(...nonEmpty.map((line) => line.length));
  const continued = lines.filter((line, i) => line.trim() && lines[i + 1]?.trim()).length;
  const hardWrapped = longest <= 100 && nonEmpty.length >= 8 && continued / nonEmpty.length > 0.6;
  if (!hardWrapped) return lines;
  const joined: string[] = [];
  let current = '';
  for (const line of lines) {
    if (!line.trim()) {
      if (current) joined.push(current);
      current = '';
    } else {
      current = current ? `${current} ${line.trim()}` : line.trim();
    }
  }
  if (current) joined.push(current);
  return joined;
}

/** Markdown: headings and list markers lose their syntax, paragraphs are unwrapped, table rows kept one a line. */
export function markdownLines(text: string): string[] {
  const lines: string[] = [];
  let current = '';
  let currentIsCells = false;
  const flush = () => { if (current) lines.push(current); current = ''; currentIsCells = false; };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || /^(?:-{3,}|\*{3,}|_{3,})$/.test(line)) { flush(); continue; }
    // Table rows stay one a line (the table parser reads them); the |---| rule under the header is syntax.
    if (/^\|.*\|$/.test(line)) { flush(); if (!/^\|[\s:|-]+\|$/.test(line)) lines.push(line); continue; }
    const heading = line.match(/^#{1,6}\s+(.*)$/);
    if (heading) { flush(); lines.push(heading[1]!); continue; }
    if (/^(?:[-*+]|\d+[.)])\s+/.test(line) && !isCellLine(line)) { flush(); current = line.replace(/^[-*+]\s+/, ''); continue; }
    // Text pasted from a PDF puts a table's label and each of its figures on lines of their own: joining
    // them would glue one row's figures to the next row's label.
    // A column heading ("February 2, 2019") is a line of its own too.
    const cells = isCellLine(line) || isHeaderLine(line);
    if (cells || currentIsCells) flush();
    current = current ? `${current} ${line}` : line;
    currentIsCells = cells;
  }
  flush();
  return lines;
}
