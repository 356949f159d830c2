/**
 * @module Typed checks that decide an answer's form, apart from its score: does the candidate state the
 * typed answer for the asked subject, relation and period (`direct`: said plainly), a real near miss
 * the reader should weigh (`near`: another period or another measure, hedged by naming what differs),
 * or something else (`off`: never an answer, at most a closest passage beside "the reports don't say")?
 * Candidates these checks do not cover (calculations, lists, explanations) are `unchecked` and keep
 * the score's form.
 */
import { isOtherParty } from './deal-party.js';
import { clauseAt, countedHeadOf, countedNouns, countsNoun, findPeriods, isMeasure, parseQuantities, sameAmount, type Fact, type Metric, type Period, type Quantity, figureIndex } from '../../core/index.js';
import type { AliasTable } from '../../index/index.js';
import type { QuestionFrame } from '../question-frame.js';
import type { AnswerType, WantedTypes } from './answer-type.js';
import { leadingType } from './answer-type.js';

export type NearMiss = 'period' | 'measure';
export type AnswerFit =
  | { form: 'direct' }
  | { form: 'near'; differs: NearMiss; given?: Period | Metric | undefined }
  | { form: 'off'; why: 'subject' | 'measure' | 'period' | 'relation' | 'type' | 'figure' }
  /** A typed answer the evidence does not tie to what was asked (a name near the role's words, a date near the event's): plain only when the score is high, else no answer. */
  | { form: 'weak' }
  | { form: 'unchecked' };

export const DIRECT: AnswerFit = { form: 'direct' };
export const UNCHECKED: AnswerFit = { form: 'unchecked' };
export const WEAK: AnswerFit = { form: 'weak' };
const off = (why: Extract<AnswerFit, { form: 'off' }>['why']): AnswerFit => ({ form: 'off', why });

/**
 * The share of the question's relation words (weighted) a figure's sentence must cover to count as
 * stating it: below it, the figure belongs to another relation of the same company ("credits" asked,
 * the whole investment given). Calibrated on the training split and the dev sets (evals/dev/*.json).
 */
export const RELATION_FOR_DIRECT = 0.4;

/** Metrics close enough that a fact of one is a near miss for a question about the other. */
export const NEAR_METRICS: Partial<Record<Metric, Metric[]>> = {
  investment: ['investment_plan', 'funding'], investment_plan: ['investment', 'capex'], capex: ['investment_plan'],
  funding: ['investment', 'valuation'], valuation: ['market_cap', 'funding'], market_cap: ['valuation'],
};

/** Metrics that are a level at a moment (a headcount, a valuation), not a flow over a span: a year's figure answers its end. */
const STOCK_METRICS: Metric[] = ['headcount', 'users', 'market_cap', 'valuation', 'stake', 'models', 'chips', 'market_share'];

/** The units a figure of each answer type is written in. */
export const UNITS_OF_TYPE: Partial<Record<AnswerType, Quantity['unit'][]>> = {
  amount: ['currency'], percent: ['percent', 'multiple'], count: ['count', 'number'],
};

/** The figure types a question wants (amount, percent, count), strongest first; empty when it wants none. */
export function figureTypesWanted(wanted: WantedTypes): AnswerType[] {
  const lead = leadingType(wanted);
  if (!UNITS_OF_TYPE[lead]) return [];
  return (['amount', 'percent', 'count'] as const).filter((type) => wanted[type] > 0).sort((a, b) => wanted[b] - wanted[a]);
}

/** The units of the figure type a question leads with ("多少" of money: currency), empty when it wants no figure. */
export function unitsWanted(wanted: WantedTypes): Quantity['unit'][] {
  // "其中多少…" weighs an amount and a count alike: both are asked.
  const types = figureTypesWanted(wanted);
  const top = types[0] ? wanted[types[0]] : 0;
  return types.filter((type) => wanted[type] >= top).flatMap((type) => UNITS_OF_TYPE[type] ?? []);
}

