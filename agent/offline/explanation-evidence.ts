/**
 * @module Whether the reports answer an open question (why / how / what risk / what strategy / what
 * changed / summarise / compare), decided from the sentences themselves: a sentence that is about the
 * question's subject, speaks to the aspect asked (a reason, a risk …) and shares enough of its words is
 * evidence. Evidence in the lead makes a direct answer; evidence elsewhere only, a hedged one; none, a refusal.
 */
import { escapeRegExp, type Paragraph } from '../../core/index.js';
import type { AliasTable } from '../../index/index.js';
import type { PooledSentence, SentencePool } from './sentence-pool.js';

export type ExplanationForm = 'direct' | 'hedged' | 'refused';

/**
 * The share of the question's words a sentence must cover to speak to it: with the aspect's own words
 * in the sentence, less is needed than for a summary, where only the words tie it to the question.
 */
const MIN_COVERAGE = { worded: 0.2, unworded: 0.35 };
/** A lead sentence covering this much of the question, on its subject and aspect, is answered plainly. */
const DIRECT_COVERAGE = { worded: 0.25, unworded: 0.4 };

/**
 * About the subject: every company asked named in the sentence or at least its paragraph; any sentence when
 * none is asked. A comparison's sides are told apart, so there one company's sentence is about the question too.
 */
function onSubject(sentence: PooledSentence, pool: SentencePool): boolean {
  if (!pool.terms.entities.length) return true;
  // Another company's act with the asked one as its object ("Alibaba faces competition from … Baidu Cloud") is not about the asked one.
  return sentence.subject >= 0.5 && (comparing(pool) || (sentence.everySubject && !sentence.askedAsObject));
}

/** Speaks to the aspect: says it in the aspect's words, or nothing narrower was asked (a summary). */
function onAspect(sentence: PooledSentence): boolean {
  return sentence.aspect >= 0.5;
}

const worded = (sentence: PooledSentence) => (sentence.aspect === 1 ? 'worded' : 'unworded');

/** A sentence that is evidence for an answer to the open question: on its subject, on its aspect, on its words. */
export function speaksTo(sentence: PooledSentence, pool: SentencePool): boolean {
  // A comparison is about its two subjects and how they differ: "while" between them is the evidence, whatever else it shares.
  const onTopic = sentence.topic >= MIN_COVERAGE[worded(sentence)] || (comparing(pool) && sentence.aspect === 1 && pool.terms.entities.length > 1);
  return onSubject(sentence, pool) && onAspect(sentence) && onTopic;
}

/** A comparison, or a question asked of each company in turn: one company's sentence is about it. */
const comparing = (pool: SentencePool) => pool.eachOf || pool.aspects.some((aspect) => aspect.id === 'difference');

/**
 * Strong enough to state plainly: evidence whose subject is named in the sentence itself (not only
 * around it) and which covers the question's words well.
 */
export function answersDirectly(sentence: PooledSentence, pool: SentencePool): boolean {
  const named = namesSubject(sentence, pool);
  return speaksTo(sentence, pool) && named && sentence.topic >= DIRECT_COVERAGE[worded(sentence)] && closeToBest(sentence, pool);
}


/**
 * As close to the question as the closest sentence on its subject, or told in the same paragraph as that
 * sentence: "Microsoft serves as OpenAI's cloud … OpenAI grants Microsoft priority access. This arrangement
 * stems largely from …": the fact restated is closest in words, and its reason follows it.
 */
function closeToBest(sentence: PooledSentence, pool: SentencePool): boolean {
  const best = closestOnSubject(pool.sentences, pool);
  // (An example's own words count in full here: its discount orders evidence, it does not make evidence farther from the question.)
  return !best || sentence.topic >= CLOSE_TO_BEST * closeness(best) || best.paragraph.id === sentence.paragraph.id;
}

/**
 * A lead stated plainly must be about as close to the question as anything the reports say about its
 * subject: a reason in general words ("… aiming to become an AI+Cloud provider") while another sentence
 * names what was asked ("robots") is a reason for something else.
 */
const CLOSE_TO_BEST = 0.7;

/** The sentence about the question's subject that shares most of its words. */
function closestOnSubject(sentences: PooledSentence[], pool: SentencePool): PooledSentence | undefined {
  let best: PooledSentence | undefined;
  for (const sentence of sentences) if (onSubject(sentence, pool) && (!best || closeness(sentence) > closeness(best))) best = sentence;
  return best;
}

/** How an explanation's opening is chosen among the evidence: closeness to the question first, then its subject and search rank. */
export function leadScore(sentence: PooledSentence): number {
  return 0.6 * closeness(sentence) + 0.25 * sentence.subject + 0.15 / (1 + sentence.rank);
}

/** How close a sentence is to the question, as an opening: its share of the question's words, an example's discounted. */
export function closeness(sentence: PooledSentence): number {
  return EXAMPLE_OPENING.test(sentence.text) ? EXAMPLE_LEAD_WEIGHT * sentence.topic : sentence.topic;
}

