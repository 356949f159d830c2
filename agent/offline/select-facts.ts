/** @module Which facts answer a question: looked up per entity, metric and period, then grouped by value. */
import { countedHeadOf, countedNouns, sameAmount, type Fact, type Metric, type Period } from '../../core/index.js';
import type { QuestionFrame } from '../question-frame.js';
import { withTranslations } from './bilingual-terms.js';
import { coverage, questionTerms as termsOfQuestion } from './evidence.js';
import type { PlannerContext } from './planner-context.js';
import { paragraphNames } from './paragraph-names.js';
import { countedTerms, idsNamedIn } from './facts-about.js';

const MONEY_METRICS: Metric[] = ['investment', 'investment_plan', 'orders', 'funding', 'capex'];
const PERCENT_ONLY: Metric[] = ['stake', 'revenue_share', 'market_share', 'deal_share', 'cost_reduction', 'growth_rate'];

/** How much a fact's sentence covering the question's words counts against who it names (a named counterparty adds 3). */
const RELATION_WEIGHT = 3;

/** Per index (term weights differ by collection), per question text: a question's slots share its terms. */
const relationMemo = new WeakMap<object, Map<string, Map<string, number>>>();
function relationTermsOf(index: PlannerContext['index'], text: string): Map<string, number> {
  let memo = relationMemo.get(index.snapshot);
  if (!memo) relationMemo.set(index.snapshot, (memo = new Map()));
  let terms = memo.get(text);
  if (!terms) {
    if (memo.size > 500) memo.clear();
    memo.set(text, (terms = termsOfQuestion(index, text).relation));
  }
  return terms;
}

export interface ScoredFact {
  fact: Fact;
  score: number;
}

/** A value the reports give, with every fact that states it. */
export interface ValueGroup {
  facts: ScoredFact[];
  score: number;
}

export interface Slot {
  entity: string | undefined;
  metric: Metric | undefined;
  period: Period | undefined;
  /** An open metric label from the synonym table: matched against facts' labels instead of the closed metric. */
  label?: string;
}

/** "380 billion yuan (~$52.5 billion)": the bracketed approximation restates the figure before it. */
function isApproximationOf(fact: Fact, all: Fact[]): boolean {
  return fact.qualifier === 'about' && all.some((other) => other !== fact && other.quote === fact.quote && other.currency && fact.currency && other.currency !== fact.currency && other.metric === fact.metric);
}

export function metricsFor(frame: QuestionFrame): (Metric | undefined)[] {
  let metrics: (Metric | undefined)[] = [...frame.metrics];
  if (frame.wantsMoney && !metrics.some((metric) => metric && !PERCENT_ONLY.includes(metric))) metrics = [...MONEY_METRICS.filter((metric) => metrics.length === 0 || metric !== 'capex'), ...metrics];
  return metrics.length ? metrics : [undefined];
}

/**
 * Facts for a slot. With a period asked, a fact whose sentence names no period ("The financial report
 * indicates … RMB 100.790 billion") still counts when its paragraph sits between passages of its report
 * about that period: it is scored a little lower than a fact that says the period itself.
 */
export function lookupSlot(frame: QuestionFrame, slot: Slot, context: PlannerContext, extraEntities: string[] = []): ScoredFact[] {
  const own = lookupSlotOfEntity(frame, slot, context, extraEntities);
  if (own.length || !slot.entity) return own;
  // "魔搭社区的模型下载量": a product's or unit's figure the reports attribute to its owner ("Alibaba Cloud
  // touts its ModelScope community … downloads have exceeded 100 million"), in a paragraph naming the product.
  const owner = context.aliases.get(slot.entity)?.parent;
  if (!owner) return own;
  return lookupSlotOfEntity(frame, { ...slot, entity: owner }, context, extraEntities)
    .filter((entry) => paragraphNames(entry.fact.paragraphId, slot.entity!, context));
}

function lookupSlotOfEntity(frame: QuestionFrame, slot: Slot, context: PlannerContext, extraEntities: string[]): ScoredFact[] {
  const dated = lookupSlotAsked(frame, slot, context, extraEntities);
  if (!slot.period?.from) return dated;
  const reportsOfPeriod = new Set(dated.map((entry) => entry.fact.docId));
  const undated = lookupSlotAsked(frame, { ...slot, period: undefined }, context, extraEntities)
    .filter((entry) => !entry.fact.period.from && reportsOfPeriod.has(entry.fact.docId) && nearPeriodPassage(entry.fact, dated, context))
    .map((entry) => ({ ...entry, score: entry.score - UNDATED_PENALTY }));
  return [...dated, ...undated];
}

/** What a fact loses for taking its period from the passages around it rather than saying it. */
const UNDATED_PENALTY = 1;
/** How many paragraphs away a dated fact of the same report may be for an undated one to share its period. */
const PERIOD_REACH = 3;

function nearPeriodPassage(fact: Fact, dated: ScoredFact[], context: PlannerContext): boolean {
  const at = context.paragraphs.get(fact.paragraphId)?.n;
  if (at === undefined) return false;
  return dated.some((entry) => {
    const other = context.paragraphs.get(entry.fact.paragraphId)?.n;
    return entry.fact.docId === fact.docId && other !== undefined && other <= at && at - other <= PERIOD_REACH;
  });
}

