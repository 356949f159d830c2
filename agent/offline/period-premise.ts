/**
 * @module A "why" question that dates its event ("Why did Alibaba invest in Unitree back in 2020?") when
 * the reports date that same event to another year: the premise's year is corrected from the date bound
 * to the event's own clause (as a when-answer's date is), never from another date in the sentence.
 */
import { chineseDate } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import { multiWordNames, premiseOf } from './declarative.js';
import { clauseCoverage, datesOfPooledSentence, eventWords } from './event-dates.js';
import type { PlannerContext } from './planner-context.js';
import { relevance, type PooledSentence, type SentencePool } from './sentence-pool.js';
import { asClause, contentWords, inSentence } from './text-candidates.js';

/** Years a premise states as its event's time: "in 2020", "back in 2015", "2023年". */
const STATED_YEAR = /(?<![\d.])((?:19|20)\d{2})(?:年)?(?![\d.%])/g;
/** A premise dating its event more finely than a year (a quarter, a month) is a figure's period, not the event's date. */
const FINER_THAN_YEAR = /\b(?:Q[1-4]|quarter|half|January|February|March|April|May|June|July|August|September|October|November|December)\b|季度|半年|\d{1,2}月/i;

/** Words right before a year that make it the base of a comparison (English, Chinese), as data. */
const BASE_BEFORE = new RegExp(`(?:\\b(?:${['compared with', 'compared to', 'than', 'versus', 'vs\\.?', 'over'].join('|')})\\s+(?:(?:the\\s+)?(?:end|level|year)\\s+of\\s+)?|${['比', '较', '相比', '相较'].join('|')})\\s*$`, 'i');

/** The share of the event's words the date's clause must name: the event itself, not a sentence near it. */
const BOUND_FOR_CORRECTION = 0.6;

export interface DatedEvent {
  sentence: PooledSentence;
  /** The date as the answer says it, and the year it names. */
  date: string;
  year: string;
  bound: number;
}

/** The dates the pool binds to the event, best bound first (a timeline heading binds its whole entry). */
export function datesOfEvent(event: string[], pool: SentencePool, context: PlannerContext, about: (sentence: PooledSentence) => boolean): DatedEvent[] {
  const found: DatedEvent[] = [];
  for (const sentence of pool.sentences) {
    if (!about(sentence)) continue;
    const reportDate = context.documents.get(sentence.paragraph.docId)?.date;
    const dates = datesOfPooledSentence(sentence, reportDate);
    for (const date of dates) {
      const year = date.text.match(/(?:19|20)\d{2}/)?.[0];
      if (!year) continue;
      const bound = clauseCoverage(sentence.text, date.index, event, date.heading, date.heading ? 0 : date.written.length);
      found.push({ sentence, date: date.text, year, bound });
    }
  }
  return found.sort((a, b) => b.bound - a.bound || relevance(b.sentence) - relevance(a.sentence));
}

/**
 * The correction when the premise's year is not the year the reports bind to its event. Undefined when
 * the premise states no year (or a finer period), when no date is bound to the event closely enough, or
 * when any closely bound date agrees with the premise (the reports may date one event twice).
 */
export function periodPremise(frame: QuestionFrame, pool: SentencePool, context: PlannerContext, about: (sentence: PooledSentence) => boolean): string | undefined {
  const premise = premiseOf(frame.text, context.lang, multiWordNames(frame.text, context.aliases));
  if (!premise || FINER_THAN_YEAR.test(premise)) return undefined;
  const stated = [...premise.matchAll(STATED_YEAR)];
  // A year the premise compares against is a change's base, not its event's date ("比2024年增长68%").
  if (stated.some((match) => BASE_BEFORE.test(premise.slice(Math.max(0, match.index - 16), match.index)))) return undefined;
  const years = stated.map((match) => match[1]!);
  if (years.length !== 1) return undefined;
  // Who did it is the sentence's subject (checked by `about`); whom it was done to is part of the event
  // ("invested in Unitree" is not "invested in YMTC").
  const [subject] = context.aliases.find(premise).filter((mention) => frame.entities.includes(mention.id));
  const names = subject ? context.aliases.get(subject.id)?.names ?? [] : [];
  const event = eventWords(contentWords(premise.replace(STATED_YEAR, ' ')), names).filter((word) => frame.lang === 'zh' || !/\p{Script=Han}/u.test(word));
  if (event.length < 2) return undefined;
  const bound = datesOfEvent(event, pool, context, about).filter((dated) => dated.bound >= BOUND_FOR_CORRECTION);
  const [best] = bound;
  if (!best || bound.some((dated) => years.includes(dated.year))) return undefined;
  const marker = `[${context.book.cite(best.sentence.paragraph.id, best.sentence.text)}]`;
  const clause = asClause(best.sentence.text);
  if (context.lang === 'en') return `The year in the question is not the reports': they date this to ${best.date.replace(/^(?:in|on|since|from|by) /i, '')} ${marker}: ${inSentence(clause, context)}.`;
  return `问题中的时间与报道不符:报道给出的时间是${chineseDate(best.date.replace(/^(?:in|on|since|from|by) /i, ''))}${marker}。`;
}
