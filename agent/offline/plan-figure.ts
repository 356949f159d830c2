/** @module Figure questions: look up facts per subject, metric and period; state them, their conflicts, and check the question's own figures. */
import { statedChanges } from './change-premise.js';
import { partAsked } from './part-asked.js';
import { asksDerivedMeasure, countedHeadOf, countedNouns, countsNoun, sameAmount, type Metric, type Period, type Quantity } from '../../core/index.js';
import { entityName, figure, sourceName, STOP } from '../phrases.js';
import { agreesAsStated, sameYearAs, statedYear } from './stated-figures.js';
import { OUTLAY_METRICS, type QuestionFrame } from '../question-frame.js';
import { leadingType, wantedTypes, type AnswerType } from './answer-type.js';
import type { Plan, PlannerContext } from './planner-context.js';
import { paragraphNames } from './paragraph-names.js';
import { companions, groupByValue, lookupSlot, metricsFor, type ValueGroup } from './select-facts.js';
import { describeRate, runCalculation } from './run-calculation.js';
import { citeFact, stateGroups } from './state-facts.js';
import { coverage, questionTerms } from './evidence.js';
import { inSentence } from './text-candidates.js';
import { METRIC_WORDS } from './plan-refusal.js';

/** A metric that, once answered, makes the broader one redundant ("plans to invest" covers "invest"). */
const COVERS: Partial<Record<Metric, Metric[]>> = { investment_plan: ['investment'], capex: ['investment'], revenue_share: ['revenue'], market_cap: ['valuation'] };
const SIBLINGS: Partial<Record<Metric, Metric>> = { investment: 'investment_plan', investment_plan: 'investment' };

export interface Answered {
  entity: string | undefined;
  metric: Metric | undefined;
  group: ValueGroup;
  /** Other reports' figures for the same thing, when they disagree. */
  conflicting?: ValueGroup[];
}

function resolvedPeriods(frame: QuestionFrame): (Period | undefined)[] {
  const periods = frame.periods.filter((period) => period.from);
  return periods.length ? periods : [undefined];
}

/** The best value for one subject and metric, trying the sibling metric when the question names another party. */
export function bestFor(frame: QuestionFrame, entity: string | undefined, metric: Metric | undefined, period: Period | undefined, context: PlannerContext, label?: string, noun?: string) {
  let scored = lookupSlot(frame, { entity, metric, period, ...(label ? { label } : {}) }, context);
  // One counted noun of several asked ("多少应用和插件"): only the facts that count it.
  if (noun) scored = scored.filter(({ fact }) => countedHeadOf(fact) === noun);
  const sibling = metric ? SIBLINGS[metric] : undefined;
  if (sibling && frame.entities.length > 1) {
    const others = lookupSlot(frame, { entity, metric: sibling, period }, context).map((entry) => ({ ...entry, score: entry.score - 1 }));
    scored = [...scored, ...others];
  }
  if (!scored.length) return undefined;
  // "Alibaba … in Moonshot AI": when the question names a second party, facts that involve it are the answer.
  // In a comparison the other side is a rival, not a party, unless possessives mark the sides
  // ("Alibaba's investment in Moonshot AI vs Microsoft's in OpenAI").
  const sides = comparisonSides(frame);
  const others = frame.entities.filter((id) => id !== entity && (frame.kind !== 'comparison' || !sides.includes(id)));
  const named = scored.filter(({ fact }) => others.some((id) => fact.counterparty === id || context.aliases.ids(fact.quote).includes(id)));
  // "over $300 million of that investment …": the other party may be named in the sentence before, in the same
  // paragraph. Such a fact joins only when it fits the question better than every fact that names the party itself.
  const leaning = scored.filter(({ fact }) => !named.some((entry) => entry.fact === fact) && others.some((id) => paragraphNames(fact.paragraphId, id, context)));
  const best = (entries: typeof scored) => Math.max(-Infinity, ...entries.map((entry) => entry.score));
  const involving = leaning.length && best(leaning) > best(named) ? [...named, ...leaning] : named;
  if (others.length && involving.length) scored = involving;
  const groups = groupByValue(scored);
  return { best: groups[0]!, ...companions(groups[0]!, groups), involved: others.length > 0 && involving.length > 0 };
}

