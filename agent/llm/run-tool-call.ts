/** @module Executes one model tool call against the pure tools, numbering what comes back for citation. */
import type { AnswerCalculation, AnswerStep } from '../../core/index.js';
import type { OpenIndex } from '../../index/index.js';
import { capexCalculator, lookupFacts, searchReports, toToolError } from '../../tools/index.js';
import type { SourceRegistry } from './source-registry.js';

export interface ToolCallRecord {
  step: AnswerStep;
  /** The JSON the model reads back. */
  content: string;
  calculation?: AnswerCalculation;
}

export async function runToolCall(name: string, args: unknown, index: OpenIndex, registry: SourceRegistry): Promise<ToolCallRecord> {
  const started = performance.now();
  const input = (typeof args === 'object' && args !== null ? args : {}) as Record<string, unknown>;
  const done = (output: string, content: unknown, calculation?: AnswerCalculation): ToolCallRecord => ({
    step: { tool: name as AnswerStep['tool'], input, output, ms: performance.now() - started },
    content: JSON.stringify(content),
    ...(calculation ? { calculation } : {}),
  });
  try {
    if (name === 'search_reports') {
      const { results } = await searchReports(index, input as never);
      const numbered = results.map((result) => ({ cite: registry.number(result.paragraphId), ...result }));
      return done(`${results.length} paragraphs`, { results: numbered });
    }
    if (name === 'lookup_facts') {
      const result = lookupFacts(index, input as never);
      registry.facts.push(...result.facts);
      registry.amounts.push(...result.facts);
      const facts = result.facts.map((fact) => ({ cite: registry.number(fact.paragraphId, fact.quote), ...fact }));
      return done(`${facts.length} facts${result.conflicts.length ? `, ${result.conflicts.length} conflicts` : ''}`, { facts, conflicts: result.conflicts });
    }
    if (name === 'capex_calculator') {
      const result = capexCalculator(index.snapshot.facts, input as never);
      registry.amounts.push({ value: result.result.value, unit: result.result.kind === 'percent' ? 'percent' : result.result.kind === 'amount' ? 'currency' : 'number', currency: result.result.currency });
      for (const operand of result.operands) registry.amounts.push({ value: operand.kind === 'percent' ? String(Number(operand.value) * 100) : operand.value, unit: operand.kind === 'percent' ? 'percent' : operand.kind === 'amount' ? 'currency' : 'number', currency: operand.currency });
      const operands = result.operands.map((operand) => ({ ...operand, ...(operand.paragraphId ? { cite: registry.number(operand.paragraphId, operand.quote) } : {}) }));
      const calculation: AnswerCalculation = {
        expression: result.expression,
        operands: operands.map((operand) => ({ name: operand.name, text: operand.text, value: operand.value, ...(operand.factId ? { factId: operand.factId } : {}), ...(operand.cite ? { citation: operand.cite } : {}) })),
        result: { value: result.result.value, english: result.result.english, chinese: result.result.chinese },
        steps: result.steps.map((step) => ({ expression: step.expression, result: step.result })),
      };
      return done(`${result.expression} = ${result.result.english}`, { ...result, operands }, calculation);
    }
    return done('unknown tool', { error: { code: 'invalid_input', message: `No tool named "${name}"` } });
  } catch (error) {
    const failure = toToolError(error);
    return done(`error: ${failure.error.message}`, failure);
  }
}
