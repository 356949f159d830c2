/** @module Questions the reports answer only through arithmetic: each operand is a cited fact, each step shown. */
import type { Fact, Metric, Period } from '../../core/index.js';
import { computed, entityName, figure } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import { bestFor, premiseCorrection } from './plan-figure.js';
import type { Plan, PlannerContext } from './planner-context.js';
import { describeRate, runCalculation } from './run-calculation.js';
import { citeFact } from './state-facts.js';

const WORD_YEARS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, ten: 10, '两': 2, '二': 2, '三': 3, '四': 4, '五': 5 };

/** The best undisputed fact for these metrics: for the given entity, or else for each entity the question names. */
function best(frame: QuestionFrame, context: PlannerContext, metrics: Metric[], entity?: string, period?: Period): Fact | undefined {
  const entities = entity ? [entity] : frame.entities.length ? frame.entities : [undefined];
  for (const candidate of entities) {
    for (const metric of metrics) {
      const found = bestFor(frame, candidate, metric, period, context);
      const fact = found?.best.facts.find((entry) => !entry.fact.disputed)?.fact;
      if (fact) return fact;
    }
  }
  return undefined;
}

function moneyMetrics(frame: QuestionFrame): Metric[] {
  const named = frame.metrics.filter((metric) => !['growth_rate', 'stake', 'deal_share', 'market_share', 'revenue_share', 'cost_reduction'].includes(metric));
  return named.length ? named : ['investment_plan', 'investment', 'capex', 'orders', 'funding'];
}

function yearsIn(frame: QuestionFrame, fact: Fact): number | undefined {
  const written = frame.text.match(/\b(\d+|two|three|four|five|ten)[- ]years?\b|([两二三四五])年/i);
  if (written) return Number(written[1]) || WORD_YEARS[(written[1] ?? written[2] ?? '').toLowerCase()];
  if (fact.period.from && fact.period.to) return Number(fact.period.to.slice(0, 4)) - Number(fact.period.from.slice(0, 4)) + 1;
  const inQuote = fact.quote.match(/\b(two|three|four|five|\d+) years\b/i);
  return inQuote ? Number(inQuote[1]) || WORD_YEARS[inQuote[1]!.toLowerCase()] : undefined;
}

/** The fact in the same sentence as `anchor` with this metric, if the report states them together. */
function sameSentence(anchor: Fact, context: PlannerContext, test: (fact: Fact) => boolean): Fact | undefined {
  return context.index.snapshot.facts.find((fact) => fact !== anchor && fact.paragraphId === anchor.paragraphId && fact.quote === anchor.quote && test(fact));
}

function say(context: PlannerContext, en: string, zh: string): string {
  return context.lang === 'en' ? en : zh;
}

