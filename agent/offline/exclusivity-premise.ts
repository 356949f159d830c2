/**
 * @module A premise that a company deals with one partner only ("Why did MiniMax decide to run only on Tencent
 * Cloud?", "为什么百川智能只用阿里云?", "Why did Amazon become Anthropic's sole cloud provider?") when a report
 * sentence about the same companies names another partner alongside ("has not only upgraded … through Tencent
 * Cloud … but has also previously collaborated with Volcano Engine") or says the exclusivity did not happen
 * ("neither Google nor Amazon can become Anthropic's sole cloud provider"). A sentence that states the exclusivity
 * ("Microsoft serves as its exclusive cloud provider") is no conflict, and nothing is corrected.
 */
import { entityName, sourceName } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import { multiWordNames, premiseOf } from './declarative.js';
import type { PlannerContext } from './planner-context.js';
import type { PooledSentence, SentencePool } from './sentence-pool.js';
import { asClause, inSentence } from './text-candidates.js';
import { kinOf } from './company-kin.js';

/** Words by which a question says a company deals with one partner only. Data: extend for new phrasings. */
const ONLY_ONE = /\b(?:only|solely|exclusively|just)\s+(?:on|with|uses?|used|using|runs?|ran|relies|relied|rely|partners?|partnered|works?|worked|chose|choose|picked|backed by)\b|\b(?:run|runs|ran|rely|relies|relied|depend|depends|depended|work|works|worked|partner|partnered|use|uses|used)\s+(?:only|solely|exclusively)\b|\bexclusive(?:ly)?\s+(?:partner\w*|provider|supplier|deal|tie|ties|agreement|cloud|investor|backer|relationship)\b|\b(?:sole|single|only|one and only)\s+(?:cloud|provider|partner|supplier|investor|backer|shareholder)s?\b|只(?:用|在|跟|和|与|选|靠|依靠|使用|依赖|绑定)|仅(?:用|在|跟|和|与|使用|依赖)|独家|唯一(?:的)?(?:云|供应商|合作|伙伴|投资|股东)|只有一家|单一(?:云|供应商|合作)/i;

/**
 * Words that bring in a further partner: "not only … but also", "also", "both", "同时", "也". The further partner is
 * named after them ("but has also … collaborated with Volcano Engine", "both Alibaba and Tencent are shareholders"):
 * "Microsoft and Amazon supported OpenAI and Anthropic, respectively; both companies …" names none after its "both".
 */
// ("alongside Zhipu AI, MiniMax, Baichuan …" lists peers of the company, not its partners: not one of these words.)
const ALONGSIDE = /\b(?:also|as well as|not only|both|in addition to|multi-vendor)\b|同时|也|还|不仅|都/gi;
/** How far after the word the further partner may be named (characters): "but has also previously collaborated with Volcano Engine". */
const ALONGSIDE_REACH = 60;

/** Exclusivity said not to hold: a negation shortly before an exclusivity word ("neither … can become … sole"). */
const NOT_EXCLUSIVE = /\b(?:neither|nor|not|no|never|few|cannot|can't|don't|doesn't|won't)\b[^.;]{0,60}\b(?:exclusive\w*|sole|single)\b|(?:不|没有|并非|无法|未)[^。；;]{0,20}(?:独家|唯一|单一)/i;

/** Whether the question says one of its companies deals with one partner only. */
export function claimsExclusive(text: string): boolean {
  return ONLY_ONE.test(text);
}

/** The companies a sentence names that are none of the asked ones (nor their parents or parts). */
function otherCompanies(sentence: string, asked: string[], context: PlannerContext): string[] {
  const isAsked = kinOf(asked, context.aliases);
  return context.aliases.find(sentence).map((mention) => mention.id)
    .filter((id, at, all) => all.indexOf(id) === at && context.aliases.get(id)?.kind === 'company' && !isAsked(id));
}

interface Contradiction {
  sentence: PooledSentence;
  /** The further partner the sentence names, when that is how it contradicts. */
  other?: string;
}

/**
 * The pool sentence about every asked company that denies the exclusivity, or else names a further partner alongside;
 * of several, the one whose further partner stands closest after the word that brings it in.
 */
function contradiction(asked: string[], pool: SentencePool, context: PlannerContext): Contradiction | undefined {
  let best: (Contradiction & { distance: number }) | undefined;
  for (const sentence of pool.sentences) {
    const named = context.aliases.ids(sentence.text);
    if (!asked.every((id) => named.includes(id))) continue;
    if (NOT_EXCLUSIVE.test(sentence.text)) return { sentence };
    const others = otherCompanies(sentence.text, asked, context);
    const markers = [...sentence.text.matchAll(ALONGSIDE)].map((found) => found.index + found[0].length);
    for (const mention of context.aliases.find(sentence.text)) {
      if (!others.includes(mention.id)) continue;
      const distances = markers.filter((at) => mention.index >= at).map((at) => mention.index - at).filter((distance) => distance <= ALONGSIDE_REACH);
      if (!distances.length) continue;
      const distance = Math.min(...distances);
      if (!best || distance < best.distance) best = { sentence, other: mention.id, distance };
    }
  }
  return best;
}

export function exclusivityPremise(frame: QuestionFrame, pool: SentencePool, context: PlannerContext): string | undefined {
  if (!claimsExclusive(frame.text)) return undefined;
  const asked = frame.entities.filter((id) => context.aliases.get(id)?.kind === 'company');
  // Both sides of the tie must be named: "Why does MiniMax only use one cloud?" names no partner to check.
  const distinct = asked.filter((id) => !asked.some((other) => other !== id && context.aliases.get(other)?.parent === id));
  if (distinct.length < 2) return undefined;
  const found = contradiction(distinct, pool, context);
  if (!found) return undefined;
  const { sentence, other } = found;
  const premise = premiseOf(frame.text, context.lang, multiWordNames(frame.text, context.aliases));
  const marker = `[${context.book.cite(sentence.paragraph.id, sentence.text)}]`;
  const clause = asClause(sentence.text);
  if (context.lang === 'en') return `The reports don't support ${premise ? `the premise that ${premise}` : 'the premise of one partner only'}: ${inSentence(clause, context)} ${marker}.`;
  const said = premise ? `“${premise}”这一说法` : '“只有一家”的说法';
  const alongside = other ? `,报道中还有${entityName(context.aliases, other, 'zh')}` : '';
  return /\p{Script=Han}/u.test(sentence.text)
    ? `报告并不支持${said}${alongside}:${clause}${marker}。`
    : `报告并不支持${said}${alongside}:据${sourceName(context.documents.get(sentence.paragraph.docId), 'zh')}:“${sentence.text}”${marker}`;
}
