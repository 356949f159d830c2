/** @module Readable, stable document ids from publisher, date and title. */

const MAX_TITLE_WORDS = 6;

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9\p{Script=Han}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export function makeDocId(parts: { publisher: string | null; date: string | null; title: string }): string {
  const titleWords = slugify(parts.title).split('-').filter(Boolean).slice(0, MAX_TITLE_WORDS).join('-');
  return [parts.publisher && slugify(parts.publisher), parts.date, titleWords].filter(Boolean).join('-') || 'report';
}
