import { describe, expect, it } from 'vitest';
import { labelsNamedIn } from '../../core/index.js';
import { formulaForYear, measureRequestIn, standardMeasureNamed, STANDARD_MEASURES } from './standard-measures.js';

const lineItem = (phrase: string) => labelsNamedIn(phrase)[0];
const request = (question: string) => measureRequestIn(question, lineItem);

describe('measures analysts name without defining them', () => {
  it('reads a named measure for the year asked, in its textbook formula', () => {
    const cases: [string, RegExp][] = [
      ['What is the FY2019 fixed asset turnover ratio for Acme?', /^revenue \/ \(average property, plant and equipment, net between FY2018 and FY2019\)$/],
      ["What was Acme's return on assets (ROA) in FY2021?", /^net income \/ \(average total assets between FY2020 and FY2021\)$/],
      ['What is the FY2022 dividend payout ratio for Acme?', /^cash dividends paid \/ net income$/],
      ["What was Acme's free cash flow in 2020?", /^operating cash flow - capital expenditure$/],
      ['Does Acme have positive working capital based on FY2022 data?', /^total current assets - total current liabilities$/],
    ];
    for (const [question, formula] of cases) {
      const asked = request(question);
      expect(asked, question).toMatchObject({ span: 'single' });
      expect(asked!.formulaFor(asked!.to), question).toMatch(formula);
    }
  });

  it('expands a measure made of other measures', () => {
    const ccc = STANDARD_MEASURES.find((measure) => measure.names.includes('CCC'))!;
    const formula = formulaForYear(ccc, 2019);
    for (const part of ['average inventories between FY2018 and FY2019', 'average accounts receivable', 'average accounts payable']) expect(formula).toContain(part);
    expect(formula).not.toMatch(/\bDIO\b|\bDSO\b|\bDPO\b/);
  });

  it('reads a line item or a measure as a share of revenue, however the margin is written', () => {
    for (const question of ["What is Acme's FY2021 COGS % margin?", 'What was cost of goods sold as a % of revenue for Acme in FY2021?', "What is Acme's FY2021 cost of sales as a percentage of net sales?"]) {
      const asked = request(question);
      expect(asked, question).toMatchObject({ percent: true, span: 'single', to: 2021 });
      expect(asked!.formulaFor(2021), question).toBe('cost of goods sold / revenue');
    }
    const ebitda = request('What is the FY2022 unadjusted EBITDA % margin for Acme?')!;
    expect(ebitda.formulaFor(2022)).toBe('(operating income + depreciation and amortization) / revenue');
    expect(request('What is the FY2020 net profit margin for Acme?')).toMatchObject({ percent: true });
  });

  it('spans the years asked: averages, changes, growth rates and CAGRs', () => {
    expect(request('What is the FY2015 - FY2017 3 year average net profit margin (as a %) for Acme?')).toMatchObject({ span: 'average', from: 2015, to: 2017, percent: true });
    expect(request('What is the three year average of capex as a % of revenue from FY2016 to FY2018 for Acme?')).toMatchObject({ span: 'average', from: 2016, to: 2018 });
    const growth = ["What is Acme's year-over-year change in revenue from FY2016 to FY2017?", 'What is the FY2019 - FY2020 total revenue growth rate for Acme?', "What was the change in Acme's operating income between 2021 and 2022?"];
    for (const question of growth) {
      const asked = request(question);
      expect(asked, question).toMatchObject({ span: 'change', percent: false });
      expect(['revenue', 'operating income']).toContain(asked!.formulaFor(asked!.to));
    }
    // A change in a margin is in percentage points, so it stays a percentage measure.
    expect(request('What is the FY2018 - FY2019 change in unadjusted operating income % margin for Acme?')).toMatchObject({ span: 'change', percent: true });
    expect(request("What is Acme's 2 year total revenue CAGR from FY2020 to FY2022?")).toMatchObject({ span: 'cagr', from: 2020, to: 2022 });
  });

  it('reads "X less Y" with a named measure as one side', () => {
    const asked = request('What is the FY2022 unadjusted EBITDA less capex for Acme?')!;
    expect(asked.formulaFor(2022)).toBe('(operating income + depreciation and amortization) - capital expenditure');
    expect(asked.phrase).toBe('EBITDA less capex');
  });

  it('asks for nothing when there is no measure, no year, or reasons are wanted', () => {
    for (const question of [
      'What drove operating margin change as of FY2022 for Acme?',
      'Why did the net profit margin fall in 2021?',
      "What is Acme's operating margin?",
      "What was Acme's revenue in FY2021?",
      'How much did Alibaba invest in AI in 2024?',
      'What is the FY2019 - FY2021 revenue for Acme?',
    ]) expect(request(question), question).toBeUndefined();
  });

  it('prefers the longest measure name a phrase contains', () => {
    expect(standardMeasureNamed('the total asset turnover ratio')!.measure.names[0]).toMatch(/asset turnover/);
    expect(standardMeasureNamed('fixed asset turnover')!.measure.names[0]).toMatch(/^fixed/);
    expect(standardMeasureNamed('the weather in Hangzhou')).toBeUndefined();
  });

  it('reads a yes/no question about a measure\'s sign, or a margin\'s direction from the year before', () => {
    expect(request('Does Acme have positive working capital based on FY2022 data?')).toMatchObject({ verdict: 'positive', from: 2022, to: 2022 });
    expect(request('Here is the question: is Acme\'s FY2021 free cash flow negative?')).toMatchObject({ verdict: 'negative', to: 2021 });
    expect(request('Does Acme have an improving operating margin profile as of FY2022?')).toMatchObject({ verdict: 'improving', from: 2021, to: 2022, percent: true });
    expect(request('Is Acme\'s gross margin declining in FY2020?')).toMatchObject({ verdict: 'declining', from: 2019, to: 2020 });
    // Whether fewer days payable is better depends on the business: left as a figure question, not judged.
    expect(request('Is Acme\'s days payable outstanding improving as of FY2022?')).toBeUndefined();
    // Not a yes/no question: the figure, no verdict.
    expect(request('What is the positive working capital of Acme in FY2022?')!.verdict).toBeUndefined();
  });

  it('reads the effective tax rate, and leaves a company\'s own adjusted measures alone', () => {
    const tax = request('What was the effective tax rate of Acme in FY2022?')!;
    expect(tax).toMatchObject({ percent: true });
    expect(tax.formulaFor(2022)).toBe('income tax expense / income before income taxes');
    for (const label of ['Provision for income taxes', 'Income tax expense', 'Income before income taxes', 'Earnings before income taxes']) {
      expect(['income tax expense', 'income before income taxes'], label).toContain(labelsNamedIn(label)[0]);
    }
    expect(request("What was Acme's adjusted EBITDA for FY 2023?")).toBeUndefined();
    expect(request("What was Acme's non-GAAP operating margin in FY2023?")).toBeUndefined();
    expect(request("What was Acme's unadjusted EBITDA in FY2023?")).toBeDefined();
  });
});

