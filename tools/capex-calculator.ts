/** @module capex_calculator: exact arithmetic over figures and fact ids, with a cited step-by-step trace. */
import { z } from 'zod';
import { BaogaoError, Decimal, formatChinese, formatEnglish, parseQuantity, type Currency, type Fact } from '../core/index.js';
import { boundedLiteral, boundedNumber, boundedValue } from './calculator/calc-limits.js';
import { describeValue, fail, type CalcValue, type ValueKind } from './calculator/calc-value.js';
import { evaluate, type CalcStep } from './calculator/evaluate.js';
import { impliedRates, type ExchangeRate } from './calculator/exchange-rates.js';
import { parseExpression } from './calculator/parse-expression.js';
import { parseToolInput } from './tool-errors.js';

export const capexCalculatorInput = z.object({
  expression: z.string().trim().min(1, 'expression is empty').max(500)
    .describe('Arithmetic over numbers, figures as written ("380 billion", "3800亿", "$800 million", "RMB 136.091 billion", "52.5 billion USD", "1,234"), operand names and fact ids: + - * / ^ × ÷ −, brackets ( ) [ ] { }, "%" after a number ("1 - 15%" is 0.85), and sum, avg, min, max, pct_change(old, new), cagr(start, end, years), share(part, whole), per_year(total, years), prior_from_growth(current, growth%), convert(amount, FROM, TO, rate?). Separate function arguments with ", ". Example: prior_from_growth(capex_q4, 386%)'),
  operands: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'operand names are letters, digits and _'), z.union([z.number(), z.string().trim().min(1).max(200)]))
    .optional().describe('Named operands: a number, a figure as written ("36.578 billion yuan", "3800亿元", "386%"), or a fact id from lookup_facts'),
  rates: z.record(z.string().regex(/^[A-Z]{3}\/[A-Z]{3}$/, 'rates are keyed like "USD/CNY"'), z.number().positive()).optional()
    .describe('Exchange rates, units of the second currency per one of the first: {"USD/CNY": 7.2}'),
  as: z.enum(['percent', 'number']).optional()
    .describe('"percent" when the question asks for a percentage: a ratio such as 0.1137 comes back as 11.37%. "number" gives a percentage as a plain ratio. Omit to keep the result as computed.'),
});
export type CapexCalculatorInput = z.input<typeof capexCalculatorInput>;

export interface CalcOperand {
  name: string;
  text: string;
  value: string;
  kind: ValueKind;
  currency: Currency | null;
  factId?: string;
  paragraphId?: string;
  docId?: string;
  quote?: string;
}

export interface CalculationResult {
  expression: string;
  result: { value: string; kind: ValueKind; currency: Currency | null; english: string; chinese: string };
  operands: CalcOperand[];
  steps: CalcStep[];
  rates: ExchangeRate[];
}

