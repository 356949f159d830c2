import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BaogaoError, Decimal, formatChinese, formatEnglish } from '../core/index.js';
import { loadCorpus } from '../test/helpers/corpus.js';
import { createCapexCalculatorTool } from './create-report-tools.js';
import { CALC_LIMITS } from './calculator/calc-limits.js';
import { capexCalculator, type CapexCalculatorInput } from './index.js';

const { snapshot } = await loadCorpus();
const calc = (expression: string, extra: Omit<CapexCalculatorInput, 'expression'> = {}) => capexCalculator(snapshot.facts, { expression, ...extra });
/** What keeps every calculation cheap: results under 10^30 and no longer than Decimal's working precision. */
const expectWithinBudget = (value: string, written: string) => {
  const decimal = new Decimal(value);
  expect(decimal.abs().lt(new Decimal(10).pow(CALC_LIMITS.maxDigits)), written).toBe(true);
  expect(decimal.isZero() || decimal.abs().gte(new Decimal(10).pow(CALC_LIMITS.minExponent)), written).toBe(true);
  expect(value.replace(/[-.]/g, '').replace(/^0+/, '').length, written).toBeLessThanOrEqual(40);
};
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
    const error = failure(expression, extra);
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
    expect(limited('x', { operands: { x: 1e-300 } }).field).toBe('operands.x');
    expect(limited('convert(1, USD, CNY)', { rates: { 'USD/CNY': 1e-300 } }).field).toBe('rates.USD/CNY');
    expect(limited('convert(1, USD, CNY)', { rates: { 'USD/CNY': 1e300 } }).field).toBe('rates.USD/CNY');
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

  // Boundedness is structural (every value within CALC_LIMITS, checked before costly work), so the property
  // checks the values, not the clock; the test timeout only guards against a hang. Speed is the bench's business.
  it('answers every input with a value inside the budget or a calculation_error, in a bounded body', { timeout: 60_000 }, () => {
    fc.assert(fc.property(expression, fc.option(literal), (written, operand) => {
      let body: string;
      try {
        const result = calc(written, operand === null ? {} : { operands: { x: operand, toString: operand } });
        expectWithinBudget(result.result.value, written);
        body = JSON.stringify(result);
      } catch (error) {
        expect(BaogaoError.isInstance(error), `${written}: ${String(error)}`).toBe(true);
        expect((error as BaogaoError).code, written).not.toBe('internal');
        body = JSON.stringify({ error: { message: (error as BaogaoError).message } });
      }
      expect(body.length, written).toBeLessThan(16_384);
    }), { numRuns: 600 });
  });
});

describe('capex_calculator reads what people type (issue 13)', () => {
  it.each([
    ['380 billion / 3', { kind: 'amount', currency: null, english: '126.67 billion' }],
    ['3800亿 / 3', { kind: 'amount', currency: null, chinese: '1266.67亿' }],
    ['1.2万 × 2', { kind: 'amount', value: '24000' }],
    ['$800 million / 36%', { kind: 'amount', currency: 'USD', english: '$2.22 billion' }],
    ['RMB 136.091 billion - 36.091 billion yuan', { kind: 'amount', currency: 'CNY', english: '100 billion yuan' }],
    ['52.5 billion USD * 2', { kind: 'amount', currency: 'USD', english: '$105 billion' }],
    ['¥100 + ￥50', { kind: 'amount', currency: 'CNY', english: '150 yuan' }],
    ['￥3800亿元 / 3', { currency: 'CNY', chinese: '1266.67亿元' }],
    ['HK$2.6173 trillion / 2', { currency: 'HKD', english: 'HK$1.31 trillion' }],
    ['convert($800 million, USD, CNY, 7)', { currency: 'CNY', english: '5.6 billion yuan' }],
    ['1,234 + 5,678', { kind: 'number', value: '6912' }],
    ['1,234,567.5 - 0.5', { value: '1234567' }],
    ['sum(1,234, 5,678)', { value: '6912' }],
    ['sum(100,200,300)', { value: '600' }],
    ['avg(1,2,4) * 3', { value: '7' }],
    ['pct_change(100,121)', { english: '21%' }],
    ['(1,234 + 766) / 2', { value: '1000' }],
    ['[(166+178)/2] − [(57+44)/2]', { value: '121.5' }],
    ['{1 + 2} × [3 − (4 − 2)]', { value: '3' }],
    ['12 ÷ 4 − 1', { value: '2' }],
    ['12 – 2', { value: '10' }],
    ['（１２＋３４）×２', { value: '92' }],
    ['１００％ － ２５％', { kind: 'percent', english: '75%' }],
    ['sum(1，2)', { value: '3' }],
    ['1 − 15%', { kind: 'number', value: '0.85' }],
    ['1 + 386%', { kind: 'number', value: '4.86' }],
    ['15% + 1', { value: '1.15' }],
    ['100 × (1 + 386%)', { value: '486' }],
    ['36.578 billion / (1 + 386%)', { kind: 'amount', value: '7526337448.5596707819' }],
    ['-$5 million + $2 million', { english: '-$3 million' }],
  ])('%s', (expression, expected) => {
    expect(calc(expression).result).toMatchObject(expected);
  });

  it('takes percentages next to operands the same way: x × (1 + 386%)', () => {
    expect(calc('x × (1 + 386%)', { operands: { x: '7.5263 billion yuan' } }).result).toMatchObject({ currency: 'CNY', english: '36.58 billion yuan' });
  });

  it('asks instead of guessing when a percentage meets any number other than 1, or an amount', () => {
    expect(failure('2 − 15%').message).toMatch(/Cannot subtract a percentage and the number 2: write x × \(1 − 15%\)/);
    expect(failure('$800 million + 15%').message).toMatch(/Cannot add a percentage and an amount/);
    expect(failure('$800 million + 380 billion yuan').message).toMatch(/no CNY→USD rate/);
  });

  it('returns a ratio asked as a percentage as a percentage, and the reverse', () => {
    const asked = calc('(219260 - 194320) / 219260', { as: 'percent' });
    expect(asked.result).toMatchObject({ kind: 'percent', english: '11.37%', chinese: '11.37%' });
    expect(asked.steps.at(-1)).toMatchObject({ operation: 'as_percent', expression: '0.113746 as a percentage', result: '11.37%' });
    expect(calc('RMB 136.091 billion / 279.4 billion yuan', { as: 'percent' }).result.english).toBe('48.71%');
    expect(calc('share(1, 4)', { as: 'percent' }).result.english).toBe('25%');
    expect(calc('50% * 20%', { as: 'number' }).result).toMatchObject({ kind: 'number', value: '0.1' });
    expect(calc('1 / 8').result).toMatchObject({ kind: 'number', english: '0.125' });
    const money = failure('380 billion yuan / 3', { as: 'percent' });
    expect(money.field).toBe('as');
    expect(money.message).toMatch(/needs a ratio, but the result is an amount/);
    expect(failure('1', { as: 'fraction' as never }).field).toBe('as');
  });

  it('still names the position and what was expected', () => {
    expect(failure('[(1 + 2) / 2)').message).toBe('Expected "]" but found ")" at position 13');
    expect(failure('{1 + 2').message).toBe('Expected "}" but found the end at position 7');
    expect(failure('380 billion /').message).toBe('Expression ended early; expected a number, a name or a bracket at position 14');
    expect(failure('$800 million $').message).toMatch(/Unexpected "\$" at position 14/);
    expect(failure('1,234 5').message).toBe('Unexpected "5"; expected an operator or the end at position 7');
    expect(failure('１＋＊２').message).toBe('Unexpected "＊"; expected a number, a name or a bracket at position 3');
    expect(failure('5 $800 million').message).toBe('Unexpected "$800 million"; expected an operator or the end at position 3');
    expect(failure('(1 × 2】').message).toMatch(/Unexpected "】" at position 7/);
    expect(failure('5 yuan × 2 yuan').message).toMatch(/two amounts/);
    expect(failure('cagr(100,121, 2)').message).toBe('cagr takes 3 arguments, got 2 ("100,121" at position 6 was read as one number, 100121: where arguments are separated by ", ", a comma followed by three digits is a thousands separator)');
  });
});

