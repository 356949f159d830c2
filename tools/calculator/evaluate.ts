/** @module Evaluates a parsed expression exactly, recording each step with its operands' sources. */
import { Decimal } from '../../core/index.js';
import { createFunctions } from './calc-functions.js';
import { boundedLiteral, boundedValue } from './calc-limits.js';
import { add, describeValue, divide, fail, multiply, percent, power, type CalcValue } from './calc-value.js';
import type { ExchangeRate } from './exchange-rates.js';
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

const SYMBOL: Record<string, string> = { '+': '+', '-': '−', '*': '×', '/': '÷', '^': '^' };

export function evaluate(tree: ExpressionNode, context: EvaluationContext) {
  const steps: CalcStep[] = [];
  const ratesUsed: ExchangeRate[] = [];
  const functions = createFunctions({ rates: context.rates, impliedRates: context.impliedRates, onRate: (rate) => ratesUsed.push(rate) });
  const record = (operation: string, expression: string, result: CalcValue) => {
    steps.push({ operation, expression, result: describeValue(result) });
    return result;
  };

  // Every value, however it was reached (operand, fact, step or function), passes the budget.
  function run(node: ExpressionNode): CalcValue {
    const value = compute(node);
    const subject = node.type === 'binary' || node.type === 'call' ? `The result of "${node.type === 'call' ? node.name : node.operator}" at position ${node.position + 1}` : `The value at position ${node.position + 1}`;
    return { ...value, value: boundedValue(value.value, subject) };
  }

  function compute(node: ExpressionNode): CalcValue {
    switch (node.type) {
      case 'number': return { value: boundedLiteral(node.value, node.position), kind: 'number', currency: null };
      case 'amount': {
        boundedLiteral(node.digits, node.position);
        return { value: boundedValue(new Decimal(node.value), `The amount at position ${node.position + 1}`), kind: 'amount', currency: node.currency };
      }
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
          : node.operator === '*' ? multiply(left, right) : node.operator === '/' ? divide(left, right)
            : power(left, right, `The result of "^" at position ${node.position + 1}`);
        const bounded = { ...result, value: boundedValue(result.value, `The result of "${node.operator}" at position ${node.position + 1}`) };
        return record(node.operator, `${describeValue(left)} ${SYMBOL[node.operator]} ${describeValue(right)}`, bounded);
      }
      case 'call': {
        const definition = functions.get(node.name);
        if (!definition) throw fail(`Unknown function "${node.name}" at position ${node.position + 1}; available: ${[...functions.keys()].join(', ')}`);
        const [low, high] = definition.arity;
        if (node.args.length < low || node.args.length > high) {
          const grouped = node.args.find((arg) => arg.type === 'number' && arg.grouped);
          const hint = grouped?.type === 'number' ? ` ("${grouped.grouped}" at position ${grouped.position + 1} was read as one number, ${grouped.value}: where arguments are separated by ", ", a comma followed by three digits is a thousands separator)` : '';
          throw fail(`${node.name} takes ${low === high ? low : `${low} to ${high}`} arguments, got ${node.args.length}${hint}`);
        }
        const isWord = (i: number) => definition.wordArguments?.includes(i) ?? false;
        const written = node.args.map((arg) => (arg.type === 'name' ? arg.name : ''));
        const args = node.args.map((arg, i) => (isWord(i) ? { value: boundedLiteral('0'), kind: 'number' as const, currency: null } : run(arg)));
        const result = definition.run(args, written, node.position);
        const bounded = { ...result, value: boundedValue(result.value, `The result of "${node.name}" at position ${node.position + 1}`) };
        const shown = args.map((arg, i) => (isWord(i) ? written[i] : describeValue(arg)));
        return record(node.name, `${node.name}(${shown.join(', ')})`, bounded);
      }
    }
  }

  return { value: run(tree), steps, ratesUsed };
}