function valueOfQuantityText(text: string, field: string): CalcValue {
  const plain = text.match(/^(-?)(\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i);
  if (plain) {
    const value = boundedLiteral(plain[2]!, undefined, field);
    return { value: plain[1] ? value.negated() : value, kind: 'number', currency: null };
  }
  const quantity = parseQuantity(text);
  if (!quantity || quantity.text.trim().length < text.replace(/[\s,]/g, '').length * 0.5) throw fail(`Cannot read "${text}" as a figure`, field);
  const value = boundedValue(new Decimal(quantity.value), `"${quantity.text}"`, field);
  if (quantity.unit === 'percent') return { value: value.div(100), kind: 'percent', currency: null };
  if (quantity.unit === 'multiple') return { value, kind: 'number', currency: null };
  return { value, kind: quantity.currency || quantity.scale ? 'amount' : 'number', currency: quantity.currency };
}

function valueOfFact(fact: Fact, field: string): CalcValue {
  // A report can print any figure; it passes the same budget as a typed one.
  const value = boundedValue(new Decimal(fact.value), `Fact ${fact.id}`, field);
  if (fact.unit === 'percent') return { value: value.div(100), kind: 'percent', currency: null };
  if (fact.unit === 'multiple') return { value, kind: 'number', currency: null };
  return { value, kind: fact.unit === 'currency' || fact.scale ? 'amount' : 'number', currency: fact.currency };
}

function render(value: CalcValue): CalculationResult['result'] {
  const exact = value.kind === 'percent' ? value.value.times(100) : value.value;
  const unit = value.kind === 'percent' ? 'percent' : value.kind === 'amount' ? (value.currency ? 'currency' : 'count') : 'number';
  const options = { unit, currency: value.currency, maxFractionDigits: 2 } as const;
  return {
    value: exact.toSignificantDigits(20).toFixed(),
    kind: value.kind,
    currency: value.currency,
    english: value.kind === 'number' ? exact.toDecimalPlaces(4).toFixed() : formatEnglish(exact, options),
    chinese: value.kind === 'number' ? exact.toDecimalPlaces(4).toFixed() : formatChinese(exact, options),
  };
}

/** Runs the calculation. `facts` are the fact table rows fact ids may name. */
export function capexCalculator(facts: Fact[], rawInput: CapexCalculatorInput): CalculationResult {
  const input = parseToolInput(capexCalculatorInput, rawInput);
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  const operands = new Map<string, CalcOperand>();

  const fromFact = (id: string, name: string, field: string): CalcValue => {
    const fact = byId.get(id);
    if (!fact) throw new BaogaoError('calculation_error', { message: `Unknown fact id "${id}"; take ids from lookup_facts`, field });
    const value = valueOfFact(fact, field);
    operands.set(name, { name, text: fact.text, value: value.value.toFixed(), kind: value.kind, currency: value.currency, factId: fact.id, paragraphId: fact.paragraphId, docId: fact.docId, quote: fact.quote });
    return value;
  };

  const tree = parseExpression(input.expression);
  const rates = new Map(Object.entries(input.rates ?? {}).map(([pair, rate]) => [pair, boundedNumber(rate, `The rate ${pair}`, `rates.${pair}`)]));
  const { value, steps, ratesUsed } = evaluate(tree, {
    resolveFact: (id) => fromFact(id, id, 'expression'),
    resolveName: (name, position) => {
      // Own properties only: "toString" or "constructor" must not find Object.prototype's.
      const given = input.operands && Object.hasOwn(input.operands, name) ? input.operands[name] : undefined;
      if (given === undefined) throw fail(`Unknown operand "${name}" at position ${position + 1}; define it in operands`);
      const field = `operands.${name}`;
      if (typeof given === 'string' && byId.has(given)) return fromFact(given, name, field);
      const value = typeof given === 'number' ? { value: boundedNumber(given, `Operand "${name}"`, field), kind: 'number' as const, currency: null } : valueOfQuantityText(given, field);
      operands.set(name, { name, text: String(given), value: value.value.toFixed(), kind: value.kind, currency: value.currency });
      return value;
    },
    rates,
    impliedRates: impliedRates(facts),
  });
  const presented = presentAs(value, input.as, steps);
  return { expression: input.expression, result: render(presented), operands: [...operands.values()], steps, rates: ratesUsed };
}

/** The result in the form the question asked for: a ratio as a percentage, or a percentage as a ratio, as a last step. */
function presentAs(value: CalcValue, as: 'percent' | 'number' | undefined, steps: CalcStep[]): CalcValue {
  if (!as || value.kind === as) return value;
  if (value.kind === 'amount') throw fail(`as: "${as}" needs a ratio, but the result is an amount (${describeValue(value)})`, 'as');
  const converted: CalcValue = { ...value, kind: as };
  steps.push({ operation: `as_${as}`, expression: `${describeValue(value)} as a ${as === 'percent' ? 'percentage' : 'ratio'}`, result: describeValue(converted) });
  return converted;
}