/** The sides of a comparison: the possessors when the question marks two of them, else every entity. */
export function comparisonSides(frame: QuestionFrame): string[] {
  return frame.kind === 'comparison' && frame.possessors.length >= 2 ? frame.possessors : frame.entities;
}

/** "Doubao" and "ByteDance" in one question: the product is the subject, its parent only context. */
export function mostSpecific(ids: string[], context: PlannerContext): string[] {
  return ids.filter((id) => !ids.some((other) => other !== id && context.aliases.get(other)?.parent === id));
}

/** Facts for each subject, metric and period the question names; what was answered, in order. */
export function answerFigures(frame: QuestionFrame, context: PlannerContext, subjects: (string | undefined)[]): { sentences: string[]; answered: Answered[] } {
  const found: (Answered & { involved: boolean; together: ValueGroup[]; conflicting: ValueGroup[] })[] = [];
  const stated = new Set<string>();
  for (const entity of subjects) {
    const covered = new Set<Metric>();
    // Labels the question names ("capital expenditure", "net sales") are looked up first, as the open vocabulary.
    let labelled = false;
    for (const label of frame.labels) {
      for (const period of resolvedPeriods(frame)) {
        const result = bestFor(frame, entity, undefined, period, context, label);
        if (!result) continue;
        const key = result.best.facts.map((entry) => entry.fact.id).join();
        if (stated.has(key)) continue;
        stated.add(key);
        const metric = result.best.facts[0]!.fact.metric;
        found.push({ entity, metric: metric === 'other' ? undefined : metric, group: result.best, involved: result.involved, together: result.together, conflicting: result.conflicting });
        if (metric !== 'other') covered.add(metric);
        labelled = true;
      }
    }
    for (const metric of metricsFor(frame)) {
      // Once the question's own line items are found, "any figure" adds only noise.
      if (!metric && labelled) continue;
      if (metric && covered.has(metric)) continue;
      for (const period of resolvedPeriods(frame)) {
        const result = bestFor(frame, entity, metric, period, context);
        if (!result) continue;
        const key = result.best.facts.map((entry) => entry.fact.id).join();
        if (stated.has(key)) continue;
        stated.add(key);
        found.push({ entity, metric, group: result.best, involved: result.involved, together: result.together, conflicting: result.conflicting });
        if (metric) for (const broader of COVERS[metric] ?? []) covered.add(broader);
      }
      if (!metric && found.length) break;
    }
    // "How many developers and apps …": a counted noun no measure names ("825 applications") is still asked; the figure
    // whose sentence counts that noun answers it.
    const answeredFacts = found.filter((entry) => entry.entity === entity).map((entry) => entry.group.facts[0]!.fact);
    const unanswered = found.some((entry) => entry.entity === entity) ? countedNouns(frame.text).filter((noun) => !answeredFacts.some((fact) => countsNoun(fact, noun))) : [];
    for (const [period, noun] of unanswered.length ? resolvedPeriods(frame).flatMap((period) => unanswered.map((noun) => [period, noun] as const)) : []) {
      const result = bestFor(frame, entity, 'other', period, context, undefined, noun);
      const fact = result?.best.facts[0]?.fact;
      if (!result || !fact || !countsNoun(fact, noun)) continue;
      const key = result.best.facts.map((entry) => entry.fact.id).join();
      // Said already as a figure its passage gives beside an earlier answer ("同一段落还给出了500"): not again.
      const besideEarlier = found.some((entry) => entry.together.some((group) => group.facts.some((other) => other.fact.id === fact.id)));
      if (stated.has(key) || besideEarlier) continue;
      stated.add(key);
      found.push({ entity, metric: undefined, group: result.best, involved: result.involved, together: result.together, conflicting: result.conflicting });
    }
    if (found.some((entry) => entry.entity === entity) && frame.kind !== 'comparison' && frame.kind !== 'figure') break;
  }
  // When some answers involve the other party the question names, the rest are off topic.
  const relevant = frame.kind !== 'comparison' && found.some((entry) => entry.involved) ? found.filter((entry) => entry.involved) : found;
  // In a comparison, one answer per side: the best one.
  const perSide = frame.kind === 'comparison' ? relevant.filter((entry, i) => relevant.findIndex((other) => other.entity === entry.entity) === i || frame.metrics.length > 1) : relevant;
  // Metrics added for "how much … paid" are alternatives: keep the named ones and the first alternative per subject.
  // So are the measures an everyday "spending" / "投入" stands for (`frame.outlay`): the first found per subject answers.
  // (A measure named beside the outlay, "… and what stake did that buy?", is asked in its own right.)
  const outlayAlternative = (metric: Metric) => Boolean(frame.outlay) && OUTLAY_METRICS.includes(metric);
  const alternative = (metric: Metric) => !frame.metrics.includes(metric) || outlayAlternative(metric);
  const kept = perSide.filter((entry, i) => !entry.metric || (frame.metrics.includes(entry.metric) && !outlayAlternative(entry.metric))
    || !perSide.slice(0, i).some((earlier) => earlier.entity === entry.entity && earlier.metric && alternative(earlier.metric)));
  // "How many servers does the 30 billion yuan tender call for?": the question's own figure is not its answer.
  const echoes = (entry: Answered) => frame.kind !== 'yesno' && frame.stated.some((quantity) => quantity.unit === entry.group.facts[0]!.fact.unit && sameAmount(entry.group.facts[0]!.fact, quantity, 0.01));
  const unechoed = kept.some((entry) => !echoes(entry)) ? kept.filter((entry) => !echoes(entry)) : kept;
  // "How much of W was provided as P": the answer is the part, so its own sentence must say P (the whole W is not it).
  const part = partAsked(frame.text);
  const partTerms = part ? questionTerms(context.index, part).relation : undefined;
  const answering = partTerms?.size ? unechoed.filter((entry) => coverage(context.index, partTerms, entry.group.facts[0]!.fact.quote) >= 0.5) : unechoed;
  const sentences: string[] = [];
  // The part is said as the part, in the question's words: "其中超过3亿美元是云算力额度[1]。", not "阿里巴巴投资超过3亿美元", which
  // names the whole's measure; the report's sentence follows.
  const partLead = part && partTerms?.size ? answering[0]?.group.facts[0]?.fact : undefined;
  // Said "Of that, X was P" only when the question says it so ("… was provided as cloud credits"), not "went to …" or "were H20s".
  const wasPart = /\b(?:was|were)\s+(?:provided|paid|given|made|delivered|allocated|offered)?\s*(?:as\s+)?$/i;
  const saidAsIs = context.lang === 'zh' || (part !== undefined && wasPart.test(frame.text.slice(0, frame.text.lastIndexOf(part))) && !/^(?:to|from|on|in|into|for|via|through)\b/i.test(part));
  if (partLead && !partLead.disputed && saidAsIs) {
    const marker = citeFact(partLead, context);
    const verb = /\bwere\b/i.test(frame.text) ? 'were' : 'was';
    const words = part!.replace(/[?？。.!！\s]+$/u, '');
    const source = sourceName(context.documents.get(partLead.docId), context.lang);
    sentences.push(context.lang === 'en'
      ? `Of that, ${figure(partLead, 'en')} ${verb} ${words} ${marker}.`
      : `其中${figure(partLead, 'zh')}是${words}${marker}。`);
    sentences.push(context.lang === 'en' ? `${source.charAt(0).toUpperCase()}${source.slice(1)}: “${partLead.quote}” ${marker}` : `据${source}:“${partLead.quote}”${marker}`);
    return { sentences, answered: answering.slice(0, 1) };
  }
  const quoted = new Set<string>();
  for (const entry of leadWithAskedType(answering, leadingType(wantedTypes(frame.text)))) {
    const lead = entry.group.facts[0]!.fact;
    if (lead.disputed && quoted.has(lead.quote)) continue;
    quoted.add(lead.quote);
    sentences.push(...stateGroups(entry.group, entry.together, entry.conflicting, context));
  }
  return { sentences: joinedGivenCounts(sentences), answered: leadWithAskedType(answering, leadingType(wantedTypes(frame.text))) };
}

