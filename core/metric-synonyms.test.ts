import { describe, expect, it } from 'vitest';
import { cleanLabel, labelOfMetric, labelsNamedIn, normaliseLabel } from './metric-synonyms.js';

describe('the open metric vocabulary', () => {
  it('normalises row labels that name one thing in different words', () => {
    for (const label of ['Purchases of property, plant and equipment (PP&E)', 'Capital expenditures', 'Additions to property, plant and equipment', 'Payments for acquisition of property, plant and equipment']) {
      expect(normaliseLabel(label), label).toEqual({ label: 'capital expenditure', metric: 'capex' });
    }
    for (const label of ['Net sales', 'Total revenues', 'Revenue', 'Net revenues']) expect(normaliseLabel(label).label, label).toBe('revenue');
    expect(normaliseLabel('Merchandiseinventories').label).toBe('inventories');
    expect(normaliseLabel('Net cash provided by (used in) operating activities').label).toBe('operating cash flow');
  });

  it('keeps labels it does not know, cleaned, so the vocabulary stays open', () => {
    expect(normaliseLabel('Restructuring charge (1)')).toEqual({ label: 'restructuring charge' });
    expect(cleanLabel('Accrued income taxes:')).toBe('accrued income taxes');
    // A whole label must match: "Cost of revenue" is not revenue, "Deferred revenue" is its own thing.
    expect(normaliseLabel('Cost of revenue').label).toBe('cost of goods sold');
    expect(normaliseLabel('Deferred revenue').label).toBe('deferred revenue');
  });

  it('finds the labels a question names, in English and Chinese, a longer name winning', () => {
    expect(labelsNamedIn("What was 3M's FY2018 capital expenditure?")).toEqual(['capital expenditure']);
    expect(labelsNamedIn('What is the FY2016 COGS for Microsoft?')).toEqual(['cost of goods sold']);
    expect(labelsNamedIn('What was the cost of revenue and the net sales in 2022?')).toEqual(['cost of goods sold', 'revenue']);
    expect(labelsNamedIn('阿里巴巴2024年的资本开支是多少?')).toEqual(['capital expenditure']);
    expect(labelsNamedIn('Who founded the company?')).toEqual([]);
  });

  it('links closed categories to their label', () => {
    expect(labelOfMetric('capex')).toBe('capital expenditure');
    expect(labelOfMetric('chips')).toBeUndefined();
  });
});