export const planCalculation: Plan = async (frame, context) => {
  const lang = context.lang;
  const shown = (value: string, unit: 'currency' | 'percent' | 'count' | 'number', currency: Fact['currency']) => computed(value, unit, currency, lang);
  const resultText = (kind: string, value: string, currency: Fact['currency']) => shown(value, kind === 'percent' ? 'percent' : kind === 'amount' ? (currency ? 'currency' : 'count') : 'number', currency);
  const sentences: string[] = [];

  switch (frame.operation) {
    case 'per_year': {
      const total = best(frame, context, moneyMetrics(frame));
      const years = total && yearsIn(frame, total);
      if (!total || !years) return undefined;
      const correction = premiseCorrection(frame, [{ entity: total.entity ?? undefined, metric: total.metric, group: { facts: [{ fact: total, score: 1 }], score: 1 } }], context);
      const { result, markers } = runCalculation(context, 'per_year(total, years)', { total: total.id, years });
      const value = resultText(result.result.kind, result.result.value, result.result.currency);
      if (correction) sentences.push(say(context, `${correction} They give ${figure(total, lang)} ${markers}.`, `${correction}报道给出的是${figure(total, lang)}${markers}。`));
      sentences.push(say(context, `About ${value} a year ${markers}: ${figure(total, lang)} over ${years} years, ${figure(total, lang)} ÷ ${years} ≈ ${value}.`, `平均每年约${value}${markers}:${figure(total, lang)} ÷ ${years}年 ≈ ${value}。`));
      return { sentences };
    }
    case 'prior': {
      const growth = best(frame, context, ['growth_rate'], undefined, frame.periods.find((period) => period.from && frame.periods.indexOf(period) === 0));
      const current = growth && sameSentence(growth, context, (fact) => fact.unit === 'currency' || fact.unit === 'count');
      if (!growth || !current) return undefined;
      // "Given that it fell 50%…": the question's own growth figure is checked against the report's.
      const correction = premiseCorrection(frame, [{ entity: growth.entity ?? undefined, metric: growth.metric, group: { facts: [{ fact: growth, score: 1 }], score: 1 } }], context);
      if (correction) sentences.push(say(context, `${correction} The report gives growth of ${figure(growth, lang)} ${citeFact(growth, context)}.`, `${correction}报道给出的增幅是${figure(growth, lang)}${citeFact(growth, context)}。`));
      const { result, markers } = runCalculation(context, 'prior_from_growth(current, growth)', { current: current.id, growth: growth.id });
      const value = resultText(result.result.kind, result.result.value, result.result.currency);
      sentences.push(say(context,
        `About ${value} ${markers}. ${figure(current, lang)} after growth of ${figure(growth, lang)} implies ${figure(current, lang)} ÷ (1 + ${figure(growth, lang)}) ≈ ${value} a year earlier.`,
        `约${value}${markers}。${figure(current, lang)}同比增长${figure(growth, lang)},推算一年前为 ${figure(current, lang)} ÷ (1 + ${figure(growth, lang)}) ≈ ${value}。`));
      return { sentences };
    }
    case 'difference':
    case 'change':
    case 'total': {
      const resolved = frame.periods.filter((period) => period.from);
      const pairs: [Fact | undefined, Fact | undefined] = resolved.length >= 2
        ? [best(frame, context, frame.metrics.length ? frame.metrics : moneyMetrics(frame), undefined, resolved[0]), best(frame, context, frame.metrics.length ? frame.metrics : moneyMetrics(frame), undefined, resolved[1])]
        : [best(frame, context, frame.metrics.length ? frame.metrics : moneyMetrics(frame), frame.entities[0]), best(frame, context, frame.metrics.length ? frame.metrics : moneyMetrics(frame), frame.entities[1])];
      const [a, b] = pairs;
      if (!a || !b || a.id === b.id) return undefined;
      const expression = frame.operation === 'total' ? 'a + b' : frame.operation === 'change' ? 'pct_change(a, b)' : Number(a.value) >= Number(b.value) ? 'a - b' : 'b - a';
      // Different currencies meet in the one the user asked for, else the first figure's.
      const mixed = a.currency && b.currency && a.currency !== b.currency;
      const target = frame.targetCurrency ?? a.currency;
      const converted = mixed ? expression.replace(/\b([ab])\b/g, (name) => {
        const fact = name === 'a' ? a : b;
        return fact.currency === target ? name : `convert(${name}, ${fact.currency}, ${target})`;
      }) : expression;
      const { result, markers } = runCalculation(context, converted, { a: a.id, b: b.id });
      const value = resultText(result.result.kind, result.result.value, result.result.currency);
      const symbol = expression.includes('+') ? '+' : '−';
      const [first, second] = expression === 'b - a' ? [b, a] : [a, b];
      const rate = result.rates[0];
      const conversion = rate ? say(context, ` (${describeRate(rate, context)})`, `(${describeRate(rate, context)})`) : '';
      // A fall is said as a fall of a positive percentage ("下降32.75%"), which is how people read it.
      const falling = frame.operation === 'change' && value.trim().startsWith('-');
      const magnitude = falling ? value.trim().slice(1) : value;
      if (falling) context.amounts.push({ value: String(Math.abs(Number(result.result.value))), unit: 'percent', currency: null });
      sentences.push(frame.operation === 'change'
        ? say(context, `${falling ? 'A fall' : 'A change'} of ${magnitude} ${markers}: from ${figure(a, lang)} to ${figure(b, lang)}.`, `${falling ? '下降' : '变化'}${magnitude}${markers}:从${figure(a, lang)}到${figure(b, lang)}。`)
        : say(context, `${value} ${markers}: ${figure(first, lang)} ${symbol} ${figure(second, lang)} = ${value}${conversion}.`, `${value}${markers}:${figure(first, lang)} ${symbol} ${figure(second, lang)} = ${value}${conversion}。`));
      const stated = context.index.snapshot.facts.find((fact) => fact.paragraphId === a.paragraphId && fact !== a && fact !== b && fact.metric === a.metric && fact.qualifier && Math.abs(Number(fact.value) - Number(result.result.value)) / Number(result.result.value) < 0.05);
      if (stated) sentences.push(say(context, `The report itself rounds this to ${figure(stated, lang)} ${citeFact(stated, context)}.`, `报道本身的说法是${figure(stated, lang)}${citeFact(stated, context)}。`));
      return { sentences };
    }
    case 'valuation': {
      const stake = best(frame, context, ['stake']);
      const paid = stake && sameSentence(stake, context, (fact) => fact.unit === 'currency');
      if (!stake || !paid) return undefined;
      const { result, markers } = runCalculation(context, 'paid / stake', { paid: paid.id, stake: stake.id });
      const value = resultText(result.result.kind, result.result.value, result.result.currency);
      const target = entityName(context.aliases, stake.counterparty, lang, lang === 'en' ? 'the company' : '该公司');
      sentences.push(say(context, `About ${value} for ${target} ${markers}: ${figure(paid, lang)} for a ${figure(stake, lang)} stake implies ${figure(paid, lang)} ÷ ${figure(stake, lang)} ≈ ${value}.`,
        `${target}的隐含估值约${value}${markers}:以${figure(paid, lang)}获得${figure(stake, lang)}股份,即 ${figure(paid, lang)} ÷ ${figure(stake, lang)} ≈ ${value}。`));
      return { sentences };
    }
    case 'unit_price': {
      const amount = best(frame, context, ['orders', 'investment', 'capex']);
      const count = amount && sameSentence(amount, context, (fact) => fact.unit === 'count' || fact.unit === 'number');
      if (!amount || !count) return undefined;
      const { result, markers } = runCalculation(context, 'amount / units', { amount: amount.id, units: count.id });
      const value = resultText(result.result.kind, result.result.value, result.result.currency);
      sentences.push(say(context, `About ${value} each ${markers}: ${figure(amount, lang)} ÷ ${figure(count, lang)} ≈ ${value}.`, `每个约${value}${markers}:${figure(amount, lang)} ÷ ${figure(count, lang)} ≈ ${value}。`));
      return { sentences };
    }
    case 'convert': {
      const amount = best(frame, context, moneyMetrics(frame));
      const target = frame.targetCurrency;
      if (!amount?.currency || !target || amount.currency === target) return undefined;
      const { result, markers } = runCalculation(context, `convert(amount, ${amount.currency}, ${target})`, { amount: amount.id });
      const value = resultText(result.result.kind, result.result.value, result.result.currency);
      const rate = describeRate(result.rates[0]!, context);
      sentences.push(say(context, `About ${value} ${markers}: ${figure(amount, lang)} converted ${rate}.`, `约${value}${markers}:${figure(amount, lang)}${rate}换算。`));
      return { sentences };
    }
    default:
      return undefined;
  }
};
