/** @module List questions ("which companies …"): the names one passage enumerates, or those gathered from every relevant sentence. */
import { splitSentences, type Paragraph } from '../../core/index.js';
import { sourceName, STOP } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import { withTranslations } from './bilingual-terms.js';
import type { Plan, PlannerContext } from './planner-context.js';
import { searchQuery } from './sentence-pool.js';
import { chineseListKind, chineseListLead, chineseListNoun, joinChinese } from './chinese-list-lead.js';
import { nameIn } from '../conversation-state.js';
import { coverage } from './evidence.js';
import { describedMembers, kindOfMember } from './member-kinds.js';
import { askedMemberType, listOwner, modelsListed, namesHeadNoun, ownedBy, peopleListed, productsListed } from './list-members.js';

interface Candidate {
  paragraph: Paragraph;
  sentence: string;
  score: number;
  /** The sentence before, when this one only lists what that one names ("… rolled out development toolchains. These include A, B …"). */
  named?: string;
}

/** A sentence that lists what the sentence before it names: "These include …", "They are …", "Among them …", "其中包括…". */
const LISTS_WHAT_CAME_BEFORE = /^(?:[Tt]hese|[Tt]hey|[Tt]hose)\s+(?:include|includes|included|comprise)\b|^(?:[Tt]hese|[Tt]hey|[Tt]hose)\s+(?:are|were)\s+(?=[A-Z])|^[Aa]mong them\b|^其中(?:包括)?|^包括/;

/** What a candidate says about the question's words: its sentence, with the one it refers back to. */
const said = (candidate: Candidate) => (candidate.named ? `${candidate.named} ${candidate.sentence}` : candidate.sentence);

const NAME = "[A-Z0-9][\\w.&'’-]*(?:\\s[A-Z0-9][\\w.&'’-]*)*";
/** "such as A, B and C" or "such as A and B": the names after the cue. */
const ENUMERATION = new RegExp(`(?:such as|including|includes?|like|alongside|among them|包括|如)\\s+(${NAME}(?:,\\s*${NAME})*,?\\s+(?:and|or)\\s+${NAME}|(?:${NAME},\\s*)+${NAME})`);
const MAX_QUOTE = 260;
/** Nouns a list question asks for members by ("Which carmakers …", "Which chip companies …"): data, extend for a new collection. */
const LIST_NOUNS = 'companies|firms|startups|providers|makers|carmakers|automakers|manufacturers|clients|customers|platforms|enterprises|brands|investors|partners|businesses|players|apps|applications';

function overlap(question: Set<string>, text: string, context: PlannerContext): number {
  const terms = context.index.tokenizer.terms(text);
  return new Set(terms.filter((term) => question.has(term))).size;
}

async function candidates(frame: QuestionFrame, context: PlannerContext, k = 6): Promise<Candidate[]> {
  // A Chinese question meets an English-only list through the bilingual vocabulary ("机器人" → robot).
  const results = await context.tools.search({ query: searchQuery(frame.text), k, ...(frame.docIds.length === 1 ? { docId: frame.docIds[0]! } : {}) });
  const question = new Set(context.index.tokenizer.terms(withTranslations(frame.text)));
  const found = results.map((result) => context.paragraphs.get(result.paragraphId)!);
  const kind = kindTerms(frame, context);
  return found.flatMap((paragraph, rank) => {
    const paragraphOfKind = kind.size > 0 && overlap(kind, paragraph.text, context) > 0;
    const sentences = splitSentences(paragraph.text);
    return sentences.map(({ text }, i) => {
      // (Only when that sentence names what the question lists: "… development toolchains" for "Which platforms …?".)
      const named = i > 0 && LISTS_WHAT_CAME_BEFORE.test(text.trim()) && namesHeadNoun(sentences[i - 1]!.text, frame.text) ? sentences[i - 1]!.text : undefined;
      const candidate: Candidate = { paragraph, sentence: text, score: 0, ...(named ? { named } : {}) };
      let score = overlap(question, said(candidate), context) + (k - rank) * 0.3;
      if (frame.kind === 'list' && (ENUMERATION.test(text) || listedEntities(text, frame, context).length >= 2)) score += 3;
      // Names of the kind asked ("chip companies such as …") beat a longer list of another kind; a sentence or paragraph merely about that kind helps less.
      if (kind.size) score += overlap(kind, enumeratedNoun(text), context) > 0 ? 2.5 : overlap(kind, text, context) > 0 ? 1 : paragraphOfKind ? 0.5 : 0;
      return { ...candidate, score };
    });
  }).sort((a, b) => b.score - a.score);
}

