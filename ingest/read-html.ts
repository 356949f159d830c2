/** @module HTML: the visible text, one block a line, plus the page's own metadata as hints. */
import { parse } from 'node-html-parser';
import type { MetadataHints } from './detect-metadata.js';
import { htmlTableLines } from './tables/index.js';

const NOT_CONTENT = 'script, style, noscript, nav, iframe, svg, form, button, template';

function meta(root: ReturnType<typeof parse>, names: string[]): string | undefined {
  for (const name of names) {
    const value = root.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

export function readHtml(html: string): { lines: string[]; hints: MetadataHints } {
  const root = parse(html, { blockTextElements: { script: false, style: false, noscript: false } });
  const hints: MetadataHints = {};
  const title = meta(root, ['og:title', 'twitter:title']) ?? root.querySelector('title')?.text.trim();
  const date = meta(root, ['article:published_time', 'pubdate', 'date', 'publishdate']);
  const publisher = meta(root, ['og:site_name', 'publisher']);
  const author = meta(root, ['author', 'article:author']);
  if (title) hints.title = title;
  if (date) hints.date = date;
  if (publisher) hints.publisher = publisher;
  if (author) hints.authors = [author];
  for (const node of root.querySelectorAll(NOT_CONTENT)) node.remove();
  root.querySelector('head')?.remove();
  // Tables become pipe rows, one paragraph element per row, so their cells keep their columns.
  for (const table of root.querySelectorAll('table').filter((node) => !node.parentNode?.closest('table'))) {
    const escaped = htmlTableLines(table).map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`);
    table.replaceWith(parse(`<div>${escaped.join('')}</div>`));
  }
  const body = root.querySelector('body') ?? root;
  return { lines: body.structuredText.split('\n'), hints };
}
