import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { captionScale, currencyOf } from './caption-scale.js';
import { cellNumber, isCellLine, splitRow } from './cells.js';
import { findTables } from './find-tables.js';
import { headerPeriods, isHeaderLine } from './header-periods.js';
import { htmlTableLines } from './parse-html.js';
import { tableBlocks } from './table-blocks.js';

describe('cells', () => {
  it('splits a row label from the cells after it', () => {
    expect(splitRow('Net sales $ 1,234 $ 1,100')).toMatchObject({ label: 'Net sales', cells: [{ text: '1,234', currency: '$' }, { text: '1,100', currency: '$' }] });
    expect(splitRow('Gain on sale (545) (586) —').cells.map((cell) => cell.text)).toEqual(['(545)', '(586)', '—']);
    expect(splitRow('Gross margin 41.2 % 39.8%').cells.map((cell) => cell.text)).toEqual(['41.2%', '39.8%']);
  });

  it('keeps a year that closes a label in the label, and reads words as words', () => {
    expect(splitRow('Notes due 2025')).toEqual({ label: 'Notes due 2025', cells: [] });
    expect(splitRow('Cash Flows from Operating Activities').cells).toEqual([]);
  });

  it('tells figure lines from text lines', () => {
    for (const line of ['(1,577)', '$ 5,363 $ 4,869', '$', '—', '7', '1,980 $']) expect(isCellLine(line), line).toBe(true);
    for (const line of ['Inventories', 'Revenue grew 12% in 2023.', '']) expect(isCellLine(line), line).toBe(false);
  });

  it('reads parentheses and minus signs as negatives, and a dash as no figure', () => {
    expect(cellNumber({ text: '(1,577)', currency: null, nil: false })).toEqual({ digits: '1577', negative: true, percent: false });
    expect(cellNumber({ text: '-0.42', currency: null, nil: false })).toEqual({ digits: '0.42', negative: true, percent: false });
    expect(cellNumber({ text: '12.5%', currency: null, nil: false })).toEqual({ digits: '12.5', negative: false, percent: true });
    expect(cellNumber({ text: '—', currency: null, nil: true })).toBeUndefined();
  });
});

describe('headers and captions', () => {
  it('reads one period per column heading', () => {
    expect(headerPeriods('2018 2017 2016').map((period) => period.from)).toEqual(['2018-01-01', '2017-01-01', '2016-01-01']);
    expect(headerPeriods('December 31, 2019 December 31, 2018').map((period) => period.to)).toEqual(['2019-12-31', '2018-12-31']);
    expect(headerPeriods('Fiscal 2024 FY2023').map((period) => period.text)).toEqual(['Fiscal 2024', 'FY2023']);
    expect(headerPeriods('Q4 2023')[0]).toEqual({ text: 'Q4 2023', from: '2023-10-01', to: '2023-12-31' });
  });

  it('takes header lines for headers, not sentences or rows that mention a year', () => {
    expect(isHeaderLine('Years ended December 31, 2018')).toBe(true);
    expect(isHeaderLine('February 3, 2018')).toBe(true);
    expect(isHeaderLine('Revenue rose sharply in 2018 across all segments')).toBe(false);
    expect(isHeaderLine('Net sales 2018 1,234')).toBe(false);
  });

  it('reads the scale and currency a caption gives', () => {
    expect(captionScale('(Millions)')).toBe('million');
    expect(captionScale('(in thousands, except per share data)')).toBe('thousand');
    expect(captionScale('$ in millions, except per share and share amounts')).toBe('million');
    expect(captionScale('Consolidated Balance Sheets')).toBeNull();
    expect(currencyOf('(in millions of U.S. dollars)')).toBe('USD');
    expect(currencyOf('人民币百万元')).toBe('CNY');
    expect(currencyOf('(Millions)')).toBeNull();
  });
});

/** A statement as PDF text extraction leaves it: the label, then each figure on a line of its own. */
const PDF_LAYOUT = [
  'Consolidated Statement of Cash Flows', 'Years ended December 31', '(Millions)', '2018', '2017', '2016',
  'Cash Flows from Operating Activities',
  'Net income including noncontrolling interest', '$', '5,363', '$', '4,869', '$', '5,058',
  'Adjustments to reconcile net income to net cash', 'provided by operating activities',
  'Depreciation and amortization', '1,488', '1,544', '1,474',
  'Purchases of property, plant and equipment (PP&E)', '(1,577)', '(1,373)', '(1,420)',
  'Other net', '9', '(6)',
  'Proceeds from sale of businesses 846 1,065 142',
  'The accompanying Notes to Consolidated Financial Statements are an integral part of this statement, and should be read with it in full.',
];

