/** @module Saying plainly what the reports do not cover: small talk, unknown companies, and what was asked. */
import type { Metric } from '../../core/index.js';
import { entityName, periodPhrase } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import { restateQuestion } from './restate-question.js';
import { partAsked } from './part-asked.js';
import { multiWordNames } from './declarative.js';
import type { PlannerContext, PlanResult } from './planner-context.js';

export const METRIC_WORDS: Record<string, [string, string]> = {
  capex: ['capital expenditure', '资本开支'], investment_plan: ['investment plans', '投资计划'], investment: ['investment', '投资'],
  revenue: ['revenue', '营收'], valuation: ['valuation', '估值'], headcount: ['headcount', '员工人数'], stake: ['stake', '持股'],
  funding: ['funding', '融资'], market_cap: ['market capitalization', '市值'], chips: ['chips', '芯片'], users: ['users', '用户'],
  servers: ['servers', '服务器数量'], orders: ['orders', '订单'], loss: ['losses', '亏损'],
};

export function chatterRefusal(context: PlannerContext): PlanResult {
  return {
    refused: true,
    sentences: [context.lang === 'en'
      ? 'I can only answer questions about the reports in this collection: AI investment by Chinese tech companies, 2023–2025.'
      : '我只能回答与本报告集相关的问题:2023—2025年中国科技公司的AI投资。'],
  };
}

export function unknownCompanyRefusal(names: string[], context: PlannerContext): PlanResult {
  return { refused: true, sentences: [context.lang === 'en' ? `The reports don't mention ${names.join(' or ')}.` : `报道没有提到${names.join('或')}。`] };
}

/**
 * "The reports don't say Alibaba's capital expenditure in 2026.": what was asked, said plainly. A measure asked as a
 * figure is named; anything else is restated ("… don't say who led SiliconFlow's Series A round."), never called
 * "figures" / "相关数据" when no figure was asked, and said plainly when it cannot be restated.
 */
export function dontSaySentence(frame: QuestionFrame, context: PlannerContext, figureAsked = true): string {
  const { lang } = context;
  // The measure is named only when the question names it too: "GPU cluster" read as chips is no "Tencent's chips" to decline.
  const words = frame.metrics[0] ? METRIC_WORDS[frame.metrics[0]] : undefined;
  const namesMeasure = words !== undefined && (frame.text.toLowerCase().includes(words[0].toLowerCase()) || frame.text.includes(words[1]));
  // "阿里3800亿元的投资里,有多少会用来买国产芯片?": the part is what is missing, not the whole's measure ("阿里巴巴的投资"), which the reports give.
  const part = partAsked(frame.text);
  // With no subject it knows ("智能语音…多少融资?"), the measure alone ("(报告当年)的融资") says too little: the question is restated.
  const subjectKnown = frame.entities.length > 0 || frame.unknownNames.length > 0;
  // A count is declined as asked ("how many H20 chips Tencent ended up buying"): "Tencent's chips" names no figure.
  const countAsked = frame.metrics[0] !== undefined && COUNTED_METRICS.has(frame.metrics[0]);
  if (!(figureAsked && namesMeasure) || part || !subjectKnown || countAsked) {
    const restated = restateQuestion(frame.text, lang, multiWordNames(frame.text, context.aliases));
    if (restated) return lang === 'en' ? `The reports don't say ${restated}.` : `报告没有说明${restated}。`;
    // A question stating the whole's figure is not restated (it would read as the reports'): the part is named on its own.
    // (In Chinese the question's own verb is kept: "有多少来自海外" is not "用于海外".)
    if (part && !/[,;，；]/.test(part)) return lang === 'en' ? `The reports don't say how much of it goes to ${part.replace(/^(?:to|toward|towards|into|on|for)\s+/i, '')}.` : `报告没有说明其中有多少${/多少((?:会|将|要)?(?:是|为|以|用于|用来|用在|花在|投向|投入到?|来自|属于))/.exec(frame.text)?.[1] ?? '用于'}${part}。`;
    if (!figureAsked) return plainlyUnanswered(lang);
  }
  // "Apple's": a company the alias table does not know is still the subject the reader asked about.
  const names = frame.entities.length ? frame.entities.map((id) => entityName(context.aliases, id, lang)) : frame.unknownNames;
  const metric = frame.metrics[0] ? METRIC_WORDS[frame.metrics[0]] : undefined;
  const period = periodPhrase(frame.periods.find((p) => p.from) ?? frame.periods[0], lang);
  // "ByteDance's investment in Moonshot AI" reads better than "ByteDance and Moonshot AI's investment". (Not for a
  // baseline: "… cheaper than DeepSeek R1" would read "Qwen's chips in DeepSeek", which says nothing.)
  const [owner, ...others] = names;
  if (lang === 'en' && others.length && BASELINE.test(frame.text)) {
    const restated = restateQuestion(frame.text, lang, multiWordNames(frame.text, context.aliases));
    return restated ? `The reports don't say ${restated}.` : plainlyUnanswered(lang);
  }
  const subject = lang === 'en'
    ? [owner ? `${owner}'s` : '', metric?.[0] ?? (owner ? 'figures' : 'that'), others.length ? `in ${others.join(' and ')}` : ''].filter(Boolean).join(' ') + period
    : zhSubject(names.join('和') + period, metric?.[1]);
  return lang === 'en' ? `The reports don't say ${subject}.` : `报道没有提到${subject}。`;
}

/** Measures that count things (chips, servers, users …), asked "how many". */
const COUNTED_METRICS = new Set<Metric>(['chips', 'servers', 'users', 'api_calls', 'models', 'headcount']);

/** A second company named as what the first is measured against, not as a party to its deal. */
const BASELINE = /\b(?:versus|vs\.?|compared (?:with|to)|than)\s/i;

/** "阿里巴巴2024年的资本开支", "2024年的相关数据", or "这一点" when the question names nothing to repeat. */
function zhSubject(about: string, metric: string | undefined): string {
  if (!about) return metric ?? '这一点';
  return `${about}的${metric ?? '相关数据'}`;
}

/** Nothing of the question can be restated safely: say plainly that the reports don't answer it. */
export function plainlyUnanswered(lang: 'en' | 'zh'): string {
  return lang === 'en' ? "The reports don't say anything that answers this directly." : '报告没有直接回答这个问题。';
}
