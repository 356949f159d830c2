/**
 * @module Candidates read from sentences: a person in the role asked about, a date, an explanation of
 * two to four sentences (maximal marginal relevance), and the single best sentence quoted.
 */
import { kinOf } from './company-kin.js';
import { itemBody, listAnnouncedAfter, listAround, type AnnouncedList } from './announced-items.js';
import { isMeasure, isVersionNumber, METRIC_RULES, parseQuantities, sameAmount, type Metric, type Paragraph, type Quantity } from '../../core/index.js';
import { chineseDate, entityName, figure, sourceName } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import { dateStatement, multiWordNames, personStatement } from './declarative.js';
import type { PlannerContext } from './planner-context.js';
import { ASPECTS, askedRelations, CONTRAST_CONNECTIVES, contrastsSides, termsPattern, type AspectId } from './aspect-terms.js';
import { aspectExpressed, verbsOfReports } from './relation-cues.js';
import { chineseFor, withTranslations } from './bilingual-terms.js';
import { countedFigures } from './counted-figures.js';
import { repeatsAnswer } from '../conversation-state.js';
import { relevance, sentenceBefore, type PooledSentence, type SentencePool } from './sentence-pool.js';
import { coverage } from './evidence.js';
import { chooseLead, closeness, namesSubject, speaksTo } from './explanation-evidence.js';
import { afterName, roleFit, roleQuestion, rolesGiven } from './person-roles.js';
import { clauseCoverage, dateClause, datesOfPooledSentence, eventVerbGroups, eventWords, namesEventVerb, timelineEntryDate } from './event-dates.js';
import { objectOfRelation, peopleInSentence, proximity } from './typed-spans.js';
import { clauseOwnerFits } from './answer-fit.js';
import { DIRECT, looksLikePerson, WEAK, type AnswerFit } from './answer-fit.js';
import { familyOf } from './company-kin.js';

