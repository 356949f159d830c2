/** @module Turns chosen facts into cited sentences: one value, several values, or reports that disagree. */
import { splitSentences, type Fact, figureIndex } from '../../core/index.js';
import { countedFigureZh, factClause, figure, periodPhrase, sourceName, STOP } from '../phrases.js';
import type { PlannerContext } from './planner-context.js';
import type { ValueGroup } from './select-facts.js';

export function citeFact(fact: Fact, context: PlannerContext): string {
  context.amounts.push(fact);
  // A table's "(1,577)" is stated as "$1,577 million" and said to be negative: its magnitude is grounded too.
  if (fact.table && fact.value.startsWith('-')) context.amounts.push({ value: fact.value.slice(1), unit: fact.unit, currency: fact.currency });
  return `[${context.book.cite(fact.paragraphId, fact.quote)}]`;
}

/** A figure a report passes on only as market talk, said as such, with the sentence that reports the denial cited too. */
export function marketTalk(fact: Fact, context: PlannerContext): string {
  const { lang, aliases } = context;
  // The talk in the report's own words when its sentence quotes it ("the news that \"Alibaba plans to invest $1 billion
  // in DeepSeek to acquire a 10% stake\" spread"): every figure of it, not only this fact's.
  // In Chinese an English quote after a colon reads as a pasted quote, not a sentence: there each of the talk's figures
  // is said in words instead.
  const quoted = [...fact.quote.matchAll(/["“]([^"“”]{12,200})["”]/g)].map((found) => found[1]!).find((span) => span.includes(fact.text));
  const together = context.index.snapshot.facts.filter((other) => other.disputed && other.quote === fact.quote && other.paragraphId === fact.paragraphId);
  const clause = quoted && (lang === 'en' || /\p{Script=Han}/u.test(quoted)) ? `“${quoted}”`
    : (together.length ? together : [fact]).map((other) => factClause(other, aliases, lang)).join(lang === 'en' ? '; ' : ';');
  for (const other of together) if (other !== fact) citeFact(other, context);
  const paragraph = context.paragraphs.get(fact.paragraphId)!;
  const denial = splitSentences(paragraph.text).find((sentence) => sentence.text !== fact.quote && /\bdenied\b|否认|辟谣/i.test(sentence.text));
  const markers = `${citeFact(fact, context)}${denial ? `[${context.book.cite(paragraph.id, denial.text)}]` : ''}`;
  return lang === 'en'
    ? `The reports mention this only as market talk that was later denied: ${clause} ${markers}${STOP.en}`
    : `报道仅将此作为市场传闻提及,且随后已被否认:${clause}${markers}${STOP.zh}`;
}

/** "over 53,000 Nvidia and 90,000 domestic AI chips": figures stated together, quoted as the report words them. */
function togetherSpan(facts: Fact[]): string | undefined {
  const quote = facts[0]!.quote;
  if (!facts.every((fact) => fact.quote === quote)) return undefined;
  // The span is said with the first figure's period: "194,320 …, down from 219,260" (end of 2024, end of 2023) is two periods, not one.
  const { from, to } = facts[0]!.period;
  if (!facts.every((fact) => fact.period.from === from && fact.period.to === to)) return undefined;
  const starts = facts.map((fact) => figureIndex(quote, fact.text)).filter((index) => index >= 0);
  if (starts.length !== facts.length) return undefined;
  const first = Math.min(...starts);
  const last = facts.reduce((end, fact) => Math.max(end, figureIndex(quote, fact.text) + fact.text.length), 0);
  const tail = quote.slice(last).match(/^[^,;.()]{0,40}?(?=\s+(?:by|in|for|from|to|at|on|as|over|since|and|which|that)\b|[,;.()]|$)/)?.[0] ?? '';
  return quote.slice(first, last) + tail;
}

export function stateGroups(best: ValueGroup, together: ValueGroup[], conflicting: ValueGroup[], context: PlannerContext): string[] {
  const { lang, aliases } = context;
  const lead = best.facts[0]!.fact;
  const sentences: string[] = [];
  if (lead.disputed) {
    sentences.push(marketTalk(lead, context));
    return sentences;
  }
  if (conflicting.length) {
    const all = [best, ...conflicting].map((group) => group.facts[0]!.fact).sort((a, b) => (b.asOf ?? '').localeCompare(a.asOf ?? ''));
    const [newest, ...older] = all;
    const source = (fact: Fact) => sourceName(context.documents.get(fact.docId), lang);
    if (lang === 'en') {
      sentences.push(`The reports differ. ${factClause(newest!, aliases, lang)}, according to ${source(newest!)} ${citeFact(newest!, context)}; ${older.map((fact) => `${source(fact)} gives ${figure(fact, lang)} ${citeFact(fact, context)}`).join('; ')}.`);
    } else {
      sentences.push(`各报道说法不一。据${source(newest!)},${factClause(newest!, aliases, lang)}${citeFact(newest!, context)};${older.map((fact) => `${source(fact)}则称为${figure(fact, lang)}${citeFact(fact, context)}`).join(';')}${STOP.zh}`);
    }
    return sentences;
  }
  const span = together.length && lang === 'en' ? togetherSpan([lead, ...together.map((group) => group.facts[0]!.fact)]) : undefined;
  if (span) {
    // The figures as the report words them, in the clause's own sentence ("Alibaba had over 53,000 … chips").
    sentences.push(`${factClause(lead, aliases, lang, span)} ${citeFact(lead, context)}.`);
    for (const group of together) citeFact(group.facts[0]!.fact, context);
  } else {
    // Other figures the same passage gives for the same thing ("surged to HK$2.30 trillion … current HK$2.6173 trillion").
    // A figure for another period says which ("219,260 in 2023"): without it, it reads as the lead's period.
    const ownPeriod = (fact: Fact) => (fact.period.from && (fact.period.from !== lead.period.from || fact.period.to !== lead.period.to) ? periodPhrase(fact.period, lang) : '');
    // In Chinese the period comes first ("2023年的21.926万"): after the figure it runs into it ("21.926万2023年").
    const said = (fact: Fact) => (lang === 'zh' ? `${ownPeriod(fact) ? `${ownPeriod(fact)}的` : ''}${countedFigureZh(fact)}` : `${figure(fact, lang)}${ownPeriod(fact)}`);
    const also = together.map((group) => `${said(group.facts[0]!.fact)} ${citeFact(group.facts[0]!.fact, context)}`.trim());
    const main = `${factClause(lead, aliases, lang)} ${citeFact(lead, context)}`;
    sentences.push(also.length
      ? (lang === 'en' ? `${main}; the same passage also gives ${also.join(' and ')}.` : `${main};同一段落还给出了${also.join('和')}。`)
      : `${main}${STOP[lang]}`);
  }
  const agreeing = best.facts.slice(1).filter((entry) => entry.fact.docId !== lead.docId);
  const sources = [...new Map(agreeing.map((entry) => [entry.fact.docId, entry.fact])).values()].slice(0, 2);
  if (sources.length) {
    const markers = sources.map((fact) => citeFact(fact, context)).join('');
    sentences.push(lang === 'en'
      ? `${sources.map((fact) => sourceName(context.documents.get(fact.docId), lang)).join(' and ')} report${sources.length === 1 ? 's' : ''} the same figure ${markers}.`
      : `${sources.map((fact) => sourceName(context.documents.get(fact.docId), lang)).join('和')}的报道给出了相同数字${markers}。`);
  }
  return sentences;
}
