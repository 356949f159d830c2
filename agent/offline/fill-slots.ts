/**
 * @module Fills a calculation's operand slots with facts. Each slot scores the fact table with the
 * evidence scorers (subject, relation coverage, period) plus metric, unit and the question's own
 * figure; a slot no fact fits stays empty, so the answer can say which figure the reports lack
 * instead of computing with a near miss.
 */
import { periodsOverlap, sameAmount, type Fact, type Metric, type Quantity, figureIndex } from '../../core/index.js';
import { figureWithItem } from '../phrases.js';
import { betweenDatesOfOneSentence, type CalculationIntent, type OperandSlot, type SlotRole } from '../calculation-intent.js';
import { coverage, periodMatch, questionTerms, subjectMatch } from './evidence.js';
import { countedTerms, factsAbout, idsNamedIn } from './facts-about.js';
import type { PlannerContext } from './planner-context.js';

export interface FilledSlot {
  slot: OperandSlot;
  /** The report's figure, cited. */
  fact?: Fact | undefined;
  /** The question's own figure, used when no report gives one (never for every operand). */
  stated?: Quantity | undefined;
  /** The question stated a figure the reports contradict: the report's figure is used. */
  contradicts?: Quantity | undefined;
  score: number;
}

export interface SlotFilling {
  filled: FilledSlot[];
  missing: OperandSlot[];
}

/** Metrics close enough that one stands in for the other in an operand. */
const RELATED: Partial<Record<Metric, Metric[]>> = {
  // Capital expenditure is its own measure: a deal or a plan is no stand-in for it.
  investment: ['investment_plan', 'funding', 'orders'], investment_plan: ['investment'], capex: [],
  funding: ['investment', 'investment_plan'], valuation: ['market_cap'], market_cap: ['valuation'], revenue: ['revenue_share'],
  orders: ['investment', 'chips'], chips: ['orders', 'servers'], servers: ['chips'], headcount: [],
};
const MONEY_METRICS: Metric[] = ['investment', 'investment_plan', 'capex', 'funding', 'orders', 'revenue', 'rnd', 'valuation', 'market_cap', 'loss', 'market_size', 'chips'];

function unitFits(slot: OperandSlot, fact: Fact): boolean {
  switch (slot.unit) {
    case 'money': return fact.unit === 'currency';
    case 'count': return fact.unit === 'count' || fact.unit === 'number';
    case 'amount': return fact.unit === 'currency' || fact.unit === 'count' || fact.unit === 'number';
    case 'percent': return fact.unit === 'percent' && fact.metric !== 'growth_rate';
    case 'growth': return (fact.unit === 'percent' || fact.unit === 'multiple') && fact.metric === 'growth_rate';
  }
}

function stated(quantity: Quantity | undefined, fact: Fact): boolean {
  return Boolean(quantity && fact.unit !== 'percent' === (quantity.unit !== 'percent') && sameAmount(fact, quantity, 0.01));
}

/** 1 for the subject's own figure, 0.5 for one whose sentence names it, undefined when it is someone else's. */
function entityFit(slot: OperandSlot, fact: Fact, context: PlannerContext): number | undefined {
  if (!slot.entity) return 0.5;
  if (fact.entity === slot.entity) return 1;
  // A subsidiary's figure speaks for its parent ("Alibaba Cloud's developers" for Alibaba), never the other way round.
  if (fact.entity && context.aliases.get(fact.entity)?.parent === slot.entity) return 0.75;
  // The extractor gives a sentence's figures to its first company; the named subject in the quote still counts.
  if (subjectMatch(context.index, [`@${slot.entity}`], fact.quote, '') !== 1) return undefined;
  if (!fact.entity) return 0.75;
  // "Doubao LLM (ByteDance) … up 137-fold": a product's figure filed under its maker, in a sentence that names the product.
  if (context.aliases.get(slot.entity)?.parent === fact.entity) return 0.75;
  // Another company's figure in a sentence that also names the subject ("Alibaba, Tencent and ByteDance …; Alibaba
  // will invest 380 billion") is a near miss: only when the subject is the company named nearest before the figure.
  return renamedBetween(fact, slot.entity, context) ? undefined : 0.5;
}

