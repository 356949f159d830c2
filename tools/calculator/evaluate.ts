/** @module Evaluates a parsed expression exactly, recording each step with its operands' sources. */
import { Decimal, type Currency } from '../../core/index.js';
import { add, describeValue, divide, fail, multiply, number, percent, power, type CalcValue } from './calc-value.js';
import { pickRate, type ExchangeRate } from './exchange-rates.js';
import type { ExpressionNode } from './parse-expression.js';

export interface CalcStep {
  operation: string;
  /** The step with its operands written out: "36.578 billion yuan ÷ (1 + 386%)". */
  expression: string;
  result: string;
}

export interface EvaluationContext {
  resolveName(name: string, position: number): CalcValue;
  resolveFact(id: string, position: number): CalcValue;
  /** Rates from the call, keyed "USD/CNY". */
  rates: Map<string, Decimal>;
  impliedRates: ExchangeRate[];
}

const CURRENCIES = new Set<Currency>(['CNY', 'USD', 'HKD', 'GBP', 'EUR']);
const SYMBOL: Record<string, string> = { '+': '+', '-': '−', '*': '×', '/': '÷', '^': '^' };

export function evaluate(tree: ExpressionNode, context: EvaluationContext) {
  const steps: CalcStep[] = [];
  const ratesUsed: ExchangeRate[] = [];
  const record = (operation: string, expression: string, result: CalcValue) => {
    steps.push({ operation, expression, result: describeValue(result) });
    return result;
  };
  const growthFraction = (value: CalcValue): Decimal => (value.kind === 'percent' ? value.value : value.value.div(100));

  const functions: Record<string, { arity: [number, number]; run: (args: CalcValue[], written: string[], node: ExpressionNode) => CalcValue }> = {
    sum: { arity: [1, 50], run: (args) => args.reduce((total, value) => add(total, value)) },
    avg: { arity: [1, 50], run: (args) => divide(args.reduce((total, value) => add(total, value)), number(args.length)) },
    min: { arity: [1, 50], run: (args) => args.reduce((low, value) => (add(value, low, -1).value.isNegative() ? value : low)) },
    max: { arity: [1, 50], run: (args) => args.reduce((high, value) => (add(value, high, -1).value.isPositive() ? value : high)) },
    pct_change: { arity: [2, 2], run: ([from, to]) => percent(divide(add(to!, from!, -1), from!).value) },
    share: { arity: [2, 2], run: ([part, whole]) => percent(divide(part!, whole!).value) },
    per_year: { arity: [2, 2], run: ([total, years]) => { if (years!.kind !== 'number' || !years!.value.isPositive()) throw fail('per_year needs a positive number of years'); return divide(total!, years!); } },
    cagr: { arity: [3, 3], run: ([start, end, years]) => {
      if (years!.kind !== 'number' || !years!.value.isPositive()) throw fail('cagr needs a positive number of years');
      const ratio = divide(end!, start!);
      if (ratio.value.isNegative()) throw fail('cagr needs start and end of the same sign');
      return percent(ratio.value.pow(new Decimal(1).div(years!.value)).minus(1));
    } },
    prior_from_growth: { arity: [2, 2], run: ([current, growth]) => {
      const factor = new Decimal(1).plus(growthFraction(growth!));
      if (factor.isZero()) throw fail('A growth of -100% leaves no prior value');
      return { ...current!, value: current!.value.div(factor) };
    } },
    convert: { arity: [3, 4], run: (args, written, node) => {
      const [amount, , , given] = args;
      const [from, to] = [written[1]!, written[2]!].map((code) => code.toUpperCase()) as [Currency, Currency];
      for (const code of [from, to]) if (!CURRENCIES.has(code)) throw fail(`Unknown currency "${code}" at position ${node.position + 1}; use CNY, USD, HKD, GBP or EUR`);
      if (amount!.currency && amount!.currency !== from) throw fail(`convert: the amount is in ${amount!.currency}, not ${from}`);
      const rate = pickRate(from, to, given?.value ?? context.rates.get(`${from}/${to}`), context.impliedRates);
      ratesUsed.push(rate);
      return { value: amount!.value.times(rate.rate), kind: 'amount', currency: to };
    } },
  };

  function run(node: ExpressionNode): CalcValue {
    switch (node.type) {
      case 'number': return number(node.value);
      case 'name': return context.resolveName(node.name, node.position);
      case 'fact': return context.resolveFact(node.id, node.position);
      case 'percent': {
        const inner = run(node.operand);
        if (inner.kind !== 'number') throw fail(`"%" applies to a plain number (position ${node.position + 1})`);
        return percent(inner.value.div(100));
      }
      case 'negate': { const inner = run(node.operand); return { ...inner, value: inner.value.negated() }; }
      case 'binary': {
        const left = run(node.left);
        const right = run(node.right);
        const result = node.operator === '+' ? add(left, right) : node.operator === '-' ? add(left, right, -1)
          : node.operator === '*' ? multiply(left, right) : node.operator === '/' ? divide(left, right) : power(left, right);
        return record(node.operator, `${describeValue(left)} ${SYMBOL[node.operator]} ${describeValue(right)}`, result);
      }
      case 'call': {
        const definition = functions[node.name];
        if (!definition) throw fail(`Unknown function "${node.name}" at position ${node.position + 1}; available: ${Object.keys(functions).join(', ')}`);
        const [low, high] = definition.arity;
        if (node.args.length < low || node.args.length > high) throw fail(`${node.name} takes ${low === high ? low : `${low} to ${high}`} arguments, got ${node.args.length}`);
        // convert's currency codes are words, not values.
        const written = node.args.map((arg) => (arg.type === 'name' ? arg.name : ''));
        const args = node.args.map((arg, i) => (node.name === 'convert' && (i === 1 || i === 2) ? number(0) : run(arg)));
        const result = definition.run(args, written, node);
        const shown = args.map((arg, i) => (node.name === 'convert' && (i === 1 || i === 2) ? written[i] : describeValue(arg)));
        return record(node.name, `${node.name}(${shown.join(', ')})`, result);
      }
    }
  }

  return { value: run(tree), steps, ratesUsed };
}
