/**
 * @module False premises in figures the question states for a relation the frame has no metric for
 * ("Why did Alibaba commit 480 billion yuan over five years to cloud and AI infrastructure?"): the
 * subject's own facts of the same kind are ranked by how much of the question their sentence speaks of,
 * and the question's figure is corrected only when the best-fitting ones agree on one value (or one span)
 * that differs from it. `figurePremise` covers the questions whose metric the frame recognises; this is
 * what "why/how" questions with a figure in them fall through to.
 */
import { periodsOverlap, sameAmount, smallNumber, type Fact, type Quantity } from '../../core/index.js';
import { entityName, figure, periodPhrase } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import { coverage, questionTerms } from './evidence.js';
import { idsNamedIn } from './facts-about.js';
import type { PlannerContext } from './planner-context.js';
import { attributedTo, boundParties, involves, withOtherUse } from './premise-check.js';
import { largestShare } from './share-premise.js';
import { citeFact } from './state-facts.js';
import { agreesAsStated, sameYearAs, statedYear } from './stated-figures.js';

/** How much of the question a fact's sentence must speak of to be about the same relation. */
const MIN_FIT = 0.4;
/** How much of the question a sentence giving the stated figure must speak of to count as the reports' support for it. */
const SUPPORT_FIT = 0.25;
/** Facts this close to the best fit count as equally good: they must agree for a correction to be safe. */
const TIE = 0.05;

