/**
 * @module A measure the question defines itself ("Working capital ratio is defined as: total current
 * assets / total current liabilities", "Define FCF as cash from operations less capex"), worked out
 * from the company's own table cells: each line item is looked up by its normalised label and fiscal
 * year, "average X between FY2016 and FY2017" and "change in X between …" become the obvious sums,
 * and the calculator does the arithmetic with every operand cited.
 */
import { labelsNamedIn, normaliseLabel, type Fact } from '../../core/index.js';
import { companyId as companyIdOf } from '../../index/index.js';
import type { QuestionFrame } from '../question-frame.js';
import type { PlannerContext, PlanResult } from './planner-context.js';
import { entityName } from '../phrases.js';
import { runCalculation } from './run-calculation.js';
import { measureRequestIn, type MeasureRequest } from './standard-measures.js';

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

interface Cells {
  operands: Operand[];
  /** The operand's name in the expression for a line item in a fiscal year, or undefined when no cell has it. */
  find: (phrase: string, year: number) => string | undefined;
}

function companyCells(context: PlannerContext, companyId: string, docIds: readonly string[]): Cells {
  const wanted = new Set(docIds);
  // "Quarry Peak Mining Ltd." is the legal name of "Quarry Peak Mining": a cell's company counts with its parents.
  const ofCompany = (entity: string | null | undefined) => {
    for (let id = entity ?? undefined, hops = 0; id && hops < 4; id = context.aliases.get(id)?.parent ?? undefined, hops += 1) if (id === companyId) return true;
    return false;
  };
  // A cell the ingest could not tie to a known entity still carries its filer's name.
  const cells = context.index.snapshot.facts.filter((fact) => fact.table && (fact.unit === 'currency' || fact.unit === 'number')
    && ofCompany(fact.entity ?? companyIdOf(context.aliases.entries, fact.entityName)));
  const operands: Operand[] = [];
  const find = (phrase: string, at: number): string | undefined => {
    const label = normaliseLabel(phrase.replace(/^(?:unadjusted|reported|total)\s+/i, '')).label;
    const matching = cells.filter((fact) => YEAR_OF(fact) === at && (fact.label === label || fact.label === `total ${label}`));
    const fact = matching.find((candidate) => wanted.has(candidate.docId)) ?? matching[0];
    if (!fact) return undefined;
    const existing = operands.find((operand) => operand.fact.id === fact.id);
    if (existing) return existing.name;
    const name = `x${operands.length + 1}`;
    operands.push({ name, fact, phrase });
    // A cash outflow is printed in parentheses, but a definition names its magnitude ("less capex"); a loss stays a loss.
    return fact.value.startsWith('-') && OUTFLOW.test(`${fact.label ?? ''} ${fact.table?.row ?? ''}`) ? `(0 - ${name})` : name;
  };
  return { operands, find };
}

