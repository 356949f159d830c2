/** @module Deterministic scoring of one answer against its gold question. */
import { parseQuantities, sameAmount, type Answer, type Paragraph, type ReportDocument } from '../core/index.js';
import type { GoldQuestion } from './gold-set.js';

export interface AnswerScore {
  correct: boolean;
  /** Correct, and at least one citation is a gold supporting paragraph (refusals need none). */
  correctAndCited: boolean;
  missingFigures: string[];
  missingTerms: string[];
  forbiddenFound: string[];
  refusalOk: boolean;
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

export function scoreAnswer(question: GoldQuestion, answer: Answer, goldIds: Set<string>): AnswerScore {
  const text = answer.answer.replace(/\[\d+\]/g, ' ');
  const stated = parseQuantities(text);
  const missingFigures = question.expect.figures.filter((figure) => !stated.some((quantity) =>
    sameAmount(quantity, { value: figure.value, unit: figure.unit === 'percent' ? 'percent' : 'currency', currency: figure.currency ?? null }, figure.tolerance ?? 0.005)
    && (!figure.currency || !quantity.currency || quantity.currency === figure.currency))).map((figure) => `${figure.value}${figure.currency ? ` ${figure.currency}` : ''}${figure.unit === 'percent' ? '%' : ''}`);
  const lower = answer.answer.toLowerCase();
  const missingTerms = question.expect.terms.filter((group) => !group.some((term) => lower.includes(term.toLowerCase()))).map((group) => group.join('|'));
  const forbiddenFound = question.expect.forbidden.filter((term) => lower.includes(term.toLowerCase()));
  const refusalOk = answer.refused === question.expect.refusal;
  const cited = new Set(answer.citations.map((citation) => citation.paragraphId));
  const hits = [...cited].filter((id) => goldIds.has(id)).length;
  const citationHit = question.expect.refusal || goldIds.size === 0 || hits > 0;
  const correct = refusalOk && (question.expect.refusal || (missingFigures.length === 0 && missingTerms.length === 0)) && forbiddenFound.length === 0;
  return {
    correct, correctAndCited: correct && citationHit, missingFigures, missingTerms, forbiddenFound, refusalOk, citationHit,
    calculatorUsed: answer.steps.some((step) => step.tool === 'capex_calculator'),
    citationPrecision: cited.size ? hits / cited.size : goldIds.size ? 0 : 1,
    citationRecall: goldIds.size ? hits / goldIds.size : 1,
  };
}
