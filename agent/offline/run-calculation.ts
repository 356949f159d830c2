/** @module Runs the calculator for a plan and records the calculation with each operand's citation. */
import type { AnswerCalculation } from '../../core/index.js';
import type { CalculationResult, CapexCalculatorInput, ExchangeRate } from '../../tools/index.js';
import type { PlannerContext } from './planner-context.js';

export interface RecordedCalculation {
  result: CalculationResult;
  /** "[1][2]": the citations of the operands that came from facts. */
  markers: string;
}

/** `options`: the form asked for (`as: 'percent'` shows 0.1137 as 11.37%) and any rate the question gives. */
export function runCalculation(context: PlannerContext, expression: string, operands: Record<string, string | number>, options: Pick<CapexCalculatorInput, 'as' | 'rates'> = {}): RecordedCalculation {
  const result = context.tools.calculate({ expression, operands, ...options });
  const cited = new Set<number>();
  const calculation: AnswerCalculation = {
    expression,
    operands: result.operands.map((operand) => {
      const citation = operand.paragraphId && operand.quote ? context.book.cite(operand.paragraphId, operand.quote) : undefined;
      if (citation) cited.add(citation);
      return { name: operand.name, text: operand.text, value: operand.value, ...(operand.factId ? { factId: operand.factId } : {}), ...(citation ? { citation } : {}) };
    }),
    result: { value: result.result.value, english: result.result.english, chinese: result.result.chinese },
    steps: result.steps.map((step) => ({ expression: step.expression, result: step.result })),
  };
  const rate = result.rates[0];
  if (rate) {
    const citation = rate.citation ? context.book.cite(rate.citation.paragraphId, rate.citation.quote) : undefined;
    if (citation) cited.add(citation);
    calculation.rate = { pair: `${rate.from}/${rate.to}`, rate: rate.rate, source: rate.source, asOf: rate.asOf, ...(citation ? { citation } : {}) };
    context.amounts.push({ value: rate.rate, unit: 'number', currency: null });
  }
  context.calculations.push(calculation);
  context.amounts.push({ value: result.result.kind === 'percent' ? result.result.value : result.result.value, unit: result.result.kind === 'percent' ? 'percent' : result.result.kind === 'amount' ? 'currency' : 'number', currency: result.result.currency });
  // A plain ratio is said as a multiple in Chinese ("约为…的2.17倍"): the same result, read as a multiple.
  if (result.result.kind !== 'percent' && result.result.kind !== 'amount') context.amounts.push({ value: result.result.value, unit: 'multiple', currency: null });
  for (const operand of result.operands) context.amounts.push({ value: operand.kind === 'percent' ? String(Number(operand.value) * 100) : operand.value, unit: operand.kind === 'percent' ? 'percent' : operand.kind === 'amount' ? 'currency' : 'number', currency: operand.currency });
  for (const step of result.steps) for (const number of step.result.match(/[\d.]+/g) ?? []) context.amounts.push({ value: number, unit: 'number', currency: null });
  return { result, markers: [...cited].sort((a, b) => a - b).map((n) => `[${n}]`).join('') };
}

/** "7.17 yuan per US dollar (the rate the report itself implies)": rates read the way people quote them. */
export function describeRate(rate: ExchangeRate, context: PlannerContext): string {
  const inverse = Number(rate.rate) < 1;
  const value = inverse ? (1 / Number(rate.rate)).toFixed(2) : Number(rate.rate).toFixed(2);
  context.amounts.push({ value, unit: 'number', currency: null });
  const [per, unit] = inverse ? [rate.to, rate.from] : [rate.from, rate.to];
  const names: Record<string, [string, string]> = { CNY: ['yuan', '元'], USD: ['US dollar', '美元'], HKD: ['Hong Kong dollar', '港元'], GBP: ['pound', '英镑'], EUR: ['euro', '欧元'] };
  const how = rate.source === 'report' ? ['the rate the report itself implies', '报道本身隐含的汇率'] : rate.source === 'call' ? ['the rate given', '给定汇率'] : [`a reference rate as of ${rate.asOf}`, `${rate.asOf}的参考汇率`];
  return context.lang === 'en' ? `at ${value} ${names[unit]![0]} per ${names[per]![0]}, ${how[0]}` : `按每${names[per]![1]}兑${value}${names[unit]![1]}(${how[1]})`;
}