/** Money asked for in so many words (not "how much", which may ask a share or a count). */
const MONEY_ASKED = /多少钱|\bhow much money\b|\bhow many (?:dollars|yuan)\b|多少(?:亿|万)?(?:元|美元|人民币|港元)/i;

/** How a fact's period stands to the asked one: the same span, a part or whole of it (a near miss), or another span. */
export function periodFit(given: Period, asked: Period[], metric: Metric): 'same' | 'near' | 'other' | 'unknown' {
  const resolved = asked.filter((period) => period.from && period.to);
  if (!resolved.length) return 'same';
  if (!given.from || !given.to) return 'unknown';
  let best: 'same' | 'near' | 'other' = 'other';
  for (const period of resolved) {
    if (given.from <= period.to! && period.from! <= given.to) {
      const sameSpan = given.from.slice(0, 7) === period.from!.slice(0, 7) && given.to.slice(0, 7) === period.to!.slice(0, 7);
      // "At the end of 2024" is answered by a headcount "as of 2024"; a year's capex is not its fourth quarter's.
      const containsAsked = given.from <= period.from! && period.to! <= given.to;
      if (sameSpan || (containsAsked && STOCK_METRICS.includes(metric))) return 'same';
      best = 'near';
    }
  }
  return best;
}

export interface FactFitInput {
  fact: Fact;
  /** The subjects asked, most specific first (a product rather than its parent). */
  subjects: string[];
  /** The weighted share of the question's relation words the cited sentence covers. */
  relation: number;
}

/**
 * Words in a figure's own stretch of clause, before it, that deny it: "Alibaba Cloud's share did not reach 30%",
 * "the stake never exceeded 5%", "份额并未达到30%". Such a figure is what the share was not. Data: extend per language.
 */
export const FIGURE_NEGATIONS: string[] = [
  // A bound is no denial: "not less than 30%", "not only 30%".
  String.raw`\bnot\b(?!\s+(?:only|just|less|more|fewer|least|until)\b)`, String.raw`n['’]t\b(?!\s+(?:only|just|less|more|fewer)\b)`, String.raw`\bnever\b`,
  String.raw`\bno longer\b`, String.raw`\bfailed to\b`, String.raw`\bfell short of\b`, '未(?!来|经)', '没有', '并非', '不是',
];
/**
 * Words that narrow a figure to part of what it measures: "excluding its cloud unit, …", "不包括…". Such a figure
 * answers a question that narrows it the same way, not the whole share asked. Data: extend per language.
 */
export const FIGURE_EXCLUSIONS: string[] = [
  String.raw`\bexcluding\b`, String.raw`\bexcluded\b`, String.raw`\bnot including\b`, String.raw`\bexclusive of\b`, String.raw`\bexcept for\b`, String.raw`\bnet of\b`,
  '不包括', '不含', '剔除', '除去', '扣除',
];

const NEGATION_BEFORE = new RegExp(FIGURE_NEGATIONS.join('|'), 'iu');
const EXCLUSION = new RegExp(FIGURE_EXCLUSIONS.join('|'), 'iu');

/**
 * Whether the figure at `at` is denied in its own clause ("did not reach 30%") or narrowed by an exclusion the
 * question does not make ("excluding …, 12%"): either way it is not the figure asked, however well the rest fits.
 */
export function figureDeniedOrNarrowed(question: string, sentence: string, at: number): boolean {
  const clause = clauseAt(sentence, at);
  // The stretch of the clause from its last comma up to the figure: "Tencent grew, but its share did not reach 30%".
  const before = sentence.slice(clause.offset, at);
  const lead = before.slice(Math.max(...[',', '，', ':', '：'].map((mark) => before.lastIndexOf(mark))) + 1);
  // Read on past the figure's start, so "not less than 13%" (the figure being "less than 13%") is seen as a bound.
  const read = `${lead}${sentence.slice(at, clause.offset + clause.text.length)}`;
  const denied = [...read.matchAll(new RegExp(NEGATION_BEFORE.source, 'giu'))].some((match) => match.index < lead.length);
  return denied || (EXCLUSION.test(clause.text) && !EXCLUSION.test(question));
}

