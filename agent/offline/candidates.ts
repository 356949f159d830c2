/**
 * @module Every candidate answer for a question, each built in its own citation context, with the
 * evidence features it is ranked by. Facts, calculations and lists come from the fact and list plans;
 * people, dates, explanations and quoted sentences from the sentence pool.
 */
import { BaogaoError, DISPUTED, periodsOverlap, type Fact } from '../../core/index.js';
import { createCitationBook } from '../citation-book.js';
import type { QuestionFrame } from '../question-frame.js';
import type { AnswerType, WantedTypes } from './answer-type.js';
import { coverage, evidenceOf, periodMatch, questionTerms, subjectMatch } from './evidence.js';
import { planCalculation } from './plan-calculation.js';
import { asksMeasure, planDefinedFormula } from './plan-defined-formula.js';
import { planFigure } from './plan-figure.js';
import { planList } from './plan-list.js';
import type { PlannerContext, PlanResult } from './planner-context.js';
import type { FeatureVector } from './rank-candidates.js';
import type { PooledSentence, SentencePool } from './sentence-pool.js';
import { dateCandidate, explanationCandidate, personCandidate, sentenceCandidate, type TextCandidate } from './text-candidates.js';
import { factFit, figureTypesWanted, sentenceFigureFit, unitsWanted, UNCHECKED, type AnswerFit, type SentenceFitInput } from './answer-fit.js';
import { leadingType } from './answer-type.js';
import { relationPartyCandidate } from './relation-party.js';
import { sourceCandidate } from './source-candidate.js';
import { mostSpecific } from './plan-figure.js';
import { asksProvider } from './asked-fit.js';
import { partAsked } from './part-asked.js';

export interface AnswerCandidate {
  origin: 'facts' | 'calculation' | 'list' | 'person' | 'date' | 'explanation' | 'sentence';
  type: AnswerType;
  sentences: string[];
  /** The answer as a medium-confidence reply opens it, when the candidate words that itself. */
  hedged?: string[];
  /** Its own citations, amounts and calculations. */
  context: PlannerContext;
  features: FeatureVector;
  /** A calculation the reports lack an operand for: says which, and answers nothing else. */
  refused?: boolean;
  /** An explanation whose lead sentence speaks to the aspect asked (the reason, the risk …). */
  speaksToAspect?: boolean;
  /** Its passage states the typed answer for what was asked (a person in the asked role, a date of the asked event, the asked list). */
  direct?: boolean;
  /** An explanation told as a list the report announces for the asked subject and kind. */
  listed?: boolean;
  /** The typed check of what it states against what was asked: said plainly, hedged as a near miss, or no answer. */
  fit: AnswerFit;
  /** The fact a facts candidate states first. */
  lead?: Fact | undefined;
  /** An explanation's opening sentence, which the evidence check judges. */
  leadSentence?: PooledSentence;
}

/** The part a "how much of W was P" question asks about, as terms for the sentence candidate; nothing when it asks none. */
function partTermsOf(question: string, context: PlannerContext): { part?: Map<string, number> } {
  const part = partAsked(question);
  const terms = part ? questionTerms(context.index, part).relation : undefined;
  return terms?.size ? { part: terms } : {};
}

/**
 * The share of the asked companies the lead citation names. "Which of those …?": the companies to pick among are
 * alternatives, and the one the passage names is the subject.
 */
function subjectFeature(base: PlannerContext, pool: SentencePool, lead: { quotes: string; paragraphs: string }): number {
  if (!pool.pickAmong) return subjectMatch(base.index, pool.terms.entities, lead.quotes, lead.paragraphs);
  return Math.max(0, ...pool.terms.entities.map((entity) => subjectMatch(base.index, [entity], lead.quotes, lead.paragraphs)));
}

/** A fresh citation book, amount list and step record over the same index and tools: a candidate the answer does not use leaves no trace in it. */
export function forkContext(base: PlannerContext): PlannerContext {
  return { ...base, tools: base.tools.fork(), book: createCitationBook(base.paragraphs, base.documents), amounts: [], calculations: [] };
}

async function tryPlan(plan: () => Promise<PlanResult | undefined>): Promise<PlanResult | undefined> {
  try {
    return await plan();
  } catch (error) {
    // A tool refusing its input (a division by zero, an unknown fact) drops this candidate, not the answer.
    if (BaogaoError.isInstance(error) && (error.code === 'calculation_error' || error.code === 'invalid_input')) return undefined;
    throw error;
  }
}

