/**
 * @module Whether a report sentence expresses the relation an open question asks for — a reason, a means,
 * a risk … — beyond the aspect's own words (aspect-terms.ts): a purpose infinitive ("… paused some training
 * to prioritize DeepSeek integration", "… in three key areas to lower the barriers"), a means ("by
 * diversifying chip sources", "have enabled Alibaba Cloud to attract …") or a reason clause (", as this
 * represents the core competitive advantage"). The reports often give a reason without "because"; these
 * cues find it. Data tables, not rules for a question: extend them for a new collection.
 */
import type { Paragraph } from '../../core/index.js';
import { ANSWERED_TERMS, askedRelations, type Aspect, type AspectId } from './aspect-terms.js';

/**
 * Clause patterns that express an aspect's relation besides its words (which `ANSWERED_TERMS` lists).
 * A reason: ", as this represents …", "which is crucial given …"; a means: "by diversifying …", "X enabled Y
 * to …", "leveraging …", "helps …"; a risk or a difference the aspect's words already cover.
 */
export const RELATION_PATTERNS: Partial<Record<AspectId, RegExp[]>> = {
  reason: [/^["“]?Following\s+[^,]{8,},/, /,\s+as\s+(?:this|it|they|these|the)\b/i, /\bwhich is (?:crucial|key|vital|essential)\b/i, /\bso (?:it|they) (?:can|could)\b/i, /\bfor the sake of\b/i, /(?:是|就是)为了|以免|从而|想(?:要|抓住|借)|力求|意在|谋求|以期/u],
  method: [/\bby\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b/i, /\benabl(?:e|es|ed|ing)\b/i, /\ballow(?:s|ed|ing)?\b/i, /\bleverag\w*/i, /\bhelp(?:s|ed|ing)?\b/i, /借助|依靠|利用/u],
  strategy: [/\bby\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b/i],
};

/** Aspects a purpose infinitive ("… to lower the barriers") answers: why it was done, and how (what was done to that end). */
const PURPOSE_ASPECTS: AspectId[] = ['reason', 'method', 'strategy'];

/**
 * Words before "to" that make what follows the verb's complement, not a purpose ("plans to invest", "is
 * expected to submit", "chooses to raise"): the act itself, not why it was done.
 */
export const NOT_PURPOSE_BEFORE: string[] = [
  'expected', 'likely', 'unlikely', 'going', 'able', 'unable', 'plan', 'plans', 'planned', 'planning', 'want', 'wants', 'wanted', 'need', 'needs', 'needed',
  'has', 'have', 'had', 'used', 'seem', 'seems', 'seemed', 'tend', 'tends', 'begin', 'began', 'start', 'started', 'continue', 'continues', 'continued',
  'decide', 'decided', 'decides', 'choose', 'chose', 'chooses', 'try', 'tries', 'tried', 'trying', 'attempt', 'attempts', 'attempted', 'set', 'poised', 'ready',
  'about', 'willing', 'intend', 'intends', 'intended', 'agreed', 'expects', 'expect', 'hopes', 'hope', 'ought', 'due', 'according', 'compared', 'similar',
  'access', 'up', 'close', 'next', 'prior', 'equal', 'related', 'linked', 'committed', 'forced', 'failed', 'refused', 'managed', 'promised', 'announced',
];

/**
 * Verbs a purpose infinitive may carry even where the reports never inflect them. The rest are read from the
 * reports: a word they also write with "-ed" or "-ing" is a verb ("prioritized", "training").
 */
export const SEED_VERBS: string[] = [
  'lower', 'prioritize', 'prioritise', 'build', 'win', 'compete', 'expand', 'integrate', 'diversify', 'reduce', 'cut', 'attract', 'lock', 'secure', 'stay',
  'keep', 'catch', 'help', 'make', 'become', 'push', 'bring', 'create', 'develop', 'grow', 'strengthen', 'improve', 'use', 'serve', 'offer', 'provide',
  'avoid', 'gain', 'seize', 'capture', 'ensure', 'acquire', 'boost', 'meet', 'find', 'obtain', 'access', 'protect', 'defend', 'fend', 'counter', 'replace', 'save',
];

// Words after "to" that never begin an aim here ("To be sure", "to the …"); longer set phrases are in SET_PHRASES_AFTER_TO.
const STOP_AFTER_TO = new Set(['be', 'have', 'do', 'the', 'a', 'an']);

/**
 * Set phrases that open with "to" and a verb but state no aim: they comment on what is said ("To make matters
 * worse, …", "To put it simply", "To sum up", "To be sure") or stand for a time or degree ("To date", "to some
 * extent"). After "to", such a phrase is neither a purpose put first nor a purpose infinitive. As data: extend it
 * for a new collection's phrasing.
 */
export const SET_PHRASES_AFTER_TO: string[] = [
  'make matters worse', 'make things worse', 'make (?:a )?long story short', 'date', 'this day', 'this end', 'that end', 'that effect',
  'put it (?:simply|mildly|bluntly|another way|differently|briefly|plainly)', 'put (?:it|this|that|things) (?:in|into) (?:perspective|context)',
  'sum up', 'sum it up', 'give (?:an|one|a few|some) examples?', 'say nothing of', 'say the least', 'top it (?:all )?off', 'cap it (?:all )?off',
  'cap it all', 'some extent', 'a (?:large|great|certain|lesser) (?:extent|degree)', 'my knowledge', 'the contrary',
  // A verb that can state an aim ("hosted an event to clarify its plans") is a set phrase only standing alone before a comma.
  '(?:summari[sz]e|recap|conclude|illustrate|clarify|compare|begin with|start with)(?=\\s*[,，])',
];
const SET_PHRASE_AFTER_TO = new RegExp(`^(?:${SET_PHRASES_AFTER_TO.join('|')})\\b`, 'i');

/** Whether the words after "to" are a set phrase, not an aim ("make matters worse", "date", "sum up"). */
const setPhraseAfterTo = (afterTo: string) => SET_PHRASE_AFTER_TO.test(afterTo.trim());
const verbMemo = new WeakMap<object, Set<string>>();

/** The reports' verbs: seed verbs, and every word the reports also write inflected with -ed or -ing. Built once per collection. */
export function verbsOfReports(paragraphs: readonly Paragraph[]): Set<string> {
  let verbs = verbMemo.get(paragraphs);
  if (verbs) return verbs;
  const words = new Set<string>();
  for (const paragraph of paragraphs) for (const word of paragraph.text.toLowerCase().match(/[a-z]{3,}/g) ?? []) words.add(word);
  verbs = new Set(SEED_VERBS);
  for (const word of words) {
    const stems = word.endsWith('ed') ? [word.slice(0, -2), word.slice(0, -1)] : word.endsWith('ing') ? [word.slice(0, -3), `${word.slice(0, -3)}e`] : [];
    // "stopped" → "stop", "planning" → "plan": a doubled last consonant belongs to the inflection.
    for (const stem of stems.flatMap((candidate) => (/([b-df-hj-np-tv-z])\1$/.test(candidate) ? [candidate, candidate.slice(0, -1)] : [candidate]))) {
      if (stem.length >= 3 && words.has(stem)) verbs.add(stem);
    }
  }
  verbMemo.set(paragraphs, verbs);
  return verbs;
}

/** "To quickly acquire …, while avoiding …—developers turned to …": an opening infinitive (an adverb allowed) up to the main clause. */
const OPENING_PURPOSE = /^["“]?(?:in order )?to\s+(?:[a-z]+ly\s+)?([a-z]+)\b[^,，]*?(?:—|–|,|，)(?=[^—–]*$)/i;

/**
 * A purpose put first ("To quickly acquire the computing power …, developers have turned to public clouds", "In
 * order to win clients, …"): the opening infinitive says why the main clause's act was done. Returns the two
 * parts, so a caller can check that the main clause states the act asked about (the purpose alone is no reason for
 * something else the sentence happens to mention).
 */
export function openingPurpose(sentence: string, verbs: ReadonlySet<string>): { purpose: string; main: string } | undefined {
  const text = sentence.trim();
  const match = text.match(OPENING_PURPOSE);
  const verb = match?.[1]?.toLowerCase();
  if (!match || !verb || !verbs.has(verb) || STOP_AFTER_TO.has(verb)) return undefined;
  if (setPhraseAfterTo(text.replace(/^["“]?(?:in order )?to\s+/i, ''))) return undefined;
  const main = text.slice(match[0].length).trim();
  return main.split(/\s+/).length >= 3 ? { purpose: match[0], main } : undefined;
}

/** "… to prioritize DeepSeek integration": "to" and a verb, not after a word that makes it the act itself ("plans to invest"). */
export function hasPurposeInfinitive(sentence: string, verbs: ReadonlySet<string>): boolean {
  for (const match of sentence.matchAll(/\b([A-Za-z]+)\s+to\s+([a-z]+)\b/g)) {
    const before = match[1]!.toLowerCase();
    const verb = match[2]!;
    if (NOT_PURPOSE_BEFORE.includes(before) || STOP_AFTER_TO.has(verb)) continue;
    if (setPhraseAfterTo(sentence.slice(match.index! + match[0].length - verb.length))) continue;
    if (verbs.has(verb)) return true;
  }
  return /\bin order to\b|\bso as to\b/i.test(sentence);
}

/** Whether the sentence expresses this aspect's relation: its words, its clause patterns, or a purpose infinitive where that answers it. */
export function expressesAspect(aspect: Aspect, sentence: string, verbs: ReadonlySet<string>): boolean {
  if (ANSWERED_TERMS[aspect.id].length && aspect.answered.test(sentence)) return true;
  if ((RELATION_PATTERNS[aspect.id] ?? []).some((pattern) => pattern.test(sentence))) return true;
  return PURPOSE_ASPECTS.includes(aspect.id) && hasPurposeInfinitive(sentence, verbs);
}

/** The first asked aspect (most specific first) the sentence expresses: what its opening names ("The reason … is that"). */
export function aspectExpressed(aspects: Aspect[], sentence: string, verbs: ReadonlySet<string>): AspectId | undefined {
  return aspects.find((aspect) => expressesAspect(aspect, sentence, verbs))?.id;
}

/**
 * 1 when the sentence expresses one of the asked relations (the aspects the question asks, not those it only
 * names as its object), 0 when none; 0.5 when only a summary was asked, or nothing.
 */
export function relationMatch(aspects: Aspect[], sentence: string, verbs: ReadonlySet<string>): number {
  const relations = askedRelations(aspects).filter((aspect) => aspect.id !== 'summary');
  if (!relations.length) return 0.5;
  return relations.some((aspect) => expressesAspect(aspect, sentence, verbs)) ? 1 : 0;
}
