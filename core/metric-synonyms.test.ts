import { describe, expect, it } from 'vitest';
import { asksDerivedMeasure, cleanLabel, labelOfMetric, labelsNamedIn, normaliseLabel } from './metric-synonyms.js';

describe('the open metric vocabulary', () => {
  it('normalises row labels that name one thing in different words', () => {
    for (const label of ['Purchases of property, plant and equipment (PP&E)', 'Capital expenditures', 'Additions to property, plant and equipment', 'Payments for acquisition of property, plant and equipment']) {
      expect(normaliseLabel(label), label).toEqual({ label: 'capital expenditure', metric: 'capex' });
    }
    for (const label of ['Net sales', 'Total revenues', 'Revenue', 'Net revenues']) expect(normaliseLabel(label).label, label).toBe('revenue');
    expect(normaliseLabel('Merchandiseinventories').label).toBe('inventories');
    // Fixed assets, receivables, revenue and net income as different filers label them.
    for (const label of ['Purchases of land, buildings, and equipment', 'Purchases of property and equipment', 'Additions to premises and equipment']) {
      expect(normaliseLabel(label).label, label).toBe('capital expenditure');
    }
    for (const label of ['Property and equipment, net', 'Property, plant and equipment, net of accumulated depreciation of $1,204', 'Land, buildings and equipment, net']) {
      expect(normaliseLabel(label).label, label).toBe('property, plant and equipment, net');
    }
    for (const label of ['Trade receivables, net', 'Trade receivables, net of allowance for credit losses of $21 and $25, respectively', 'Accounts receivable, net of reserves of $12']) {
      expect(normaliseLabel(label).label, label).toBe('accounts receivable');
    }
    for (const label of ['NET OPERATING REVENUES', 'Total operating revenues']) expect(normaliseLabel(label).label, label).toBe('revenue');
    expect(normaliseLabel('CONSOLIDATED NET INCOME').label).toBe('net income');
    expect(labelsNamedIn('What is the average PP&E between FY2018 and FY2019?')).toEqual(['property, plant and equipment, net']);
    expect(normaliseLabel('Net cash provided by (used in) operating activities').label).toBe('operating cash flow');
    // A section heading glued to the label by text extraction.
    expect(normaliseLabel('Investing Activities Capital spending').label).toBe('capital expenditure');
    expect(normaliseLabel('Current assets: Merchandise inventories').label).toBe('inventories');
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

  it('tells a derived measure from a line item', () => {
    for (const question of ['What is the FY2019 fixed asset turnover ratio for Acme?', "What is Acme's FY2021 net working capital?", 'What is the FY2022 unadjusted EBITDA % margin?', 'Free cash flow is defined as operating cash flow less capex. What was it?']) {
      expect(asksDerivedMeasure(question), question).toBe(true);
    }
    for (const question of ["What was 3M's FY2018 capital expenditure?", 'How much did Acme grow revenue in 2023?', 'What is the total of the two deals?']) expect(asksDerivedMeasure(question), question).toBe(false);
  });

  it('links closed categories to their label', () => {
    expect(labelOfMetric('capex')).toBe('capital expenditure');
    expect(labelOfMetric('chips')).toBeUndefined();
  });
});
