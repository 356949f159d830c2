/** @module Saying plainly what the reports do not cover, and what they do cover nearby. */
import { entityName, factClause, periodPhrase, STOP } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import type { PlannerContext, PlanResult } from './planner-context.js';
import { citeFact } from './state-facts.js';

const METRIC_WORDS: Record<string, [string, string]> = {
  capex: ['capital expenditure', '资本开支'], investment_plan: ['investment plans', '投资计划'], investment: ['investment', '投资'],
  revenue: ['revenue', '营收'], valuation: ['valuation', '估值'], headcount: ['headcount', '员工人数'], stake: ['stake', '持股'],
  funding: ['funding', '融资'], market_cap: ['market capitalization', '市值'], chips: ['chips', '芯片'], users: ['users', '用户'],
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

export function refusal(frame: QuestionFrame, context: PlannerContext): PlanResult {
  const { lang } = context;
  const names = frame.entities.map((id) => entityName(context.aliases, id, lang));
  const metric = frame.metrics[0] ? METRIC_WORDS[frame.metrics[0]] : undefined;
  const period = periodPhrase(frame.periods.find((p) => p.from) ?? frame.periods[0], lang);
  // "ByteDance's investment in Moonshot AI" reads better than "ByteDance and Moonshot AI's investment".
  const [owner, ...others] = names;
  const subject = lang === 'en'
    ? [owner ? `${owner}'s` : '', metric?.[0] ?? (owner ? 'figures' : 'that'), others.length ? `in ${others.join(' and ')}` : ''].filter(Boolean).join(' ') + period
    : `${names.join('和')}${period}的${metric?.[1] ?? '相关数据'}`;
  const sentences = [lang === 'en' ? `The reports don't say ${subject}.` : `报道没有提到${subject}。`];
  // Something the reports do say about the same company, so the user knows where the edge is.
  if (frame.entities[0]) {
    const nearby = context.tools.lookup({ entity: frame.entities[0], ...(frame.metrics[0] ? { query: frame.metrics[0] } : {}), k: 3 }).facts.find((fact) => !fact.disputed && fact.metric !== 'other');
    if (nearby) sentences.push(lang === 'en' ? `What they do report nearby: ${factClause(nearby, context.aliases, lang)} ${citeFact(nearby, context)}.` : `报道提到的相关内容:${factClause(nearby, context.aliases, lang)}${citeFact(nearby, context)}${STOP.zh}`);
  }
  return { refused: true, sentences };
}