/** Whether a fact answers the question: its owner, the other party, the measure and the period. */
/** A count asked in so many words: "how many", "多少台/块/颗/张/个/人", "几块". */
const COUNT_ASKED = /\bhow many\b|(?:多少|几)(?:台|块|颗|张|个|人|名|家|款|片|次)/i;
/** A count question that a share or a multiple may answer: "how many of …", "how many times", "多少比例", "几成". */
const SHARE_OR_MULTIPLE_ASKED = /\bhow many (?:of|times|percent|percentage points?)\b|\bhow many-fold\b|多少倍|几倍|几成|百分之几|多少比例|占比/i;

export function factFit(frame: QuestionFrame, { fact, subjects, relation }: FactFitInput, aliases: Pick<AliasTable, 'ids' | 'get'>): AnswerFit {
  if (subjects.length) {
    const named = new Set([fact.entity, fact.counterparty, ...aliases.ids(fact.quote)].filter(Boolean));
    // The figure is the asked company's own, not its segment's or a rival's; a product's figure may be
    // filed under its maker when the sentence names the product ("Qianfan" under Baidu Intelligent Cloud).
    const owner = fact.entity && (subjects.includes(fact.entity) || subjects.some((id) => aliases.get(id)?.parent === fact.entity && named.has(id)));
    if (!owner) return off('subject');
    // "How much did Alibaba pay for Kaola?": the other party asked is in the figure's sentence (a comparison's sides are not parties).
    if (subjects.length === 2 && frame.kind !== 'comparison' && !subjects.every((id) => named.has(id))) return off('subject');
  }
  // "Its share did not reach 30%", "excluding …, 12%": the figure is not the one asked.
  const at = figureIndex(fact.quote, fact.text);
  if (at >= 0 && figureDeniedOrNarrowed(frame.text, fact.quote, at)) return off('relation');
  // "How many servers does the 30 billion yuan tender call for?": the question's own figure is not its answer.
  if (frame.kind !== 'yesno' && frame.stated.some((quantity) => quantity.unit === fact.unit && sameAmount(fact, quantity, 0.01))) return off('figure');
  // "一共亏了多少钱?", "How much money …": money asked in so many words is never answered by a rate or a multiple ("亏损增长7倍").
  if (MONEY_ASKED.test(frame.text) && fact.unit !== 'currency') return off('type');
  // "How many Nvidia GPUs does ByteDance have?": a count asked is never answered by a sum of money ("$5 billion worth of chips").
  if (COUNT_ASKED.test(frame.text) && !MONEY_ASKED.test(frame.text) && fact.unit === 'currency') return off('type');
  // "How many AI-startup deals has Alibaba done?": a number of things is not answered by their share ("40% of its deals");
  // "How many of its deals …" may be, and "how many times" asks a multiple.
  // (One question only: "需要几张H20?能省多少成本?" asks a rate in its second half.)
  if (COUNT_ASKED.test(frame.text) && !SHARE_OR_MULTIPLE_ASKED.test(frame.text) && !/[?？]\s*\S/.test(frame.text) && (fact.unit === 'percent' || fact.unit === 'multiple')) return off('type');
  let measure: 'same' | 'near' = 'same';
  const byLabel = Boolean(fact.label && frame.labels.includes(fact.label));
  if (!byLabel && frame.metrics.length && !frame.metrics.includes(fact.metric)) {
    if (frame.metrics.some((asked) => NEAR_METRICS[asked]?.includes(fact.metric))) measure = 'near';
    else return off('measure');
  }
  const period = periodFit(fact.period, frame.periods, fact.metric);
  if (period === 'other') return off('period');
  // The measure the question names is the relation, checked by category; a question naming none is checked by its words.
  // So is a count whose counted noun is the one asked ("How many model downloads …?" by "model downloads have exceeded 100
  // million"), however the rest is worded ("racked up").
  const named = byLabel || frame.metrics.includes(fact.metric) || (fact.unit === 'count' && countedNouns(frame.text).some((noun) => countsNoun(fact, noun)));
  if (!named && relation < RELATION_FOR_DIRECT) return off('relation');
  if (measure === 'near') return { form: 'near', differs: 'measure', given: fact.metric };
  // "How many developers …?" is not answered plainly by "290,000 enterprises and developers" when the reports count
  // developers on their own elsewhere: a count of another noun than the one asked is a near miss.
  if (countsOtherNoun(frame.text, fact)) return { form: 'near', differs: 'measure', given: fact.metric };
  if (period === 'near') return { form: 'near', differs: 'period', given: fact.period };
  return DIRECT;
}