/** Metrics close enough that a fact of one partly answers a question about the other. */
const RELATED: Partial<Record<Fact['metric'], Fact['metric'][]>> = {
  investment: ['investment_plan', 'funding', 'stake', 'orders'], investment_plan: ['investment', 'capex'], capex: ['investment_plan', 'investment'],
  funding: ['investment', 'valuation'], valuation: ['market_cap', 'funding'], market_cap: ['valuation'], revenue: ['revenue_share', 'growth_rate'],
};

function factsUsed(context: PlannerContext): Fact[] {
  return context.amounts.filter((amount): amount is Fact => typeof (amount as Fact).metric === 'string' && typeof (amount as Fact).paragraphId === 'string');
}

function typeOfFact(fact: Fact | undefined): AnswerType {
  if (!fact) return 'amount';
  return fact.unit === 'percent' ? 'percent' : fact.unit === 'currency' ? 'amount' : 'count';
}

interface Draft {
  origin: AnswerCandidate['origin'];
  type: AnswerType;
  sentences: string[];
  hedged?: string[];
  context: PlannerContext;
  metric: number;
  strength: number;
  refused?: boolean;
  direct?: boolean;
  listed?: boolean;
  /** The fact a facts candidate states first. */
  lead?: Fact | undefined;
  speaksToAspect?: boolean;
  /** A text candidate's own typed check (a person in the asked role …). */
  fit?: AnswerFit;
  leadSentence?: PooledSentence;
}

export async function generateCandidates(frame: QuestionFrame, wanted: WantedTypes, pool: SentencePool, base: PlannerContext): Promise<AnswerCandidate[]> {
  const drafts: Draft[] = [];
  const asksFigure = wanted.amount + wanted.percent + wanted.count > 0 || frame.metrics.length > 0;

  if (frame.calculation) {
    const context = forkContext(base);
    const result = await tryPlan(() => planCalculation(frame, context));
    const calculation = context.calculations[0];
    if (result?.refused) drafts.push({ origin: 'calculation', type: 'sentence', sentences: result.sentences, context, metric: 1, strength: 1, refused: true });
    else if (result?.sentences.length && calculation) {
      const type: AnswerType = /%$/.test(calculation.result.english) ? 'percent' : /[$¥£€]|yuan|dollar|HK\$/i.test(calculation.result.english) ? 'amount' : 'count';
      drafts.push({ origin: 'calculation', type, sentences: result.sentences, ...(result.direct ? { direct: true } : {}), context, metric: 1, strength: 1 });
    }
  }
  if (asksMeasure(frame.text)) {
    // A measure the question defines itself or one analysts name (ROA, EBITDA margin), from the company's own table cells.
    const context = forkContext(base);
    const result = await tryPlan(() => planDefinedFormula(frame, context));
    const calculation = context.calculations[0];
    if (result?.sentences.length && calculation) {
      const type: AnswerType = /[$¥£€]|yuan|dollar|HK\$/i.test(calculation.result.english) ? 'amount' : 'percent';
      drafts.push({ origin: 'calculation', type, sentences: result.sentences, ...(result.hedged ? { hedged: result.hedged } : {}), context, metric: 1, strength: 1 });
    }
  }
  if (frame.entities.length || frame.metrics.length || asksFigure) {
    const context = forkContext(base);
    const result = await tryPlan(() => planFigure(frame, context));
    if (result?.sentences.length) {
      const lead = factsUsed(context)[0];
      const metric = !lead ? 0.5 : lead.label && frame.labels.includes(lead.label) ? 1 : frame.metrics.length ? (frame.metrics.includes(lead.metric) ? 1 : frame.metrics.some((asked) => RELATED[asked]?.includes(lead.metric)) ? 0.75 : 0) : 0.5;
      drafts.push({ origin: 'facts', type: typeOfFact(lead), sentences: result.sentences, context, metric, strength: 0.8, lead, ...(result.direct ? { direct: true } : {}) });
    }
  }
  if (wanted.list > 0) {
    const context = forkContext(base);
    const result = await tryPlan(() => planList(frame, context));
    // A list of the kind asked, each member described so by its sentence, fits the question's measure as a fact of the asked metric does.
    if (result?.sentences.length) drafts.push({ origin: 'list', type: 'list', sentences: result.sentences, ...(result.hedged ? { hedged: result.hedged } : {}), ...(result.direct ? { direct: true } : {}), context, metric: result.kindChecked ? 1 : 0.5, strength: 0.7 });
  }
  const fromText: [AnswerCandidate['origin'], AnswerType, (context: PlannerContext) => TextCandidate | undefined][] = [
    // A party to a relation ("Who led X's round?") is read from the relation's words before any role is looked for.
    // A provider asked with "who" ("谁成了它唯一的云服务商?") is a party to a relation or nobody: never a person read by role.
    // A source asked for ("Where do the numbers come from?") is the one the passage attributes them to, before any party or role.
    ['person', 'person', (context) => (wanted.person > 0 ? sourceCandidate(frame, pool, context) ?? relationPartyCandidate(frame, pool, context) ?? (asksProvider(frame.text) ? undefined : personCandidate(frame, pool, context)) : undefined)],
    ['date', 'date', (context) => (wanted.date > 0 ? dateCandidate(frame, pool, context) : undefined)],
    ['explanation', 'explanation', (context) => explanationCandidate(frame, pool, context)],
    ['sentence', 'sentence', (context) => sentenceCandidate(pool, context, asksFigure ? frame.metrics : [], { units: unitsWanted(wanted), stated: frame.stated, question: frame.text, ...partTermsOf(frame.text, context) })],
  ];
  for (const [origin, type, make] of fromText) {
    const context = forkContext(base);
    const made = make(context);
    if (made) drafts.push({ origin, type, sentences: made.sentences, ...(made.hedged ? { hedged: made.hedged } : {}), ...(made.speaksToAspect ? { speaksToAspect: true } : {}), ...(made.direct ? { direct: true } : {}), ...(made.listed ? { listed: true } : {}), ...(made.fit ? { fit: made.fit } : {}), ...(made.lead ? { leadSentence: made.lead } : {}), context, metric: 0.5, strength: made.strength });
  }
  // A calculation the plan declined (the reports state the figure asked) leaves the question a plain one.
  const calculating = drafts.some((draft) => draft.origin === 'calculation');
  return drafts.map((draft) => {
    const features = featuresOf(draft, frame, wanted, pool, base, calculating);
    return { ...draft, features, fit: fitOf(draft, features, frame, wanted, base) };
  });
}

