/** @module The search filter as a predicate, for the embedded store (Qdrant gets it as a query filter). */
import type { SearchFilter } from '../core/index.js';
import type { IndexedParagraph } from './report-store.js';

/** Whether the filter sets no condition (`{}`, an empty entity list): every point matches, so none need checking. */
export function isUnfiltered(filter: SearchFilter | undefined): boolean {
  return !filter || (filter.docId === undefined && !filter.lang && !filter.entities?.length && !filter.dateFrom && !filter.dateTo);
}

export function matchesFilter(point: IndexedParagraph, filter: SearchFilter | undefined): boolean {
  if (!filter) return true;
  const { paragraph } = point;
  if (filter.docId !== undefined) {
    const wanted = Array.isArray(filter.docId) ? filter.docId : [filter.docId];
    if (!wanted.includes(paragraph.docId)) return false;
  }
  if (filter.lang && paragraph.lang !== filter.lang && !(filter.lang === 'zh' && paragraph.original)) return false;
  if (filter.entities?.length && !filter.entities.some((id) => point.entities.includes(id))) return false;
  if (filter.dateFrom || filter.dateTo) {
    if (!point.date) return false;
    if (filter.dateFrom && point.date < filter.dateFrom) return false;
    if (filter.dateTo && point.date > filter.dateTo) return false;
  }
  return true;
}