/**
 * "Alibaba, Tencent and ByteDance are investing …; Alibaba will invest 380 billion": the figure's own company is
 * named again between every mention of the subject and the figure, so the figure is not the subject's.
 */
function renamedBetween(fact: Fact, subject: string, context: PlannerContext): boolean {
  const at = figureIndex(fact.quote, fact.text);
  if (at < 0 || !fact.entity) return false;
  const mentions = context.index.aliases.find(fact.quote);
  const isSubject = (id: string) => id === subject || context.aliases.get(id)?.parent === subject;
  // A subject named after the figure in a later clause ("… 90,000 domestic AI chips by 2025; Tencent and ByteDance also have …") says nothing of whose the figure is.
  const clauseEnd = at + fact.text.length + Math.max(0, fact.quote.slice(at + fact.text.length).search(/[;；。]|$/));
  const subjectAt = mentions.filter((mention) => isSubject(mention.id) && mention.index < clauseEnd).map((mention) => mention.index);
  const ownerBefore = mentions.filter((mention) => mention.id === fact.entity && mention.index < at).map((mention) => mention.index);
  if (!subjectAt.length && ownerBefore.length) return true;
  // The subject named after the figure, or after the owner's last mention before it, may still be whose it is.
  return subjectAt.length > 0 && ownerBefore.length > 0 && subjectAt.every((index) => index < Math.max(...ownerBefore));
}

function metricFit(slot: OperandSlot, fact: Fact): number {
  if (!slot.metrics.length) return slot.unit === 'money' && !MONEY_METRICS.includes(fact.metric) ? 0.2 : 0.5;
  if (slot.metrics.includes(fact.metric)) return 1;
  if (slot.unit === 'growth' && fact.growthOf && slot.metrics.includes(fact.growthOf)) return 1;
  return slot.metrics.some((metric) => RELATED[metric]?.includes(fact.metric)) ? 0.6 : 0;
}

/** Amounts that accumulate over a period: a quarter's is not the year's. Stocks (headcount, chips held, market value) are read at a date. */
const FLOW_METRICS: Metric[] = ['capex', 'revenue', 'rnd', 'loss', 'investment', 'orders', 'funding'];
/** Flows a company reports period by period (in its results), as against a deal's one-off sum. */
const REPORTED_FLOWS: Metric[] = ['capex', 'revenue', 'rnd', 'loss'];

function months(period: { from: string | null; to: string | null }): number {
  const [from, to] = [period.from!, period.to!];
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
}

function periodFit(slot: OperandSlot, fact: Fact, question: string): number | undefined {
  if (!slot.period?.from) return 0.5;
  if (fact.period.from && fact.period.to) {
    if (!periodsOverlap(fact.period, slot.period)) return undefined;
    // A flow over part of the period asked is not the period's figure: Q4 2024 capex does not fill "capex in 2024".
    if (slot.period.to && FLOW_METRICS.includes(fact.metric) && months(fact.period) * 2 <= months(slot.period)) return undefined;
    return 1;
  }
  const match = periodMatch(question, fact.quote, fact.asOf, [slot.period]);
  // Operands told apart by period need a figure that says its period.
  if (slot.periodStrict && match < 1) return undefined;
  // A year's flow (revenue, capex) from a sentence that names no period is more likely a quarter's: "customer management
  // revenue … RMB 100.790 billion" in a Q4 report is not the year's revenue. A deal's sum (Google's "$2 billion in
  // financing") is one event, no part of a period's flow.
  if (match < 1 && slot.period.to && REPORTED_FLOWS.includes(fact.metric) && months(slot.period) >= 12) return undefined;
  return match === 0 ? undefined : match * 0.8;
}

function itemFit(slot: OperandSlot, fact: Fact): number {
  if (!slot.item) return 0;
  const words = `${fact.item ?? ''} ${figureWithItem(fact)}`.toLowerCase();
  return words.includes(slot.item) || slot.metrics.includes(fact.metric) ? 1 : 0;
}

