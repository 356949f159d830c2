/** @module Deterministic scoring of one answer against its gold question. */
import { parseQuantities, sameAmount, splitSentences, type Answer, type Paragraph, type ReportDocument } from '../core/index.js';
import type { GoldFigure, GoldQuestion } from './question-schema.js';

export interface AnswerScore {
  correct: boolean;
  /** Correct, and at least one citation is a gold supporting paragraph (refusals need none). */
  correctAndCited: boolean;
  missingFigures: string[];
  missingTerms: string[];
  forbiddenFound: string[];
  refusalOk: boolean;
  /** With `expect.lead`: the first expected figure (or, with none, the first term group) is in the first sentence. */
  leadOk: boolean;
  /** The answer does not open by saying the reports don't quite answer (a question that has an answer needs one). */
  directOk: boolean;
  /** Figures and terms found, out of those expected (for "partially correct"). */
  found: number;
  expected: number;
  citationHit: boolean;
  calculatorUsed: boolean;
  /** Citation precision/recall against the gold paragraphs. */
  citationPrecision: number;
  citationRecall: number;
}

export function goldParagraphIds(question: GoldQuestion, paragraphs: Paragraph[], documents: ReportDocument[]): Set<string> {
  const sources = new Map(documents.map((document) => [document.docId, document.source]));
  return new Set(question.expect.paragraphs.flatMap((gold) => paragraphs
    .filter((paragraph) => sources.get(paragraph.docId)?.startsWith(gold.doc) && `${paragraph.text}\n${paragraph.original ?? ''}`.includes(gold.find))
    .map((paragraph) => paragraph.id)));
}

export const describeFigure = (figure: GoldFigure) => `${figure.value}${figure.currency ? ` ${figure.currency}` : ''}${figure.unit === 'percent' ? '%' : ''}`;

function statesFigure(text: string): (figure: GoldFigure) => boolean {
  // A range ("65%至75%", "65%-75%") states both its ends.
  const stated = parseQuantities(text).flatMap((quantity) => (quantity.high !== undefined ? [quantity, { ...quantity, value: quantity.high }] : [quantity]));
  return (figure) => stated.some((quantity) =>
    sameAmount(quantity, { value: figure.value, unit: figure.unit === 'percent' || figure.unit === 'multiple' ? figure.unit : 'currency', currency: figure.currency ?? null }, figure.tolerance ?? 0.005)
    && (!figure.currency || !quantity.currency || quantity.currency === figure.currency));
}
const statesTerm = (text: string) => { const lower = text.toLowerCase(); return (group: string[]) => group.some((term) => lower.includes(term.toLowerCase())); };

function leadOk(question: GoldQuestion, text: string): boolean {
  if (!question.expect.lead || question.expect.refusal) return true;
  const first = splitSentences(text)[0]?.text ?? '';
  const [figure] = question.expect.figures;
  if (figure) return statesFigure(first)(figure);
  const [group] = question.expect.terms;
  return group ? statesTerm(first)(group) : true;
}

/**
 * Openings that say the reports only come close: "The reports don't answer this directly, but …", "The closest
 * the reports come …", "报告没有直接回答…". Whatever follows, a reader who meets that first is told there is no
 * answer; the strict graders count it partial at best when the reports do answer, and so does this scorer.
 */
export const NOT_ANSWERED_OPENINGS = [
  /^the reports? (?:don't|do not|doesn't|does not) (?:answer|state|say|compare|give)\b[^.]*\bdirectly/i,
  /^the closest the reports? comes?/i,
  /^(?:报告|报道)(?:中)?(?:没有|未|并未|并没有)直接/,
  /^(?:最接近|与此最接近)/,
];

export function opensWithoutAnswer(text: string): boolean {
  const opening = text.trimStart().replace(/^[*_"“'‘]+/, '');
  return NOT_ANSWERED_OPENINGS.some((pattern) => pattern.test(opening));
}

/** Whether the rules have anything to check; a question with only a reference answer needs the LLM judge. */
export function ruleGradable(question: GoldQuestion): boolean {
  const { figures, terms, refusal, forbidden, paragraphs } = question.expect;
  return refusal || figures.length + terms.length + forbidden.length + paragraphs.length > 0;
}

export function scoreAnswer(question: GoldQuestion, answer: Answer, goldIds: Set<string>): AnswerScore {
  const text = answer.answer.replace(/\[\d+\]/g, ' ');
  const hasFigure = statesFigure(text);
  const missingFigures = question.expect.figures.filter((figure) => !hasFigure(figure)).map(describeFigure);
  const lower = answer.answer.toLowerCase();
  const hasTerm = statesTerm(answer.answer);
  const missingTerms = question.expect.terms.filter((group) => !hasTerm(group)).map((group) => group.join('|'));
  const lead = leadOk(question, text);
  const direct = question.expect.refusal || !opensWithoutAnswer(answer.answer);
  const expected = question.expect.figures.length + question.expect.terms.length;
  const forbiddenFound = question.expect.forbidden.filter((term) => lower.includes(term.toLowerCase()));
  const refusalOk = answer.refused === question.expect.refusal;
  const cited = new Set(answer.citations.map((citation) => citation.paragraphId));
  const hits = [...cited].filter((id) => goldIds.has(id)).length;
  const citationHit = question.expect.refusal || goldIds.size === 0 || hits > 0;
  // With no figures or terms to look for, a cited gold paragraph is what shows the answer is on target.
  const contentOk = expected ? missingFigures.length === 0 && missingTerms.length === 0 && lead : citationHit;
  const correct = refusalOk && (question.expect.refusal || (contentOk && direct)) && forbiddenFound.length === 0;
  return {
    correct, correctAndCited: correct && citationHit, missingFigures, missingTerms, forbiddenFound, refusalOk, leadOk: lead, directOk: direct,
    found: expected - missingFigures.length - missingTerms.length, expected, citationHit,
    calculatorUsed: answer.steps.some((step) => step.tool === 'capex_calculator'),
    citationPrecision: cited.size ? hits / cited.size : goldIds.size ? 0 : 1,
    citationRecall: goldIds.size ? hits / goldIds.size : 1,
  };
}
