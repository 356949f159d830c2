/**
 * Measures a question defines itself (ratios, working capital, turnover with averages), worked out from
 * a fictional filing's table cells with every operand cited.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { definitionIn } from '../agent/offline/plan-defined-formula.js';
import type { Answer } from '../core/index.js';
import { buildCollection } from './helpers/collection.js';

const FILING = [
  '# Willow Creek Outfitters WILLOWCREEK_2023_10K', '', 'Filing year: 2023', '', '## Page 40', '',
  'Consolidated Balance Sheets (in millions)', '',
  '| | 2023 | 2022 |', '|---|---:|---:|',
  '| Inventories | 410.0 | 390.0 |', '| Total current assets | 1,200.0 | 1,050.0 |', '| Total current liabilities | 800.0 | 700.0 |', '| Total assets | 3,000.0 | 2,800.0 |', '',
  '## Page 41', '', 'Consolidated Statements of Operations (in millions)', '',
  '| | 2023 | 2022 |', '|---|---:|---:|',
  '| Net sales | 2,500.0 | 2,300.0 |', '| Cost of sales | 1,600.0 | 1,500.0 |', '| Net income (loss) | (60.0) | 90.0 |', '',
  '## Page 42', '', 'Consolidated Statements of Cash Flows (in millions)', '',
  '| | 2023 | 2022 |', '|---|---:|---:|',
  '| Net cash provided by operating activities | 300.0 | 280.0 |', '| Purchases of property, plant and equipment | (120.0) | (110.0) |',
].join('\n');

/** A second filer whose cash-flow table states no scale, beside an income statement in millions. */
const MIXED = [
  '# Pine Ridge Tools PINERIDGE_2023_10K', '', 'Filing year: 2023', '', '## Page 30', '',
  'Consolidated Statements of Income (in millions)', '', '| | 2023 | 2022 |', '|---|---:|---:|',
  '| Net sales | 900.0 | 850.0 |', '| Operating income | 120.0 | 110.0 |', '',
  '## Page 31', '', 'Consolidated Statements of Cash Flows', '', '| | 2023 | 2022 |', '|---|---:|---:|',
  '| Depreciation and amortization | 35.0 | 33.0 |', '| Net cash provided by operating activities | 140.0 | 130.0 |',
].join('\n');