/**
 * The typed check for a candidate of a figure, person or date question: a fact or a quoted sentence must
 * state a figure of the asked kind for the asked subject, relation and period; a quoted sentence or a
 * synthesis of several is no answer to "who", "when" or "how much" (at most a closest passage).
 */
function fitOf(draft: Draft, features: FeatureVector, frame: QuestionFrame, wanted: WantedTypes, base: PlannerContext): AnswerFit {
  if (draft.fit) return draft.fit;
  const lead = leadingType(wanted);
  const figureTypes = figureTypesWanted(wanted);
  const typed = figureTypes.length > 0 || lead === 'person' || lead === 'date';
  if (!typed || draft.origin === 'calculation' || draft.origin === 'list' || draft.refused) return UNCHECKED;
  if (draft.origin === 'explanation') return { form: 'off', why: 'type' };
  const subjects = mostSpecific(frame.entities, base);
  if (draft.origin === 'facts') {
    if (!figureTypes.length || !draft.lead) return UNCHECKED;
    return factFit(frame, { fact: draft.lead, subjects, relation: features.relation }, base.aliases);
  }
  if (draft.origin === 'sentence') {
    if (!figureTypes.length) return { form: 'off', why: 'type' };
    const input = sentenceInput(draft, features, frame, base);
    return input ? sentenceFigureFit(frame, figureTypes, input, base.aliases) : UNCHECKED;
  }
  return UNCHECKED;
}

