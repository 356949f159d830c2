/** @module Picks the reader for a file by its extension; unknown kinds are refused, not guessed. */
import { BaogaoError } from '../core/index.js';
import type { MetadataHints } from './detect-metadata.js';
import { readHtml } from './read-html.js';
import { readPdf } from './read-pdf.js';
import { decodeText, markdownLines, unwrapLines } from './read-text.js';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf'] as const;

export interface ReadReport {
  /** The text the paragraphs are cut from; every paragraph is verbatim in it, up to whitespace. */
  lines: string[];
  hints: MetadataHints;
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

export function isSupported(name: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

export async function readReport(name: string, bytes: Uint8Array): Promise<ReadReport> {
  switch (extensionOf(name)) {
    case '.txt':
      return { lines: unwrapLines(decodeText(bytes, name)), hints: {} };
    case '.md':
    case '.markdown':
      return { lines: markdownLines(decodeText(bytes, name)), hints: {} };
    case '.html':
    case '.htm':
      return readHtml(decodeText(bytes, name));
    case '.pdf':
      if (bytes.length === 0) throw new BaogaoError('unreadable_file', { message: `${name} is empty`, field: name });
      return { lines: await readPdf(bytes, name), hints: {} };
    default:
      throw new BaogaoError('unreadable_file', { message: `${name}: unsupported file type`, field: name });
  }
}