/** Scores every fact for one slot; the best that passes the hard checks (unit, subject, period) and fits on some other count. */
function bestFact(slot: OperandSlot, question: string, context: PlannerContext, taken: (Fact | Quantity)[], anchor: Fact | undefined, rejected: Fact[]): FilledSlot | undefined {
  const relation = questionTerms(context.index, slot.words ?? question).relation;
  const ownTerms = new Set(context.index.tokenizer.terms(slot.words ?? question));
  let best: FilledSlot | undefined;
  // A slot with a subject can only be filled by a fact `entityFit` accepts: one about that company.
  for (const fact of slot.entity ? factsAbout(context.index, slot.entity) : context.index.snapshot.facts) {
    if (!unitFits(slot, fact)) continue;
    // One figure is one operand: not the same fact, nor the same amount restated by another report.
    if (rejected.some((other) => other.id === fact.id)) continue;
    if (taken.some((other) => ('id' in other && other.id === fact.id) || (other.unit === fact.unit && other.currency === fact.currency && sameAmount(other, fact, 0.001)))) continue;
    const entity = entityFit(slot, fact, context);
    const period = periodFit(slot, fact, question);
    if (entity === undefined || period === undefined) continue;
    const metric = metricFit(slot, fact);
    if (slot.item && slot.metrics.length && metric < 1) continue;
    // A measure the question names is a type: a capex figure never fills a headcount operand.
    if (slot.metrics.length && metric === 0 && !stated(slot.stated, fact)) continue;
    const matchesStated = stated(slot.stated, fact);
    const covered = coverage(context.index, relation, fact.quote);
    const together = anchor ? (anchor.quote === fact.quote && anchor.paragraphId === fact.paragraphId ? 1 : anchor.paragraphId === fact.paragraphId ? 0.5 : 0) : 0;
    // "The price per GPU of that deal": the count must come from the deal's own passage, unless the question gives it.
    if (slot.together && anchor && !matchesStated && together < (slot.together === 'sentence' ? 1 : 0.5)) continue;
    const involves = slot.context.some((id) => fact.counterparty === id || idsNamedIn(context.index, fact.quote).includes(id)) ? 1 : 0;
    // Something beyond the unit must tie the figure to the question.
    if (!matchesStated && metric < 0.6 && covered < 0.34 && together < 1 && !(slot.item && itemFit(slot, fact))) continue;
    if (slot.context.length && !involves && !matchesStated && entity < 1) continue;
    // Of the reports that state one figure, cite the sentence that names whose figure it is.
    // "were developers": the noun counted right after the figure is the one the operand's words name.
    const counted = countedTerms(context.index, fact).some((term) => !term.startsWith('@') && !term.startsWith('#') && ownTerms.has(term)) ? 1 : 0;
    const named = slot.entity && subjectMatch(context.index, [`@${slot.entity}`], fact.quote, '') === 1 ? 0.5 : 0;
    const score = counted + named + 2 * entity + 1.5 * metric + period + 3 * Number(matchesStated) + 2 * covered + 2 * together + involves + 1.5 * itemFit(slot, fact) - (fact.disputed ? 1 : 0)
      - (slot.stated && !matchesStated ? 1 : 0);
    if (!best || score > best.score) best = { slot, fact, score, ...(slot.stated && !matchesStated ? { contradicts: slot.stated } : {}) };
  }
  return best;
}

/**
 * Two sides compared or added measure the same thing: when the question names no measure and one side is already a report's
 * figure ("from HK$2.30 trillion to the figure Business Show reports": a market capitalisation), the other side takes its measure.
 */
function sameMeasureAsOtherSide(slot: OperandSlot, byRole: Map<SlotRole, FilledSlot>): OperandSlot {
  if (slot.metrics.length || (slot.role !== 'a' && slot.role !== 'b')) return slot;
  const other = byRole.get(slot.role === 'a' ? 'b' : 'a');
  // One company's figure against itself (another period, or a figure the question states); two companies' commitments may be filed under different measures.
  if (!other?.fact || other.fact.metric === 'other' || other.slot.entity !== slot.entity) return slot;
  return { ...slot, metrics: [other.fact.metric] };
}

/** How many of an anchor's candidates are tried for a slot that leans on it before the slot is said to be missing. */
const MAX_ANCHORS_TRIED = 3;
/** How close to the question, against the first anchor's score, a substitute anchor must be. */
const SUBSTITUTE_SHARE = 0.8;