/**
 * Figures of one subject from one cited passage, each in its own "For ERNIE, the reports give …" sentence, said once:
 * "For ERNIE, the reports give 54,000 developers and 825 applications [1]." (Only counts: a figure with a verb of its own
 * keeps its sentence.)
 */
function joinedGivenCounts(sentences: string[]): string[] {
  const given = /^For (.+?), the reports give ((?:(?:over|about|more than|nearly|approximately|around|exceeding|up to) )?\d[\d,.]*(?: (?:thousand|million|billion))?(?: [a-z][\w-]*){1,4}) (\[\d+\])\.$/;
  const out: (string | { subject: string; marker: string; items: string[] })[] = [];
  for (const sentence of sentences) {
    const found = given.exec(sentence);
    const last = out.at(-1);
    if (found && last && typeof last !== 'string' && last.subject === found[1] && last.marker === found[3]) last.items.push(found[2]!);
    else if (found) out.push({ subject: found[1]!, marker: found[3]!, items: [found[2]!] });
    else out.push(sentence);
  }
  return out.map((entry) => {
    if (typeof entry === 'string') return entry;
    const items = entry.items.length > 1 ? `${entry.items.slice(0, -1).join(', ')} and ${entry.items.at(-1)}` : entry.items[0];
    return `For ${entry.subject}, the reports give ${items} ${entry.marker}.`;
  });
}