/** The words just before an enumeration's cue, which say what it enumerates ("invested in chip companies such as"). */
function enumeratedNoun(sentence: string): string {
  const match = ENUMERATION.exec(sentence);
  if (!match) return '';
  return sentence.slice(0, match.index).split(/\s+/).slice(-6).join(' ');
}

/** The words naming what kind of thing is listed: "chip" of "Which chip companies …", "大模型" (and "large model") of "哪些大模型公司". */
function kindTerms(frame: QuestionFrame, context: PlannerContext): Set<string> {
  const english = frame.text.trim().match(new RegExp(`^(?:which|what)\\s+((?:[\\w-]+\\s+){0,3}?)(?:${LIST_NOUNS})\\b`, 'i'))?.[1];
  const modifier = context.lang === 'zh' || /\p{Script=Han}/u.test(frame.text) ? chineseListKind(frame.text) : english ?? '';
  const terms = context.index.tokenizer.terms(withTranslations(modifier)).filter((term) => !term.startsWith('@'));
  return new Set(terms);
}

function listedEntities(text: string, frame: QuestionFrame, context: PlannerContext): string[] {
  // The question's own companies, their parents and their units are not list items.
  const related = new Set(frame.entities.flatMap((id) => [id, context.aliases.get(id)?.parent ?? '', ...context.aliases.entries.filter((entry) => entry.parent === id).map((entry) => entry.id)]));
  const mentions = context.aliases.find(text);
  const asked = mentions.filter((mention) => related.has(mention.id));
  const byId = new Map<string, string>();
  for (const mention of mentions) {
    if (related.has(mention.id) || byId.has(mention.id) || [...byId.values()].includes(mention.name)) continue;
    if (!['company', 'product'].includes(context.aliases.get(mention.id)?.kind ?? '')) continue;
    // "both Alibaba and Tencent have invested": a company coordinated with the asked one is a co-subject.
    const coordinated = asked.some((other) => {
      const [from, to] = other.index < mention.index ? [other.index + other.name.length, mention.index] : [mention.index + mention.name.length, other.index];
      return /^\s*(?:and|&|,|or|、|和|与)\s*$/i.test(text.slice(from, to));
    });
    if (!coordinated && !mentions.some((other) => other.index === mention.index && byId.has(other.id))) byId.set(mention.id, mention.name);
  }
  return [...byId.values()];
}

/**
 * Listed names for a Chinese reader: the alias table's Chinese name with the name the report wrote
 * ("稀宇科技(MiniMax)"), or that name alone; two spellings of one company ("Tongyi", "Tongyi Qianwen") once.
 */
function chineseNames(items: string[], context: PlannerContext): string[] {
  const seen = new Set<string>();
  return items.flatMap((item) => {
    // The alias's Chinese name only for a name it covers whole: "Ascend MindSpore" is no "昇腾910B".
    const id = context.aliases.find(item).find((mention) => mention.index === 0 && mention.name.length === item.length)?.id;
    const key = id ?? item.toLowerCase();
    if (seen.has(key)) return [];
    seen.add(key);
    const han = id ? nameIn(context.aliases, id, 'zh') : item;
    return [han === item || !/\p{Script=Han}/u.test(han) ? item : `${han}(${item})`];
  });
}

