/**
 * @module Small evidence scorers: how well a candidate's cited text fits the question. Each returns a
 * number in [0, 1]; `rank-candidates.ts` weighs them with the fitted weights.
 */
import { findPeriods, wholeWord, type Citation, type Paragraph, type Period } from '../../core/index.js';
import type { OpenIndex } from '../../index/index.js';
import { SYNONYMS } from './aspect-terms.js';
import { TRANSLATION_ALTERNATIVES, withTranslations } from './bilingual-terms.js';

/** Words that say what kind of answer is wanted, not what it is about. */
const QUESTION_WORDS = new Set(['who', 'whom', 'what', 'when', 'which', 'why', 'how', 'much', 'mani', 'mean', 'did', 'doe', 'do', 'is', 'are', 'wa', 'were', 'report', 'say', 'accord', 'tell', 'name', 'list', 'give',
  // Nouns that stand in for what is asked ("the way they go after AI", "the main thing stopping them"): no content of their own.
  'wai', 'thing', 'stuff',
  // The lightest verbs a question uses ("Which platform gets called …", "take money from", "go all in on", "how much of it
  // came as credits", "keep pouring money into"): what they say is the content around them, told in the passage's own verbs.
  // ("seen as" stays: "Who is seen as ahead" asks a standing, which the passage says in those words.)
  'get', 'got', 'gotten', 'take', 'took', 'taken', 'go', 'went', 'gone', 'come', 'came', 'keep', 'kept']);

/**
 * Light verbs whose particle makes them a content verb ("took over", "go public", "came out"): said as that verb, so
 * dropping the light verb keeps the relation. Data: extend with the phrasal verbs questions use.
 */
const CONTENT_PHRASALS: [RegExp, string][] = [
  [/\b(?:take|takes|took|taken|taking)\s+over\b/gi, 'takeover'],
  [/\b(?:come|comes|came|coming)\s+out\b/gi, 'launched released'],
  // "set up a lab", "set anything up": a founding, said in the reports as "establish".
  [/\b(?:set|sets|setting)\s+(?:(?:it|them|this|that|anything|something)\s+)?up\b/gi, 'established'],
  // "plugged into Alibaba's platform": integrated with it.
  [/\b(?:plug|plugs|plugged|plugging)\s+(?:(?:it|them)\s+)?in(?:to)?\b/gi, 'integrated'],
];

function withContentPhrasals(question: string): string {
  return CONTENT_PHRASALS.reduce((text, [pattern, said]) => text.replace(pattern, said), question);
}

/**
 * Chinese question words and particles the tokenizer's bigrams make terms of ("的", "是多", "多少", "什么"):
 * they say what kind of answer is wanted, like "what" and "how much", and would dilute coverage.
 */
const CHINESE_FUNCTION_TERM = /^[的是多少什么哪些个怎么样为何吗呢了和与及在对有几谁]+$/u;

const documentFrequencies = new WeakMap<object, { counts: Map<string, number>; total: number }>();

function frequencies(index: OpenIndex) {
  let cached = documentFrequencies.get(index.snapshot);
  if (!cached) {
    const counts = new Map<string, number>();
    for (const paragraph of index.snapshot.paragraphs) {
      for (const term of new Set(index.tokenizer.terms(`${paragraph.text}\n${paragraph.original ?? ''}`))) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    cached = { counts, total: index.snapshot.paragraphs.length };
    documentFrequencies.set(index.snapshot, cached);
  }
  return cached;
}

const MEMO_LIMIT = 20_000;
/** Per index: another collection's alias table tokenizes the same text differently. */
const memos = new WeakMap<object, { terms: Map<string, Set<string>>; ids: Map<string, Set<string>> }>();

function memosFor(index: OpenIndex) {
  let found = memos.get(index.aliases);
  if (!found) memos.set(index.aliases, (found = { terms: new Map(), ids: new Map() }));
  return found;
}

/** Paragraph and sentence texts recur across candidates and questions: tokenize each once. */
function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}

function termsOf(index: OpenIndex, text: string): Set<string> {
  return memo(memosFor(index).terms, text, () => new Set(index.tokenizer.terms(text)));
}