/** What a quoted-sentence candidate's check reads: its sentence, paragraph and report date, and its scores. */
function sentenceInput(draft: Draft, features: FeatureVector, frame: QuestionFrame, base: PlannerContext): SentenceFitInput | undefined {
  const cited = draft.context.book.list()[0];
  const paragraph = cited ? base.paragraphs.get(cited.paragraphId) : undefined;
  if (!cited || !paragraph) return undefined;
  return {
    sentence: cited.quote, paragraph: `${paragraph.text}\n${paragraph.original ?? ''}`, subjects: mostSpecific(frame.entities, base),
    relation: features.relation, period: features.period, asOf: base.documents.get(cited.docId)?.date ?? null,
    // Only a timeline entry's first line is a heading that dates it.
    ...(paragraph.sectionKind === 'timeline' && paragraph.text.includes('\n') ? { heading: paragraph.text.split('\n')[0]!.replace(/:\s*$/, '') } : {}),
  };
}

/**
 * How much of the question's relation the cited text says. A follow-up's own words must be in the quotes; the words it
 * borrowed from the turn before ("placed orders with Nvidia" for "How much of that was to be delivered this year?") may
 * be said around them, in the quotes' paragraphs.
 */
function relationCovered(base: PlannerContext, pool: SentencePool, evidence: { quotes: string; paragraphs: string }): number {
  const quoted = coverage(base.index, pool.terms.relation, evidence.quotes);
  if (!pool.ownTerms) return quoted;
  return Math.max(quoted, Math.min(coverage(base.index, pool.ownTerms, evidence.quotes), coverage(base.index, pool.terms.relation, `${evidence.quotes}\n${evidence.paragraphs}`)));
}

function featuresOf(draft: Draft, frame: QuestionFrame, wanted: WantedTypes, pool: SentencePool, base: PlannerContext, calculating: boolean): FeatureVector {
  const citations = draft.context.book.list();
  const titles = new Map([...base.documents.values()].map((document) => [document.docId, document.title]));
  const evidence = evidenceOf(citations, base.paragraphs, titles);
  // A table cell is read with its label's name, its column and its document's company: they are part of what it says.
  if (draft.lead?.table) evidence.quotes += `\n${draft.lead.label ?? ''} ${draft.lead.table.column ?? ''} ${draft.lead.entityName ?? ''}`;
  const asOf = citations[0] ? base.documents.get(citations[0].docId)?.date ?? null : null;
  const lead = citations[0] ? evidenceOf([citations[0]], base.paragraphs, titles) : undefined;
  if (lead && draft.lead?.table) lead.quotes += `\n${draft.lead.entityName ?? ''}`;
  const text = draft.sentences.join(' ');
  const ranks = evidence.paragraphIds.map((id) => pool.ranks.get(id)).filter((rank): rank is number => rank !== undefined);
  // A figure question's figure and a list's names can only be as good as the type asked for.
  // A calculation the question asks for is the type it wants, whatever its question words suggest.
  const typeFit = draft.origin === 'calculation' && calculating ? 1 : wanted[draft.type] + (draft.type === 'sentence' ? 0.15 : 0);
  return {
    bias: 1,
    typeFit: Math.min(1, typeFit),
    // The lead citation carries the answer: the companies asked about must be in it, not in a later aside.
    subject: lead ? subjectFeature(base, pool, lead) : 0,
    relation: relationCovered(base, pool, evidence),
    relationContext: coverage(base.index, pool.terms.relation, evidence.paragraphs),
    // A table cell's period is its column heading, which its row's text does not repeat.
    // So is a fact's period resolved against its report's date ("Q2 this year" in a 2025 report is Q2 2025).
    period: (draft.lead?.table || draft.lead?.period.from) && frame.periods.some((period) => periodsOverlap(period, draft.lead!.period)) ? 1 : periodMatch(frame.text, evidence.quotes, asOf, frame.periods),
    metric: draft.metric,
    agreement: Math.min(1, (evidence.docIds.size - 1) / 2),
    retrieval: ranks.length ? 1 / (1 + Math.min(...ranks)) : 0,
    strength: draft.strength,
    // A calculation answers a question that asks for one; it never answers one that does not.
    // "In USD" is answered as well by a figure the report already gives in dollars as by a conversion.
    operation: calculating ? (draft.origin === 'calculation' || (frame.operation === 'convert' && draft.lead?.table && draft.lead.currency === frame.targetCurrency) ? 1 : 0) : 0.5,
    // Passing on market talk without saying it was talk (or denied) misleads.
    rumour: DISPUTED.test(evidence.quotes) && !/market talk|denied|rumou?r|传闻|否认/i.test(text.replace(/“[^”]*”/g, '')) ? 1 : 0,
  };
}