const ZH_NUMERALS = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
/** Ways a span of years is stated next to a figure. A four-digit year ("2024年") is never a span. */
const SPAN_PATTERNS: RegExp[] = [
  /\b(?:over|in|within|across|for|during)\s+(?:the\s+)?(?:next|past|coming|following)?\s*(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\b/i,
  /(?<![\d〇零一二三四五六七八九十])([一两二三四五六七八九十]|\d{1,2})年(?:内|间|里|中)?(?![\d份度底初末])/,
];

/** The span of years the question states, if it states one ("over five years", "五年投入", "未来3年"). */
export function statedSpan(text: string): number | undefined {
  for (const pattern of SPAN_PATTERNS) {
    const found = text.match(pattern)?.[1];
    if (!found) continue;
    const years = smallNumber(found) ?? Number(found);
    if (years >= 1 && years <= 10) return years;
  }
  return undefined;
}

/** The span of whole years a fact's period covers (2025-01-01 … 2027-12-31 → 3); undefined for a single year or less. */
export function factSpan(fact: Pick<Fact, 'period'>): number | undefined {
  const { from, to } = fact.period;
  if (!from || !to) return undefined;
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1;
  return years >= 2 && from.slice(5) === '01-01' && to.slice(5) === '12-31' ? years : undefined;
}

/** What the question says around its figure, as weighted terms: the figure and the span stated with it are what is checked, not what the relation is about. */
function relationTerms(frame: QuestionFrame, context: PlannerContext, text = frame.text): Map<string, number> {
  // Every figure the question states is left out, not only the one checked ("the $5 billion order … the $1 billion").
  const figures = frame.stated.reduce((rest, quantity) => rest.replace(quantity.text, ' '), text);
  const about = SPAN_PATTERNS.reduce((rest, pattern) => rest.replace(pattern, ' '), figures);
  return questionTerms(context.index, about, frame.unknownNames).relation;
}

/** Marks that end a clause: a question's figure is stated in its own clause, and a why after it is another one. */
const CLAUSE_MARK = /[,，;；:：?？]|—|\.(?!\d)/;

/**
 * The terms of the question as a whole and, when it has several clauses, of the figure's own clause ("Alibaba Cloud
 * makes up about 30% of Alibaba's revenue; why is e-commerce still the core?"): a fact may speak of either.
 */
function termSets(frame: QuestionFrame, stated: Quantity, context: PlannerContext): Map<string, number>[] {
  const whole = relationTerms(frame, context);
  const before = frame.text.slice(0, stated.index);
  const after = frame.text.slice(stated.index);
  const start = Math.max(...[...before].map((char, i) => (CLAUSE_MARK.test(char) ? i + 1 : 0)), 0);
  const end = after.search(CLAUSE_MARK);
  const clause = `${before.slice(start)}${end < 0 ? after : after.slice(0, end)}`;
  if (clause.trim().length === frame.text.trim().replace(/[?？]$/, '').length) return [whole];
  const own = relationTerms(frame, context, clause);
  return own.size >= 2 ? [whole, own] : [whole];
}

const fitOf = (context: PlannerContext, sets: Map<string, number>[], text: string) => Math.max(...sets.map((terms) => coverage(context.index, terms, text)));

/** The subject's facts of the stated figure's kind whose sentence speaks of the question, best fit first, with their fit. */
function fittingFacts(frame: QuestionFrame, stated: Quantity, subject: string, terms: Map<string, number>[], context: PlannerContext): { fact: Fact; fit: number }[] {
  // A figure the question dates to a year is held only against the facts of that year ("2023年底的约21.9万人").
  const year = statedYear(frame.text, stated, frame.stated, frame.lang);
  // A second company the question names ("its stake in Moonshot AI") must be named by the fact's sentence too.
  const others = frame.entities.filter((id) => id !== subject);
  return context.index.snapshot.facts
    .filter((fact) => fact.entity === subject && !fact.disputed && fact.unit === stated.unit && sameYearAs(year, fact.period))
    .filter((fact) => stated.unit !== 'currency' || !stated.currency || fact.currency === stated.currency)
    .filter((fact) => !others.length || involves(fact, others, context))
    .map((fact) => ({ fact, fit: fitOf(context, terms, fact.quote) }))
    .filter(({ fit }) => fit >= MIN_FIT)
    .sort((a, b) => b.fit - a.fit);
}

/** The subject's facts of the stated figure's kind (and year) with the deal's other party the question names; none when it names none. */
function partyFacts(frame: QuestionFrame, stated: Quantity, subject: string, context: PlannerContext): Fact[] {
  const others = boundParties(frame.text, stated, frame.stated, context).filter((id) => id !== subject && id !== context.aliases.get(subject)?.parent);
  if (!others.length) return [];
  const year = statedYear(frame.text, stated, frame.stated, frame.lang);
  return context.index.snapshot.facts.filter((fact) => fact.entity === subject && !fact.disputed && fact.unit === stated.unit && sameYearAs(year, fact.period)
    && (stated.unit !== 'currency' || !stated.currency || fact.currency === stated.currency) && involves(fact, others, context));
}

/**
 * "Why did Alibaba pay $1.8 billion for its 36% stake in Moonshot AI?" → the reports give $800 million;
 * "How will Alibaba spend the 380 billion yuan it plans to invest over five years?" → over three years.
 * Never when the figure is one the reports give the subject (for any relation): that is no conflict.
 */
export function relatedFigurePremise(frame: QuestionFrame, context: PlannerContext): string | undefined {
  if (!frame.entities.length) return undefined;
  const span = statedSpan(frame.text);
  for (const stated of frame.stated) {
    if (stated.unit !== 'currency' && stated.unit !== 'count' && stated.unit !== 'percent') continue;
    // "一台多少钱", "the price of one server": one unit is what a price is asked per, not a figure the question asserts.
    if (stated.unit === 'count' && Number(stated.value) <= 1) continue;
    const subject = attributedTo(frame.text, stated, context);
    if (!subject || !frame.entities.includes(subject)) continue;
    // An amount the reports give the subject identifies the relation by itself ("the 380 billion yuan it plans …"):
    // only a span they give otherwise is a conflict.
    const agrees = (fact: Fact) => agreesAsStated(frame.text, stated, fact);
    // With the deal's other party named ("$20 billion for Kaola"), an amount of that size about someone else (RT-Mart) identifies nothing.
    const others = boundParties(frame.text, stated, frame.stated, context).filter((id) => id !== subject);
    // A Chinese amount said without its currency ("那笔300亿的招标") is read as a bare count: it is also checked as the amount it may be.
    const sameUnit = (fact: Fact) => fact.unit === stated.unit || (bareScaledNumber(stated) && fact.unit === 'currency');
    const sameSize = context.index.snapshot.facts.filter((fact) => fact.entity === subject && !fact.disputed && sameUnit(fact) && agrees(fact)
      && (!others.length || involves(fact, others, context)));
    if (sameSize.length) {
      const spans = sameSize.map(factSpan).filter((years): years is number => years !== undefined);
      if (stated.unit === 'currency' && span !== undefined && spans.length && !spans.includes(span)) {
        return spanSentence(sameSize.find((fact) => factSpan(fact) !== undefined)!, spans[0]!, context);
      }
      const period = otherPeriod(frame, sameSize);
      if (period) return periodSentence(period, context);
      continue;
    }
    const terms = termSets(frame, stated, context);
    const fitting = fittingFacts(frame, stated, subject, terms, context);
    // "After Alibaba paid $20 billion for Kaola, why did it go downhill?": the words are the why's, but the deal is named
    // by its other party; the subject's figures of this kind with that party, when they are one, are the deal's.
    const best = fitting.length ? fitting.filter(({ fit }) => fit >= fitting[0]!.fit - TIE).map(({ fact }) => fact) : partyFacts(frame, stated, subject, context);
    if (!best.length) continue;
    if (!best.every((fact) => sameAmount(fact, best[0]!, 0.001))) continue;
    const fact = best[0]!;
    // The figure is one a sentence naming the subject gives for what the question asks, whoever the extractor
    // credited it to: not a conflict. (A sentence of that size about something else — $5 billion of chip orders
    // when the question asks what Kaola cost — is no support for it.)
    if (context.index.snapshot.facts.some((other) => other.unit === stated.unit && agrees(other)
      && idsNamedIn(context.index, other.quote).includes(subject) && fitOf(context, terms, other.quote) >= SUPPORT_FIT && (!others.length || involves(other, others, context)))) continue;
    return withOtherUse(amountSentence(fact, span === undefined ? undefined : factSpan(fact), context), stated, fact, others, context);
  }
  return undefined;
}

/** A count with a scale word and no counted noun or currency ("300亿", "5 billion"): an amount whose currency went unsaid, as often as a count. */
function bareScaledNumber(stated: Quantity): boolean {
  return stated.unit === 'count' && Boolean(stated.scale) && /^[\d.,\s]+(?:亿|万|billion|million|bn|m)$/i.test(stated.text.trim());
}

/** A fiscal period is numbered differently from the calendar one the reports' facts are dated by: never compared. */
const FISCAL = /\bfiscal\b|\bFY\s?\d|财年|财季|财政年度/i;

/**
 * "Zebra Network's loss rose to 1.582 billion yuan in the fourth quarter of 2024" when every dated fact of that
 * amount is the first quarter of 2025: the fact whose period the question misstates; undefined when any overlaps.
 */
function otherPeriod(frame: QuestionFrame, sameSize: Fact[]): Fact | undefined {
  // A change has two periods, its own and its base ("比2024年增长68%"): only a level stated for one period is compared.
  if (frame.periods.length !== 1 || sameSize.some((fact) => fact.unit === 'percent' || fact.unit === 'multiple') || FISCAL.test(frame.text)) return undefined;
  const asked = frame.periods.filter((period) => period.from && period.to);
  if (!asked.length) return undefined;
  const dated = sameSize.filter((fact) => fact.period.from && fact.period.to);
  if (!dated.length || dated.some((fact) => asked.some((period) => periodsOverlap(period, fact.period)))) return undefined;
  return dated[0];
}

function periodSentence(fact: Fact, context: PlannerContext): string {
  const owner = entityName(context.aliases, fact.entity, context.lang);
  return context.lang === 'en'
    ? `The period in the question is not the reports': they give ${owner}'s ${figure(fact, 'en')}${periodPhrase(fact.period, 'en')} ${citeFact(fact, context)}.`
    : `问题中的时间与报道不符:报道中${owner}的${figure(fact, 'zh')}是${periodPhrase(fact.period, 'zh')}的数字${citeFact(fact, context)}。`;
}

/** The question's own figure is not repeated: every number in an answer must trace to the reports. */
function amountSentence(fact: Fact, span: number | undefined, context: PlannerContext): string {
  const owner = entityName(context.aliases, fact.entity, context.lang);
  if (context.lang === 'en') {
    const when = span && fact.period.text ? ` ${fact.period.text}` : '';
    return `The figure in the question is not the reports': for this they give ${owner} ${figure(fact, 'en')}${when} ${citeFact(fact, context)}${largestShare(fact, context)}.`;
  }
  const when = span ? `(为期${ZH_NUMERALS[span] ?? ''}年)` : '';
  return `问题中的数字与报道不符:报道给出的${owner}的这一数字是${figure(fact, 'zh')}${when}${citeFact(fact, context)}${largestShare(fact, context)}。`;
}

function spanSentence(fact: Fact, span: number, context: PlannerContext): string {
  const owner = entityName(context.aliases, fact.entity, context.lang);
  return context.lang === 'en'
    ? `The span in the question is not the reports': they give ${owner}'s ${figure(fact, 'en')} ${fact.period.text ?? `over ${span} years`} ${citeFact(fact, context)}.`
    : `问题中的年限与报道不符:报道中${owner}的${figure(fact, 'zh')}为期${ZH_NUMERALS[span] ?? ''}年${citeFact(fact, context)}。`;
}