function join(items: string[], lang: 'en' | 'zh'): string {
  if (lang === 'zh') return joinChinese(items);
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The report's words for a candidate: its sentence, with the sentence before when it only lists what that one names
 * ("… rolled out upgraded development toolchains … These include Alibaba Cloud's Bailian, …"), as the paragraph has them.
 */
function quoted(candidate: Candidate): string {
  if (!candidate.named) return candidate.sentence;
  // From the lead-in's start to the list's end, as the paragraph writes them (Chinese puts no space between sentences).
  const text = candidate.paragraph.text;
  const start = text.indexOf(candidate.named);
  const at = start < 0 ? -1 : text.indexOf(candidate.sentence, start + candidate.named.length);
  return at < 0 ? candidate.sentence : text.slice(start, at + candidate.sentence.length);
}

/** A supporting sentence: the report's own words, when they are short enough to read (a list with its lead-in a little longer). */
function supportQuote(candidate: Candidate, marker: string, context: PlannerContext): string | undefined {
  const text = quoted(candidate);
  if (text.length > (candidate.named ? 2 * MAX_QUOTE : MAX_QUOTE)) return undefined;
  const source = sourceName(context.documents.get(candidate.paragraph.docId), context.lang);
  return context.lang === 'en' ? `${source}: “${text}” ${marker}` : `${source}:“${text}”${marker}`;
}

function cite(candidate: Candidate, context: PlannerContext, quote = quoted(candidate)): string {
  return `[${context.book.cite(candidate.paragraph.id, quote)}]`;
}

/**
 * Requires the sentence to share content words with the question, so an unrelated hit is not passed off
 * as an answer; `strict` also needs the question's companies in the sentence itself and a shared word
 * that is not a company name (list items must come from sentences about the same thing).
 */
function relevant(candidate: Candidate | undefined, frame: QuestionFrame, context: PlannerContext, strict = false): boolean {
  if (!candidate) return false;
  const content = context.index.tokenizer.terms(withTranslations(frame.text)).filter((term) => !term.startsWith('@') || frame.entities.includes(term.slice(1)));
  const hits = overlap(new Set(content), said(candidate), context);
  const scope = strict ? candidate.sentence : candidate.paragraph.text;
  const entitiesOk = frame.entities.every((id) => context.aliases.ids(scope).includes(id));
  if (!strict) return hits >= Math.min(2, content.length) && entitiesOk;
  const names = new Set(frame.entities.flatMap((id) => context.aliases.get(id)?.names ?? []).flatMap((name) => context.index.tokenizer.terms(name)));
  const plain = overlap(new Set(content.filter((term) => !term.startsWith('@') && !names.has(term))), said(candidate), context);
  // A sentence in a report about the company may leave its name to the title ("invested enterprises … going public").
  const title = context.documents.get(candidate.paragraph.docId)?.title ?? '';
  const aboutIt = frame.entities.every((id) => context.aliases.ids(`${candidate.paragraph.text}\n${title}`).includes(id));
  return (entitiesOk && plain >= 1) || (aboutIt && plain >= 2);
}

/** Whether the list asks for organisations (makers, providers, 厂商, 车企 …), of which a product is never one. */
function asksOrganisations(question: string): boolean {
  return new RegExp(`^(?:which|what)\\s+(?:[\\w-]+\\s+){0,3}?(?:${LIST_NOUNS})\\b`, 'i').test(question.trim()) && !/\b(?:platforms|apps|applications)\b/i.test(question)
    || /(?:公司|企业|厂商|车企|客户|投资者|投资方|股东|服务商|供应商|合作伙伴|巨头|机构|银行)/.test(chineseListNoun(question));
}

/** Heads that name no kind of their own ("Which companies …"): the words before them do. */
const GENERIC_HEADS = /^(?:companies|firms|makers|manufacturers|providers|clients|customers|enterprises|businesses|players|partners|brands)$/i;

/**
 * The kind of member the question asks for, as weighted terms: "smartphone" of "Which smartphone makers", "carmakers" of
 * "Which carmakers", "手机" (phone) of "哪些手机厂商"; empty when the question names only a generic noun ("Which companies …").
 */
function askedKind(frame: QuestionFrame, context: PlannerContext): Map<string, number> {
  const english = frame.text.trim().match(new RegExp(`^(?:which|what)\\s+((?:[\\w-]+\\s+){0,3}?)(${LIST_NOUNS})\\b`, 'i'));
  const words = /\p{Script=Han}/u.test(frame.text) ? chineseListNoun(frame.text) : english ? `${english[1]!}${GENERIC_HEADS.test(english[2]!) ? '' : english[2]!}` : '';
  const generic = new Set(context.index.tokenizer.terms('companies company firms makers manufacturers providers vendors clients customers enterprises businesses'));
  const terms = context.index.tokenizer.terms(withTranslations(words)).filter((term) => !term.startsWith('@') && !generic.has(term) && !/\p{Script=Han}/u.test(term));
  return new Map(terms.map((term) => [term, 1]));
}

/**
 * Members of the kind asked: one the sentence describes (an apposition, a copula, an industry) must be described as that kind;
 * one a list names is of the list's kind, or of its paragraph's; one the sentence does not describe counts only when the sentence
 * speaks of the kind at all. "OPPO, a … smartphone manufacturer" is a smartphone
 * maker; "China Unicom is … one of the major clients" is not; "automobile enterprises such as FAW, BYD" are carmakers.
 */
function ofAskedKind(items: string[], sentence: string, paragraph: string | undefined, kind: Map<string, number>, organisations: boolean, context: PlannerContext): string[] {
  if (!kind.size) return items;
  const fits = (words: string) => coverage(context.index, kind, words) > 0;
  // A list whose own noun says nothing of the kind ("companies with different technological routes such as …") takes its paragraph's
  // subject, unless the sentence itself sets another member apart as the kind ("… and the mobile phone industry through cooperation with Honor").
  const setApart = describedMembers(sentence).some((member) => member.by !== 'enumeration' && fits(member.kind));
  return items.filter((item) => {
    const described = kindOfMember(item, sentence);
    if (described && described.by !== 'enumeration') return fits(described.kind);
    if (described) return fits(described.kind) || (!setApart && fits(paragraph ?? ''));
    // A product is no company of a kind ("Tongyi" among phone makers); otherwise the passage must speak of the kind ("emerging cloud providers … Volcano Engine").
    if (organisations && context.aliases.ids(item).some((id) => context.aliases.get(id)?.kind === 'product')) return false;
    return fits(sentence) || (!setApart && fits(paragraph ?? ''));
  });
}

/** The names a sentence lists: its enumeration ("such as A, B and C") with the names in the same clause, or else every company it names. */
function itemsIn(sentence: string, frame: QuestionFrame, context: PlannerContext, paragraph?: string): string[] {
  // People and models are read by their own shapes; companies and products through the alias table and enumerations.
  const type = askedMemberType(frame.text);
  if (type === 'people') return peopleListed(sentence, frame.text, context.aliases);
  // "Which Tencent apps …", "Which DeepSeek models …": another company's products are not members.
  const owner = listOwner(frame.text, context.aliases);
  const owned = (items: string[]) => (owner ? items.filter((item) => ownedBy(item, owner, context.aliases)) : items);
  if (type === 'models') return owned(modelsListed(sentence, frame.text, context.aliases));
  // "Which development platforms …": the offerings, named as their makers' ("Alibaba Cloud's Bailian") or known as products; never the makers.
  if (type === 'products') return productsListed(sentence, context.aliases);
  const kind = askedKind(frame, context);
  // Names the alias table does not know are members too when the sentence says they are of the kind asked ("OPPO, a … smartphone manufacturer").
  const asked = new Set(frame.entities.flatMap((id) => context.aliases.get(id)?.names.map((name) => name.toLowerCase()) ?? []));
  const described = kind.size ? describedMembers(sentence).filter((member) => member.by !== 'enumeration' && !asked.has(member.name.toLowerCase())).map((member) => member.name) : [];
  const things = thingsIn(sentence, frame, context);
  const all = [...things, ...described.filter((name) => !things.some((thing) => thing.toLowerCase() === name.toLowerCase()))];
  return owned(ofAskedKind(all, sentence, paragraph, kind, asksOrganisations(frame.text), context));
}

/** Companies and products a sentence lists: its enumeration ("such as A, B and C") and the names in the same clause. */
function thingsIn(sentence: string, frame: QuestionFrame, context: PlannerContext): string[] {
  const enumeration = sentence.match(ENUMERATION);
  const clause = enumeration ? sentence.split(/;|；/).find((part) => part.includes(enumeration[1]!)) ?? sentence : sentence;
  const enumerated = enumeration?.[1]?.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((item) => item.trim()).filter(Boolean) ?? [];
  const asked = new Set(frame.entities.flatMap((id) => context.aliases.get(id)?.names.map((name) => name.toLowerCase()) ?? []));
  // "players like Tencent and Alibaba": an enumeration naming the asked company lists its peers, not what it invested in.
  const peers = enumerated.some((item) => asked.has(item.toLowerCase()));
  const ownItems = peers ? [] : enumerated.filter((item) => !asked.has(item.toLowerCase()));
  const all = [...listedEntities(clause, frame, context).filter((item) => !peers || !enumerated.includes(item)), ...ownItems].map((item) => item.replace(/[.。,，;；]+$/, ''));
  // "Yangtze Memory Technologies" and "Yangtze Memory Technologies Co." are one member: the first written wins.
  const same = (a: string, b: string) => a.toLowerCase().startsWith(b.toLowerCase()) || b.toLowerCase().startsWith(a.toLowerCase());
  return all.filter((item, i) => item && all.findIndex((other) => same(other, item)) === i);
}

/** The words a list answer opens with, naming what it lists when the question says ("The chip companies the reports name are …"). */
export function listLead(question: string, lang: 'en' | 'zh'): string {
  if (lang === 'zh') return chineseListLead(question);
  const noun = question.trim().match(new RegExp(`^(?:which|what)\\s+((?:[\\w-]+\\s+){0,3}?(?:${LIST_NOUNS}|giants|chips|models|products|sectors|areas|rivals|competitors|projects|deals|banks|funds|countries|cities))\\b`, 'i'))?.[1];
  return noun ? `The ${noun} the reports name are ` : 'The reports name ';
}

/** Lists live in one paragraph: pick the relevant paragraph that names the most items, and cite each sentence that names them. */
export const planList: Plan = async (frame, context) => {
  const ranked = await candidates(frame, context);
  const byParagraph = new Map<string, Candidate[]>();
  for (const candidate of ranked) byParagraph.set(candidate.paragraph.id, [...(byParagraph.get(candidate.paragraph.id) ?? []), candidate]);
  let chosen: { sentences: { candidate: Candidate; items: string[] }[]; score: number } | undefined;
  for (const sentences of byParagraph.values()) {
    const carrying = sentences.filter((candidate) => relevant(candidate, frame, context, true))
      .map((candidate) => ({ candidate, items: itemsIn(candidate.sentence, frame, context, candidate.paragraph.text) })).filter((entry) => entry.items.length);
    const distinct = new Set(carrying.flatMap((entry) => entry.items.map((item) => item.toLowerCase())));
    if (distinct.size < 2 || !sentences.some((candidate) => relevant(candidate, frame, context))) continue;
    // Sentences that share the question's words beat sentences that merely name many companies.
    // Mostly the best sentence: a paragraph's weaker second sentence naming one more item should not sink its list.
    const mean = carrying.reduce((sum, entry) => sum + entry.candidate.score, 0) / carrying.length;
    const best = Math.max(...carrying.map((entry) => entry.candidate.score));
    const score = 0.5 * best + 0.5 * mean + Math.min(distinct.size, 4);
    if (!chosen || score > chosen.score) chosen = { sentences: carrying.sort((a, b) => a.candidate.paragraph.text.indexOf(a.candidate.sentence) - b.candidate.paragraph.text.indexOf(b.candidate.sentence)), score };
  }
  // Nothing names three: gather the list from every relevant sentence instead ("which companies did Tencent invest in?").
  // A sentence that enumerates ("such as A and B") is the list even when it names only two.
  const enumerates = chosen?.sentences.some((entry) => ENUMERATION.test(entry.candidate.sentence)) ?? false;
  if (!chosen || (new Set(chosen.sentences.flatMap((entry) => entry.items)).size < 3 && !enumerates)) {
    const gathered = (await candidates(frame, context, 14)).filter((candidate) => relevant(candidate, frame, context, true))
      .map((candidate) => ({ candidate, items: itemsIn(candidate.sentence, frame, context, candidate.paragraph.text) })).filter((entry) => entry.items.length);
    if (new Set(gathered.flatMap((entry) => entry.items)).size > new Set(chosen?.sentences.flatMap((entry) => entry.items) ?? []).size) chosen = { sentences: gathered.slice(0, 6), score: 0 };
  }
  if (!chosen) return undefined;
  const seen = new Set<string>();
  const groups = chosen.sentences.flatMap(({ candidate, items }) => {
    const fresh = items.filter((item) => !seen.has(item.toLowerCase()));
    fresh.forEach((item) => seen.add(item.toLowerCase()));
    return fresh.length ? [{ items: fresh, marker: cite(candidate, context) }] : [];
  });
  // Chinese: every name in its Chinese form, one list, the markers after it ("A、B和C[1][2]").
  const named = context.lang === 'en'
    ? groups.map((group) => `${join(group.items, 'en')} ${group.marker}`).join('; ')
    : `${joinChinese(chineseNames(groups.flatMap((group) => group.items), context))}${groups.map((group) => group.marker).join('')}`;
  const sentences = [`${listLead(frame.text, context.lang)}${named}${STOP[context.lang]}`];
  // Hedged, the answer says the list may be partial rather than that the reports don't say.
  const hedged = [context.lang === 'en' ? `The reports may not give the full list, but they name ${named}.` : `报告未必给出完整名单,但提到了:${named}。`];
  const first = chosen.sentences[0]!.candidate;
  const support = supportQuote(first, cite(first, context), context);
  if (support) {
    sentences.push(support);
    hedged.push(support);
  }
  // One sentence that enumerates the members ("such as A, B and C", or names several of the asked type) states the list.
  const direct = chosen.sentences.some((entry) => entry.items.length >= 2 && namesHeadNoun(said(entry.candidate), frame.text)
    && (ENUMERATION.test(entry.candidate.sentence) || askedMemberType(frame.text) !== 'things'));
  // Every member checked against the kind the question names ("chip companies", "carmakers"), by what its sentence says it is.
  const kindChecked = askedKind(frame, context).size > 0 && askedMemberType(frame.text) === 'things';
  return { sentences, hedged, ...(direct ? { direct } : {}), ...(kindChecked ? { kindChecked } : {}) };
};
