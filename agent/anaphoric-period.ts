/**
 * @module Periods a follow-up points back at ("the same year", "that quarter", "同年", "当年", "那一年",
 * "the year before that", "此前一年"), written out as the conversation's last period so the question
 * stands on its own: "同年上半年…" after "2019年。" reads "2019年上半年…".
 */
import type { Lang, Period } from '../core/index.js';
import { periodPhrase } from './phrases.js';

/** Words that point at the conversation's last period. Data: add a phrasing here, not a rule elsewhere. */
const SAME_PERIOD_EN = /\b(?:(in|during|for|from|to|since|until|by|of|between|and|at|over) )?(?:that same|that|the same|this same) (quarter|year|period|month)\b/gi;
// "那一年前呢?" is "那 + 一年前 + 呢" (and a year earlier?), not "那一年" (that year).
const SAME_PERIOD_ZH = /同年|同一年|当年|那年|那一年(?!(?:之|以)?前)|同期|该季度|同一(?:个)?季度|那个季度|当季|同一(?:个)?月|同月|当月|那个月/g;
/** "The year before that", "此前一年": one year before the last period. */
const YEAR_BEFORE = /\b(?:(in|during|for|from|to|since|by|of) )?the year before (?:that|then)\b|此前一年|那之前一年|前一年/gi;

/** Whether the question points back at a period. */
export function pointsAtPeriod(text: string): boolean {
  return new RegExp(SAME_PERIOD_EN.source, 'i').test(text) || new RegExp(SAME_PERIOD_ZH.source).test(text);
}

/** The period as the asker's language writes it, without a leading "in" where a preposition already stands. */
function written(period: Period, lang: Lang, preposition: string | undefined): string {
  const phrase = period.from && period.to ? periodPhrase(period, lang).trim() : period.text ?? '';
  if (lang === 'zh') return phrase;
  const bare = phrase.replace(/^in\s+/, '');
  if (preposition) return `${preposition} ${bare}`;
  return /^(?:in|on|since|during|by|from)\b/i.test(phrase) || !/^(?:Q[1-4]|\d{4}|first|second|third|fourth)/i.test(bare) ? phrase : `in ${bare}`;
}

function yearBefore(period: Period): Period | undefined {
  if (!period.from || !period.to || period.from.slice(0, 4) !== period.to.slice(0, 4)) return undefined;
  const year = Number(period.from.slice(0, 4)) - 1;
  return { text: String(year), from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * The question with its pointing words replaced by the period. `shiftable`: "the year before that"
 * is written out too (used when the period came from an answer, which the frame's own shift cannot see).
 */
export function resolvePeriodAnaphora(text: string, lang: Lang, period: Period | undefined, shiftable = false): string {
  if (!period) return text;
  let resolved = text;
  if (shiftable) {
    const before = yearBefore(period);
    if (before) resolved = resolved.replace(YEAR_BEFORE, (_match, preposition: string | undefined) => written(before, lang, preposition));
  }
  // "In April 2025." then "that year" is 2025, "that month" April 2025.
  const asSaid = (unit: string) => (/year|年/.test(unit) ? yearOf(period) : period);
  if (lang === 'zh') return resolved.replace(SAME_PERIOD_ZH, (match) => written(asSaid(match), 'zh', undefined)).replace(SAME_PERIOD_EN, (_match, preposition: string | undefined, unit: string) => written(asSaid(unit), 'en', preposition));
  return resolved.replace(SAME_PERIOD_EN, (_match, preposition: string | undefined, unit: string) => written(asSaid(unit), 'en', preposition));
}

/** The calendar year a period lies in, when it lies in one ("April 2025" → 2025). */
function yearOf(period: Period): Period {
  const year = period.from?.slice(0, 4);
  if (!year || period.to?.slice(0, 4) !== year || (period.from?.endsWith('-01-01') && period.to?.endsWith('-12-31'))) return period;
  return { text: year, from: `${year}-01-01`, to: `${year}-12-31` };
}

/** Whether the question asks for the year before the last period. */
export function asksYearBefore(text: string): boolean {
  return new RegExp(YEAR_BEFORE.source, 'i').test(text);
}
