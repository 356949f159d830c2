/** @module The calculator's grammar: a hand-written recursive-descent parser. Nothing is ever evaluated as code. */
import { BaogaoError } from '../../core/index.js';

export type ExpressionNode =
  | { type: 'number'; value: string; position: number }
  | { type: 'name'; name: string; position: number }
  | { type: 'fact'; id: string; position: number }
  | { type: 'percent'; operand: ExpressionNode; position: number }
  | { type: 'negate'; operand: ExpressionNode; position: number }
  | { type: 'binary'; operator: '+' | '-' | '*' | '/' | '^'; left: ExpressionNode; right: ExpressionNode; position: number }
  | { type: 'call'; name: string; args: ExpressionNode[]; position: number };

interface Token {
  kind: 'number' | 'name' | 'fact' | 'op' | 'open' | 'close' | 'comma' | 'end';
  text: string;
  position: number;
}

const MAX_LENGTH = 500;
const MAX_DEPTH = 40;
const OPERATORS: Record<string, string> = { '+': '+', '-': '-', '−': '-', '*': '*', '×': '*', '/': '/', '÷': '/', '^': '^', '%': '%' };
// A fact id: a docId, "#p", the paragraph number, "/f", the fact number. docIds may hold Han characters.
const FACT_ID = /^\[?([\p{L}\p{N}][\p{L}\p{N}._-]*#p\d+\/f\d+)\]?/u;
const NUMBER = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

function syntaxError(message: string, position: number): BaogaoError {
  return new BaogaoError('calculation_error', { message: `${message} at position ${position + 1}`, field: 'expression' });
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const space = rest.match(/^\s+/);
    if (space) { i += space[0].length; continue; }
    const fact = rest.match(FACT_ID);
    if (fact) { tokens.push({ kind: 'fact', text: fact[1]!, position: i }); i += fact[0].length; continue; }
    const number = rest.match(NUMBER);
    if (number) { tokens.push({ kind: 'number', text: number[0], position: i }); i += number[0].length; continue; }
    const name = rest.match(NAME);
    if (name) { tokens.push({ kind: 'name', text: name[0], position: i }); i += name[0].length; continue; }
    const char = source[i]!;
    if (OPERATORS[char]) tokens.push({ kind: 'op', text: OPERATORS[char]!, position: i });
    else if (char === '(') tokens.push({ kind: 'open', text: char, position: i });
    else if (char === ')') tokens.push({ kind: 'close', text: char, position: i });
    else if (char === ',') tokens.push({ kind: 'comma', text: char, position: i });
    else throw syntaxError(`Unexpected "${char}"`, i);
    i++;
  }
  tokens.push({ kind: 'end', text: '', position: source.length });
  return tokens;
}

export function parseExpression(source: string): ExpressionNode {
  if (source.length > MAX_LENGTH) throw new BaogaoError('calculation_error', { message: `Expression is longer than ${MAX_LENGTH} characters`, field: 'expression' });
  const tokens = tokenize(source);
  let at = 0;
  let depth = 0;
  const peek = () => tokens[at]!;
  const next = () => tokens[at++]!;
  const expect = (kind: Token['kind'], what: string) => {
    const token = next();
    if (token.kind !== kind) throw syntaxError(`Expected ${what} but found ${token.kind === 'end' ? 'the end' : `"${token.text}"`}`, token.position);
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
      case 'number': return { type: 'number', value: token.text, position: token.position };
      case 'fact': return { type: 'fact', id: token.text, position: token.position };
      case 'name': {
        if (peek().kind !== 'open') return { type: 'name', name: token.text, position: token.position };
        next();
        return nested(token.position, () => {
          const args: ExpressionNode[] = [];
          if (peek().kind !== 'close') {
            args.push(expression());
            while (peek().kind === 'comma') { next(); args.push(expression()); }
          }
          expect('close', '")"');
          return { type: 'call', name: token.text, args, position: token.position };
        });
      }
      case 'open': return nested(token.position, () => { const inner = expression(); expect('close', '")"'); return inner; });
      default: throw syntaxError(token.kind === 'end' ? 'Expression ended early' : `Unexpected "${token.text}"`, token.position);
    }
  }

  const tree = expression();
  if (peek().kind !== 'end') throw syntaxError(`Unexpected "${peek().text}"`, peek().position);
  return tree;
}