/** A count fact whose counted noun is not the one the question counts (singular forms compared). */
function countsOtherNoun(question: string, fact: Fact): boolean {
  const asked = countedNouns(question);
  return Boolean(countedHeadOf(fact)) && asked.length > 0 && !asked.some((noun) => countsNoun(fact, noun));
}

export interface SentenceFitInput {
  sentence: string;
  /** The sentence's paragraph (its text and any original), where the other party may be named. */
  paragraph: string;
  subjects: string[];
  relation: number;
  /** The period feature of the sentence: 0 when it names only other years. */
  period: number;
  /** The report's date, against which the sentence's own periods ("the fourth quarter", "this year") resolve. */
  asOf: string | null;
  /** A timeline entry's heading ("Fourth Quarter 2024"), which dates the entry's sentences. */
  heading?: string;
}

/** A sentence whose own periods are all other than the asked one (a quarter for a year asked, another year): not its figure. */
function otherPeriod(frame: QuestionFrame, input: SentenceFitInput): boolean {
  const own = findPeriods(input.sentence, input.asOf).filter((period) => period.from && period.to);
  // A timeline entry's sentence is dated by its heading ("Fourth Quarter 2024:" over "Tencent hurried to acquire GPUs …").
  const given = !own.length && input.heading ? findPeriods(input.heading, input.asOf).filter((period) => period.from && period.to) : own;
  if (!given.length) return input.period === 0;
  return given.every((period) => periodFit(period, frame.periods, 'other') !== 'same');
}

/**
 * "JD.com will invest …; Meituan's R&D expenditure … was 6.3 billion yuan": the clause around `at` (between
 * semicolons, as periods are read) names an asked company, or no company at all; a figure in a clause that
 * names only others is theirs.
 */
export function clauseOwnerFits(text: string, at: number, subjects: string[], aliases: Pick<AliasTable, 'ids' | 'get' | 'find'>): boolean {
  if (!subjects.length) return true;
  const { text: clause, offset } = clauseAt(text, at);
  const inClause = aliases.ids(clause);
  const named = inClause.filter((id) => aliases.get(id)?.kind === 'company');
  // "Amazon announced … to invest up to $4 billion in Anthropic …, only for Google to commit $2 billion": the company acting
  // last before a figure (not a deal's other party, "in Anthropic") owns it; Google, acting only after it, does not.
  const companies = aliases.find(clause).filter((mention) => aliases.get(mention.id)?.kind === 'company');
  const actor = companies.filter((mention) => mention.index < at - offset && !isOtherParty(clause, mention.index)).at(-1);
  const askedBefore = companies.some((mention) => mention.index < at - offset && subjects.includes(mention.id) && !isOtherParty(clause, mention.index));
  const actsLater = (mention: { index: number; name: string }) => mention.index > at - offset && DEAL_VERB_AFTER.test(clause.slice(mention.index + mention.name.length));
  if (actor && !askedBefore && !subjects.includes(actor.id) && !subjects.includes(aliases.get(actor.id)?.parent ?? '')
    && companies.some((mention) => subjects.includes(mention.id) && actsLater(mention))) return false;
  // "Baidu Intelligent Cloud's … its Qianfan platform can achieve 95%": a product asked about, named in the
  // figure's own clause, owns the figure even when its owner company is named there too.
  return !named.length || subjects.some((id) => named.includes(id) || (aliases.get(id)?.kind === 'product' && inClause.includes(id) && !insideName(text, at, aliases.get(id)?.names ?? [])));
}

