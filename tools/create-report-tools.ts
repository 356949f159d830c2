/** @module The three tools, bound to one opened index: what both agents are given. */
import type { OpenIndex } from '../index/index.js';
import { createCapexCalculatorTool } from './capex-calculator.js';
import { createLookupFactsTool } from './lookup-facts.js';
import { createSearchReportsTool } from './search-reports.js';

export function createReportTools(index: OpenIndex) {
  return [createSearchReportsTool(index), createLookupFactsTool(index), createCapexCalculatorTool(index.snapshot.facts)] as const;
}
