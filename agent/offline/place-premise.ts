/**
 * @module A question that places its event somewhere ("Why did Google pick Germany for its £5 billion AI push?")
 * when the reports place that same act elsewhere ("Google will invest £5 billion in the UK"): the premise's place
 * is corrected from the clause that tells the act, about the same subject, with the same figure when the question
 * states one (else most of its words). A clause that names the question's place too contradicts nothing.
 */
import { parseQuantities, sameAmount } from '../../core/index.js';
import { sourceName } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import { multiWordNames, premiseOf } from './declarative.js';
import { coverage, questionTerms } from './evidence.js';
import type { PlannerContext } from './planner-context.js';
import { relevance, type PooledSentence, type SentencePool } from './sentence-pool.js';
import { asClause, inSentence } from './text-candidates.js';

/** Places a premise may get wrong, each with the names it goes by in English and Chinese. Data: extend per collection. */
const PLACES: { id: string; en: string; zh: string; names: RegExp; within?: string }[] = [
  { id: 'uk', en: 'the UK', zh: '英国', within: 'europe', names: /\b(?:UK\b|U\.K\.(?!\w)|United Kingdom\b|Britain\b|Great Britain\b|England\b)|英国/ },
  { id: 'us', en: 'the US', zh: '美国', names: /\b(?:US\b|U\.S\.(?!\w)|USA\b|United States\b|America\b(?!n))|美国/ },
  { id: 'germany', en: 'Germany', zh: '德国', within: 'europe', names: /\bGermany\b|德国/ },
  { id: 'france', en: 'France', zh: '法国', within: 'europe', names: /\bFrance\b|法国/ },
  { id: 'japan', en: 'Japan', zh: '日本', names: /\bJapan\b|日本/ },
  { id: 'india', en: 'India', zh: '印度', names: /\bIndia\b|印度/ },
  { id: 'singapore', en: 'Singapore', zh: '新加坡', names: /\bSingapore\b|新加坡/ },
  { id: 'europe', en: 'Europe', zh: '欧洲', names: /\bEurope\b|欧洲/ },
  { id: 'china', en: 'China', zh: '中国', names: /\bChina\b|中国/ },
  { id: 'hong-kong', within: 'china', en: 'Hong Kong', zh: '香港', names: /\bHong Kong\b|香港/ },
  { id: 'shanghai', within: 'china', en: 'Shanghai', zh: '上海', names: /\bShanghai\b|上海/ },
  { id: 'beijing', within: 'china', en: 'Beijing', zh: '北京', names: /\bBeijing\b|北京/ },
  { id: 'hangzhou', within: 'china', en: 'Hangzhou', zh: '杭州', names: /\bHangzhou\b|杭州/ },
  { id: 'shenzhen', within: 'china', en: 'Shenzhen', zh: '深圳', names: /\bShenzhen\b|深圳/ },
  { id: 'chongqing', within: 'china', en: 'Chongqing', zh: '重庆', names: /\bChongqing\b|重庆/ },
  { id: 'songjiang', within: 'shanghai', en: 'Songjiang', zh: '松江', names: /\bSongjiang\b|松江/ },
  { id: 'hainan', within: 'china', en: 'Hainan', zh: '海南', names: /\bHainan\b|海南/ },
];

export function placesIn(text: string): typeof PLACES {
  return PLACES.filter((place) => place.names.test(text));
}

/** How many places a place lies within (Songjiang 2, Shanghai 1, China 0). */
function depth(id: string): number {
  const within = PLACES.find((entry) => entry.id === id)?.within;
  return within ? 1 + depth(within) : 0;
}

/** Whether one place lies in the other (Songjiang in Shanghai in China): then neither contradicts the other. */
function nested(a: string, b: string): boolean {
  const chain = (id: string): string[] => {
    const place = PLACES.find((entry) => entry.id === id);
    return place?.within ? [id, ...chain(place.within)] : [id];
  };
  return chain(a).includes(b) || chain(b).includes(a);
}

/** Of the event's words, the share a clause must name when the question states no figure to match. */
const EVENT_COVERAGE = 0.5;

/**
 * The correction when the reports place the premise's act elsewhere; undefined when the premise names no place or
 * several, or when no clause about the subject tells the act in another place only.
 */
export function placePremise(frame: QuestionFrame, pool: SentencePool, context: PlannerContext, about: (sentence: PooledSentence) => boolean): string | undefined {
  const premise = premiseOf(frame.text, context.lang, multiWordNames(frame.text, context.aliases));
  if (!premise || !frame.entities.length) return undefined;
  const stated = placesIn(premise);
  if (stated.length !== 1) return undefined;
  const [place] = stated;
  const figures = parseQuantities(premise).filter((quantity) => quantity.unit === 'currency' || (quantity.unit === 'count' && quantity.scale !== null));
  const event = figures.length ? undefined : questionTerms(context.index, premise.replace(place!.names, ' '), frame.unknownNames).relation;
  for (const sentence of [...pool.sentences].sort((a, b) => relevance(b) - relevance(a))) {
    if (!about(sentence)) continue;
    // "Microsoft will invest $80 billion …; Google will invest £5 billion in the UK …": the clause of the asked company.
    for (const clause of sentence.text.split(/\s*[;；]\s*/)) {
      if (!context.aliases.ids(clause).some((id) => frame.entities.includes(id))) continue;
      const named = placesIn(clause);
      // "Songjiang" contradicts "Beijing"; "China's largest" does not (Beijing is in China).
      const elsewhere = named.filter((other) => !nested(other.id, place!.id));
      if (!elsewhere.length || named.some((other) => other.id === place!.id)) continue;
      const sameAct = figures.length
        ? figures.every((figure) => parseQuantities(clause).some((quantity) => quantity.unit === figure.unit && sameAmount(quantity, figure, 0.01)))
        : coverage(context.index, event!, clause) >= EVENT_COVERAGE;
      if (!sameAct) continue;
      const marker = `[${context.book.cite(sentence.paragraph.id, sentence.text)}]`;
      // The most specific place the clause names ("Songjiang" before "Shanghai" or "China").
      const specific = [...elsewhere].sort((x, y) => depth(y.id) - depth(x.id))[0]!;
      if (context.lang === 'en') return `The place in the question is not the reports': they put this in ${specific.en} ${marker}: ${inSentence(asClause(clause), context)}.`;
      return `问题中的地点与报道不符:报道给出的是${specific.zh}${marker}。据${sourceName(context.documents.get(sentence.paragraph.docId), 'zh')}:“${sentence.text}”${marker}`;
    }
  }
  return undefined;
}