/** An asked company doing a deal of its own later in the clause: "…, only for Google to commit $2 billion". Data. */
const DEAL_VERB_AFTER = /^\s+(?:to\s+|has\s+|had\s+|will\s+|also\s+|then\s+)?(?:commit|invest|pour|put|provid|pledg|offer|spen[dt]|pa(?:y|id)|rais|acquir|b(?:uy|ought)|le(?:a?d|ading)|back|fund|inject)\w*|^\s*(?:也|还|则|又)?(?:投资|投了|出资|承诺|领投|收购|买下)/i;

/** Whether the figure at `at` is part of one of the names ("Hanguang 800"): a name's number measures nothing. */
function insideName(text: string, at: number, names: string[]): boolean {
  return names.some((name) => {
    for (let from = text.indexOf(name); from >= 0; from = text.indexOf(name, from + 1)) if (at >= from && at < from + name.length) return true;
    return false;
  });
}

function speaksOfSubjects(input: SentenceFitInput, aliases: Pick<AliasTable, 'ids' | 'get'>): boolean {
  if (!input.subjects.length) return true;
  const inSentence = aliases.ids(input.sentence);
  const inParagraph = new Set(aliases.ids(`${input.paragraph}\n${input.sentence}`));
  // "its DRAM chip production …": a sentence that names no company speaks of the one its paragraph is about.
  const speaksOfSubject = input.subjects.some((id) => inSentence.includes(id)) || !inSentence.some((id) => aliases.get(id)?.kind === 'company');
  return speaksOfSubject && input.subjects.every((id) => inParagraph.has(id));
}

/**
 * Whether a quoted sentence states the figure a figure question asks: a quantity of the asked kind,
 * the asked subject in it (the other party at least in its paragraph), enough of the asked relation,
 * and no other period. A sentence without such a figure is no answer to "how much", however relevant.
 */
export function sentenceFigureFit(frame: QuestionFrame, types: AnswerType[], input: SentenceFitInput, aliases: Pick<AliasTable, 'ids' | 'get' | 'find'>): AnswerFit {
  const units = new Set(types.flatMap((type) => UNITS_OF_TYPE[type] ?? []));
  const figures = parseQuantities(input.sentence).filter((quantity) => isMeasure(quantity) && units.has(quantity.unit))
    .filter((quantity) => !frame.stated.some((stated) => stated.unit === quantity.unit && sameAmount(quantity, stated, 0.01)));
  if (!figures.length) return off('type');
  // A figure the sentence denies or narrows ("did not reach 30%", "excluding …") is not the one asked.
  if (figures.every((quantity) => figureDeniedOrNarrowed(frame.text, input.sentence, quantity.index))) return off('relation');
  if (!speaksOfSubjects(input, aliases) || !figures.some((quantity) => clauseOwnerFits(input.sentence, quantity.index, input.subjects, aliases))) return off('subject');
  if (otherPeriod(frame, input)) return off('period');
  if (input.relation < RELATION_FOR_DIRECT) return off('relation');
  return DIRECT;
}

/**
 * A name the sentence gives that is a person's, not a capitalised phrase: not in quotation marks
 * ("the 'Hundred-Model War'"), and not made mostly of words the reports also write in lower case
 * ("Hundred-Model War", "Cloud Intelligence Group"). Names the alias table knows as people always are.
 */
export function looksLikePerson(name: string, sentence: string, index: number, commonWords: Set<string>, known = false): boolean {
  if (known) return true;
  const before = sentence.slice(Math.max(0, index - 1), index);
  const after = sentence.charAt(index + name.length);
  if (/["'“‘]/.test(before) && /["'”’]/.test(after)) return false;
  const words = name.split(/[\s-]+/).filter(Boolean);
  const common = words.filter((word) => commonWords.has(word.toLowerCase())).length;
  return common * 2 <= words.length;
}