const UNIT_OF_TYPE: Partial<Record<AnswerType, (unit: string) => boolean>> = {
  percent: (unit) => unit === 'percent' || unit === 'multiple', amount: (unit) => unit === 'currency', count: (unit) => unit === 'count' || unit === 'number',
};

/**
 * "By what percentage did Tencent's capex rise?" names a money metric and a percent one: the figure of
 * the kind asked for is said first, the other after it as context (stable otherwise).
 */
export function leadWithAskedType<T extends { group: ValueGroup }>(entries: T[], wanted: AnswerType): T[] {
  const fits = UNIT_OF_TYPE[wanted];
  if (!fits) return entries;
  const fitting = entries.filter((entry) => fits(entry.group.facts[0]!.fact.unit));
  return fitting.length && fitting.length < entries.length ? [...fitting, ...entries.filter((entry) => !fitting.includes(entry))] : entries;
}

/** The question's own figures, checked against the reports: a figure they contradict is a false premise. */
export function premiseCorrection(frame: QuestionFrame, answered: Answered[], context: PlannerContext): string | undefined {
  // A figure the answer's own passage gives is a true given ("at HK$137.7 a share … a market capitalisation of HK$2.6173 trillion").
  const passages = new Set(answered.map((entry) => entry.group.facts[0]!.fact.paragraphId));
  // A figure is read as the asker wrote it (within its rounding, "约19.4万") and held only against the facts of the year they bind to it.
  const reported = (quantity: Quantity) => context.index.snapshot.facts.some((fact) => passages.has(fact.paragraphId) && fact.unit === quantity.unit && agreesAsStated(frame.text, quantity, fact));
  // A stated change ("fell by about 25,000") is checked as a change (change-premise.ts), not as a level.
  const changes = new Set(statedChanges(frame, context).map((change) => change.stated));
  const wrong = frame.stated.filter((quantity) => {
    if (changes.has(quantity)) return false;
    const year = statedYear(frame.text, quantity, frame.stated, frame.lang);
    const comparable = answered.map((entry) => entry.group.facts[0]!.fact).filter((fact) => fact.unit === quantity.unit && sameYearAs(year, fact.period));
    return comparable.length > 0 && !comparable.some((fact) => agreesAsStated(frame.text, quantity, fact)) && !reported(quantity);
  });
  if (!wrong.length) return undefined;
  return context.lang === 'en' ? "The reports don't support the figure in the question." : '报道并不支持问题中的数字。';
}

/**
 * "Which is larger?", "Is A more than B?", "谁的更多?": the question asks which side is larger. A comparison
 * that does not ("Compare A with B", "A和B分别是多少?") gets both figures side by side and no verdict.
 */
