import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BaogaoError } from '../core/index.js';
import { loadCorpus } from '../test/helpers/corpus.js';
import { capexCalculator, createCapexCalculatorTool, type CapexCalculatorInput } from './index.js';

const { snapshot } = await loadCorpus();
const calc = (expression: string, extra: Omit<CapexCalculatorInput, 'expression'> = {}) => capexCalculator(snapshot.facts, { expression, ...extra });
const failure = (expression: string, extra: Omit<CapexCalculatorInput, 'expression'> = {}) => {
  try { calc(expression, extra); } catch (error) { return error as BaogaoError; }
  throw new Error(`expected "${expression}" to fail`);
};

describe('capex_calculator', () => {
  it('derives an implied prior value from growth, exactly', () => {
    const result = calc('prior_from_growth(q4, 386%)', { operands: { q4: '36.578 billion yuan' } });
    expect(result.result).toMatchObject({ kind: 'amount', currency: 'CNY', english: '7.53 billion yuan', chinese: '75.26亿元' });
    expect(result.result.value).toBe('7526337448.5596707819');
    expect(result.steps).toEqual([{ operation: 'prior_from_growth', expression: 'prior_from_growth(36.578 billion yuan, 386%)', result: '7.5263 billion yuan' }]);
  });

  it('averages per year, totals, changes and shares', () => {
    expect(calc('per_year(plan, 3)', { operands: { plan: '3800亿元' } }).result).toMatchObject({ english: '126.67 billion yuan', chinese: '1266.67亿元' });
    expect(calc('pct_change(219260, 194320)').result).toMatchObject({ kind: 'percent', english: '-11.37%' });
    expect(calc('share(136.091, 279.4)').result.english).toBe('48.71%');
    expect(calc('sum(a, b)', { operands: { a: '60.3 million', b: '32,137 thousand' } }).result).toMatchObject({ value: '92437000', english: '92.44 million' });
    expect(calc('avg(1, 2, 4)').result.value).toBe('2.3333333333333333333');
    expect(calc('cagr(100, 121, 2)').result.english).toBe('10%');
    expect(calc('-(71) + 100').result.value).toBe('29');
    expect(calc('50% * 20%').result).toMatchObject({ kind: 'percent', english: '10%' });
    expect(calc('2 ^ 10 - 24').result.value).toBe('1000');
    expect(calc('0.1 + 0.2').result.value).toBe('0.3');
  });

  it('keeps each operand traced to its fact and paragraph', () => {
    const plan = snapshot.facts.find((fact) => fact.entity === 'alibaba' && fact.metric === 'investment_plan' && fact.currency === 'CNY')!;
    const result = calc(`${plan.id} / 3`);
    expect(result.operands).toEqual([expect.objectContaining({ factId: plan.id, paragraphId: plan.paragraphId, quote: plan.quote, currency: 'CNY' })]);
    expect(snapshot.paragraphs.find((paragraph) => paragraph.id === plan.paragraphId)!.text).toContain(plan.quote);
    const named = calc('q4 - q3', { operands: { q4: plan.id, q3: '100 billion yuan' } });
    expect(named.operands.map((operand) => operand.factId ?? null)).toEqual([plan.id, null]);
  });

  it('refuses to mix currencies without a rate, and converts with the call’s, a report’s or the default rate', () => {
    const mixed = failure('a + b', { operands: { a: '380 billion yuan', b: '$53 billion' } });
    expect(mixed.code).toBe('calculation_error');
    expect(mixed.message).toMatch(/USD→CNY rate/);
    expect(calc('convert(a, USD, CNY, 7)', { operands: { a: '$1 billion' } }).result.english).toBe('7 billion yuan');
    expect(calc('convert(a, USD, CNY)', { operands: { a: '$1 billion' }, rates: { 'USD/CNY': 7.25 } }).rates[0]).toMatchObject({ source: 'call', rate: '7.25' });
    const implied = calc('convert(a, USD, CNY)', { operands: { a: '$1 billion' } });
    expect(implied.rates[0]).toMatchObject({ source: 'report', from: 'USD', to: 'CNY' });
    expect(implied.rates[0]!.citation!.quote).toMatch(/380 billion/);
    expect(calc('convert(a, GBP, EUR)', { operands: { a: '£5 billion' } }).rates[0]).toMatchObject({ source: 'default', asOf: '2025-06-30' });
  });

  it('reports errors a model can act on', () => {
    expect(failure('1 / (2 - 2)').message).toMatch(/Division by zero/);
    expect(failure('1 + * 2').message).toMatch(/position 5/);
    expect(failure('nope#p1/f1 + 1').message).toMatch(/Unknown fact id/);
    expect(failure('x + 1').message).toMatch(/Unknown operand "x"/);
    expect(failure('eval(1)').message).toMatch(/Unknown function "eval"/);
    expect(failure('a * b', { operands: { a: '1 billion yuan', b: '2 billion yuan' } }).message).toMatch(/two amounts/);
    expect(failure('convert(1, XYZ, CNY)').message).toMatch(/Unknown currency/);
    expect(failure('a', { operands: { a: 'lots of money' } }).field).toBe('operands.a');
    expect(failure('('.repeat(60) + '1' + ')'.repeat(60)).message).toMatch(/nested too deeply/);
  });

  it('cannot run code, whatever the expression', () => {
    for (const attack of ['constructor.constructor("return process")()', "require('fs')", '__proto__', 'process.exit(1)', '`${1}`', 'a;b']) {
      expect(BaogaoError.isInstance(failure(attack))).toBe(true);
    }
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (expression) => {
      try { calc(expression); } catch (error) { expect(BaogaoError.isInstance(error), String(error)).toBe(true); }
    }), { numRuns: 400 });
  });

  it('the LangChain tool returns JSON, with errors as data', async () => {
    const calculator = createCapexCalculatorTool(snapshot.facts);
    expect(calculator.name).toBe('capex_calculator');
    expect(JSON.parse(await calculator.invoke({ expression: 'per_year(x, 3)', operands: { x: '380 billion yuan' } })).result.english).toBe('126.67 billion yuan');
    expect(JSON.parse(await calculator.invoke({ expression: '1/0' }))).toEqual({ error: { code: 'calculation_error', message: 'Division by zero', field: 'expression' } });
  });
});