/** A definition-syntax formula as a calculator expression for one fiscal year, or undefined when a line item has no cell. */
function expressionFor(formula: string, year: number, find: Cells['find']): string | undefined {
  const parts: string[] = [];
  for (const token of tokens(formula)) {
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
  return parts.join(' ');
}

/** A line item a question names ("capex", "COGS", "operating income"), as the label table cells carry, when the synonym table knows it. */
const knownLineItem = (phrase: string): string | undefined => labelsNamedIn(phrase)[0];

function spanExpression(request: MeasureRequest, find: Cells['find']): string | undefined {
  const yearly = (year: number) => {
    const expression = expressionFor(request.formulaFor(year), year, find);
    return expression === undefined ? undefined : `(${expression})`;
  };
  if (request.span === 'single') return yearly(request.to);
  if (request.span === 'average') {
    const each: string[] = [];
    for (let year = request.from; year <= request.to; year += 1) {
      const expression = yearly(year);
      if (!expression) return undefined;
      each.push(expression);
    }
    return `avg(${each.join(', ')})`;
  }
  const [first, last] = [yearly(request.from), yearly(request.to)];
  if (!first || !last) return undefined;
  if (request.span === 'cagr') return `cagr(${first}, ${last}, ${request.to - request.from})`;
  // A change in a margin is in percentage points; a change in an amount is a percentage change.
  return request.percent ? `${last} - ${first}` : `pct_change(${first}, ${last})`;
}

/**
 * Money cells from a table whose caption gave "in millions" and from one whose scale was not read
 * differ by a factor the answer cannot know: $1,508 million + $569 is no EBITDA. Such a mix is refused.
 */
function mixedScales(operands: Operand[]): boolean {
  // Values are stored fully scaled, so millions beside thousands is fine; a cell with no scale read is the doubt.
  // A cell with no "$" and no scale is read as a plain number, so every operand counts.
  return operands.some((operand) => operand.fact.scale === null) && operands.some((operand) => operand.fact.scale !== null);
}

/** "operating income 1,508, depreciation and amortization 569": each operand as the question named it, with its cell. */
function operandsText(cells: Cells): string {
  return cells.operands.map((operand) => `${operand.phrase} ${operand.fact.text}`).join(', ');
}

function yearsText(request: MeasureRequest): string {
  return request.from === request.to ? `FY${request.to}` : `FY${request.from}–FY${request.to}`;
}

export const planDefinedFormula = async (frame: QuestionFrame, context: PlannerContext): Promise<PlanResult | undefined> => {
  // Without filing metadata (an annual report with no "Filing year" line) the one company the question
  // names is still the company whose table cells count.
  const only = frame.entities.length === 1 ? frame.entities[0]! : undefined;
  const company = frame.scope?.company ?? (only ? { id: only, name: entityName(context.aliases, only, context.lang) } : undefined);
  const year = frame.scope?.askedYears.at(-1) ?? [...frame.text.matchAll(/\b(?:19|20)\d{2}\b/g)].map((match) => Number(match[0])).at(-1);
  if (!company?.name || year === undefined) return undefined;
  const definition = definitionIn(frame.text);
  const cells = companyCells(context, company.id, frame.scope?.docIds ?? []);
  let expression: string | undefined;
  let name: string;
  let asPercent: boolean;
  const asked = frame.text.slice(0, frame.text.indexOf('?') + 1 || undefined);
  const at = definition ? asked.toLowerCase().indexOf(definition.name.toLowerCase()) : -1;
  // "EBITDA less capex", "EBITDA % margin" with EBITDA defined: the definition is an ingredient of the measure asked,
  // which is then read like any named measure (its textbook formula is the one such questions define).
  const ingredient = at >= 0 && /^\s*(?:less|minus|plus|divided|over|to|%|margin|as an? %|ratio|growth|change)\b|^\s*%/i.test(asked.slice(at + definition!.name.length));
  if (definition && !ingredient) {
    expression = expressionFor(definition.formula, year, cells.find);
    name = `${definition.name} for FY${year}`;
    asPercent = /%|percent|margin/i.test(definition.name);
  } else {
    const request = measureRequestIn(frame.text, knownLineItem);
    if (!request) return undefined;
    if (request.verdict) return verdictAnswer(request, company.name, cells, context);
    expression = spanExpression(request, cells.find);
    name = `${request.phrase.replace(/^(?:the|unadjusted)\s+/i, '')} for ${yearsText(request)}`;
    asPercent = request.percent || request.span === 'change' || request.span === 'cagr';
  }
  if (!expression || !cells.operands.length || mixedScales(cells.operands)) return undefined;
  const { result, markers } = runCalculation(
    context, expression, Object.fromEntries(cells.operands.map((operand) => [operand.name, operand.fact.id])), asPercent ? { as: 'percent' } : {},
  );
  if (result.result.kind === 'amount' && asPercent) return undefined;
  const used = operandsText(cells);
  return {
    sentences: [`${company.name}'s ${name} works out to ${result.result.english} ${markers}, from ${used}.`],
    // Hedged, it still says what was worked out and from what, not "they say that …" about a figure no report states.
    hedged: [`The reports don't state ${company.name}'s ${name} directly; worked out from its own table cells, it comes to ${result.result.english} ${markers}, from ${used}.`],
  };
};

/**
 * "Does Acme have positive working capital?" — yes or no first, then the figure it rests on;
 * "Is its gross margin improving?" — the margin in the year before and the year asked.
 */
function verdictAnswer(request: MeasureRequest, company: string, cells: Cells, context: PlannerContext): PlanResult | undefined {
  const years = request.verdict === 'positive' || request.verdict === 'negative' ? [request.to] : [request.from, request.to];
  const expressions = years.map((year) => expressionFor(request.formulaFor(year), year, cells.find));
  if (expressions.some((expression) => expression === undefined) || !cells.operands.length || mixedScales(cells.operands)) return undefined;
  const operandIds = Object.fromEntries(cells.operands.map((operand) => [operand.name, operand.fact.id]));
  const results = expressions.map((expression) => runCalculation(context, expression!, operandIds, request.percent ? { as: 'percent' } : {}));
  const values = results.map(({ result }) => Number(result.result.value));
  if (values.some((value) => !Number.isFinite(value))) return undefined;
  const markers = [...new Set(results.flatMap(({ markers }) => markers.match(/\[\d+\]/g) ?? []))].join('');
  const measure = request.phrase.replace(/^(?:the|unadjusted)\s+/i, '');
  let yes: boolean;
  let finding: string;
  if (years.length === 1) {
    yes = request.verdict === 'positive' ? values[0]! > 0 : values[0]! < 0;
    finding = `${company}'s ${measure} for FY${request.to} works out to ${results[0]!.result.result.english} ${markers}`;
  } else {
    const rose = values[1]! > values[0]!;
    yes = request.verdict === 'improving' ? rose : !rose && values[1] !== values[0];
    const moved = values[1] === values[0] ? 'was unchanged at' : rose ? 'rose from' : 'fell from';
    finding = values[1] === values[0]
      ? `${company}'s ${measure} ${moved} ${results[1]!.result.result.english} in FY${request.from} and FY${request.to} ${markers}`
      : `${company}'s ${measure} ${moved} ${results[0]!.result.result.english} in FY${request.from} to ${results[1]!.result.result.english} in FY${request.to} ${markers}`;
  }
  const used = operandsText(cells);
  return {
    sentences: [`${yes ? 'Yes' : 'No'}: ${finding}, from ${used}.`],
    hedged: [`${yes ? 'Yes' : 'No'}, going by its own table cells (the reports don't say so in words): ${finding}, from ${used}.`],
  };
}

/** True when the question defines a measure or names one analysts use, so the planner should try to work it out. */
export function asksMeasure(text: string): boolean {
  return Boolean(definitionIn(text) || measureRequestIn(text, knownLineItem));
}
