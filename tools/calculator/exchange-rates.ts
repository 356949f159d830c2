/** @module Exchange rates: given in the call, implied by a report sentence, or a documented default. */
import { sameAmount, type Currency, type Fact } from '../../core/index.js';
import { Decimal } from '../../core/index.js';

export interface ExchangeRate {
  from: Currency;
  to: Currency;
  /** Units of `to` for one unit of `from`. */
  rate: string;
  source: 'call' | 'report' | 'default';
  asOf: string | null;
  /** For a rate implied by a report: the sentence that gives one amount in both currencies. */
  citation?: { factIds: string[]; paragraphId: string; quote: string };
}

/** Approximate mid-2025 reference rates, in CNY per unit. Pass a rate in the call for anything precise. */
export const DEFAULT_RATES_AS_OF = '2025-06-30';
const CNY_PER_UNIT: Record<Currency, number> = { CNY: 1, USD: 7.17, HKD: 0.913, GBP: 9.82, EUR: 8.40 };

export function defaultRate(from: Currency, to: Currency): ExchangeRate {
  const rate = new Decimal(CNY_PER_UNIT[from]).div(CNY_PER_UNIT[to]).toSignificantDigits(6).toFixed();
  return { from, to, rate, source: 'default', asOf: DEFAULT_RATES_AS_OF };
}

/** "over 380 billion yuan (~$52.5 billion)": one amount in two currencies gives a rate, with its citation. */
const impliedCache = new WeakMap<Fact[], ExchangeRate[]>();

export function impliedRates(facts: Fact[]): ExchangeRate[] {
  const cached = impliedCache.get(facts);
  if (cached) return cached;
  const rates = computeImpliedRates(facts);
  impliedCache.set(facts, rates);
  return rates;
}

function computeImpliedRates(facts: Fact[]): ExchangeRate[] {
  const rates: ExchangeRate[] = [];
  const bySentence = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (fact.unit !== 'currency' || !fact.currency) continue;
    const key = `${fact.paragraphId}|${fact.quote}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), fact]);
  }
  for (const group of bySentence.values()) {
    for (const [i, first] of group.entries()) {
      const second = group[i + 1];
      if (!second || second.currency === first.currency || second.qualifier !== 'about') continue;
      // The approximation must follow the original directly, in brackets: "X (~Y)".
      const between = first.quote.slice(first.quote.indexOf(first.text) + first.text.length, first.quote.indexOf(second.text));
      if (!/^\s*[(（]\s*$/.test(between) || sameAmount(first, second)) continue;
      rates.push({
        from: second.currency!, to: first.currency!, rate: new Decimal(first.value).div(second.value).toSignificantDigits(6).toFixed(),
        source: 'report', asOf: first.asOf, citation: { factIds: [first.id, second.id], paragraphId: first.paragraphId, quote: first.quote },
      });
    }
  }
  return rates.sort((a, b) => (b.asOf ?? '').localeCompare(a.asOf ?? ''));
}

/** The rate to use: the call's, else the newest one a report implies (either direction), else the default. */
export function pickRate(from: Currency, to: Currency, fromCall: Decimal | undefined, implied: ExchangeRate[]): ExchangeRate {
  if (fromCall) return { from, to, rate: fromCall.toFixed(), source: 'call', asOf: null };
  const direct = implied.find((rate) => rate.from === from && rate.to === to);
  if (direct) return direct;
  const inverse = implied.find((rate) => rate.from === to && rate.to === from);
  if (inverse) return { ...inverse, from, to, rate: new Decimal(1).div(inverse.rate).toSignificantDigits(6).toFixed() };
  return defaultRate(from, to);
}