const { index, snapshot } = await buildCollection([
  { name: 'WILLOWCREEK_2023_10K.md', bytes: new TextEncoder().encode(FILING) },
  { name: 'PINERIDGE_2023_10K.md', bytes: new TextEncoder().encode(MIXED) },
]);
const paragraphs = new Map(snapshot.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
const ask = (question: string): Promise<Answer> => answer([{ role: 'user', content: question }], { index });

function expectCitedAndGrounded(result: Answer) {
  expect(result.ungroundedNumbers).toEqual([]);
  expect(result.citations.length).toBeGreaterThan(0);
  for (const citation of result.citations) expect(paragraphs.get(citation.paragraphId)!.text.includes(citation.quote)).toBe(true);
  expect(result.calculations.length).toBeGreaterThan(0);
}

describe('definitionIn', () => {
  it('reads "X is defined as: …" and "Define X as …"', () => {
    expect(definitionIn('What is the ratio? Quick ratio is defined as: cash / current liabilities. Round it.')).toEqual({ name: 'Quick ratio', formula: 'cash / current liabilities' });
    expect(definitionIn('Define net working capital as total current assets less total current liabilities.')).toEqual({ name: 'net working capital', formula: 'total current assets less total current liabilities' });
    expect(definitionIn('What is Acme capex in 2023?')).toBeUndefined();
  });
});

describe('a measure the question defines', () => {
  it('works out a ratio of two line items', async () => {
    const result = await ask("What is Willow Creek Outfitters' FY2023 working capital ratio? Define working capital ratio as total current assets divided by total current liabilities.");
    expect(result.answer).toMatch(/working capital ratio for FY2023 works out to 1\.5\b/);
    expectCitedAndGrounded(result);
  });

  it('works out averages between two years, and a difference in money', async () => {
    const turnover = await ask('What is the FY2023 inventory turnover ratio for Willow Creek Outfitters? Inventory turnover ratio is defined as: (FY2023 COGS) / (average inventory between FY2022 and FY2023).');
    expect(turnover.answer).toMatch(/(?:works out to|comes to) 4\b/);
    expectCitedAndGrounded(turnover);
    const fcf = await ask('What is the FY2023 free cash flow for Willow Creek Outfitters? FCF here is defined as: (cash from operations - capex).');
    expect(fcf.answer).toMatch(/(?:works out to|comes to) \$?180 million/);
    expectCitedAndGrounded(fcf);
  });

  it('keeps a loss a loss, and never answers a compound measure with its defined ingredient', async () => {
    const roa = await ask('What is the FY2023 return on assets for Willow Creek Outfitters? ROA is defined as: FY2023 net income / (average total assets between FY2022 and FY2023).');
    expect(roa.answer).toMatch(/(?:works out to|comes to) -0\.0207/);
    // The compound is worked out whole (400 − 120), never answered with its defined ingredient (400).
    const compound = await ask('What is the FY2023 working capital less capex for Willow Creek Outfitters? Define working capital as total current assets less total current liabilities.');
    expect(compound.answer).toMatch(/(?:works out to|comes to) \$?280 million/);
    expect(compound.answer).not.toMatch(/(?:works out to|comes to) \$?400 million/);
  });

  it('works out a measure analysts name without defining it, from the same cells', async () => {
    for (const [question, figure] of [
      ["What is Willow Creek Outfitters' FY2023 current ratio?", /(?:works out to|comes to) 1\.5\b/],
      ['What is the FY2023 inventory turnover ratio for Willow Creek Outfitters?', /(?:works out to|comes to) 4\b/],
      ["What was Willow Creek Outfitters' year-over-year change in net sales from FY2022 to FY2023?", /(?:works out to|comes to) 8\.7%/],
      ['What is the FY2023 return on assets (ROA) for Willow Creek Outfitters?', /(?:works out to|comes to) -0\.0207/],
    ] as const) {
      const result = await ask(question);
      expect(result.answer, question).toMatch(figure);
      expectCitedAndGrounded(result);
    }
  });

  it('does not calculate when a line item is missing', async () => {
    const result = await ask('What is the FY2023 quick ratio for Willow Creek Outfitters? Quick ratio is defined as: marketable securities / total current liabilities.');
    expect(result.answer).not.toMatch(/works out to/);
  });

  it('answers yes or no about a measure, then the figure it rests on', async () => {
    const positive = await ask('Does Willow Creek Outfitters have positive working capital based on FY2023 data?');
    expect(positive.answer).toMatch(/^Yes\b/);
    expect(positive.answer).toMatch(/\$?400 million/);
    expectCitedAndGrounded(positive);
    const negative = await ask('Is Willow Creek Outfitters\' FY2023 working capital negative?');
    expect(negative.answer).toMatch(/^No\b/);
    // Net margin: 90 / 2,300 = 3.91% in FY2022, −60 / 2,500 = −2.4% in FY2023.
    const margin = await ask('Does Willow Creek Outfitters have an improving net profit margin as of FY2023?');
    expect(margin.answer).toMatch(/^No\b/);
    expect(margin.answer).toMatch(/fell from 3\.91% in FY2022 to -2\.4% in FY2023/);
    expectCitedAndGrounded(margin);
  });

  it('does not add cells whose scales may differ (one table in millions, one with no scale read)', async () => {
    const result = await ask("What was Pine Ridge Tools' FY2023 unadjusted EBITDA?");
    expect(result.calculations).toEqual([]);
    // Within one table's scale the measure is worked out: 120 / 900.
    const margin = await ask("What was Pine Ridge Tools' FY2023 operating margin?");
    expect(margin.answer).toMatch(/13\.33%/);
  });
});

