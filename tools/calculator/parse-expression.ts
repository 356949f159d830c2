/** @module The calculator's grammar: a hand-written recursive-descent parser. Nothing is ever evaluated as code. */
import type { Currency } from '../../core/index.js';
import { fail, syntaxError } from './calc-error.js';
import { CLOSING, tokenize, type Token } from './tokenize-expression.js';

export type ExpressionNode =
  /** `grouped`: the number as written with thousands separators ("1,234"), for error messages. */
  | { type: 'number'; value: string; position: number; grouped?: string }
  /** A figure typed with its scale or currency: "$800 million", "3800亿", "52.5 billion USD". */
  | { type: 'amount'; digits: string; value: string; currency: Currency | null; position: number }
  | { type: 'name'; name: string; position: number }
  | { type: 'fact'; id: string; position: number }
  | { type: 'percent'; operand: ExpressionNode; position: number }
  | { type: 'negate'; operand: ExpressionNode; position: number }
  | { type: 'binary'; operator: '+' | '-' | '*' | '/' | '^'; left: ExpressionNode; right: ExpressionNode; position: number }
  | { type: 'call'; name: string; args: ExpressionNode[]; position: number };

const MAX_LENGTH = 500;
const MAX_DEPTH = 40;

export function parseExpression(source: string): ExpressionNode {
  if (source.length > MAX_LENGTH) throw fail(`Expression is longer than ${MAX_LENGTH} characters`);
  const tokens = tokenize(source);
  let at = 0;
  let depth = 0;
  const peek = () => tokens[at]!;
  const next = () => tokens[at++]!;
  const expect = (kind: Token['kind'], what: string, text?: string) => {
    const token = next();
    if (token.kind !== kind || (text !== undefined && token.text !== text)) throw syntaxError(`Expected ${what} but found ${token.kind === 'end' ? 'the end' : `"${token.written}"`}`, token.position);
    return token;
  };
  const nested = <T>(position: number, parse: () => T): T => {
    if (++depth > MAX_DEPTH) throw syntaxError('Expression is nested too deeply', position);
    try { return parse(); } finally { depth--; }
  };

  function expression(): ExpressionNode {
    let left = term();
    while (peek().kind === 'op' && (peek().text === '+' || peek().text === '-')) {
      const operator = next();
      left = { type: 'binary', operator: operator.text as '+' | '-', left, right: term(), position: operator.position };
    }
    return left;
  }
  function term(): ExpressionNode {
    let left = unary();
    while (peek().kind === 'op' && (peek().text === '*' || peek().text === '/')) {
      const operator = next();
      left = { type: 'binary', operator: operator.text as '*' | '/', left, right: unary(), position: operator.position };
    }
    return left;
  }
  function unary(): ExpressionNode {
    if (peek().kind === 'op' && peek().text === '-') {
      const minus = next();
      return nested(minus.position, () => ({ type: 'negate', operand: unary(), position: minus.position }));
    }
    if (peek().kind === 'op' && peek().text === '+') next();
    return power();
  }
  function power(): ExpressionNode {
    const base = postfix();
    if (peek().kind === 'op' && peek().text === '^') {
      const caret = next();
      return nested(caret.position, () => ({ type: 'binary', operator: '^', left: base, right: unary(), position: caret.position }));
    }
    return base;
  }
  function postfix(): ExpressionNode {
    let node = primary();
    while (peek().kind === 'op' && peek().text === '%') node = { type: 'percent', operand: node, position: next().position };
    return node;
  }
  function primary(): ExpressionNode {
    const token = next();
    switch (token.kind) {
      case 'number': return { type: 'number', value: token.text, position: token.position, ...(token.grouped ? { grouped: token.written } : {}) };
      case 'amount': return { type: 'amount', digits: token.text, value: token.value!, currency: token.currency ?? null, position: token.position };
      case 'fact': return { type: 'fact', id: token.text, position: token.position };
      case 'name': {
        if (peek().kind !== 'open' || peek().text !== '(') return { type: 'name', name: token.text, position: token.position };
        next();
        return nested(token.position, () => {
          const args: ExpressionNode[] = [];
          if (peek().kind !== 'close') {
            args.push(expression());
            while (peek().kind === 'comma') { next(); args.push(expression()); }
          }
          expect('close', '")"', ')');
          return { type: 'call', name: token.text, args, position: token.position };
        });
      }
      case 'open': {
        // "[(166+178)/2] − [(57+44)/2]": square and curly brackets group like round ones, each closed by its own kind.
        const closing = CLOSING.get(token.text)!;
        return nested(token.position, () => { const inner = expression(); expect('close', `"${closing}"`, closing); return inner; });
      }
      default: throw syntaxError(token.kind === 'end' ? 'Expression ended early; expected a number, a name or a bracket' : `Unexpected "${token.written}"; expected a number, a name or a bracket`, token.position);
    }
  }

  const tree = expression();
  if (peek().kind !== 'end') throw syntaxError(`Unexpected "${peek().written}"; expected an operator or the end`, peek().position);
  return tree;
}
