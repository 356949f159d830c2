/**
 * @module A measure the question defines itself ("Working capital ratio is defined as: total current
 * assets / total current liabilities", "Define FCF as cash from operations less capex"), worked out
 * from the company's own table cells: each line item is looked up by its normalised label and fiscal
 * year, "average X between FY2016 and FY2017" and "change in X between …" become the obvious sums,
 * and the calculator does the arithmetic with every operand cited.
 */
import { normaliseLabel, type Fact } from '../../core/index.js';
import type { QuestionFrame } from '../question-frame.js';
import type { PlannerContext, PlanResult } from './planner-context.js';
import { runCalculation } from './run-calculation.js';

export interface Definition {
  /** The measure's name as the question writes it ("operating cash flow ratio"). */
  name: string;
  formula: string;
}

const DEFINED = [
  /\b([A-Za-z][\w&'’ ()-]{1,60}?)\s+(?:here\s+)?(?:is|are)\s+defined\s+as:?\s*(.+?)(?:\.(?=\s+[A-Z])|\.?\s*$)/,
  /\bDefine\s+([\w&'’ ()-]{2,60}?)\s+as:?\s*(.+?)(?:\.(?=\s+[A-Z])|\.?\s*$)/i,
];

/** The first definition the question gives, if any. */
export function definitionIn(text: string): Definition | undefined {
  for (const pattern of DEFINED) {
    const match = pattern.exec(text);
    if (match) return { name: match[1]!.replace(/\s*\([^)]*\)\s*$/, '').trim(), formula: match[2]!.trim() };
  }
  return undefined;
}

const WORD_OPERATORS: [RegExp, string][] = [
  [/\s+divided by\s+/gi, ' / '], [/\s+(?:less|minus)\s+/gi, ' - '], [/\s+plus\s+/gi, ' + '], [/\s+(?:times|multiplied by)\s+/gi, ' * '],
];

type Token = { kind: 'op'; text: string } | { kind: 'term'; text: string };

function tokens(formula: string): Token[] {
  let text = formula.replace(/\[[^\]]*\]/g, ' ').replace(/\((?:from|using|per|as reported)[^)]*\)/gi, ' ');
  for (const [pattern, operator] of WORD_OPERATORS) text = text.replace(pattern, operator);
  const result: Token[] = [];
  for (const piece of text.split(/(\s[-+*/]\s|[()*/])/)) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    if (/^[-+*/()]$/.test(trimmed)) result.push({ kind: 'op', text: trimmed });
    else result.push({ kind: 'term', text: trimmed });
  }
  return result;
}

interface Operand {
  name: string;
  fact: Fact;
  phrase: string;
}

const OUTFLOW = /\b(?:capital expenditures?|purchases?|payments?|paid|dividends?|repurchases?|acquisitions?|capex)\b/i;

const YEAR_OF = (fact: Fact) => Number(fact.period.to?.slice(0, 4) ?? fact.period.from?.slice(0, 4) ?? NaN);

export const planDefinedFormula = async (frame: QuestionFrame, context: PlannerContext): Promise<PlanResult | undefined> => {
  const definition = definitionIn(frame.text);
  const company = frame.scope?.company;
  const year = frame.scope?.askedYears.at(-1);
  if (!definition || !company || year === undefined) return undefined;
  // "EBITDA less capex", "EBITDA % margin" with EBITDA defined: the definition is an ingredient, not the measure asked.
  const asked = frame.text.slice(0, frame.text.indexOf('?') + 1 || undefined);
  const at = asked.toLowerCase().indexOf(definition.name.toLowerCase());
  if (at >= 0 && /^\s*(?:less|minus|plus|divided|over|to|%|margin|as an? %|ratio|growth|change)\b|^\s*%/i.test(asked.slice(at + definition.name.length))) return undefined;
  const wanted = new Set(frame.scope!.docIds);
  const cells = context.index.snapshot.facts.filter((fact) => fact.table && fact.entity === company.id && (fact.unit === 'currency' || fact.unit === 'number'));
  const operands: Operand[] = [];
  const find = (phrase: string, at: number): string | undefined => {
    const label = normaliseLabel(phrase.replace(/^(?:unadjusted|reported|total)\s+/i, '')).label;
    const matching = cells.filter((fact) => YEAR_OF(fact) === at && (fact.label === label || fact.label === `total ${label}`));
    const fact = matching.find((candidate) => wanted.has(candidate.docId)) ?? matching[0];
    if (!fact) return undefined;
    const name = `x${operands.length + 1}`;
    operands.push({ name, fact, phrase });
    // A cash outflow is printed in parentheses, but a definition names its magnitude ("less capex"); a loss stays a loss.
    return fact.value.startsWith('-') && OUTFLOW.test(`${fact.label ?? ''} ${fact.table?.row ?? ''}`) ? `(0 - ${name})` : name;
  };
  const parts: string[] = [];
  for (const token of tokens(definition.formula)) {
    if (token.kind === 'op') {
      parts.push(token.text);
      continue;
    }
    const term = token.text;
    if (/^\d+(?:\.\d+)?$/.test(term)) {
      parts.push(term);
      continue;
    }
    const between = /^(average|change in)\s+(.+?)\s+between\s+FY\s?(\d{4})\s+and\s+FY\s?(\d{4})$/i.exec(term);
    if (between) {
      const [first, second] = [find(between[2]!, Number(between[3])), find(between[2]!, Number(between[4]))];
      if (!first || !second) return undefined;
      parts.push(/^average/i.test(between[1]!) ? `((${first} + ${second}) / 2)` : `(${second} - ${first})`);
      continue;
    }
    const dated = /^(?:FY\s?(\d{4})\s+)?(.+?)(?:\s+(?:in|for)\s+FY\s?(\d{4}))?$/i.exec(term)!;
    const operand = find(dated[2]!, Number(dated[1] ?? dated[3] ?? year));
    if (!operand) return undefined;
    parts.push(operand);
  }
  if (!operands.length) return undefined;
  const asPercent = /%|percent|margin/i.test(definition.name);
  const { result, markers } = runCalculation(
    context, parts.join(' '), Object.fromEntries(operands.map((operand) => [operand.name, operand.fact.id])), asPercent ? { as: 'percent' } : {},
  );
  if (result.result.kind === 'amount' && asPercent) return undefined;
  const used = operands.map((operand) => `${operand.phrase} ${operand.fact.text}`).join(', ');
  return {
    sentences: [`${company.name}'s ${definition.name} for FY${year} works out to ${result.result.english} ${markers}, from ${used}.`],
  };
};