function idsOf(index: OpenIndex, text: string): Set<string> {
  return memo(memosFor(index).ids, text, () => new Set(index.aliases.ids(text).map((id) => `@${id}`)));
}

/** Whether any report paragraph has the term at all. */
export function inReports(index: OpenIndex, term: string): boolean {
  return paragraphFrequency(index, term) > 0;
}

/** How many report paragraphs use the term. */
export function paragraphFrequency(index: OpenIndex, term: string): number {
  return frequencies(index).counts.get(term) ?? 0;
}

/** How telling a term is: rare terms weigh more (smoothed IDF, never negative). */
export function termWeight(index: OpenIndex, term: string): number {
  const { counts, total } = frequencies(index);
  const df = counts.get(term) ?? 0;
  return Math.log(1 + (total + 1) / (df + 0.5));
}

export interface QuestionTerms {
  /** Content terms with their weights, entity terms excluded (they are scored by subject match). */
  relation: Map<string, number>;
  /** Entity terms (`@alibaba`), and names the alias table does not know, as written ("Apple"). */
  entities: string[];
}

export function questionTerms(index: OpenIndex, question: string, unknownNames: string[] = []): QuestionTerms {
  const relation = new Map<string, number>();
  const entities: string[] = [...unknownNames];
  for (const term of index.tokenizer.terms(withTranslations(withContentPhrasals(question)))) {
    if (term.startsWith('@')) {
      // Companies, products and people are subjects; generic terms in the alias table ("AI") are not.
      const kind = index.aliases.get(term.slice(1))?.kind;
      if ((kind === 'company' || kind === 'product' || kind === 'person') && !entities.includes(term)) entities.push(term);
      continue;
    }
    if (QUESTION_WORDS.has(term) || CHINESE_FUNCTION_TERM.test(term) || relation.has(term)) continue;
    relation.set(term, termWeight(index, term));
  }
  return { relation, entities };
}

const synonymMaps = new WeakMap<object, Map<string, Set<string>>>();

/** Stemmed term → the stems of the words a paraphrase may use instead ("head" → "ceo", "lead" …). */
function synonymsOf(index: OpenIndex, term: string): Set<string> | undefined {
  let map = synonymMaps.get(index.tokenizer);
  if (!map) {
    map = new Map();
    for (const group of [...SYNONYMS, ...TRANSLATION_ALTERNATIVES]) {
      const stems = new Set(group.flatMap((word) => index.tokenizer.terms(word)).filter((stem) => !stem.startsWith('@')));
      for (const stem of stems) map.set(stem, new Set([...(map.get(stem) ?? []), ...stems]));
    }
    synonymMaps.set(index.tokenizer, map);
  }
  return map.get(term);
}

/** One name for a term and its synonyms. */
function canonical(index: OpenIndex, term: string): string {
  const synonyms = synonymsOf(index, term);
  return synonyms ? [...synonyms].sort()[0]! : term;
}

/** Whether `present` has the term or a word that means the same to a question. */
function hasTerm(index: OpenIndex, present: Set<string>, term: string): boolean {
  if (present.has(term)) return true;
  const synonyms = synonymsOf(index, term);
  if (!synonyms) return false;
  for (const synonym of synonyms) if (present.has(synonym)) return true;
  return false;
}

/**
 * The weighted share of the question's content terms that `text` contains (a term's synonyms count
 * as the term, so "Who runs …" and "Who heads …" cover a sentence alike). Chinese and English terms
 * are scored apart and the better one counts, so a question carrying both (its own words and their
 * translations) is matched by a paragraph in either language.
 */
export function coverage(index: OpenIndex, terms: Map<string, number>, text: string): number {
  if (!terms.size) return 0.5;
  const present = termsOf(index, text);
  const share = (han: boolean) => {
    // Words of one synonym group count once, at the weight of the rarest: "增长" brings "growth increase
    // grew rose", and one "increase" in the text must not cover four terms.
    const groups = new Map<string, { weight: number; hit: boolean }>();
    for (const [term, weight] of terms) {
      if (/\p{Script=Han}/u.test(term) !== han) continue;
      const key = canonical(index, term);
      const group = groups.get(key) ?? { weight: 0, hit: false };
      group.weight = Math.max(group.weight, weight);
      group.hit ||= hasTerm(index, present, term);
      groups.set(key, group);
    }
    let hit = 0;
    let all = 0;
    for (const group of groups.values()) {
      all += group.weight;
      if (group.hit) hit += group.weight;
    }
    return all ? hit / all : -1;
  };
  const best = Math.max(share(true), share(false));
  return best < 0 ? 0.5 : best;
}

