export { MAX_SEARCH_K, searchReports, searchReportsInput, type FoundParagraph, type SearchReportsInput } from './search-reports.js';
export { lookupFacts, lookupFactsInput, type LookupFactsInput, type LookupFactsResult, type FactConflict } from './lookup-facts.js';
export { capexCalculator, capexCalculatorInput, type CalculationResult, type CalcOperand, type CapexCalculatorInput } from './capex-calculator.js';
export { impliedRates, defaultRate, DEFAULT_RATES_AS_OF, type ExchangeRate } from './calculator/exchange-rates.js';
export { parseExpression, type ExpressionNode } from './calculator/parse-expression.js';
export { resolveEntity, withDescendants } from './resolve-entity.js';
export { toToolError, type ToolError } from './tool-errors.js';
// The LangChain wrappers (createReportTools …) are imported from './create-report-tools.js' by the LLM agent alone.
