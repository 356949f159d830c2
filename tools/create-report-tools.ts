/**
 * @module The three tools as LangChain tools, bound to one opened index: what the LLM agent is given.
 * Kept apart from the tools themselves so the offline agent and the CLI's ask/search/facts/calc never
 * load LangChain (most of their cold start).
 */
import { tool } from '@langchain/core/tools';
import { METRICS, type Fact } from '../core/index.js';
import type { OpenIndex } from '../index/index.js';
import { capexCalculator, capexCalculatorInput, type CapexCalculatorInput } from './capex-calculator.js';
import { lookupFacts, lookupFactsInput, type LookupFactsInput } from './lookup-facts.js';
import { searchReports, searchReportsInput, type SearchReportsInput } from './search-reports.js';
import { jsonTool } from './tool-errors.js';

export function createSearchReportsTool(index: OpenIndex) {
  return tool(
    jsonTool((input: SearchReportsInput) => searchReports(index, input)),
    {
      name: 'search_reports',
      description: 'Search the report collection and return the best-matching paragraphs with their report, publisher, date, section and paragraph id. Use it for context, names, dates, reasons and anything that is not a single figure; cite paragraphs by paragraphId. Works in English and Chinese; company names and amounts match across languages ("Tencent" = "腾讯", "380 billion yuan" = "3800亿元").',
      schema: searchReportsInput,
    },
  );
}

export function createLookupFactsTool(index: OpenIndex) {
  return tool(
    jsonTool((input: LookupFactsInput) => lookupFacts(index, input)),
    {
      name: 'lookup_facts',
      description: `Look up figures stated in the reports (capex, investment plans, stakes, valuations, revenue, growth rates, chips, users …). Each fact has an id (usable in capex_calculator), entity, metric, value with unit and currency, qualifier ("over", "about"), period, the report date (asOf) and the verbatim sentence (quote) with its paragraphId to cite. When reports disagree, every figure is returned and "conflicts" lists them newest first; never merge them. Metrics: ${METRICS.join(', ')}.`,
      schema: lookupFactsInput,
    },
  );
}

export function createCapexCalculatorTool(facts: Fact[]) {
  return tool(
    jsonTool((input: CapexCalculatorInput) => capexCalculator(facts, input)),
    {
      name: 'capex_calculator',
      description: 'Exact calculator for figures the reports do not state directly: totals, averages per year, percentage change, implied prior values from growth, shares, implied valuations or unit prices, currency conversion. Operands may be fact ids from lookup_facts, so every operand stays traceable to its paragraph; figures may also be typed as written ("$800 million / 36%"). Set as: "percent" when the question asks for a percentage. Returns the result in English and Chinese with each step. Mixing currencies needs convert(); the rate comes from the call, else a rate implied by a report sentence (cited), else a documented default.',
      schema: capexCalculatorInput,
    },
  );
}

export function createReportTools(index: OpenIndex) {
  return [createSearchReportsTool(index), createLookupFactsTool(index), createCapexCalculatorTool(index.snapshot.facts)] as const;
}