describe('tables in PDF text layout', () => {
  const [table] = findTables(PDF_LAYOUT);

  it('finds the table with its columns, scale and currency', () => {
    expect(table).toBeDefined();
    expect(table!.columns.map((column) => column.text)).toEqual(['2018', '2017', '2016']);
    expect(table!.scale).toBe('million');
    expect(table!.currency).toBe('USD');
    expect(table!.caption).toContain('Consolidated Statement of Cash Flows');
  });

  it('gathers each row\'s figures from the lines after its label', () => {
    const cells = (label: string) => table!.rows.find((row) => row.label.startsWith(label))?.cells.map((cell) => cell.text);
    expect(cells('Net income')).toEqual(['5,363', '4,869', '5,058']);
    expect(cells('Purchases of property')).toEqual(['(1,577)', '(1,373)', '(1,420)']);
    expect(cells('Proceeds from sale of businesses')).toEqual(['846', '1,065', '142']);
    // A label wrapped over two lines stays one label; a heading row has no cells.
    expect(table!.rows.some((row) => row.label === 'Adjustments to reconcile net income to net cash provided by operating activities')).toBe(true);
    expect(cells('Cash Flows from Operating Activities')).toEqual([]);
  });

  it('gives no cells to a row whose figures do not fill the columns, and stops at prose', () => {
    expect(table!.rows.find((row) => row.label === 'Other net')!.cells).toEqual([]);
    expect(PDF_LAYOUT[table!.end]).toMatch(/^The accompanying Notes/);
  });

  it('cuts the table into paragraphs of a few rows, each verbatim and each row quotable', () => {
    const blocks = tableBlocks(PDF_LAYOUT, table!);
    expect(blocks.length).toBeGreaterThan(1);
    const source = PDF_LAYOUT.join(' ');
    for (const block of blocks) {
      expect(source.includes(block.text.replace(/\s+/g, ' '))).toBe(true);
      expect(block.table.columns).toHaveLength(3);
      for (const row of block.table.rows) expect(block.text.includes(row.text)).toBe(true);
    }
  });

  it('ends a table where the next statement\'s one-line header starts, and reads that header', () => {
    const lines = ['2020 2019', 'Revenue 10 9', 'Page 89', 'ACME CORP. STATEMENTS OF CASH FLOWS (In thousands) Year Ended December 31, 2020 2019', 'Net income $ 5 $ 4'];
    const tables = findTables(lines);
    expect(tables.map((table) => [table.start, table.end])).toEqual([[0, 2], [3, 5]]);
    expect(tables[1]).toMatchObject({ scale: 'thousand', caption: expect.stringContaining('STATEMENTS OF CASH FLOWS') });
    expect(tables[1]!.rows[0]!.cells.map((cell) => cell.text)).toEqual(['5', '4']);
  });

  it('ends a table where a title is followed by the next statement\'s years, one a line', () => {
    const lines = ['2020', '2019', 'Revenue', '10', '9', 'ACME CORP. STATEMENTS OF CASH FLOWS (In thousands) Year Ended December 31,', '2020', '2019', 'Net income', '5', '4'];
    const tables = findTables(lines);
    expect(tables.map((table) => [table.start, table.end])).toEqual([[0, 5], [6, 11]]);
    expect(tables[1]!.caption).toContain('STATEMENTS OF CASH FLOWS');
    expect(tables[1]!.scale).toBe('thousand');
  });

  it('finds no table without a header of at least two periods', () => {
    expect(findTables(['Revenue', '1,234', 'Cost of sales', '(812)'])).toEqual([]);
    expect(findTables(['2023', 'Revenue grew strongly this year, helped by two new customers in Europe and Asia.'])).toEqual([]);
  });
});

describe('pipe and HTML tables', () => {
  it('reads a pipe table, its caption line and its spacer cells', () => {
    const lines = ['Statements of Operations (in millions)', '| | 2023 | | 2022 |', '| Net sales | $ | 1,240.5 | 1,102.3 |', '| Restructuring charge | 455.0 | — |', 'Next paragraph.'];
    const [table] = findTables(lines);
    expect(table).toMatchObject({ start: 1, end: 4, scale: 'million', currency: 'USD' });
    expect(table!.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([['1,240.5', '1,102.3'], ['455.0', '—']]);
  });

  it('writes an HTML table as pipe rows with its caption, colspans kept in line', () => {
    const root = parse('<table><caption>Data (in thousands)</caption><tr><th></th><th colspan="2">Fiscal 2024</th></tr><tr><td>Revenue</td><td>$</td><td>52,310</td></tr></table>');
    expect(htmlTableLines(root.querySelector('table')!)).toEqual(['Data (in thousands)', '|  | Fiscal 2024 |  |', '| Revenue | $ | 52,310 |']);
  });
});