export interface TextCandidate {
  sentences: string[];
  /** The same answer opened for medium confidence: what the reports do say, with the hedge in the same sentence. */
  hedged?: string[];
  /** How strongly the span fits (role given plainly, date next to the question's words …), 0–1. */
  strength: number;
  /** An explanation led by a sentence that speaks to the aspect asked. */
  speaksToAspect?: boolean;
  /** The cited sentence states the typed answer for what was asked (the role holder, the event's date): no hedge. */
  direct?: boolean;
  /** An explanation told as a list the report announces for the asked subject and kind ("two approaches: …"). */
  listed?: boolean;
  /** The typed check, when the candidate makes its own: a role question's holder is direct or no answer. */
  fit?: AnswerFit;
  /** An explanation's opening sentence, which decides whether it is said plainly. */
  lead?: PooledSentence;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function cite(context: PlannerContext, sentence: Pick<PooledSentence, 'paragraph' | 'text'>): string {
  return `[${context.book.cite(sentence.paragraph.id, sentence.text)}]`;
}

/** The report's sentence as support: quoted, with its source, in the asker's language. */
export function supportingQuote(context: PlannerContext, sentence: Pick<PooledSentence, 'paragraph' | 'text'>): string {
  const source = sourceName(context.documents.get(sentence.paragraph.docId), context.lang);
  const Source = source.charAt(0).toUpperCase() + source.slice(1);
  // An English question about a Chinese-only passage: an English lead, the Chinese original quoted.
  if (context.lang === 'en' && mostlyChinese(sentence.text)) return `${Source} says, in the Chinese original: “${sentence.text}” ${cite(context, sentence)}`;
  return context.lang === 'en' ? `${Source}: “${sentence.text}” ${cite(context, sentence)}` : `据${source}:“${sentence.text}”${cite(context, sentence)}`;
}

/** The question's own words, as lower-case stems, for finding where a sentence talks about them. */
function questionWords(frame: QuestionFrame): string[] {
  return contentWords(frame.text);
}

/** A question's (or premise's) content words, stemmed, with the other language's words for its relation. */
export function contentWords(text: string): string[] {
  // With the other language's words for the relation, so "创始人" finds "founded by" in an English sentence.
  return withTranslations(text).toLowerCase().match(/[a-z][a-z-]{2,}|\p{Script=Han}{2,}/gu)?.filter((word) => !['who', 'whom', 'what', 'when', 'which', 'does', 'did', 'the', 'and', 'for', 'according', 'report', 'reports'].includes(word)).map((word) => word.replace(/(?:ing|ed|es|s)$/, '')) ?? [];
}

/** "Who do the heads of Seed report to?": the verb and the preposition the question leaves at its end. */
function strandedRelation(question: string): { verb: string; preposition: string } | undefined {
  const match = question.trim().match(/^who(?:m)?\s+(?:do|does|did|will|would|should)\s+.+?\s+([a-z]+)\s+(to|by|with|for|from|under|after)\s*[?？]?$/i);
  return match ? { verb: match[1]!, preposition: match[2]!.toLowerCase() } : undefined;
}

export function personCandidate(frame: QuestionFrame, pool: SentencePool, context: PlannerContext): TextCandidate | undefined {
  const words = questionWords(frame);
  // "Who appointed Jiang Fan?" asks for the appointer; every other role question wants the one appointed.
  const asksAppointer = /^\s*who\s+(?:has\s+|had\s+)?(?:appointed|named|promoted|hired|tapped|picked|chose)\b|谁任命|任命.*的是谁/i.test(frame.text);
  const relation = strandedRelation(frame.text);
  // "Who is Tencent's president?": the role asked and the organisation it is held in, scored against the roles each sentence gives.
  const asked = asksAppointer || relation ? undefined : roleQuestion(frame.text, frame.entities, context.aliases);
  let best: { sentence: PooledSentence; name: string; id?: string; score: number; typed: number } | undefined;
  for (const sentence of pool.sentences) {
    // Names are read from the English text; a Chinese original is matched through the alias table only.
    const people = peopleInSentence(sentence.text, context.aliases);
    for (const [i, person] of people.entries()) {
      if (person.id && frame.people.includes(person.id)) continue;
      if (frame.text.includes(person.name)) continue;
      // "the 'Hundred-Model War'" is capitalised, not a person: a who-answer is always someone.
      if (!looksLikePerson(person.name, sentence.text, person.index, commonWords(context), Boolean(person.id))) continue;
      let role = asksAppointer ? (person.appointer ? 1 : 0.2) : person.roleScore;
      if (relation) role = objectOfRelation(sentence.text, person, relation.verb, relation.preposition) ? 1 : Math.min(role, 0.3);
      let typed = 0;
      if (asked) {
        typed = Math.max(0, ...rolesGiven(sentence.text, person.index, person.name.length, people[i + 1] && { index: people[i + 1]!.index, length: people[i + 1]!.name.length }).map((given) => roleFit(asked, given, sentence, context.aliases)));
        // The one appointing someone else in this sentence is not what it says about the role.
        if (person.appointer) typed *= 0.5;
        role = typed > 0 ? typed : 0.3 * role;
      }
      // A person from a sentence about another company is not the answer about this one.
      const about = pool.terms.entities.length ? 0.4 + 0.6 * sentence.subject : 1;
      // "Wu Yonghui, a former Google expert who recently joined ByteDance, is now on par with Zhu Wenjia": the words the
      // question describes its person with ("the ex-Google researcher") in one person's own appositive point to that person.
      const described = describedBy(sentence.text, person, people[i + 1], words);
      const near = Math.max(proximity(sentence.text, person.index, words), described);
      // Described in the question's own words, the person is who it asks about, whatever role word another name carries.
      if (!asked && !relation && !asksAppointer && described >= DESCRIBED_AS_ASKED) role = Math.max(role, described);
      const score = asked
        ? about * (0.55 * role + 0.15 * near + 0.3 * relevance(sentence))
        : about * (0.35 * role + 0.25 * near + 0.4 * relevance(sentence));
      if (!best || score > best.score) best = { sentence, name: person.name, ...(person.id ? { id: person.id } : {}), score, typed };
    }
  }
  if (!best) return undefined;
  const name = personName(best.name, best.id, context);
  const marker = cite(context, best.sentence);
  const statement = personStatement(frame.text, name, context.lang, multiWordNames(frame.text, context.aliases));
  const named = pointsTo(name, marker, context.lang);
  const lead = statement ? `${capitalise(statement)} ${marker}${context.lang === 'en' ? '.' : '。'}` : named.plain;
  // The sentence gives this person the role asked, over the organisation asked: said plainly, not hedged.
  // A role question whose holder no sentence names in that role has no answer here: a name near the
  // role's words is at most a closest passage, never "X is the CEO" hedged.
  const direct = best.typed >= DIRECT_ROLE_FIT;
  const fit: AnswerFit | undefined = asked ? (direct ? DIRECT : WEAK) : undefined;
  const hedgedLead = statement ? undefined : named.hedged;
  const quote = supportingQuote(context, best.sentence);
  return { sentences: [lead, quote], ...(hedgedLead ? { hedged: [hedgedLead, quote] } : {}), strength: best.score, direct, ...(fit ? { fit } : {}) };
}

/** Half the question's words in a person's own appositive describe that person as the question does. */
const DESCRIBED_AS_ASKED = 0.5;

/** The share of the question's words (2 or more needed) that the stretch right after the person's name says of them. */
function describedBy(sentence: string, person: { index: number; name: string }, next: { index: number } | undefined, words: string[]): number {
  // "ex-Google" describes with "Google": a hyphenated word's parts are its words.
  words = words.flatMap((word) => (word.includes('-') ? word.split('-').filter((part) => part.length >= 3) : [word]));
  if (words.length < 2) return 0;
  const own = afterName(sentence.slice(0, next?.index ?? sentence.length), person.index + person.name.length).toLowerCase();
  const hits = words.filter((word) => own.includes(word)).length;
  return hits >= 2 ? hits / words.length : 0;
}

/**
 * A name the reports point to, as a lead: plainly ("The reports point to Pony Ma [1].") and offered hedged, where it is
 * what the closest passage points to, not what "they say".
 */
export function pointsTo(name: string, marker: string, lang: 'en' | 'zh'): { plain: string; hedged: string } {
  return lang === 'en'
    ? { plain: `The reports point to ${name} ${marker}.`, hedged: `The reports don't say so in these words; the closest passage points to ${name} ${marker}.` }
    : { plain: `报告提到的是${name}${marker}。`, hedged: `报告没有直接回答这个问题;最接近的段落提到的是${name}${marker}。` };
}

/** A person as the asker reads them: "马化腾(Pony Ma)" in Chinese, "Pony Ma" in English, whichever name the sentence used. */
function personName(written: string, id: string | undefined, context: PlannerContext): string {
  if (!id) return written;
  const english = entityName(context.aliases, id, 'en', written);
  if (context.lang === 'en') return english;
  const chinese = entityName(context.aliases, id, 'zh', written);
  return chinese === english ? chinese : `${chinese}(${english})`;
}

/** A role fit at or above this (the role asked, in the organisation asked) is direct evidence. */
const DIRECT_ROLE_FIT = 0.55;

export function dateCandidate(frame: QuestionFrame, pool: SentencePool, context: PlannerContext): TextCandidate | undefined {
  const words = questionWords(frame);
  // What happened is matched in the date's clause; who it happened to is the sentence's subject.
  const named = context.aliases.ids(frame.text).filter((id) => ['company', 'product', 'person'].includes(context.aliases.get(id)?.kind ?? ''));
  // An English question's words carry Chinese translations for Chinese passages; its dates' clauses are English.
  // Names the alias table lacks ("C-Sky Microsystems") are who it happened to as well.
  // Proper names only ("C-Sky Microsystems"), not acronyms that are the event itself ("IPO").
  const unknown = frame.lang === 'en' ? frame.text.slice(1).match(/\b[A-Z](?:[a-z]|-[A-Z])[\w.-]*(?:\s+[A-Z][\w.-]*)*/g) ?? [] : [];
  const event = eventWords(words, [...named.flatMap((id) => context.aliases.get(id)?.names ?? []), ...unknown]).filter((word) => frame.lang === 'zh' || !/\p{Script=Han}/u.test(word));
  // A Chinese question over an English sentence is matched on its words' translations: its Chinese words
  // could never be found there, and counting them would leave every English clause half-bound.
  const latin = event.filter((word) => !/\p{Script=Han}/u.test(word));
  const eventIn = (text: string) => (latin.length >= 2 && !/\p{Script=Han}/u.test(text) ? latin : event);
  let best: { sentence: PooledSentence; date: string; score: number; bound: number; verbBound: boolean } | undefined;
  const verbs = eventVerbGroups(frame.text);
  const versions = versionsIn(frame.text);
  // Who acts in the question: the first company it names after "when did" ("When did Google commit … to
  // Anthropic?"); in "When was Zebra Network set up?" the company is what was acted on, by anyone.
  const actor = ACTIVE_WHEN.test(frame.text) ? context.aliases.find(frame.text).find((mention) => context.aliases.get(mention.id)?.kind === 'company')?.id : undefined;
  for (const sentence of pool.sentences) {
    // "When did ByteDance release Doubao 2.0?" is not dated by a sentence about Doubao 1.5.
    if (!versions.every((version) => `${sentence.text}\n${sentence.paragraph.text}`.includes(version))) continue;
    const reportDate = context.documents.get(sentence.paragraph.docId)?.date;
    const dates = datesOfPooledSentence(sentence, reportDate);
    for (const date of dates) {
      // The date whose own clause names the event ("before Alibaba invested in Unitree in 2025"), not another date in the sentence.
      // "Amazon announced on September 28 …, only for Google to commit $2 billion by late October": a date
      // whose clause has another company act, and not the one asked about, is that company's.
      const othersAct = actor !== undefined && actedByOthers(dateClause(sentence.text, date.index, date.heading, date.heading ? 0 : date.written.length), actor, named, context);
      const bound = clauseCoverage(sentence.text, date.index, eventIn(sentence.text), date.heading, date.heading ? 0 : date.written.length) * (othersAct ? 0.3 : 1);
      // The date's clause must name what happened, not only who or what title ("CEO Wu Yongming announced …" dates no appointment).
      const verbBound = namesEventVerb(dateClause(sentence.text, date.index, date.heading, date.heading ? 0 : date.written.length), verbs);
      // A date from a sentence about another company is not the answer about this one.
      const about = pool.terms.entities.length ? 0.4 + 0.6 * sentence.subject : 1;
      const score = about * (0.35 * bound + 0.2 * proximity(sentence.text, date.index, words) + 0.45 * relevance(sentence)) * (verbBound ? 1 : UNBOUND_EVENT);
      if (!best || score > best.score) best = { sentence, date: date.text.replace(/^(?:in|since|from|by) /i, (cue) => cue.toLowerCase()), score, bound, verbBound };
    }
  }
  if (!best) return undefined;
  const marker = cite(context, best.sentence);
  const date = context.lang === 'zh' ? chineseDate(best.date) : best.date;
  const statement = dateStatement(frame.text, date, context.lang, multiWordNames(frame.text, context.aliases));
  const lead = statement
    ? `${capitalise(statement)} ${marker}${context.lang === 'en' ? '.' : '。'}`
    : context.lang === 'en' ? `The reports date it ${/^(?:in|on|since|from|by) /i.test(best.date) ? '' : 'to '}${best.date} ${marker}.` : `报告给出的时间是${date}${marker}。`;
  // The date's own clause names most of the event asked about, in a sentence about its subject: stated plainly.
  const direct = best.verbBound && best.bound >= DIRECT_EVENT_COVERAGE && (!pool.terms.entities.length || best.sentence.subject > 0);
  // A date whose clause covers less of the event (often a Chinese question over an English sentence) keeps the score's form.
  return { sentences: [lead, supportingQuote(context, best.sentence)], strength: best.score, direct, ...(direct ? { fit: DIRECT } : {}) };
}

const ACTIVE_WHEN = /^\s*(?:when|in (?:what|which) (?:year|month)|on what (?:date|day))\s+(?:did|does|do|will|has|have)\b/i;

/** The clause names a company the question does not, and neither the question's actor nor its parent or units. */
function actedByOthers(clause: string, actor: string, asked: string[], context: PlannerContext): boolean {
  const family = (id: string) => familyOf(id, context.aliases);
  const companies = context.aliases.ids(clause).filter((id) => context.aliases.get(id)?.kind === 'company');
  if (companies.some((id) => family(id).includes(actor) || family(actor).includes(id))) return false;
  return companies.some((id) => !asked.includes(id) && !asked.some((other) => family(other).includes(id)));
}

/** How much a date whose clause does not name the asked event's verb is worth against one that does. */
const UNBOUND_EVENT = 0.4;

/** The share of the event's words a date's clause must name to count as stating it. */
const DIRECT_EVENT_COVERAGE = 0.5;

/** Model names and versions a question names ("Doubao 2.0", "Qwen3", "H20"), years aside: a sentence must name the same ones. */
export function versionsIn(question: string): string[] {
  return (question.match(/(?<![\w.])(?:[A-Za-z]+\d[\w.]*|\d+\.\d+)(?![\w.])/g) ?? []).map((token) => token.replace(/\.$/, ''));
}

/** A sentence written in Chinese (not an English one that quotes a Chinese name in brackets). */
export function mostlyChinese(text: string): boolean {
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

/** Openers that tie a sentence to the one before it in the report, and mean nothing once it is lifted out. */
const CONNECTIVE = /^(?:(?:However|Moreover|Meanwhile|In addition|Additionally|Furthermore|In fact|Notably|Similarly|Secondly|Firstly|First|Second|Third|Finally|Overall|That is to say|After all|Also|Thus|Therefore|Besides|Subsequently|Still|As a result|In contrast|Indeed|From this|Of course|At the same time|Nonetheless|Nevertheless|Instead|On the other hand|On one hand|Currently|Lately|Recently|Now)\s*,\s*|(?:It's|It is) (?:worth noting|evident|undeniable|clear) that\s+)/i;
/** With no reports at hand, the first words known not to be names. */
const FUNCTION_WORD = /^(?:According|The|This|These|That|Those|It|Its|They|Their|There|Such|Some|Many|Most|Both|Each|All|Any|One|Once|Since|While|When|Although|Though|If|As|In|On|At|By|For|From|With|Through|Only|Even|Large|Public|Domestic|Generative|Investors|Investing|Offering|Computing|Big|Several|Multiple|Compared|Despite|Among|Under|Over)$/;

/** The sentence as a clause of the answer: no dangling connective, no final stop, no unpaired quote mark. */
export function asClause(sentence: string): string {
  let clause = sentence.trim();
  for (let i = 0; i < 2 && CONNECTIVE.test(clause); i++) clause = clause.replace(CONNECTIVE, '');
  clause = clause.replace(/[\s.。!！;；:：]+$/, '');
  // A sentence cut from inside a quotation keeps only one of its quote marks.
  if ((clause.match(/"/g) ?? []).length % 2 === 1) clause = clause.replace(/^"|[.。!！]?"$/, '');
  if ((clause.match(/[“”]/g) ?? []).length % 2 === 1) clause = clause.replace(/^“|[.。!！]?”$/, '');
  // Said in our own words, a word the report spaces around its hyphens ("year - on - year", "decision - making") is written whole.
  return clause.replace(/[\s.。!！;；:：]+$/, '').replace(/(?<=[A-Za-z]) - (?=[A-Za-z])/g, '-').trim();
}

const lowerWords = new WeakMap<object, Set<string>>();

/** Words the reports write in lower case somewhere: a sentence's first word among them is not a name. */
function commonWords(context: PlannerContext): Set<string> {
  // Keyed by the index snapshot, which outlives a question: each answer builds its own paragraph map, and a
  // scan of every paragraph per question would cost more than the answer.
  const key: object = context.index?.snapshot ?? context.paragraphs;
  let found = lowerWords.get(key);
  if (!found) {
    found = new Set();
    for (const paragraph of context.paragraphs.values()) for (const word of paragraph.text.match(/(?<=\s)[a-z][a-z'’-]*/g) ?? []) found.add(word);
    lowerWords.set(key, found);
  }
  return found;
}

/**
 * Lower-cases the clause's first word when it is a plain word, not a name, for use after "… say that".
 * A name is kept as written: a known alias, or the first word of a capitalised run ("General Mills",
 * "Alibaba Cloud"). A plain word is one the reports also write in lower case, or an adverb or
 * participle opening the sentence ("Domestically, …", "Coupled with …", "Taking a cue …").
 */
export function inSentence(clause: string, context?: PlannerContext): string {
  const first = clause.match(/^[A-Z][a-z'’-]*(?=[\s,])/)?.[0];
  if (!first) return clause;
  if (!context) return FUNCTION_WORD.test(first) ? first.toLowerCase() + clause.slice(first.length) : clause;
  const next = clause.slice(first.length).match(/^\s+([A-Za-z][\w'’&.-]*)/)?.[1] ?? '';
  const startsName = context.aliases.find(clause.slice(0, first.length + 1 + next.length)).some((mention) => mention.index === 0 && ['company', 'product', 'person'].includes(context.aliases.get(mention.id)?.kind ?? ''))
    || (/^[A-Z]/.test(next) && !FUNCTION_WORD.test(first));
  const plain = !startsName && (FUNCTION_WORD.test(first) || commonWords(context).has(first.toLowerCase()) || /^[A-Z][a-z]+(?:ly|ed|ing)$/.test(first));
  return plain ? first.toLowerCase() + clause.slice(first.length) : clause;
}


/** How an answer opens when it lists what the reports say about an aspect, in words. */
function leadFrame(aspect: AspectId | undefined, lang: 'en' | 'zh'): string {
  if (lang === 'zh') {
    // "报告提到的由来是" is no Chinese: a story of how something came to be is told as the reports tell it.
    const noun = aspect && aspect !== 'origin' ? ASPECTS.find((entry) => entry.id === aspect)!.noun[2] : '';
    return noun ? `报告提到的${noun}是` : '报告的说法是';
  }
  switch (aspect) {
    case 'reason': return 'The reason the reports give is that';
    case 'risk': return 'The risk the reports point to is that';
    case 'benefit': return 'The benefit the reports point to is that';
    case 'strategy': return 'As the reports describe it,';
    case 'change': return 'The change the reports describe is that';
    case 'impact': return 'The effect the reports describe is that';
    case 'difference': return 'The difference the reports draw is that';
    case 'method': return 'As the reports describe it,';
    case 'origin': return 'As the reports tell it,';
    // The sentence names who holds the view ("Charlie Dai … noted that …"): said as it stands.
    case 'view': return '';
    default: return 'According to the reports,';
  }
}

interface Scored { sentence: PooledSentence; score: number; words: Set<string>; speaks: boolean }

/** "On the other hand, …", "However, …", "另一方面": a sentence that turns to another point, no continuation of a reason. */
// (The word boundary is English only: a Han character has none before the next one.)
export const CONTRAST_OPENING = /^["“]?(?:(?:on the other hand|however|but|meanwhile|in contrast|conversely|yet)\b|另一方面|但|然而|不过|与此同时)/i;

/**
 * A sentence added after the lead speaks to what the lead answers: about as close to the question's words
 * (its relation and object: "buy GPUs", not only "buy") as the lead, or told in the lead's own paragraph.
 * "Tencent Yuanbao is … buying ad space" shares a verb with "Why did Tencent rush to buy GPUs?" and answers nothing.
 */
function onLeadsRelation(entry: Scored, lead: Scored | undefined, pool: SentencePool): boolean {
  // With one content word asked ("What problems does Zebra face?") there is no relation and object to hold a sentence to.
  // A question about one act (why it was done, how, what it did) holds its support to that act; one asking for
  // risks, benefits, a strategy or a summary enumerates, and another item is support too.
  // Only evidence is held to: a weak opening's support is the substance of a hedged answer.
  if (!lead?.speaks || pool.aspectSwitch || pool.topicTerms.size < MIN_RELATION_TERMS || !ACT_ASPECTS.includes(pool.aspects[0]?.id ?? 'summary')) return true;
  return entry.sentence.paragraph.id === lead.sentence.paragraph.id || entry.sentence.topic >= SUPPORT_TOPIC_SHARE * closeness(lead.sentence);
}

/** The share of the lead's closeness to the question a supporting sentence needs (see `onLeadsRelation`). */
const SUPPORT_TOPIC_SHARE = 0.7;
const MIN_RELATION_TERMS = 2;
const ACT_ASPECTS: AspectId[] = ['reason', 'method', 'impact'];

/** How relevant a sentence about one company alone must be, against the best naming it, to tell that company's side. */
const SIDE_ALONE_SHARE = 0.6;
/** A contrasting opening must be about as close to what is compared (their investment style, their strategy) as the closest sentence. */
const CONTRAST_TOPIC_SHARE = 0.8;

/**
 * How close to the question, against the closest sentence, each company's sentence must be when the question asks
 * how each did one thing ("How did Baidu and ByteDance each reorganise their AI teams?"): a sentence that only
 * names the company ("Baidu also plans to continue investing in AI infrastructure") tells no side of it.
 */
const IN_TURN_SIDE_TOPIC_SHARE = 0.5;

/**
 * One sentence for each company a comparison names, each naming its own company (and best naming only it).
 * Asked of each in turn, each side must also be on what was asked; a company with no such sentence leaves none.
 */
function sides(pool: SentencePool, context: PlannerContext, ranked: Scored[], inTurn: boolean): Scored[] | undefined {
  const companies = pool.terms.entities.filter((term) => term.startsWith('@') && context.aliases.get(term.slice(1))?.kind === 'company').map((term) => term.slice(1));
  if (companies.length < 2) return undefined;
  const closest = Math.max(0, ...ranked.map((entry) => closeness(entry.sentence)));
  const onTopic = inTurn ? ranked.filter((entry) => closeness(entry.sentence) >= IN_TURN_SIDE_TOPIC_SHARE * closest) : ranked;
  const picked: Scored[] = [];
  for (const id of companies.slice(0, 2)) {
    const own = onTopic.filter((entry) => !picked.includes(entry) && context.aliases.ids(entry.sentence.text).includes(id));
    const alone = own.filter((entry) => !companies.some((other) => other !== id && context.aliases.ids(entry.sentence.text).includes(other)));
    // A side is told by a sentence about that company alone: one naming both ("X has been compared with Y") says neither side.
    const best = alone[0] && (!own[0] || alone[0].score >= SIDE_ALONE_SHARE * own[0].score) ? alone[0] : own[0];
    if (!best) return undefined;
    picked.push(best);
  }
  return picked;
}

/**
 * A comparison's opening: a sentence that names every company compared and sets them against each other
 * (see `contrastsSides`), among those about as relevant as the best; one with a connective ("while",
 * "whereas") before one that only says they differ. A sentence that merely says they are compared is none.
 */
function contrastingLead(pool: SentencePool, context: PlannerContext, ranked: Scored[]): Scored | undefined {
  const compared = pool.terms.entities.filter((term) => term.startsWith('@')).map((term) => term.slice(1));
  const top = ranked[0]?.score ?? 0;
  const closest = Math.max(0, ...ranked.map((entry) => entry.sentence.topic));
  const fits = ranked.filter((entry) => entry.sentence.aspect === 1 && entry.score >= 0.7 * top && entry.sentence.topic >= CONTRAST_TOPIC_SHARE * closest && contrastsSides(entry.sentence.text)
    && (compared.length < 2 || compared.every((id) => context.aliases.ids(entry.sentence.text).includes(id))));
  const contrasting = fits.find((entry) => termsPattern(CONTRAST_CONNECTIVES).test(entry.sentence.text)) ?? fits[0];
  if (contrasting) return contrasting;
  // "40% of Alibaba's deals and 30% of Tencent's went to AI startups": a sentence giving each company its own
  // figure, as close to the question as any, states the comparison without a connective.
  return ranked.find((entry) => entry.score >= 0.7 * top && entry.sentence.topic >= CONTRAST_TOPIC_SHARE * closest
    && compared.length >= 2 && compared.every((id) => context.aliases.ids(entry.sentence.text).includes(id))
    && parseQuantities(entry.sentence.text).length >= compared.length);
}

/**
 * An explanation: one to three relevant, non-redundant sentences (MMR, λ = 0.7) that speak to what
 * was asked (the reason, the risk, the difference …), opened by a sentence that answers in words.
 * The lead is the best sentence that is evidence (on the subject, on the aspect, on the question's
 * words; see explanation-evidence.ts), so the first thing said is about what was asked.
 * A comparison gives each side its own sentence and citation, unless one sentence contrasts both.
 */
export function explanationCandidate(frame: QuestionFrame, pool: SentencePool, context: PlannerContext): TextCandidate | undefined {
  const asksAspect = pool.aspects.length > 0;
  const ranked: Scored[] = pool.sentences
    .filter((sentence) => /[a-z]{3,}.*\s.*[a-z]{3,}|\p{Script=Han}{8,}/u.test(sentence.text) && !(pool.terms.entities.length && sentence.subject === 0))
    // A Chinese caption ("…世界人工智能大会(2024WAIC)上的阿里巴巴展台") is no sentence of an English explanation.
    .filter((sentence) => context.lang === 'zh' || !mostlyChinese(sentence.text))
    // The figure said again is not its reason.
    .filter((sentence) => !(sentence.restatesAnswer && sentence.aspect === 0))
    .map((sentence) => {
      // After "Why?" every pooled sentence is about the last answer: the reason is the one that gives a reason, told near it.
      const base = pool.aspectSwitch ? 0.5 * relevance(sentence) + 0.3 * sentence.aspect + 0.2 * sentence.nearAnswer
        : asksAspect ? 0.75 * relevance(sentence) + 0.25 * sentence.aspect : relevance(sentence);
      // A long sentence buries its point; the reader wants two or three that say it plainly.
      const score = base * (sentence.text.length > 300 ? 0.85 : 1);
      return { sentence, score, words: words(sentence.text), speaks: asksAspect && !pool.aspectSwitch && speaksTo(sentence, pool) };
    })
    // Evidence that names the subject is kept however few of the question's words it repeats.
    .filter((entry) => entry.score >= 0.25 || (entry.speaks && namesSubject(entry.sentence, pool)))
    .sort((a, b) => b.score - a.score);
  if (!ranked.length) return undefined;
  const contrast = pool.aspects.some((aspect) => aspect.id === 'difference');
  const chosen: Scored[] = [];
  // "How did Tencent and ByteDance each reshuffle …", "腾讯和字节分别…": each company's own account, side by side, as in a comparison.
  const both = contrast || pool.eachOf ? sides(pool, context, ranked, !contrast) : undefined;
  // One sentence that sets the two side by side ("Alibaba …, whereas Tencent …") already answers a comparison.
  const contrasting = contrast ? contrastingLead(pool, context, ranked) : undefined;
  if (contrasting) chosen.push(contrasting);
  else if (both) chosen.push(...both);
  else {
    // The answer opens with evidence when there is any: the best sentence on the subject that speaks to the aspect.
    const lead = asksAspect && !pool.aspectSwitch ? chooseLead(ranked.map((entry) => entry.sentence), pool) : undefined;
    if (lead) chosen.push(ranked.find((entry) => entry.sentence === lead)!);
    // "… when dominant investors often demanded exclusive agreements … In recent years, Beijing has tightened antitrust
    // regulations …": a reason the report tells over two sentences goes on in the lead's next one, which names no one else
    // and shares a word with the question.
    const next = lead && pool.aspects[0]?.id === 'reason' ? pool.sentences.find((sentence) => sentence.paragraph.id === lead.paragraph.id && sentence.position === lead.position + 1 && !sentence.namesOthers && sentence.topic > 0
      && !CONTRAST_OPENING.test(sentence.text) && (context.lang === 'zh' || !mostlyChinese(sentence.text)) && !sentence.restatesAnswer) : undefined;
    if (next) chosen.push({ sentence: next, score: chosen[0]!.score, words: words(next.text), speaks: false });
  }
  // After "Why?" / "为什么?", a sentence that states the last answer's own figure and gives the reason (or the
  // risk, the way …) in the same breath ("6.3 billion yuan, up 17.2%, mainly due to investment in AI") is
  // evidence about that very fact: it opens the answer, said plainly, and only reasons told beside it follow.
  const toldWithAnswer = pool.aspectSwitch && !chosen.length ? ranked.find((entry) => entry.sentence.aspect === 1 && entry.sentence.subject > 0 && (entry.sentence.statesAnswerFigure || followsAnswer(entry.sentence, pool))) : undefined;
  if (toldWithAnswer) chosen.push({ ...toldWithAnswer, speaks: true });
  // When the reports have sentences that are evidence (or at least speak to the asked aspect), the synthesis is
  // made of those: an off-aspect sentence, however relevant its words, answers another question.
  // Evidence added after the lead names the question's subject itself: a sentence about JD.com in a paragraph about Tencent is JD.com's news.
  const evidence = ranked.filter((entry) => entry.speaks && !chosen.includes(entry) && namesSubject(entry.sentence, pool));
  const onAspect = asksAspect && !pool.aspectSwitch ? ranked.filter((entry) => entry.sentence.aspect === 1) : [];
  const candidates = both ? ranked : evidence.length ? evidence : onAspect.length >= 2 ? onAspect : ranked;
  // What follows the lead names the question's subject itself, or goes on in the lead's own paragraph ("…, it can
  // not only obtain funds …"); a comparison's sides are already chosen.
  const leadParagraph = chosen[0]?.sentence.paragraph.id;
  const pool2 = candidates.filter((entry) => !chosen.some((picked) => picked.sentence === entry.sentence)
    && (Boolean(both) || pool.aspectSwitch || namesSubject(entry.sentence, pool) || entry.sentence.paragraph.id === leadParagraph)
    && (!toldWithAnswer || (entry.sentence.aspect === 1 && entry.sentence.nearAnswer === 1))
    && onLeadsRelation(entry, chosen[0], pool));
  while (chosen.length < 3 && pool2.length) {
    let bestIndex = -1;
    let bestScore = -Infinity;
    pool2.forEach((entry, i) => {
      const redundancy = Math.max(0, ...chosen.map((picked) => similarity(entry.words, picked.words)));
      const score = 0.7 * entry.score - 0.3 * redundancy;
      if (redundancy < 0.6 && score > bestScore) { bestScore = score; bestIndex = i; }
    });
    const top = chosen[0]?.score ?? pool2[bestIndex]?.score ?? 0;
    if (bestIndex < 0 || (chosen.length >= 2 && pool2[bestIndex]!.score < 0.75 * top)) break;
    chosen.push(pool2.splice(bestIndex, 1)[0]!);
  }
  // A single sentence is an answer only when it is evidence; otherwise two or more are needed to say anything.
  // (A comparison's contrasting sentence states both sides, and is an answer on its own.)
  if (!chosen.length || (chosen.length < 2 && !chosen[0]!.speaks && chosen[0] !== contrasting)) return undefined;
  // The opener names the aspect only when the lead sentence speaks to it.
  // and then by the relation it expresses: "by diversifying …" answers how, not what changed.
  const aspect = chosen[0]!.sentence.aspect === 1 ? aspectExpressed(askedRelations(pool.aspects), chosen[0]!.sentence.text, verbsOfReports(context.index.snapshot.paragraphs)) : undefined;
  const sentences = chosen.map((entry) => entry.sentence);
  const sideBySide = Boolean(both && !contrasting);
  // Asked of each company rather than compared: each is told in turn, not set apart.
  const inTurn = sideBySide && !contrast;
  // How many of the opening sentences are evidence: two of them can be said together as "two reasons: …".
  // Evidence counts as a second answer only when it is about as close to the question as the lead and expresses
  // the same relation: "Alibaba Cloud remains a top priority" beside "Alibaba faces rising competition" is no second risk.
  const isAnswer = (entry: Scored, i: number) => entry.speaks && (i === 0 || (entry.sentence.aspect === 1 && closeness(entry.sentence) >= SECOND_ANSWER_SHARE * closeness(chosen[0]!.sentence)));
  const firstNot = chosen.findIndex((entry, i) => !isAnswer(entry, i));
  const leading = sideBySide ? 0 : firstNot < 0 ? chosen.length : firstNot;
  const strength = chosen.reduce((sum, entry) => sum + entry.score, 0) / chosen.length;
  // "… can only focus on two approaches …" followed by its numbered paragraphs: when the lead (or one of the closest
  // sentences) is that announcement or one of its items, the items are the answer, said in the report's order.
  const list = sideBySide || contrasting || pool.aspectSwitch ? undefined : listToTell(chosen[0]!, ranked, pool, context);
  return {
    sentences: list ? listSentences(list, context, false) : explanationSentences(sentences, aspect, context, { sideBySide, inTurn, hedged: false, leading }),
    hedged: list ? listSentences(list, context, true) : explanationSentences(sentences, aspect, context, { sideBySide, inTurn, hedged: true, leading: 0 }),
    strength,
    lead: chosen[0]!.sentence,
    ...(aspect ? { speaksToAspect: true } : {}),
    // Each side told by its own sentence, and each of them evidence: the comparison is answered, not only come close to.
    // A list the report announces for the asked subject, of the kind asked, is the answer as it stands.
    ...((sideBySide && chosen.slice(0, 2).every((entry) => entry.speaks)) || toldWithAnswer ? { direct: true } : {}),
    ...(list && announcesForSubject(list, pool, context) ? { listed: true } : {}),
  };
}

/** How many of the closest sentences may point to a list the report announces, and how close to the lead's score they must be. */
const LIST_NEIGHBOURS = 4;
const LIST_SCORE_SHARE = 0.85;

/**
 * The list to tell: the one the lead belongs to (as its announcement or an item), else one a close sentence on the
 * question's subject belongs to, as near the question as the lead.
 */
function listToTell(lead: Scored, ranked: Scored[], pool: SentencePool, context: PlannerContext): AnnouncedList | undefined {
  // A list answers the kind of question its noun names: "two approaches" how it is done, not why one item was chosen.
  // (The question's own aspect, the most specific it asks: "How did the restrictions affect …?" asks an effect, not a way.)
  const fits = (list: AnnouncedList | undefined) => (list && pool.aspects[0] && list.answers.includes(pool.aspects[0].id) ? list : undefined);
  const own = fits(listAround(lead.sentence.paragraph, context.paragraphs));
  if (own) return own;
  for (const entry of ranked.slice(0, LIST_NEIGHBOURS)) {
    if (entry === lead || !namesSubject(entry.sentence, pool) || entry.score < LIST_SCORE_SHARE * lead.score) continue;
    // "… Alibaba's investment strategy has been significantly adjusted." and, a paragraph or two on, "… is changing in three aspects:".
    const list = fits(listAround(entry.sentence.paragraph, context.paragraphs) ?? listAnnouncedAfter(entry.sentence.paragraph, context.paragraphs));
    if (list) return list;
  }
  return undefined;
}

/** The announcing sentence (or its paragraph) names every company the question asks about; a question naming none is about the list's own topic. */
function announcesForSubject(list: AnnouncedList, pool: SentencePool, context: PlannerContext): boolean {
  const asked = pool.terms.entities.filter((term) => term.startsWith('@')).map((term) => term.slice(1));
  const named = new Set(context.aliases.ids(`${list.announcer.paragraph.text}`));
  return asked.every((id) => named.has(id) || [...named].some((other) => kinOf([id], context.aliases)(other)));
}

const CHINESE_COUNT: Record<number, string> = { 2: '两', 3: '三', 4: '四', 5: '五' };
/** How a Chinese answer counts a list's items by the kind it answers ("两种做法", "三个方面的变化"). Data. */
const CHINESE_KIND: Partial<Record<AspectId, string>> = { method: '种做法', strategy: '种做法', change: '个方面的变化', reason: '个原因', risk: '项风险', benefit: '项优势' };

/** "From this, we can see that" and the like: how the report leads into its list, not part of it. */
const LEAD_IN = /^(?:(?:from this|thus|therefore|so|in short|in summary)\s*,?\s*)?(?:we can see that|it can be seen that|it is clear that)?\s*/i;

/** The announcement, then each item with its own citation: "…, as the report sets out: X [2]; Y [3]; and Z [4]." */
function listSentences(list: AnnouncedList, context: PlannerContext, hedged: boolean): string[] {
  const pooled = (entry: { paragraph: Paragraph; text: string }) => ({ paragraph: entry.paragraph, text: entry.text }) as PooledSentence;
  const markers = [list.announcer, ...list.items].map((entry) => cite(context, pooled(entry)));
  const source = sourceName(context.documents.get(list.announcer.paragraph.docId), context.lang);
  if (context.lang === 'zh') {
    const opener = hedged ? '报告没有直接回答这个问题;最接近的说法是' : `报告列出了${CHINESE_COUNT[list.items.length] ?? list.items.length}${CHINESE_KIND[list.answers[0] ?? 'summary'] ?? '点'}`;
    const quoted = [list.announcer, ...list.items].map((entry, i) => `“${entry.text}”${markers[i]}`).join(' ');
    return [`${opener}:据${source}:${quoted}`];
  }
  const announced = inSentence(asClause(list.announcer.text).replace(LEAD_IN, ''), context);
  // "Resource Optimization - By improving …": an item's title and its gloss, said "resource optimization: by improving …".
  const items = list.items.map((item, i) => `${inSentence(asClause(itemBody(item.text).replace(/^([A-Z][^-–:]{2,40}?)\s+[-–]\s+(?=[A-Z])/, '$1: ')), context)} ${markers[i + 1]}`);
  const joined = items.length > 1 ? `${items.slice(0, -1).join('; ')}; and ${items.at(-1)}` : items[0]!;
  const opening = hedged ? "The reports don't answer this directly, but they say that" : `According to ${source},`;
  return [`${capitalise(`${opening} ${announced}`)} ${markers[0]}: ${joined}.`];
}

/** "this chip company", "the startup": a company or product the sentence names only by pointing back at the one before. */
const POINTS_BACK_TO_NAME = /\b(?:this|that|the said)\s+((?:[\w-]+\s+){0,2}?(?:company|firm|startup|chipmaker|maker|unicorn|platform|app))\b/i;

/**
 * "In 2018, after Alibaba acquired this chip company, it integrated it …": said on its own, "this chip company" names
 * nothing. When the sentence before it in the paragraph (not itself said) names exactly one company or product the
 * sentence does not, that name is said beside the words pointing back: "this chip company (C-Sky Microsystems)".
 */
function withReferent(sentence: PooledSentence, clause: string, context: PlannerContext, said: PooledSentence[]): string {
  const pointer = POINTS_BACK_TO_NAME.exec(clause);
  if (!pointer || context.lang !== 'en') return clause;
  const before = sentenceBefore(sentence);
  if (!before || said.some((other) => other.paragraph.id === sentence.paragraph.id && before.includes(other.text))) return clause;
  const own = new Set(context.aliases.ids(sentence.text));
  const named = [...new Set(context.aliases.find(before).filter((mention) => ['company', 'product'].includes(context.aliases.get(mention.id)?.kind ?? '') && !own.has(mention.id)).map((mention) => mention.id))];
  if (named.length !== 1) return clause;
  const end = pointer.index + pointer[0].length;
  return `${clause.slice(0, end)} (${entityName(context.aliases, named[0]!, 'en', named[0]!)})${clause.slice(end)}`;
}

/** How close to the question, against the lead, a second piece of evidence must be to be said as a second reason or risk. */
const SECOND_ANSWER_SHARE = 0.6;

/** A sentence that points back at the one before it ("This acquisition demonstrates …", "此举…"). Data: extend it for a new collection. */
const POINTS_BACK = /^(?:this|these|that|such|the (?:move|deal|acquisition|purchase|investment))\b|^(?:此举|这一|这笔|这些|这是|此)/i;

/**
 * "In May, Tencent purchased … for 113 million yuan. This acquisition demonstrates Tencent's strategy to …":
 * the reason told in the sentence right after the one stating the last answer's figure, pointing back at it.
 */
function followsAnswer(sentence: PooledSentence, pool: SentencePool): boolean {
  if (!POINTS_BACK.test(sentence.text.trim())) return false;
  return pool.sentences.some((other) => other.paragraph.id === sentence.paragraph.id && other.position === sentence.position - 1 && other.statesAnswerFigure);
}

/** Aspects whose evidence can be counted ("two reasons", "two risks"). */
const COUNTABLE: AspectId[] = ['reason', 'risk', 'benefit', 'impact', 'change'];
/** Two pieces of evidence are said in one opening sentence only while it stays readable. */
const MAX_JOINED_CHARS = 420;

/** How an explanation's sentences are said. */
interface ExplanationFraming {
  /** Each company's side told by its own sentence (the first two sentences). */
  sideBySide: boolean;
  /** The sides are of one thing asked of each company in turn, not set apart as a comparison. */
  inTurn: boolean;
  /** Said as what the reports come closest to ("The reports don't answer this directly, but …"), not as the answer. */
  hedged: boolean;
  /** How many of the opening sentences are evidence: two of them can be said together as "two reasons: …". */
  leading: number;
}

function explanationSentences(chosen: PooledSentence[], aspect: AspectId | undefined, context: PlannerContext, { sideBySide, inTurn, hedged, leading }: ExplanationFraming): string[] {
  const { lang } = context;
  const markers = chosen.map((sentence) => cite(context, sentence));
  const clauses = chosen.map((sentence) => withReferent(sentence, asClause(sentence.text), context, chosen));
  if (lang === 'zh') {
    return chosen.map((sentence, i) => {
      const han = mostlyChinese(sentence.text);
      const source = sourceName(context.documents.get(sentence.paragraph.docId), 'zh');
      const body = han ? `${clauses[i]}${markers[i]}。` : `据${source}:“${sentence.text}”${markers[i]}`;
      if (i > 0) return han ? `报告还提到,${body}` : body;
      const opener = hedged ? '报告没有直接回答这个问题;最接近的说法是' : leadFrame(aspect, 'zh');
      return `${opener}:${body}`;
    });
  }
  const out: string[] = [];
  let from = 1;
  // Two clauses are joined only when each is one statement: "…; AI-related capital expenditures surged …" joined to another reads as a run-on.
  const joinable = !hedged && !sideBySide && aspect && COUNTABLE.includes(aspect) && leading >= 2 && clauses[0]!.length + clauses[1]!.length <= MAX_JOINED_CHARS
    && clauses.slice(0, 2).every((clause) => !/[;；]/.test(clause));
  if (sideBySide) {
    if (inTurn) {
      out.push(`${hedged ? "The reports don't answer this directly, but they say that" : 'Taking each in turn, the reports say that'} ${inSentence(clauses[0]!, context)} ${markers[0]}; and that ${inSentence(clauses[1]!, context)} ${markers[1]}.`);
    } else {
      out.push(`${hedged ? "The reports don't compare them directly, but they say that" : 'The reports set them apart this way:'} ${inSentence(clauses[0]!, context)} ${markers[0]}, while ${inSentence(clauses[1]!, context)} ${markers[1]}.`);
    }
    from = 2;
  } else if (joinable) {
    // "The two reasons the reports give are that …, and that …": the opening sentence carries both answers.
    const noun = ASPECTS.find((entry) => entry.id === aspect)!.noun[1];
    out.push(`The two ${noun} the reports ${aspect === 'reason' ? 'give' : 'point to'} are that ${inSentence(clauses[0]!, context)} ${markers[0]}, and that ${inSentence(clauses[1]!, context)} ${markers[1]}.`);
    from = 2;
  } else {
    const frameWords = hedged ? "The reports don't answer this directly, but they say that" : leadFrame(aspect, 'en');
    // "According to the reports, according to AI Trends …" says the source twice.
    const lead = (/^According to\b/.test(clauses[0]!) && /^According to/.test(frameWords)) || !frameWords ? clauses[0]! : `${frameWords} ${inSentence(clauses[0]!, context)}`;
    out.push(`${capitalise(lead)} ${markers[0]}.`);
  }
  chosen.slice(from).forEach((_, i) => {
    const at = i + from;
    out.push(`${i === 0 ? 'They also note that' : 'And'} ${inSentence(clauses[at]!, context)} ${markers[at]}.`);
  });
  return out;
}

/**
 * The single best sentence, with its source: in English, said as a clause ("According to …"); in Chinese,
 * quoted, led by the asked metric's figure in 亿/万 when the sentence is English and gives one.
 */
export function sentenceCandidate(pool: SentencePool, context: PlannerContext, metrics: Metric[] = [], want: FigureWanted = { units: [], stated: [] }): TextCandidate | undefined {
  const ranked = [...pool.sentences].sort((a, b) => relevance(b) - relevance(a));
  // "How much of that was scheduled for delivery in 2024?" after "$5 billion": the sentence that stated the last answer's
  // figure again is no answer to a new figure question; the best one saying something new is.
  const fresh = want.units.length && pool.known ? ranked.filter((sentence) => !repeatsAnswer(sentence.text, pool.known)) : ranked;
  // "How much of the investment was cloud credits?": the part's own sentence ("$300 million … provided as credits"), not the whole's.
  const part = want.part?.size ? fresh.find((sentence) => coverage(context.index, want.part!, sentence.text) >= PART_COVERAGE) : undefined;
  // "阿里的收入中有多少来自海外?": with no sentence saying any word of the part, the whole's figure is no answer to it.
  // (A part said in other words still gets the closest sentence.)
  if (want.part?.size && !part && (want.units.length || metrics.length) && !fresh.some((sentence) => coverage(context.index, want.part!, sentence.text) > 0)) return undefined;
  // "Alibaba's investment style has been compared with Tencent's" is Alibaba's news: asked about Tencent, a nearly as close
  // sentence with Tencent as its subject ("Tencent only seeks symbiosis in investment …") is the one to quote.
  const own = fresh[0]?.askedAsObject ? fresh.find((sentence) => !sentence.askedAsObject && sentence.subject >= 1 && relevance(sentence) >= OWN_SUBJECT_SHARE * relevance(fresh[0]!)) : undefined;
  const best = part ?? own ?? fresh[0];
  if (!best) return undefined;
  if (context.lang === 'zh') {
    // The pool's entity terms are index terms ("@alibaba"); the clause check reads alias ids.
    const asked = pool.terms.entities.filter((term) => term.startsWith('@')).map((term) => term.slice(1));
    const lead = !mostlyChinese(best.text) ? countedNounLead(want, context, best) ?? (metrics.length ? chineseFigureLead(metrics, context, best, asked, want.units) : undefined) ?? onlyFigureLead(want, context, best, asked) : undefined;
    if (lead) return { sentences: [lead, supportingQuote(context, best)], strength: relevance(best) };
    // Opened in words, not with a pasted quote: a Chinese sentence is said, an English one is quoted after "…写道".
    const source = sourceName(context.documents.get(best.paragraph.docId), 'zh');
    // A publisher known only by a Latin name ("Business Show") still gets a Chinese sentence: "…的报道写道".
    const writer = /\p{Script=Han}/u.test(source) ? source : `${source}的报道`;
    const entryDate = timelineEntryDate(best, 'zh');
    const said = mostlyChinese(best.text) ? `据${source},${entryDate ? `${entryDate},` : ''}${asClause(best.text)}${cite(context, best)}。` : `${writer}写道${entryDate ? `,${entryDate}` : ''}:“${best.text}”${cite(context, best)}`;
    return { sentences: [said], strength: relevance(best) };
  }
  // An English question about a Chinese-only passage: an English lead over the Chinese original, not Chinese pasted into English.
  if (mostlyChinese(best.text)) return { sentences: [supportingQuote(context, best)], strength: relevance(best) };
  const source = sourceName(context.documents.get(best.paragraph.docId), 'en');
  // A sentence from a timeline entry carries the entry's date ("on April 16, 2025, WeChat integrated Yuanbao").
  const entryDate = timelineEntryDate(best, 'en');
  const clause = `${entryDate ? `${entryDate}, ` : ''}${asClause(best.text)}`;
  const marker = cite(context, best);
  const said = /^According to\b/.test(clause) ? `${clause} ${marker}.` : `According to ${source}, ${inSentence(clause, context)} ${marker}.`;
  return {
    sentences: [said],
    hedged: [`The reports don't answer this directly, but ${source} says that ${inSentence(clause, context)} ${marker}.`],
    strength: relevance(best),
  };
}

/** Nouns a count in the reports counts, said in Chinese after the figure ("3000万小时"). Data: extend for a new collection. */
const COUNTED_NOUNS = new Set(['hours', 'developers', 'users', 'customers', 'clients', 'enterprises', 'businesses', 'models', 'chips', 'gpus', 'servers', 'employees', 'applications', 'apps', 'plugins', 'downloads', 'pieces', 'scenarios']);

/** How much of the part's words a sentence must say to be the part's own. */
const PART_COVERAGE = 0.5;
/** How close (in relevance) a sentence about the asked company must come to one naming it only as an object. */
const OWN_SUBJECT_SHARE = 0.6;

/** "the world's top 10 smartphone makers", "HPN 7.0", "Spark 2.0": a number that ranks or names, not a count of anything. */
function namesRatherThanCounts(text: string, quantity: Quantity): boolean {
  if (quantity.unit !== 'count' && quantity.unit !== 'number') return false;
  const before = text.slice(Math.max(0, quantity.index - 12), quantity.index);
  return /\btop\s*$|前\s*$/i.test(before) || /\b[A-Z][A-Za-z0-9-]*\s$/.test(before) || isVersionNumber(text, quantity);
}

/** The figure a question asks for, by unit, and the figures it states itself (which are no answer to it). */
export interface FigureWanted {
  units: Quantity['unit'][];
  stated: Quantity[];
  /** The part a "how much of W was P" question asks about, as weighted terms. */
  part?: Map<string, number>;
  /** The question as asked, for the nouns it counts ("应用和插件各有多少?"). */
  question?: string;
}

/**
 * "智东西给出的数字是:应用825、插件500[1]。": a count question naming what it counts is answered with the figure the
 * sentence gives right before each of those nouns (every one, when it asks of several), before any figure found
 * by a measure's words, which may be the conversation's last measure rather than this question's.
 */
function countedNounLead(want: FigureWanted, context: PlannerContext, sentence: PooledSentence): string | undefined {
  if (!want.question || !want.units.includes('count')) return undefined;
  const figures = countedFigures(want.question, sentence.text);
  if (!figures.length) return undefined;
  const source = sourceName(context.documents.get(sentence.paragraph.docId), 'zh');
  const said = figures.length === 1 ? chineseCount(sentence.text, figures[0]!.quantity) : `:${figures.map((entry) => `${entry.noun}${figure(entry.quantity, 'zh')}`).join('、')}`;
  return `${source}给出的数字是${said}${cite(context, sentence)}。`;
}

/**
 * "其中多少是以云计算额度提供的?" over "… over $300 million of that investment was provided as credits …": with
 * no measure named to look near, the one figure of the asked unit the sentence gives (for the asked company,
 * not one the question states) leads in Chinese; none when there are several (which one is meant is a guess).
 */
function onlyFigureLead(want: FigureWanted, context: PlannerContext, sentence: PooledSentence, asked: string[]): string | undefined {
  if (!want.units.length) return undefined;
  const figures = parseQuantities(sentence.text).filter((quantity) => isMeasure(quantity) && want.units.includes(quantity.unit) && !namesRatherThanCounts(sentence.text, quantity)
    && !want.stated.some((stated) => stated.unit === quantity.unit && sameAmount(stated, quantity, 0.01))
    && clauseOwnerFits(sentence.text, quantity.index, asked, context.aliases));
  if (figures.length !== 1) return undefined;
  const source = sourceName(context.documents.get(sentence.paragraph.docId), 'zh');
  return `${source}给出的数字是${chineseCount(sentence.text, figures[0]!)}${cite(context, sentence)}。`;
}

/**
 * A count said in Chinese with what it counts when the English sentence names it right after the figure and the
 * vocabulary knows the word: "30 million hours of free GPU computing" → "3000万小时", not a bare "3000万".
 */
export function chineseCount(sentence: string, quantity: Quantity): string {
  const said = figure(quantity, 'zh');
  if (quantity.unit !== 'count' && quantity.unit !== 'number') return said;
  // A counted noun right after the count is what it counts ("30 million hours"); "16.47 trillion daily API calls" is not
  // "daily", nor "219,260 as of …" "as".
  const next = /^\s+([A-Za-z][A-Za-z-]*)\b/.exec(sentence.slice(quantity.index + quantity.text.length))?.[1]?.toLowerCase();
  const noun = next && COUNTED_NOUNS.has(next) ? chineseFor(next) : undefined;
  return noun && !said.endsWith(noun) ? `${said}${noun}` : said;
}

/**
 * "财新(2025-06-23)给出的数字是超过3800亿元[1]。": the figure of the asked metric's unit lying nearest to
 * that metric's words in the sentence; no lead when none does (a wrong figure stated plainly misleads).
 */
function chineseFigureLead(metrics: Metric[], context: PlannerContext, sentence: PooledSentence, asked: string[], units: Quantity['unit'][] = []): string | undefined {
  // "JD.com will invest …; Meituan's R&D expenditure … was 6.3 billion yuan": a figure whose own clause names
  // only other companies is theirs, not an answer about the company asked. "多少块" asks a count, not the order's dollars.
  const measures = parseQuantities(sentence.text).filter((quantity) => isMeasure(quantity) && clauseOwnerFits(sentence.text, quantity.index, asked, context.aliases)
    && (!units.length || units.includes(quantity.unit)) && !namesRatherThanCounts(sentence.text, quantity));
  let best: { quantity: Quantity; distance: number } | undefined;
  for (const rule of METRIC_RULES.filter((candidate) => metrics.includes(candidate.metric))) {
    const cues = [...sentence.text.matchAll(new RegExp(rule.pattern.source, 'gi'))].map((match) => match.index);
    for (const quantity of measures.filter((candidate) => rule.units.includes(candidate.unit))) {
      const distance = Math.min(...cues.map((at) => Math.abs(at - quantity.index)));
      if (distance <= (rule.reach ?? 80) && (!best || distance < best.distance)) best = { quantity, distance };
    }
  }
  if (!best) return undefined;
  const source = sourceName(context.documents.get(sentence.paragraph.docId), 'zh');
  return `${source}给出的数字是${chineseCount(sentence.text, best.quantity)}${cite(context, sentence)}。`;
}