const ASKS_WHICH_IS_LARGER: RegExp[] = [
  /\b(?:which|who|whose)\b[^?]*\b(?:more|larger|bigger|higher|greater|less|smaller|lower|fewer|most|least)\b/i,
  /^\s*(?:is|are|does|do|did|was|were|has|have)\b[^?]*\b(?:more|larger|bigger|higher|greater|less|smaller|lower|fewer)\b/i,
  /(?:谁|哪(?:个|家|一个)?)[^?？]*(?:更)?(?:多(?!少)|大|高|少|小|低)/,
  /是否[^?？]*(?:多(?!少)|大|高|少|小|低)|(?:多|大|高|少|小|低)(?:吗|么)[?？]?\s*$/,
];
export const asksWhichIsLarger = (text: string): boolean => ASKS_WHICH_IS_LARGER.some((pattern) => pattern.test(text));

/** Whether the comparison asks which is smaller ("less than", "比…少"); "多少", "不少", "至少" and names like 小鹏 ask nothing. */
function asksForLess(question: string): boolean {
  const chinese = /比[^,，。?？]{1,24}?(?:更|还)?(多(?!少)|大|高|少|小|低)/.exec(question);
  return chinese ? ['少', '小', '低'].includes(chinese[1]!) : /\b(?:less|smaller|lower|fewer)\b/i.test(question);
}

/**
 * The two figures compared are of one measure and, when the question names what both sides did it to ("in Anthropic"),
 * of that same party: Google's £5 billion UK plan is no investment in Anthropic to set against Amazon's.
 */
function sameObject(first: Answered, second: Answered, frame: QuestionFrame, context: PlannerContext): boolean {
  const [a, b] = [first.group.facts[0]!.fact, second.group.facts[0]!.fact];
  if (a.metric !== b.metric) return false;
  const sides = new Set([first.entity, second.entity]);
  const parties = frame.entities.filter((id) => !sides.has(id) && !sides.has(context.aliases.get(id)?.parent ?? '') && ![...sides].some((side) => side && context.aliases.get(side)?.parent === id));
  const involves = (fact: typeof a) => parties.every((id) => fact.counterparty === id || context.aliases.ids(fact.quote).includes(id));
  return involves(a) && involves(b);
}

/**
 * Which of two compared values is larger, when the question asks. Figures in one unit and currency
 * compare as they stand; figures in two currencies need a conversion, which the calculator does
 * (asked for by "which is larger"). A ratio or a difference is computed only when the wording asks
 * for one: that is the calculation plan's work, not the comparison's.
 */
function whichIsLarger(first: Answered, second: Answered, context: PlannerContext): { sentence: string; firstIsLarger: boolean } | undefined {
  const a = first.group.facts[0]!.fact;
  const b = second.group.facts[0]!.fact;
  if (a.unit !== b.unit || (a.unit === 'currency' && (!a.currency || !b.currency))) return undefined;
  const name = (entry: Answered) => entityName(context.aliases, entry.entity ?? null, context.lang);
  let firstIsLarger: boolean;
  let rateNote = '';
  if (a.unit !== 'currency' || a.currency === b.currency) firstIsLarger = Number(a.value) >= Number(b.value);
  else {
    const { result } = runCalculation(context, `a - convert(b, ${b.currency}, ${a.currency})`, { a: a.id, b: b.id });
    firstIsLarger = Number(result.result.value) >= 0;
    const rate = result.rates[0];
    if (rate) rateNote = context.lang === 'en' ? ` (converting ${describeRate(rate, context)})` : `,${describeRate(rate, context)}换算`;
  }
  const [bigger, smaller] = firstIsLarger ? [first, second] : [second, first];
  // "up to $4 billion" against "$2 billion", "over X" against more: bounds that do not settle which is larger give no verdict.
  const [big, small] = [bigger.group.facts[0]!.fact, smaller.group.facts[0]!.fact];
  if (big.qualifier === 'up to' || small.qualifier === 'over' || small.qualifier === 'at least') return undefined;
  // Named by its measure ("Zhipu AI's funding is larger …"; `sameObject` has held both to one), else "figure".
  const measure = METRIC_WORDS[a.metric];
  if (context.lang === 'zh') return { firstIsLarger, sentence: `${name(bigger)}的${measure?.[1] ?? '数字'}比${name(smaller)}的大${rateNote}${STOP.zh}` };
  const noun = measure?.[0] ?? 'figure';
  return { firstIsLarger, sentence: `${name(bigger)}'s ${noun} ${/[^su]s$/.test(noun) ? 'are' : 'is'} larger than ${name(smaller)}'s${rateNote}.` };
}

