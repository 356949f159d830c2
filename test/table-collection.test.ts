/**
 * A second collection, written for the test suite: three short fictional filings with tables — one
 * Markdown, one HTML, one PDF made here with pdf-lib — so table reading is checked on reports no rule
 * was written for. Asked end to end: the figure in the first sentence, the right filing cited,
 * negatives, the caption's scale and the header's period.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { parseQuantities, type Answer } from '../core/index.js';
import { quarryPeakPdf, QUARRY_PEAK_FILE } from './fixtures/filings/quarry-peak-pdf.js';
import { buildCollection, readFolder } from './helpers/collection.js';

const FILINGS = fileURLToPath(new URL('./fixtures/filings', import.meta.url));
const { snapshot, index } = await buildCollection([...readFolder(FILINGS), { name: QUARRY_PEAK_FILE, bytes: await quarryPeakPdf() }]);
const paragraphs = new Map(snapshot.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
const docOf = (source: string) => snapshot.documents.find((document) => document.source === source)!.docId;
const HARBOR = docOf('harbor-lane-foods-2023-annual-report.md');
const CORVID = docOf('corvid-systems-fiscal-2024-10-k.html');
const QUARRY = docOf(QUARRY_PEAK_FILE);

async function ask(question: string): Promise<Answer> {
  return answer([{ role: 'user', content: question }], { index });
}

const firstSentence = (text: string) => text.replace(/\s*\[\d+\]/g, '').split(/(?<=[.!?])\s+(?=[A-Z])/)[0]!;

function expectInvariants(result: Answer) {
  for (const citation of result.citations) expect(paragraphs.get(citation.paragraphId)!.text.includes(citation.quote), citation.quote).toBe(true);
  expect(result.ungroundedNumbers).toEqual([]);
}

describe('a collection of filings with tables (Markdown, HTML, PDF)', () => {
  it('reads every table into facts with the company, the period and the scale', () => {
    const tableFacts = snapshot.facts.filter((fact) => fact.table);
    expect(new Set(tableFacts.map((fact) => fact.docId))).toEqual(new Set([HARBOR, CORVID, QUARRY]));
    const capex = tableFacts.find((fact) => fact.docId === QUARRY && fact.label === 'capital expenditure' && fact.period.from === '2022-01-01')!;
    expect(capex).toMatchObject({ entityName: 'Quarry Peak Mining Ltd.', metric: 'capex', value: '-212000000', currency: 'USD', scale: 'million', text: '(212)' });
    const revenue = tableFacts.find((fact) => fact.docId === CORVID && fact.label === 'revenue' && fact.period.text === 'Fiscal 2024')!;
    expect(revenue).toMatchObject({ entityName: 'Corvid Systems Corporation', value: '52310000', scale: 'thousand' });
    // Per-share amounts and head counts are not in the caption's scale.
    expect(tableFacts.find((fact) => fact.docId === CORVID && /per share/.test(fact.table!.row) && fact.period.text === 'Fiscal 2024')).toMatchObject({ value: '-0.21', scale: null });
    expect(tableFacts.find((fact) => fact.docId === CORVID && fact.label === 'employees' && fact.period.text === 'Fiscal 2023')).toMatchObject({ value: '284', unit: 'number', scale: null });
    // A dash is no figure; every quote is its row, verbatim in its paragraph.
    expect(tableFacts.some((fact) => fact.docId === HARBOR && fact.label === 'restructuring charge' && fact.period.from === '2022-01-01')).toBe(false);
    for (const fact of tableFacts) expect(paragraphs.get(fact.paragraphId)!.text.includes(fact.quote)).toBe(true);
  });

  it('never names a section after a table row or a bare number', () => {
    for (const paragraph of snapshot.paragraphs) if (paragraph.section) expect(paragraph.section, paragraph.id).toMatch(/\p{L}{2}/u);
  });

  it.each([
    ["What was Harbor Lane's revenue in 2023?", 'harbor', /\$1,240\.5 million \(\$1\.241 billion\)/, /2023/],
    ['What were Harbor Lane net sales in 2022?', 'harbor', /\$1,102\.3 million/, /2022/],
    ['How much did Quarry Peak spend on capital expenditure in 2022?', 'quarry', /\$212 million/, /2022/],
    ["What was Corvid Systems' capex in fiscal 2023?", 'corvid', /\$2,480 thousand/, /2023/],
    ["What were Corvid Systems' total revenues in fiscal 2024?", 'corvid', /\$52,310 thousand/, /2024/],
    ['What was the operating cash flow of Quarry Peak in 2021?', 'quarry', /\$388 million/, /2021/],
  ])('%s', async (question, company, figure, year) => {
    const result = await ask(question);
    const expected = { harbor: HARBOR, corvid: CORVID, quarry: QUARRY }[company]!;
    expect(result.refused).toBe(false);
    const first = firstSentence(result.answer);
    expect(first).toMatch(figure);
    expect(first).toMatch(year);
    // A sentence in words, not an "Entity: figure" fragment.
    expect(first.split(/\s+/).length).toBeGreaterThan(5);
    expect(result.citations[0]!.docId).toBe(expected);
    expectInvariants(result);
  });

  it('says a figure in parentheses is negative, and keeps the sign in the cited row', async () => {
    for (const [question, cell] of [["What was Harbor Lane's operating income in 2023?", '(26.5)'], ["What was Corvid Systems' net loss in fiscal 2024?", '(4,215)']] as const) {
      const result = await ask(question);
      const first = firstSentence(result.answer);
      expect(first).toMatch(/negative/);
      expect(first).toContain(cell);
      expect(result.citations[0]!.quote).toContain(cell);
      expectInvariants(result);
    }
  });

  it('does not answer one company\'s question with another\'s table', async () => {
    const result = await ask('What was Quarry Peak revenue in 2023?');
    const cited = new Set(result.citations.map((citation) => citation.docId));
    if (!result.refused && parseQuantities(firstSentence(result.answer)).some((quantity) => quantity.unit === 'currency')) expect([...cited]).toEqual([QUARRY]);
    expectInvariants(result);
  });

  it.each([
    // 366.7 / 1,102.3; (1,240.5 − 1,102.3) / 1,102.3; 812.0 / 1,240.5; 415 − 212; (52,310 − 47,905) / 47,905
    ["What was Harbor Lane Foods' operating margin in 2022?", 'harbor', /33\.27%/],
    ["What was Harbor Lane Foods' year-over-year change in net sales from 2022 to 2023?", 'harbor', /12\.54%/],
    ['What was cost of sales as a percentage of net sales for Harbor Lane Foods in 2023?', 'harbor', /65\.46%/],
    ["What was Quarry Peak Mining's free cash flow in 2022?", 'quarry', /\$203 million/],
    ["What was Corvid Systems' total revenue growth rate from fiscal 2023 to fiscal 2024?", 'corvid', /9\.2%/],
  ])('works out a measure analysts name without defining it: %s', async (question, company, figure) => {
    const result = await ask(question);
    const expected = { harbor: HARBOR, corvid: CORVID, quarry: QUARRY }[company]!;
    expect(result.refused).toBe(false);
    expect(firstSentence(result.answer)).toMatch(figure);
    // Every operand is a cited cell of the company's own filing.
    expect(result.calculations).toHaveLength(1);
    for (const operand of result.calculations[0]!.operands) expect(operand.citation, operand.text).toBeDefined();
    expect(new Set(result.citations.map((citation) => citation.docId))).toEqual(new Set([expected]));
    expectInvariants(result);
  });

  it('does not work out a measure from a line item the filing lacks', async () => {
    // Harbor Lane has no balance sheet: no current assets, so no working capital figure.
    const result = await ask("What was Harbor Lane Foods' working capital in 2023?");
    expect(result.calculations).toEqual([]);
    expectInvariants(result);
  });
});
