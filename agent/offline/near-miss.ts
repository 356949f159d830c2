/**
 * @module The hedge of a near miss, in words: it names what differs from what was asked (the period or
 * the measure) before the figure, so the reader can weigh it. "The reports give the figure for Q4 2024,
 * not for 2024 as a whole: Tencent's capital expenditure in Q4 2024 was …"
 */
import type { Metric, Period } from '../../core/index.js';
import type { Lang } from '../../core/index.js';
import { periodPhrase } from '../phrases.js';
import type { NearMiss } from './answer-fit.js';
import { METRIC_WORDS } from './plan-refusal.js';

/** " in Q4 2024" → "Q4 2024"; "2024年第四季度" as it is. */
function bare(period: Period, lang: Lang): string {
  return periodPhrase(period, lang).trim().replace(/^(?:in|at) /, '');
}

function measureWords(metric: Metric, lang: Lang): string {
  const words = METRIC_WORDS[metric];
  if (words) return lang === 'en' ? words[0] : words[1];
  return lang === 'en' ? metric.replace(/_/g, ' ') : '';
}

/** The opening that says how the given figure differs from the one asked, or undefined when it cannot be said in words. */
export function nearMissOpening(differs: NearMiss, given: { period?: Period; metric?: Metric }, asked: { periods: Period[]; metrics: Metric[] }, lang: Lang): string | undefined {
  if (differs === 'period' && given.period?.from && given.period.to) {
    const wanted = asked.periods.find((period) => period.from && period.to);
    if (!wanted) return undefined;
    const [g, a] = [bare(given.period, lang), bare(wanted, lang)];
    if (!g || !a || g === a) return undefined;
    const narrower = wanted.from! <= given.period.from && given.period.to <= wanted.to!;
    const wider = given.period.from <= wanted.from! && wanted.to! <= given.period.to;
    if (lang === 'zh') return narrower ? `报告给出的是${g}的数字,而不是${a}全期的:` : wider ? `报告给出的是${g}全期的数字,而不是单独${a}的:` : `报告给出的是${g}的数字,而不是${a}的:`;
    return narrower ? `The reports give the figure for ${g}, not for ${a} as a whole:` : wider ? `The reports give the figure for ${g} as a whole, not for ${a} alone:` : `The reports give the figure for ${g}, not for ${a}:`;
  }
  if (differs === 'measure' && given.metric && asked.metrics[0]) {
    const [g, a] = [measureWords(given.metric, lang), measureWords(asked.metrics[0], lang)];
    if (!g || !a || g === a) return undefined;
    return lang === 'zh' ? `报告给出的是${g},而不是${a}:` : `The reports give ${g}, not ${a}:`;
  }
  return undefined;
}

/** The candidate's sentences with the near miss named in the first: "<opening> <first sentence>". */
export function nearMissSentences(opening: string, sentences: string[], lang: Lang): string[] {
  const [first, ...rest] = sentences;
  if (!first) return [opening];
  return [lang === 'zh' ? `${opening}${first}` : `${opening} ${first}`, ...rest];
}