function lookupSlotAsked(frame: QuestionFrame, slot: Slot, context: PlannerContext, extraEntities: string[] = []): ScoredFact[] {
  const result = context.tools.lookup({
    ...(slot.entity ? { entity: slot.entity } : {}),
    ...(slot.metric ? { metric: slot.metric } : {}),
    ...(slot.label ? { label: slot.label } : {}),
    ...(slot.period?.from ? { periodFrom: slot.period.from, periodTo: slot.period.to! } : {}),
    ...(frame.docIds.length === 1 ? { docId: frame.docIds[0]! } : {}),
    query: withTranslations(frame.text.slice(0, 300)).slice(0, 300),
    k: 30,
  });
  const others = [...frame.entities, ...extraEntities].filter((id) => id !== slot.entity);
  const questionTerms = new Set(context.index.tokenizer.terms(frame.text));
  const nouns = countedNouns(frame.text);
  // The question's own words for what is measured ("credits", "customer management") in the fact's sentence.
  // The period is matched by the lookup itself, not again as words ("Q4 2024", "2024年第四季度").
  const asked = frame.measureOf ? `${frame.text} ${frame.measureOf}` : frame.text;
  const relation = relationTermsOf(context.index, frame.periods.reduce((text, period) => (period.text ? text.split(period.text).join(' ') : text), asked));
  // When the reports count the asked noun itself ("15 million developers"), counts of other nouns ("290,000 enterprises
  // and developers", however often repeated) are no answer to "how many developers".
  const countsAsked = (fact: Fact) => nouns.includes(countedHeadOf(fact) ?? '');
  const all = nouns.length && result.facts.some(countsAsked) ? result.facts.filter((fact) => fact.unit === 'currency' || !countedHeadOf(fact) || countsAsked(fact)) : result.facts;
  return all
    .filter((fact) => !isApproximationOf(fact, all) || (frame.targetCurrency && fact.currency === frame.targetCurrency))
    .filter((fact) => !frame.wantsMoney || fact.unit === 'currency' || !slot.metric || !MONEY_METRICS.includes(slot.metric))
    .map((fact) => {
      let score = fact.score;
      // "Alibaba … Moonshot AI": a fact about one that names the other is about both.
      if (others.some((id) => fact.counterparty === id)) score += 3;
      else if (others.some((id) => idsNamedIn(context.index, fact.quote).includes(id))) score += 1.5;
      // "… of that investment": the sentence leans on the one before it, which names the other party.
      else if (others.some((id) => paragraphNames(fact.paragraphId, id, context))) score += 0.75;
      if (frame.wantsMoney && fact.unit === 'currency') score += 1;
      // "How many developers": the counted noun right after the figure should be the one asked about.
      const counted = countedTerms(context.index, fact);
      if (counted.some((term) => !term.startsWith('@') && !term.startsWith('#') && questionTerms.has(term))) score += 1;
      // The fact's own counted noun decides: "15 million developers" over "290,000 enterprises and developers".
      if (countedHeadOf(fact) && nouns.length) score += countsAsked(fact) ? ITEM_MATCH : -ITEM_MISMATCH;
      score += RELATION_WEIGHT * coverage(context.index, relation, fact.quote);
      return { fact, score };
    });
}


/** What a count fact's own counted noun is worth when it is (or is not) the noun the question counts. */
const ITEM_MATCH = 2;
const ITEM_MISMATCH = 1;

/** Facts that state the same amount (any report) form one group; the best group comes first. */
export function groupByValue(scored: ScoredFact[]): ValueGroup[] {
  const groups: ValueGroup[] = [];
  for (const entry of scored) {
    const group = groups.find((candidate) => candidate.facts[0]!.fact.metric === entry.fact.metric && candidate.facts[0]!.fact.label === entry.fact.label && sameAmount(candidate.facts[0]!.fact, entry.fact, 0.001)
      && candidate.facts[0]!.fact.currency === entry.fact.currency);
    if (group) { group.facts.push(entry); group.score += entry.score * 0.5; } else groups.push({ facts: [entry], score: entry.score });
  }
  for (const group of groups) group.facts.sort((a, b) => (b.fact.asOf ?? '').localeCompare(a.fact.asOf ?? '') || b.score - a.score);
  return groups.sort((a, b) => b.score - a.score || (b.facts[0]!.fact.period.to ?? '').localeCompare(a.facts[0]!.fact.period.to ?? ''));
}

/** Whose figure a fact is: its entity, or for a table cell its document's company. */
export function subjectOf(fact: Fact): string | null {
  return fact.entity ?? (fact.table ? fact.entityName : null);
}

/** Other values that belong in the same answer: the same sentence or paragraph (several figures), or the same period in another report (a conflict). */
export function companions(best: ValueGroup, groups: ValueGroup[]): { together: ValueGroup[]; conflicting: ValueGroup[] } {
  const lead = best.facts[0]!.fact;
  const together: ValueGroup[] = [];
  const conflicting: ValueGroup[] = [];
  for (const group of groups) {
    if (group === best) continue;
    const fact = group.facts[0]!.fact;
    // Table cells have no alias-table entity: their document's company (entityName) tells whose they are.
    if (fact.metric !== lead.metric || fact.label !== lead.label || subjectOf(fact) !== subjectOf(lead) || fact.disputed) continue;
    // A table row's other columns are other periods, not more figures for this one.
    if (fact.table && (fact.period.from !== lead.period.from || fact.period.to !== lead.period.to)) continue;
    if (fact.paragraphId === lead.paragraphId) together.push(group);
    else if (fact.docId !== lead.docId && lead.period.from && fact.period.from === lead.period.from && fact.period.to === lead.period.to && fact.unit === lead.unit) conflicting.push(group);
  }
  return { together, conflicting };
}
