/** @module Calls the three tools for the offline planner and records each call as an answer step. */
import type { AnswerStep, Fact } from '../core/index.js';
import type { OpenIndex } from '../index/index.js';
import {
  capexCalculator, lookupFacts, searchReports,
  type CalculationResult, type CapexCalculatorInput, type FoundParagraph, type LookupFactsInput, type LookupFactsResult, type SearchReportsInput,
} from '../tools/index.js';

export interface ToolRunner {
  search(input: SearchReportsInput): Promise<FoundParagraph[]>;
  lookup(input: LookupFactsInput): LookupFactsResult;
  calculate(input: CapexCalculatorInput): CalculationResult;
  /** The calls made through this runner (not through its forks). */
  steps: AnswerStep[];
  facts: Fact[];
  /** A runner over the same index whose calls are recorded apart: one candidate answer's own steps. */
  fork(): ToolRunner;
  /** Milliseconds spent in tools by this runner and every fork of it. */
  spentMs(): number;
}

export function createToolRunner(index: OpenIndex, onStep: (step: AnswerStep) => void = () => {}, spent = { ms: 0 }): ToolRunner {
  const steps: AnswerStep[] = [];
  const record = (step: AnswerStep) => { steps.push(step); spent.ms += step.ms; onStep(step); };
  const clean = (input: object) => JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
  return {
    steps,
    facts: index.snapshot.facts,
    fork: () => createToolRunner(index, onStep, spent),
    spentMs: () => spent.ms,
    async search(input) {
      const started = performance.now();
      const { results } = await searchReports(index, input);
      record({ tool: 'search_reports', input: clean(input), output: `${results.length} paragraphs${results[0] ? `, best ${results[0].paragraphId}` : ''}`, ms: performance.now() - started });
      return results;
    },
    lookup(input) {
      const started = performance.now();
      const result = lookupFacts(index, input);
      record({ tool: 'lookup_facts', input: clean(input), output: `${result.facts.length} facts${result.conflicts.length ? `, ${result.conflicts.length} conflicts` : ''}`, ms: performance.now() - started });
      return result;
    },
    calculate(input) {
      const started = performance.now();
      const result = capexCalculator(index.snapshot.facts, input);
      record({ tool: 'capex_calculator', input: clean(input), output: `${input.expression} = ${result.result.english}`, ms: performance.now() - started });
      return result;
    },
  };
}