/**
 * The question's terms (stems) that `text` states neither as written nor through a synonym: what a passage
 * leaves out of what was asked. Terms of one synonym group are one term.
 */
export function missingTerms(index: OpenIndex, terms: Map<string, number>, text: string): string[] {
  const present = termsOf(index, text);
  const missing = new Map<string, string>();
  const hit = new Set<string>();
  for (const term of terms.keys()) {
    const key = canonical(index, term);
    if (hasTerm(index, present, term)) hit.add(key);
    else if (!missing.has(key)) missing.set(key, term);
  }
  return [...missing].filter(([key]) => !hit.has(key)).map(([, term]) => term);
}

/** The share of the question's entities named in the quotes (1) or only elsewhere in the paragraph or title (0.5). */
export function subjectMatch(index: OpenIndex, entities: string[], quotes: string, context: string): number {
  if (!entities.length) return 0.5;
  const inQuotes = idsOf(index, quotes);
  const inContext = idsOf(index, context);
  const named = (name: string, text: string) => wholeWord(name).test(text);
  return entities.reduce((sum, id) => {
    if (!id.startsWith('@')) return sum + (named(id, quotes) ? 1 : named(id, context) ? 0.5 : 0);
    return sum + (inQuotes.has(id) ? 1 : inContext.has(id) ? 0.5 : 0);
  }, 0) / entities.length;
}

const YEAR = /(?:19|20)\d{2}/g;

const askedYearsMemo = new Map<string, string[]>();

/** The years a question's periods span, read against a report's date: the same for every fact a slot weighs, so read once. */
function askedYears(question: string, asOf: string | null): string[] {
  const key = `${asOf ?? ''}\n${question}`;
  let found = askedYearsMemo.get(key);
  if (!found) {
    if (askedYearsMemo.size >= MEMO_LIMIT) askedYearsMemo.clear();
    found = findPeriods(question, asOf).flatMap((period) => (period.from && period.to ? [period.from.slice(0, 4), period.to.slice(0, 4)] : []));
    askedYearsMemo.set(key, found);
  }
  return found;
}

/** 1 when the cited text is about the year(s) the question asks, 0 when it names only other years, 0.5 when the question names none. */
export function periodMatch(question: string, quotes: string, asOf: string | null, resolved: Period[] = []): number {
  const years = (periods: Period[]) => periods.flatMap((period) => (period.from && period.to ? [period.from.slice(0, 4), period.to.slice(0, 4)] : []));
  // The frame's periods carry what a follow-up resolved ("a year earlier" than the previous turn's 2024).
  const asked = new Set([...askedYears(question, asOf), ...years(resolved)]);
  for (const year of question.match(YEAR) ?? []) asked.add(year);
  if (!asked.size) return 0.5;
  const given = new Set(quotes.match(YEAR) ?? []);
  if (!given.size) return 0.4;
  return [...asked].some((year) => given.has(year)) ? 1 : 0;
}

/** What a candidate rests on: the cited quotes, their paragraphs, and the reports they come from. */
export interface CandidateEvidence {
  quotes: string;
  paragraphs: string;
  docIds: Set<string>;
  paragraphIds: string[];
}

export function evidenceOf(citations: Citation[], paragraphs: ReadonlyMap<string, Paragraph>, titles: ReadonlyMap<string, string>): CandidateEvidence {
  const cited = citations.map((citation) => paragraphs.get(citation.paragraphId)).filter((paragraph): paragraph is Paragraph => Boolean(paragraph));
  return {
    quotes: citations.map((citation) => citation.quote).join('\n'),
    paragraphs: cited.map((paragraph) => `${titles.get(paragraph.docId) ?? ''}\n${paragraph.text}\n${paragraph.original ?? ''}`).join('\n'),
    docIds: new Set(citations.map((citation) => citation.docId)),
    paragraphIds: citations.map((citation) => citation.paragraphId),
  };
}