/**
 * Openers of an example ("For example, …", "Similarly, last September …", "例如"): an instance of the answer,
 * which reads as the answer only after the general statement it illustrates. Data: extend for new phrasings.
 */
export const EXAMPLE_OPENERS: string[] = ['for example', 'for instance', 'similarly', 'e.g.', 'as an example', 'taking', '例如', '比如', '譬如'];
const EXAMPLE_OPENING = new RegExp(`^["“]?(?:${EXAMPLE_OPENERS.map(escapeRegExp).join('|')})(?=[\\s,，])`, 'i');
/** An example leads only when no general statement is nearly as close to the question. */
const EXAMPLE_LEAD_WEIGHT = 0.8;

/**
 * The sentence an explanation opens with, among `sentences` (those it may use): the best evidence when it
 * is about as close to the question as anything on its subject; otherwise that closest sentence, which
 * a hedged answer says ("… but they say that Alibaba is investing in robot makers with different routes");
 * none when nothing is evidence (the question is refused, or left to the scored candidates).
 */
export function chooseLead(sentences: PooledSentence[], pool: SentencePool): PooledSentence | undefined {
  const evidence = sentences.filter((sentence) => speaksTo(sentence, pool)).sort((a, b) => leadScore(b) - leadScore(a))[0];
  if (!evidence || closeToBest(evidence, pool)) return evidence;
  return closestOnSubject(sentences, pool) ?? evidence;
}

/** With two companies asked, one named in the sentence and the other around it (0.75) still counts as naming. */
function namedShare(pool: SentencePool): number {
  return pool.terms.entities.length > 1 ? 0.75 : 1;
}

/** The sentence itself names what the question asks about (not only the paragraph around it); any sentence when nothing is named. */
export function namesSubject(sentence: PooledSentence, pool: SentencePool): boolean {
  if (pool.terms.entities.length === 0 || sentence.subject >= namedShare(pool)) return true;
  // "This is due to the high scarcity of AI talents …", "The goal is to achieve greater growth …": a sentence that
  // names no other company, in a paragraph about every company asked, speaks of them.
  return sentence.everySubject && sentence.subject >= 0.5 && !sentence.namesOthers;
}

/** How an explanation led by `lead` is said: plainly, hedged, or not at all when no sentence is evidence. */
export function explanationForm(lead: PooledSentence | undefined, pool: SentencePool): ExplanationForm {
  // A bare "Why?" with nothing before it names nothing to explain.
  if (!pool.terms.entities.length && !pool.topicTerms.size) return 'refused';
  if (!pool.sentences.some((sentence) => speaksTo(sentence, pool))) return 'refused';
  return lead && answersDirectly(lead, pool) ? 'direct' : 'hedged';
}

const corpusWords = new WeakMap<object, Set<string>>();

/** Every word the reports use, lower-cased (English words and runs of Chinese), built once per collection. */
function wordsOfReports(paragraphs: readonly Paragraph[]): Set<string> {
  let found = corpusWords.get(paragraphs);
  if (!found) {
    found = new Set();
    for (const paragraph of paragraphs) {
      for (const word of `${paragraph.text}\n${paragraph.original ?? ''}`.toLowerCase().match(/[a-z0-9][a-z0-9-]*/g) ?? []) found.add(word);
    }
    corpusWords.set(paragraphs, found);
  }
  return found;
}

/**
 * Names the question asks about that no report mentions ("What strategy does Xiaomi follow?"): capitalised
 * words past the first that the alias table does not know and the reports never use, and the unknown
 * names the question frame found. An open question about a company the reports never name has no answer in them.
 */
export function namesAbsentFromReports(question: string, unknownNames: string[], aliases: AliasTable, paragraphs: readonly Paragraph[], sources: readonly string[] = []): string[] {
  const words = wordsOfReports(paragraphs);
  // "…, per Caixin?": a report's own publisher is known to the collection though its articles never print their name.
  const source = (name: string) => sources.some((known) => known.toLowerCase() === name.toLowerCase());
  // A run of capitalised words is one name: "Pinduoduo Holdings" is a company the reports know, "Xiaomi Corp" one they do not.
  const absent = (name: string) => aliases.ids(name).length === 0 && !source(name) && !name.toLowerCase().split(/\s+/).some((word) => words.has(word));
  const capitalised = [...question.matchAll(/(?<=\s)[A-Z][A-Za-z0-9-]*[a-z0-9][A-Za-z0-9-]*(?:\s+[A-Z][A-Za-z0-9-]*[a-z0-9][A-Za-z0-9-]*)*/g)].map((match) => match[0]);
  const chinese = unknownNames.filter((name) => /\p{Script=Han}/u.test(name) && !source(name) && !paragraphs.some((paragraph) => `${paragraph.text}\n${paragraph.original ?? ''}`.includes(name)));
  return [...new Set([...capitalised.filter(absent), ...chinese])];
}