export const planFigure: Plan = async (frame, context) => {
  // "Fixed asset turnover ratio … defined as revenue / PP&E": revenue alone does not answer it; the calculation plan may.
  if (asksDerivedMeasure(frame.text)) return undefined;
  const comparing = frame.kind === 'comparison' && frame.entities.length >= 2;
  const subjects = comparing ? comparisonSides(frame) : frame.entities.length ? mostSpecific(frame.entities, context) : [undefined];
  const { sentences, answered } = answerFigures(frame, context, subjects);
  if (!answered.length) return undefined;
  // One figure from one report, or several from one sentence ("revenue … up 32% … to RMB 37.756 billion"): let the
  // report's own sentence support it (under a Chinese lead too, in the report's words).
  const lead = answered[0]!.group.facts[0]!.fact;
  const undisputed = answered.every((entry) => !entry.conflicting?.length && !entry.group.facts[0]!.fact.disputed);
  const fromOne = (sameQuote: boolean) => answered.every((entry) => entry.group.facts.every((item) => item.fact.docId === lead.docId && (!sameQuote || item.fact.quote === lead.quote)));
  if (undisputed && ((answered.length === 1 && fromOne(false)) || fromOne(true)) && lead.quote.length <= 220) {
    const source = sourceName(context.documents.get(lead.docId), context.lang);
    sentences.push(context.lang === 'en' ? `${source.charAt(0).toUpperCase()}${source.slice(1)}: “${lead.quote}” ${citeFact(lead, context)}` : `据${source}:“${lead.quote}”${citeFact(lead, context)}`);
  }
  const correction = premiseCorrection(frame, answered, context);
  // One sentence: the premise is wrong, and here is what the reports give ("报道并不支持问题中的数字:阿里云占营收的13%").
  if (correction && sentences.length) sentences[0] = context.lang === 'en' ? `${correction.replace(/\.$/, ':')} ${inSentence(sentences[0]!, context)}` : `${correction.replace(/。$/, ':')}${sentences[0]}`;
  else if (correction) sentences.unshift(correction);
  if (frame.kind === 'yesno') {
    // Yes or no only when the question states something the reports can confirm or contradict.
    const lead = answered[0]!.group.facts[0]!.fact;
    if (lead.disputed) sentences.unshift(context.lang === 'en' ? 'No, not according to the reports.' : '据报道并非如此。');
    // (A change the question states, "下降了约2.5万人…和AI有关吗?", is no claim the figure confirms: what is asked of it may be something else.)
    else if (frame.stated.length && !correction && !statedChanges(frame, context).length) sentences.unshift(context.lang === 'en' ? 'Yes.' : '是的。');
  }
  if (comparing) {
    const [left, right] = comparisonSides(frame);
    const [first, second] = [answered.find((entry) => entry.entity === left), answered.find((entry) => entry.entity === right)];
    const verdict = first && second && asksWhichIsLarger(frame.text) && sameObject(first, second, frame, context) ? whichIsLarger(first, second, context) : undefined;
    if (verdict) {
      // The verdict is the answer, said first in words; the figures it rests on follow. "Is Alibaba investing more than
      // Tencent?" is answered yes or no in that same sentence.
      const confirming = /^\s*(?:is|are|does|do|did|was|were|has|have)\b|是否|吗[?？]?\s*$/i.test(frame.text);
      const yes = verdict.firstIsLarger === !asksForLess(frame.text);
      // (The verdict opens with a name, "Zhipu AI's figure …", kept as written after the dash.)
      sentences.unshift(!confirming ? verdict.sentence : context.lang === 'en' ? `${yes ? 'Yes' : 'No'} — ${verdict.sentence}` : `${yes ? '是的' : '不是'},${verdict.sentence}`);
      // "… and by how much?": the calculation answers that too, so the verdict does not take its place.
      return frame.calculation ? { sentences } : { sentences, direct: true };
    }
  }
  return { sentences };
};