describe('capex_calculator fuzzed over typed forms', () => {
  const amounts = fc.tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 3 }))
    .map(([digits, power, decimals]) => new Decimal(digits).times(new Decimal(10).pow(power)).div(new Decimal(10).pow(decimals)).toFixed());
  const currencies = fc.constantFrom('CNY', 'USD', 'HKD', 'GBP', 'EUR', null);

  it('reads back every amount the project formats, in English and Chinese', () => {
    fc.assert(fc.property(amounts, currencies, (value, currency) => {
      for (const written of [formatEnglish(value, { unit: currency ? 'currency' : 'count', currency }), formatChinese(value, { unit: currency ? 'currency' : 'count', currency })]) {
        expect(calc(`${written} * 1`).result.value, written).toBe(value);
      }
    }), { numRuns: 300 });
  });

  it('gives the same result for full-width and ASCII forms, and for thousands separators and plain digits', () => {
    const operand = fc.integer({ min: 0, max: 10_000_000 });
    const operator = fc.constantFrom('+', '-', '*', '/');
    fc.assert(fc.property(fc.array(fc.tuple(operator, operand), { minLength: 1, maxLength: 5 }), operand, (rest, first) => {
      const ascii = `(${first}${rest.map(([op, n]) => ` ${op} ${n}`).join('')}) * 1`;
      const fullWidth = ascii.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)).replaceAll(' ', '\u3000');
      const grouped = ascii.replace(/\d+/g, (digits) => Number(digits).toLocaleString('en-US'));
      const outcome = (expression: string) => { try { return calc(expression).result.value; } catch (error) { return (error as BaogaoError).message.replace(/ at position \d+/, ''); } };
      expect(outcome(fullWidth), fullWidth).toBe(outcome(ascii));
      expect(outcome(grouped), grouped).toBe(outcome(ascii));
    }), { numRuns: 300 });
  });

  it('answers any mix of typed pieces with a value inside the budget or a calculation_error', { timeout: 60_000 }, () => {
    const piece = fc.constantFrom('380 billion', '3800亿', '1.2万', '$800 million', 'RMB 136.091 billion', '52.5 billion USD', '¥', '1,234', '5,678', '36%', '1', '−', '×', '÷', '+', '[', ']', '{', '}', '(', ')', ',', ', ', '１２', '％', 'sum(', 'convert(', 'USD', 'CNY', 'billion', '亿', ' ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
      const expression = pieces.join('');
      try { expectWithinBudget(calc(expression).result.value, expression); } catch (error) {
        expect(BaogaoError.isInstance(error), `${expression}: ${String(error)}`).toBe(true);
        expect((error as BaogaoError).code, expression).not.toBe('internal');
      }
    }), { numRuns: 500 });
  });
});