/** Fills anchors first, then the slots that lean on them ("the stake in the same sentence as the amount paid"). */
/** `rejected`: report figures already tried in a pairing that broke its operation's bound; they fill nothing again. */
export function fillSlots(intent: CalculationIntent, question: string, context: PlannerContext, rejected: Fact[] = []): SlotFilling {
  // The question's own figures anchor first; a slot that leans on another comes after it.
  const rank = (slot: OperandSlot) => (slot.stated ? 0 : slot.near ? 2 : 1);
  const order = [...intent.slots].sort((a, b) => rank(a) - rank(b));
  const byRole = new Map<SlotRole, FilledSlot>();
  const missing: OperandSlot[] = [];
  for (const slot of order) {
    // A figure already an operand, from the reports or as the question states it, is not the other operand too.
    const taken = [...byRole.values()].flatMap((entry): (Fact | Quantity)[] => (entry.fact ? [entry.fact] : entry.stated ? [entry.stated] : []));
    const anchor = slot.near ? byRole.get(slot.near)?.fact : undefined;
    // The question's own benchmark is the operand as given: a report's figure of the same size is someone else's.
    if (slot.assumed && slot.stated) { byRole.set(slot.role, { slot, stated: slot.stated, score: 0 }); continue; }
    let found = bestFact(sameMeasureAsOtherSide(slot, byRole), question, context, taken, anchor, rejected);
    // "the implied price of one A800": the amount told beside the count ("$1 billion … (approximately 100,000 A800 GPUs)")
    // may not be the best amount alone ("over $5 billion"); the anchor's next candidates are tried, and a substitute is
    // safe only when the figure paired with it is told in its own sentence (the count a sentence gives its own amount).
    let anchorEntry = slot.near ? byRole.get(slot.near) : undefined;
    const firstScore = anchorEntry?.score ?? 0;
    const passed: Fact[] = [];
    while (!found && anchorEntry?.fact && !anchorEntry.slot.stated && passed.length < MAX_ANCHORS_TRIED) {
      passed.push(anchorEntry.fact);
      const other = bestFact(anchorEntry.slot, question, context, taken, undefined, [...rejected, ...passed]);
      // Only another figure of the same kind: "300亿元" is no other count of chips.
      // (And one about as close to the question: "the orders Nvidia may cancel" is no delivery of this year's batch.)
      if (!other?.fact || other.fact.unit !== passed[0]!.unit || other.fact.metric !== passed[0]!.metric || other.score < SUBSTITUTE_SHARE * firstScore
        || (other.fact.period.from !== null && passed[0]!.period.from !== null && other.fact.period.from !== passed[0]!.period.from)) break;
      const paired = bestFact(sameMeasureAsOtherSide(slot, byRole), question, context, [...taken, other.fact], other.fact, rejected);
      if (paired?.fact && paired.fact.quote === other.fact.quote) {
        byRole.set(other.slot.role, other);
        found = paired;
      }
      anchorEntry = other;
    }
    // A figure the question states that the reports contradict: the report's figure, and a correction.
    if (found) byRole.set(slot.role, found);
    else if (slot.stated) byRole.set(slot.role, { slot, stated: slot.stated, score: 0 });
    else missing.push(slot);
  }
  const filled = intent.slots.flatMap((slot) => (byRole.has(slot.role) ? [byRole.get(slot.role)!] : []));
  // A change between two figures of one sentence, no period asked: from the earlier date to the later one.
  const [a, b] = filled;
  if (betweenDatesOfOneSentence(intent) && filled.length === 2 && !intent.slots.some((slot) => slot.periodStrict) && a!.fact?.period.from && b!.fact?.period.from && a!.fact.period.from > b!.fact.period.from) {
    filled.splice(0, 2, { ...a!, fact: b!.fact }, { ...b!, fact: a!.fact });
  }
  // Operands from the question alone are arithmetic on the user's figures, not an answer from the reports.
  if (filled.length && filled.every((entry) => !entry.fact)) return { filled: [], missing: intent.slots };
  return { filled, missing };
}
