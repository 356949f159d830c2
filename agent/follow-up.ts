/** @module Follow-up turns: "What about ByteDance?", "And a year earlier?" borrow what the last question set. */
import type { Period } from '../core/index.js';
import { sameAmount, type Fact, type Quantity } from '../core/index.js';
import { betweenDatesOfOneSentence, detectCalculation, statedFigures, type CalculationIntent, type IntentInput, type OperandSlot } from './calculation-intent.js';
import type { QuestionFrame } from './question-frame.js';
import { leadingType, wantedTypes } from './offline/answer-type.js';
import { askedAspects } from './offline/aspect-terms.js';
import { asksDirection } from './direction-answer.js';

/**
 * "Why?", "为什么?", "And the risks?", "那风险呢?", "How will they fund it?": a turn that asks about an
 * aspect (a reason, a risk, a method …) of what was just discussed, and wants it explained — not the
 * last figure again. Its subject and period come from the conversation; its answer type is its own.
 */
export function asksAspectSwitch(text: string): boolean {
  return askedAspects(text).length > 0 && leadingType(wantedTypes(text)) === 'explanation';
}

/** A question word of the turn's own ("分别负责什么?", "What did he say …?"), not the "what about" of an ellipsis. */
const OWN_QUESTION_WORD = /\b(?:what|which|who|whom|how|when|where|why)\b|什么|哪|谁|多少|几|怎么|为什么|如何|何时/i;
/** "Have Alibaba and Tencent backed them?", "它是开源的吗?": a yes/no question asks its own kind too (not the last turn's count). */
const YES_NO_OPENING = /^\s*(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b(?![^?]*\b(?:or)\b)|吗\s*[?？]?\s*$|是否/i;
const ELLIPSIS_OPENING = /^\s*(?:and\s+)?(?:what|how) about\b/i;

/** Whether the turn asks a question of its own kind, so it does not take the last question's kind (a "who" answered with a name again). */
export function asksItsOwnQuestion(text: string): boolean {
  return OWN_QUESTION_WORD.test(text.replace(ELLIPSIS_OPENING, ' ')) || YES_NO_OPENING.test(text);
}

function shifted(period: Period, by: 'year' | 'quarter'): Period {
  if (!period.from || !period.to) return period;
  const move = (iso: string, end: boolean) => {
    const date = new Date(`${iso}T00:00:00Z`);
    if (by === 'year') date.setUTCFullYear(date.getUTCFullYear() - 1);
    else if (end) { date.setUTCDate(1); date.setUTCMonth(date.getUTCMonth() - 2); date.setUTCDate(0); }
    else date.setUTCMonth(date.getUTCMonth() - 3);
    return date.toISOString().slice(0, 10);
  };
  return { text: `${by === 'year' ? 'a year' : 'a quarter'} before ${period.text ?? ''}`.trim(), from: move(period.from, false), to: move(period.to, true) };
}

/** "And Tencent?" after "How much a year is Alibaba's plan?": the same calculation for the new subjects, without the old figures. */
function retarget(intent: CalculationIntent | undefined, entities: string[]): CalculationIntent | undefined {
  if (!intent || !entities.length) return intent;
  const previous = [...new Set(intent.slots.map((slot) => slot.entity))];
  return { ...intent, slots: intent.slots.map((slot) => ({ ...slot, entity: entities[previous.indexOf(slot.entity)] ?? entities[0], stated: undefined })) };
}

/** "How much is that per year?": this turn's calculation, about the previous question's subject, metric and period. */
function completed(intent: CalculationIntent, previous: QuestionFrame, namesMetric: boolean, text: string): CalculationIntent {
  const last = previous.periods.find((period) => period.from);
  // "By what percentage did it fall from a year earlier?": the change runs from the period before the last one to it.
  const by = intent.operation === 'change' && last && intent.slots.length === 2 && intent.slots.every((slot) => !slot.period) ? earlierBase(text) : undefined;
  return { ...intent, slots: intent.slots.map((slot, i) => ({
    ...slot,
    entity: slot.entity ?? previous.entities[0],
    // A measure this turn does not name is the previous question's, not a default guess.
    metrics: namesMetric || !previous.metrics.length ? slot.metrics : previous.metrics,
    period: slot.period ?? (by && i === 0 ? shifted(last!, by) : last),
    ...(by ? { periodStrict: true } : {}),
  })) };
}

/** The period a change is measured from, counted back from the conversation's ("from a year earlier", "比上一季度"). */
const EARLIER_BASE = /\b(?:a|one|the) (year|quarter) (?:earlier|before|ago)\b|\bprevious (year|quarter)\b|(一年前|上一年|前一年|上一?个?季度|前一个?季度|去年同期)/i;

function earlierBase(text: string): 'year' | 'quarter' | undefined {
  const found = EARLIER_BASE.exec(text);
  if (!found) return undefined;
  return /year|年/i.test(found[1] ?? found[2] ?? found[3]!) ? 'year' : 'quarter';
}

/**
 * The conversation's period moved back. A period the conversation never pinned to dates ("this year"
 * of an undated report) moves in words ("last year"); one with nothing to move leaves the turn's own.
 */
function shiftedPeriods(before: Period[], by: 'year' | 'quarter', own: Period[]): Period[] {
  const dated = before.filter((period) => period.from && period.to);
  if (dated.length) return dated.map((period) => shifted(period, by));
  const relative = before.find((period) => period.text && /\bthis (?:year|quarter)\b|今年|本季度/i.test(period.text));
  if (relative) {
    const zh = /\p{Script=Han}/u.test(relative.text!);
    return [{ text: by === 'year' ? (zh ? '去年' : 'last year') : (zh ? '上季度' : 'last quarter'), from: null, to: null }];
  }
  return own;
}

/** The frame to answer: this turn's, completed from the previous question's where this one leans on it. */
export function mergeWithPrevious(frame: QuestionFrame, previous: QuestionFrame | undefined): QuestionFrame {
  if (!previous || (!frame.leansOnHistory && !frame.shift)) return frame;
  if (!frame.shift && asksAspectSwitch(frame.text)) return aspectSwitched(frame, previous);
  const periods = frame.shift ? shiftedPeriods(previous.periods, frame.shift, frame.periods) : frame.periods.length ? frame.periods : previous.periods;
  return {
    ...frame,
    ...borrowedSubject(frame, previous),
    metrics: directionOfPrevious(frame, previous) ? previous.metrics.filter((metric) => metric !== 'growth_rate') : frame.metrics.length ? frame.metrics : previous.metrics,
    labels: frame.labels.length ? frame.labels : previous.labels,
    periods,
    kind: frame.kind === 'source' ? 'source' : (frame.kind === 'general' && !asksItsOwnQuestion(frame.text)) || frame.shift ? previous.kind : frame.kind,
    // "a year earlier" asks for the earlier figure, not for a calculation.
    operation: frame.shift ? undefined : frame.operation ?? previous.operation,
    calculation: frame.shift ? undefined : frame.calculation ? completed(frame.calculation, previous, frame.metrics.length > 0, frame.text) : retarget(previous.calculation, frame.entities),
    wantsMoney: frame.wantsMoney || (frame.metrics.length === 0 && previous.wantsMoney),
    targetCurrency: frame.targetCurrency ?? previous.targetCurrency,
    role: frame.role ?? (asksItsOwnQuestion(frame.text) ? undefined : previous.role),
    ...(growthOfPrevious(frame, previous) ? { measureOf: previous.text } : {}),
  };
}

/**
 * "Is that up or down from a year earlier?", "比上一年多了还是少了?": a direction asked against an earlier period names
 * no measure of its own (its "up" is no growth rate asked for), so it asks the last measure in that period.
 */
export function directionOfPrevious(frame: QuestionFrame, previous: QuestionFrame): boolean {
  return Boolean(frame.shift) && asksDirection(frame.text) && frame.metrics.every((metric) => metric === 'growth_rate') && previous.metrics.some((metric) => metric !== 'growth_rate');
}

/** "How much did it grow?", "同比增长多少?": a growth asked with no measure of its own is the growth of the last one asked. */
function growthOfPrevious(frame: QuestionFrame, previous: QuestionFrame): boolean {
  return !frame.shift && frame.metrics.length > 0 && frame.metrics.every((metric) => metric === 'growth_rate')
    && previous.metrics.some((metric) => metric !== 'growth_rate');
}

/** Who the turn is about and which report it reads: its own when it names them, else the previous turn's. */
function borrowedSubject(frame: QuestionFrame, previous: QuestionFrame): Pick<QuestionFrame, 'entities' | 'people' | 'docIds' | 'scope' | 'unknownNames' | 'possessors'> {
  return {
    entities: frame.entities.length ? frame.entities : previous.entities,
    people: frame.people.length ? frame.people : previous.people,
    docIds: frame.docIds.length ? frame.docIds : previous.docIds,
    scope: frame.scope ?? (frame.entities.length ? undefined : previous.scope),
    unknownNames: frame.unknownNames.length ? frame.unknownNames : frame.entities.length ? [] : previous.unknownNames,
    possessors: frame.entities.length ? frame.possessors : previous.possessors,
  };
}

/** An aspect switch keeps its own kind and measures: it borrows only who, when and which report. */
function aspectSwitched(frame: QuestionFrame, previous: QuestionFrame): QuestionFrame {
  return { ...frame, ...borrowedSubject(frame, previous), periods: frame.periods.length ? frame.periods : previous.periods };
}

const FITS: Record<OperandSlot['unit'], (unit: string) => boolean> = {
  money: (unit) => unit === 'currency', count: (unit) => unit === 'count' || unit === 'number', amount: (unit) => unit === 'currency' || unit === 'count' || unit === 'number',
  percent: (unit) => unit === 'percent', growth: (unit) => unit === 'percent' || unit === 'multiple',
};

/**
 * "What percentage drop is that?", "And per quarter?", "What is that in US dollars?": a follow-up that
 * asks for arithmetic on what was just said. Its cue is read with the conversation's subject, measure
 * and periods, and the figures the last reply gave (those the reports state) become its operands.
 */
export function calculationFromHistory(frame: QuestionFrame, previous: QuestionFrame | undefined, previousAnswer: string | undefined, aliases: IntentInput['aliases'], facts: Fact[]): QuestionFrame {
  if (!frame.leansOnHistory || frame.shift || !previous) return frame;
  // A change read without the conversation runs between two dates of one sentence; read with it, between the last answer's figures.
  const calculation = (betweenDatesOfOneSentence(frame.calculation) ? undefined : frame.calculation) ?? detectCalculation({ text: frame.text, entities: frame.entities, metrics: frame.metrics, periods: frame.periods, aliases, history: previous.text });
  if (!calculation) return frame;
  const given = previousAnswer ? statedFigures(previousAnswer.replace(/\[\d+\]/g, ' ')).filter((quantity) => facts.some((fact) => sameAmount(fact, quantity, 0.001))) : [];
  // "占集团收入几成?" after "Taobao … RMB 136.091 billion, … accounting for 48.7% of the group's total revenue": the share
  // is stated beside the figure just given, so it is looked up, not worked out from a whole found elsewhere.
  if (calculation.operation === 'share' && statedBeside(given, facts)) return frame;
  const used = new Set<number>();
  const filled = new Map<number, Quantity>();
  // "占集团收入几成?" after Taobao's revenue: the last answer's figure is the part asked about; the whole is what the question names.
  // "比一年前下降了百分之多少?" after the 2024 headcount: the figure just given is the side dated as the last turn was, not the year before.
  const lastFrom = previous.periods.find((period) => period.from)?.from;
  const asDatedBefore = (i: number) => Number(calculation.slots[i]!.period?.from != null && calculation.slots[i]!.period?.from !== lastFrom);
  const order = calculation.slots.map((slot, i) => i).sort((x, y) => Number(calculation.slots[x]!.role === 'whole') - Number(calculation.slots[y]!.role === 'whole') || asDatedBefore(x) - asDatedBefore(y));
  for (const i of order) {
    const slot = calculation.slots[i]!;
    if (slot.stated) continue;
    const at = given.findIndex((quantity, k) => !used.has(k) && FITS[slot.unit](quantity.unit));
    if (at < 0) continue;
    used.add(at);
    filled.set(i, given[at]!);
  }
  const slots = calculation.slots.map((slot, i) => (filled.has(i) ? { ...slot, stated: filled.get(i)! } : slot));
  return { ...frame, operation: calculation.operation, calculation: { ...calculation, slots } };
}

const SHARE_METRICS = new Set(['revenue_share', 'market_share', 'deal_share']);

/** Whether a sentence stating one of the figures just given also states a share of a whole. */
function statedBeside(given: Quantity[], facts: Fact[]): boolean {
  const quotes = new Set(facts.filter((fact) => given.some((quantity) => sameAmount(fact, quantity, 0.001))).map((fact) => `${fact.paragraphId}\n${fact.quote}`));
  return facts.some((fact) => SHARE_METRICS.has(fact.metric) && quotes.has(`${fact.paragraphId}\n${fact.quote}`));
}

/**
 * "And a year earlier?" when the reports give no figure for the earlier year but state the later one with
 * its year-on-year growth ("36.578 billion yuan, up 386%"): the earlier figure worked out from those two,
 * later ÷ (1 + growth). Only a year back: a year-on-year rate says nothing about the quarter before.
 */
export function earlierFromGrowth(frame: QuestionFrame, previous: QuestionFrame | undefined): QuestionFrame | undefined {
  if (frame.shift !== 'year' || !previous) return undefined;
  const period = previous.periods.find((candidate) => candidate.from && candidate.to);
  const metrics = previous.metrics.filter((metric) => metric !== 'growth_rate');
  if (!period || !previous.entities.length) return undefined;
  const base = { entity: previous.entities[0], context: previous.entities.slice(1), period };
  const calculation: CalculationIntent = { operation: 'prior', cue: frame.text, asPercent: false, slots: [
    { ...base, role: 'current', unit: 'amount', metrics },
    { ...base, role: 'growth', unit: 'growth', metrics: ['growth_rate'], near: 'current', together: 'paragraph' },
  ] };
  return { ...frame, shift: undefined, periods: [period], operation: 'prior', calculation };
}
