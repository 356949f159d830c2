/**
 * @module Candidates read from sentences: a person in the role asked about, a date, an explanation of
 * two to four sentences (maximal marginal relevance), and the single best sentence quoted.
 */
import { chineseDate, entityName, sourceName } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import { dateStatement, personStatement } from './declarative.js';
import type { PlannerContext } from './planner-context.js';
import { relevance, type PooledSentence, type SentencePool } from './sentence-pool.js';
import { datesInSentence, peopleInSentence, proximity } from './typed-spans.js';

export interface TextCandidate {
  sentences: string[];
  /** How strongly the span fits (role given plainly, date next to the question's words …), 0–1. */
  strength: number;
}

function cite(context: PlannerContext, sentence: PooledSentence): string {
  return `[${context.book.cite(sentence.paragraph.id, sentence.text)}]`;
}

/** The report's sentence as support: quoted, with its source, in the asker's language. */
export function supportingQuote(context: PlannerContext, sentence: PooledSentence): string {
  const source = sourceName(context.documents.get(sentence.paragraph.docId), context.lang);
  const Source = source.charAt(0).toUpperCase() + source.slice(1);
  return context.lang === 'en' ? `${Source}: “${sentence.text}” ${cite(context, sentence)}` : `据${source}:“${sentence.text}”${cite(context, sentence)}`;
}

/** The question's own words, as lower-case stems, for finding where a sentence talks about them. */
function questionWords(frame: QuestionFrame): string[] {
  return frame.text.toLowerCase().match(/[a-z][a-z-]{2,}|\p{Script=Han}{2,}/gu)?.filter((word) => !['who', 'whom', 'what', 'when', 'which', 'does', 'did', 'the', 'and', 'for', 'according', 'report', 'reports'].includes(word)).map((word) => word.replace(/(?:ing|ed|es|s)$/, '')) ?? [];
}

export function personCandidate(frame: QuestionFrame, pool: SentencePool, context: PlannerContext): TextCandidate | undefined {
  const words = questionWords(frame);
  let best: { sentence: PooledSentence; name: string; id?: string; score: number } | undefined;
  for (const sentence of pool.sentences) {
    // Names are read from the English text; a Chinese original is matched through the alias table only.
    for (const person of peopleInSentence(sentence.text, context.aliases)) {
      if (person.id && frame.people.includes(person.id)) continue;
      if (frame.text.includes(person.name)) continue;
      const score = 0.35 * person.roleScore + 0.25 * proximity(sentence.text, person.index, words) + 0.4 * relevance(sentence);
      if (!best || score > best.score) best = { sentence, name: person.name, ...(person.id ? { id: person.id } : {}), score };
    }
  }
  if (!best) return undefined;
  const name = context.lang === 'zh' && best.id ? `${entityName(context.aliases, best.id, 'zh')}(${best.name})` : best.name;
  const marker = cite(context, best.sentence);
  const statement = personStatement(frame.text, name, context.lang);
  const lead = statement
    ? `${statement} ${marker}${context.lang === 'en' ? '.' : '。'}`
    : context.lang === 'en' ? `The reports point to ${name} ${marker}.` : `报告提到的是${name}${marker}。`;
  return { sentences: [lead, supportingQuote(context, best.sentence)], strength: best.score };
}

export function dateCandidate(frame: QuestionFrame, pool: SentencePool, context: PlannerContext): TextCandidate | undefined {
  const words = questionWords(frame);
  let best: { sentence: PooledSentence; date: string; score: number } | undefined;
  for (const sentence of pool.sentences) {
    const label = sentence.paragraph.sectionKind === 'timeline' ? sentence.paragraph.text.split('\n')[0]! : '';
    const dates = [...datesInSentence(sentence.text), ...datesInSentence(label).map((date) => ({ ...date, index: 0 }))];
    for (const date of dates) {
      const score = 0.35 * proximity(sentence.text, date.index, words) + 0.65 * relevance(sentence);
      if (!best || score > best.score) best = { sentence, date: date.text.replace(/^(?:in|since|from|by) /i, (cue) => cue.toLowerCase()), score };
    }
  }
  if (!best) return undefined;
  const marker = cite(context, best.sentence);
  if (context.lang === 'zh') best.date = chineseDate(best.date);
  const statement = dateStatement(frame.text, best.date, context.lang);
  const lead = statement
    ? `${statement} ${marker}${context.lang === 'en' ? '.' : '。'}`
    : context.lang === 'en' ? `The reports date it ${/^(?:in|on|since|from|by) /i.test(best.date) ? '' : /\d{1,2},? \d{4}$|^\w+ \d{1,2}$/.test(best.date) ? 'to ' : 'to '}${best.date} ${marker}.` : `报告给出的时间是${best.date}${marker}。`;
  return { sentences: [lead, supportingQuote(context, best.sentence)], strength: best.score };
}

/** A sentence written in Chinese (not an English one that quotes a Chinese name in brackets). */
function mostlyChinese(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]+/g)?.length ?? 0;
  return han > 0 && han >= latin;
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z0-9]{3,}|\p{Script=Han}/gu) ?? []);
}

function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

/** Two to four relevant, non-redundant sentences (MMR, λ = 0.7), most relevant first. */
export function explanationCandidate(frame: QuestionFrame, pool: SentencePool, context: PlannerContext): TextCandidate | undefined {
  const ranked = pool.sentences.map((sentence) => ({ sentence, relevance: relevance(sentence), words: words(sentence.text) }))
    .filter((entry) => entry.relevance >= 0.25 && /[a-z]{3,}.*\s.*[a-z]{3,}|\p{Script=Han}{8,}/u.test(entry.sentence.text))
    .sort((a, b) => b.relevance - a.relevance);
  const chosen: typeof ranked = [];
  while (chosen.length < 3 && ranked.length) {
    let bestIndex = -1;
    let bestScore = -Infinity;
    ranked.forEach((entry, i) => {
      const redundancy = Math.max(0, ...chosen.map((picked) => similarity(entry.words, picked.words)));
      const score = 0.7 * entry.relevance - 0.3 * redundancy;
      if (redundancy < 0.6 && score > bestScore) { bestScore = score; bestIndex = i; }
    });
    if (bestIndex < 0 || (chosen.length >= 2 && ranked[bestIndex]!.relevance < 0.6 * chosen[0]!.relevance)) break;
    chosen.push(ranked.splice(bestIndex, 1)[0]!);
  }
  if (chosen.length < 2) return undefined;
  const sentences = chosen.map(({ sentence }) => {
    const marker = cite(context, sentence);
    if (context.lang === 'zh' && !mostlyChinese(sentence.text)) return `${sourceName(context.documents.get(sentence.paragraph.docId), 'zh')}写道:“${sentence.text}”${marker}`;
    return `${sentence.text.replace(/[.。!！]?$/, '')} ${marker}${context.lang === 'en' ? '.' : '。'}`;
  });
  const strength = chosen.reduce((sum, entry) => sum + entry.relevance, 0) / chosen.length;
  return { sentences, strength };
}

/** The single best sentence, quoted with its source. */
export function sentenceCandidate(pool: SentencePool, context: PlannerContext): TextCandidate | undefined {
  const best = [...pool.sentences].sort((a, b) => relevance(b) - relevance(a))[0];
  if (!best) return undefined;
  return { sentences: [supportingQuote(context, best)], strength: relevance(best) };
}
