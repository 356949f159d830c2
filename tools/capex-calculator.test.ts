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

describe('capex_calculator budget (issue 16)', () => {
  const limited = (expression: string, extra: Omit<CapexCalculatorInput, 'expression'> = {}) => {
    const started = performance.now();
    const error = failure(expression, extra);
    expect(performance.now() - started, expression).toBeLessThan(250);
    expect(error.code).toBe('calculation_error');
    expect(error.message, expression).toMatch(/limit/);
    return error;
  };

  it('refuses exponent towers, huge and tiny literals and tiny periods before computing, naming the limit', () => {
    expect(limited('10^10^10').message).toMatch(/10\^30|30 digits/);
    expect(limited('9e9999999999').message).toMatch(/position 1/);
    expect(limited('cagr(1, 2, 0.000000001)').message).toMatch(/cagr/);
    limited('10^1000000');
    limited('2^2^2^2^2^2^2');
    limited('1e-9999999999 + 1');
    limited('1' + '0'.repeat(40));
    limited('0.' + '0'.repeat(40) + '1');
    limited('1.' + '1'.repeat(40));
    limited('x * 2', { operands: { x: '9e99999' } });
    limited('x * 2', { operands: { x: 1e300 } });
    limited('x ^ 3', { operands: { x: '1e20' } });
    limited('sum(9e29, 9e29)');
  });

  it('keeps results inside the budget as exact as before', () => {
    expect(calc('10^29').result.value).toBe('1' + '0'.repeat(29));
    expect(calc('0.5^200').result.value).toBe('0');
    expect(calc('1/3*3 - 1').result.value).toBe('0');
    expect(calc('cagr(1, 2, 0.05)').result.english).toBe('104857500%');
  });

  it('looks functions and operands up as own properties only', () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
      expect(failure(`${name}(1)`).message).toMatch(/Unknown function/);
      expect(failure(`${name}()`).message).toMatch(/Unknown function/);
      expect(failure(`${name} + 1`, { operands: { x: 1 } }).message).toMatch(/Unknown operand/);
      expect(failure(name).message).toMatch(/Unknown operand/);
    }
    expect(failure('__proto__', { operands: JSON.parse('{"__proto__": 1}') as Record<string, number> }).code).toBe('calculation_error');
  });

  it('checks argument domains: rates, periods and growth', () => {
    expect(failure('convert(100, CNY, USD, 0)').message).toMatch(/positive rate/);
    expect(failure('convert(100, CNY, USD, -1)').message).toMatch(/positive rate/);
    expect(failure('convert(100, CNY, USD, 5%)').message).toMatch(/positive rate/);
    expect(failure('cagr(1, 2, 0)').message).toMatch(/positive number of years/);
    expect(failure('cagr(1, 2, -1)').message).toMatch(/positive number of years/);
    expect(failure('cagr(0, 2, 3)').message).toMatch(/non-zero start/);
    expect(failure('per_year(100, 0)').message).toMatch(/positive number of years/);
    expect(failure('prior_from_growth(100, -150%)').message).toMatch(/-100%/);
    expect(failure('pct_change(0, 5)').message).toMatch(/non-zero starting value/);
    expect(failure('0 ^ -1').message).toMatch(/Division by zero/);
  });
});

describe('capex_calculator fuzzed against hostile inputs', () => {
  const literal = fc.oneof(
    fc.integer({ min: 0, max: 1000 }).map(String),
    fc.tuple(fc.integer({ min: 1, max: 9 }), fc.bigInt({ min: 0n, max: 10n ** 13n })).map(([digit, exponent]) => `${digit}e${exponent}`),
    fc.tuple(fc.integer({ min: 1, max: 9 }), fc.bigInt({ min: 0n, max: 10n ** 13n })).map(([digit, exponent]) => `${digit}e-${exponent}`),
    fc.integer({ min: 1, max: 200 }).map((zeros) => `1${'0'.repeat(zeros)}`),
    fc.integer({ min: 1, max: 200 }).map((zeros) => `0.${'0'.repeat(zeros)}1`),
    fc.integer({ min: 1, max: 12 }).map((digits) => `0.${'0'.repeat(digits - 1)}1`),
  );
  const prototypeName = fc.constantFrom('toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__lookupGetter__', 'propertyIsEnumerable', 'toLocaleString');
  const tower = fc.array(literal, { minLength: 2, maxLength: 8 }).map((parts) => parts.join('^'));
  const expression = fc.oneof(
    tower,
    literal,
    fc.tuple(literal, literal, literal).map(([a, b, c]) => `cagr(${a}, ${b}, ${c})`),
    fc.tuple(literal, literal).map(([a, b]) => `convert(${a}, CNY, USD, ${b})`),
    fc.tuple(literal, literal).map(([a, b]) => `per_year(${a}, ${b}) * ${a}`),
    fc.tuple(literal, literal).map(([a, b]) => `prior_from_growth(${a}, -${b}%)`),
    fc.tuple(tower, literal).map(([a, b]) => `(${a}) / ${b} - ${b}`),
    fc.tuple(prototypeName, literal).map(([name, a]) => `${name}(${a})`),
    fc.tuple(prototypeName, literal).map(([name, a]) => `${name} + ${a}`),
  );

  it('answers every input within a bounded time and body size, with a result or a calculation_error', () => {
    fc.assert(fc.property(expression, fc.option(literal), (written, operand) => {
      const started = performance.now();
      let body: string;
      try {
        body = JSON.stringify(calc(written, operand === null ? {} : { operands: { x: operand, toString: operand } }));
      } catch (error) {
        expect(BaogaoError.isInstance(error), `${written}: ${String(error)}`).toBe(true);
        expect((error as BaogaoError).code, written).not.toBe('internal');
        body = JSON.stringify({ error: { message: (error as BaogaoError).message } });
      }
      expect(performance.now() - started, written).toBeLessThan(250);
      expect(body.length, written).toBeLessThan(16_384);
    }), { numRuns: 600 });
  });
});
