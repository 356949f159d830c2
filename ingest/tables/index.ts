/** @module Tables as tables: found among cleaned lines, parsed into rows × columns, cut into paragraphs, read into facts. */
export { findTables } from './find-tables.js';
export { tableBlocks, ROWS_PER_PARAGRAPH, type TableBlock } from './table-blocks.js';
export { isCellLine, hasWords, splitRow, cellNumber, type Cell } from './cells.js';
export { headerPeriods, isHeaderLine } from './header-periods.js';
export { captionScale, currencyOf, isCountRow, isPerUnitRow, SCALE_POWERS } from './caption-scale.js';
export { htmlTableLines } from './parse-html.js';
export { isPipeRow } from './parse-pipe.js';
export { tableFacts, tableEntityName } from './table-facts.js';
export type { TableSpan } from './table-span.js';
