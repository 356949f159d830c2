/**
 * @module The organisation or product a which-question asks for, read from the passage the answer would quote:
 * "Which Chinese company is seen as the front-runner in domestic AI chips?" over "Huawei is seen as a leader in
 * domestic chip technology …" is Huawei. The name is one the question does not already give (nor a parent or unit
 * of one it gives), of the kind its question word asks ("which company" → a company, "which app" → a product). A
 * passage that refers back ("after Alibaba acquired this chip company", "it also started the IPO guidance") is
 * read with the sentence before it in its paragraph, where the name was given.
 */
import type { AliasTable } from '../../index/index.js';
import { entityName } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import { askedSpan } from './asked-fit.js';
import { leadingType, wantedTypes } from './answer-type.js';
import { familyOf } from './company-kin.js';
import { coverage } from './evidence.js';
import type { PlannerContext } from './planner-context.js';
import { relevance, sentenceBefore, type SentencePool } from './sentence-pool.js';
import { pointsTo, supportingQuote, type TextCandidate } from './text-candidates.js';
import { NOT_NAMES, peopleInSentence } from './typed-spans.js';

type NameKind = 'company' | 'product';

/** The question word's noun → the kind of name it asks for. Data: extend for new nouns. */
const KIND_NOUNS: [NameKind, RegExp][] = [
  ['company', /\b(?:which|whose|what)\s+(?:[\w'’-]+\s+){0,3}?(?:company|companies|firm|startup|unicorn|player|provider|vendor|maker|chipmaker|manufacturer|rival|competitor|investor|backer|institution|agency|organi[sz]ation|partner|bank|fund|operator|carmaker|automaker|unit|subsidiary|subsidiaries|division|affiliate)\b|^\s*whose\b|哪家|哪个(?:公司|机构|企业)|什么(?:公司|机构|企业)/i],
  ['product', /\b(?:which|what)\s+(?:[\w'’-]+\s+){0,3}?(?:app|application|chatbot|model|platform|product|service|chip|gpu|processor|architecture|toolchain|system|community)\b|哪款|哪个(?:产品|平台|模型|应用)|什么(?:平台|产品|模型|芯片)|哪种(?:芯片|GPU|显卡)|\bwhat(?:['’]s| is| are| was)\b[^?]{0,60}?\b(?:app|application|platform|toolchain|model|chip|product|service|system)s?\s+(?:called|named)\b|(?:平台|工具链|产品|模型|芯片|应用)[^?？，,]{0,4}叫什么/i],
];

/** A who-question about a standing ("seen as", "ahead", "the leader", "leads the market"), not a person's act or role. Data. */
const WHO_AS_WHICH = /^\s*(?:and\s+)?who(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:(?:widely|generally|now)\s+)?(?:(?:seen|considered|regarded|viewed|thought|ranked|rated)\s+(?:as\s+)?(?:(?:the|a)\s+)?(?:leader|leading|ahead|front-?runner|biggest|largest|strongest|best)|ahead|leading|in the lead|on top|the (?:leader|front-?runner|biggest|largest|strongest|winner))\b(?!\s+(?:executive|ceo|cto|head|founder|team|shareholder|boss|chief|chairman|president|manager|director|person|figure)s?\b)(?=[^?]*\b(?:in|on|among|of|for)\b)|^\s*(?:and\s+)?who\s+(?:leads|dominates|tops)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:market|field|race|sector|ranking|chart)\b/i;

/** A sentence that gives someone a standing: "seen as a leader", "ahead of", "the largest …", "dominates". */
const STANDING = /\b(?:seen as|considered|regarded as|viewed as|known as|leader|leading|leads|ahead|front-?runner|largest|biggest|dominat\w*)\b|领先|领头|最大|龙头/i;

/** What a which-question asks for that is no name at all (a slogan is quoted words, a year a date). */
const NOT_A_NAME = /\b(?:slogan|year|month|date|day|figure|amount|price)\b|口号|哪一?年|哪个月/i;

/** A sentence that points back at a name given before it: "this chip company", "the startup", a clause-opening "it". */
const REFERS_BACK = /\b(?:this|that|the)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|startup|chipmaker|maker|unicorn|platform|app|model)\b|(?:^|[,;]\s*|^\s*(?:In|By|Since)\s[^,]{1,40},\s*)(?:it|its)\b|该公司|这家公司|其/i;

/** A demonstrative pointing back at a name of the asked kind: "this chip company", "该平台" ("the unicorn …, Aish Technology" names it). */
const DESCRIBES_KIND: Record<NameKind, RegExp> = {
  company: /\b(?:this|that)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|startup|chipmaker|unicorn)\b|该公司|这家公司/i,
  product: /\b(?:this|that)\s+(?:[\w-]+\s+){0,2}?(?:platform|app|model|chatbot|product)\b(?!\s+[A-Z])|该平台|这款/i,
};

/** Names that report rather than act: "British news agency Reuters reported …", "according to ITJuzi". */
const REPORTER_AFTER = /^\s*(?:reported|said|says|told|noted|stated|revealed|disclosed)\b/i;

/** Names a source is introduced with: "according to ITJuzi", "an analyst at market research firm Forrester", "news agency Reuters". */
const REPORTER_BEFORE = /(?:\baccording to|\banalysts? (?:at|with|from)|\b(?:research|consulting|data) (?:firm|provider|company)|\bnews agency|\breported by|\bcited by|\bciting)\s+(?:[\w-]+\s+){0,3}$/i;

/** Capitalised names the alias table lacks: "Hainan Huatie", "C-Sky Microsystems", "TuringEngine". */
const PROPER_NAME = /\b[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)*(?:\s+[A-Z][A-Za-z0-9-]*){0,3}/g;

export interface NamedSpan {
  name: string;
  index: number;
  id?: string;
}

/** The kind of single name a which-question asks for; none for a list, a person, an explanation, or a noun no kind covers. */
export function nameKindAsked(question: string): NameKind | undefined {
  // "Who is seen as ahead on domestic chips?" describes a standing, as "which company …" would: a company answers it.
  if (WHO_AS_WHICH.test(question)) return 'company';
  if (askedSpan(question) !== 'name' || NOT_A_NAME.test(question)) return undefined;
  if (['list', 'explanation', 'person', 'date'].includes(leadingType(wantedTypes(question)))) return undefined;
  return KIND_NOUNS.find(([, pattern]) => pattern.test(question))?.[0];
}

/** Companies and products a sentence names that the question does not, of the asked kind; known names first, in order. */
/** A product's model code, letters then digits ("A100", "H20", "B200"); not a fiscal year or an amount ("FY2024", "RMB380"). */
const MODEL_CODE = /\b(?!(?:FY|CY|RMB|USD|HKD|CNY|WAIC)\d)[A-Z]{1,3}\d{2,4}[A-Z]?\b/g;

export function namesNotAsked(sentence: string, frame: QuestionFrame, kind: NameKind, aliases: AliasTable): NamedSpan[] {
  // The asked companies, their parents, and their units named after them ("Tencent Cloud" speaks for Tencent); not a
  // unit with a name of its own: "Which chip company did Alibaba acquire?" may be answered by C-Sky Microsystems.
  // What the question itself names: one id per place (the table also files "含光800" under T-Head and Alibaba).
  const named = [...new Set(writtenMentions(aliases.find(frame.text)).map((mention) => mention.id))];
  // (A product's maker is no part of the product asked about: "含光800是阿里旗下哪家公司做的?" asks for T-Head.)
  const askedIds = new Set(named.flatMap((id) => (aliases.get(id)?.kind === 'product' ? [id] : familyOf(id, aliases))));
  // (A product named after its maker is still the product: "Which Tencent app …?" is answered by "Tencent Yuanbao".)
  const namedAfter = (id: string) => (kind !== 'product' || aliases.get(id)?.kind !== 'product')
    && named.some((parent) => aliases.get(id)?.parent === parent && aliases.get(id)!.names.some((name) => aliases.get(parent)!.names.some((own) => name.includes(own))));
  const asked = (id: string) => askedIds.has(id) || namedAfter(id);
  const mentions = aliases.find(sentence);
  const known = writtenMentions(mentions).filter((mention) => {
    const entry = aliases.get(mention.id);
    if (!entry || !['company', 'product'].includes(entry.kind) || asked(mention.id) || frame.text.includes(mention.name)) return false;
    return entry.kind === kind;
  }).filter((mention) => !REPORTER_AFTER.test(sentence.slice(mention.index + mention.name.length)) && !REPORTER_BEFORE.test(sentence.slice(0, mention.index)));
  // People the table knows or the sentence gives a role ("Wu Yongming, CEO"); "Sky Microsystems" only looks like a name.
  const people = peopleInSentence(sentence, aliases).filter((person) => person.id || person.roleScore >= PERSON_ROLE);
  // Trimmed of title words ("The Financial Times"), the name starts where its own words do.
  const unknown = [...sentence.matchAll(PROPER_NAME)].map((match) => { const name = trimTitleWords(match[0]); return { name, index: match.index + match[0].length - name.length }; })
    .filter(({ name, index }) => name.length >= 3 && !NOT_NAMES.has(name) && !frame.text.includes(name)
      && (index > 0 || name.includes(' ') || /[a-z][A-Z]/.test(name))
      && !mentions.some((mention) => index < mention.index + mention.name.length && mention.index < index + name.length)
      && !people.some((person) => index < person.index + person.name.length && person.index < index + name.length)
      && !REPORTER_AFTER.test(sentence.slice(index + name.length)) && !REPORTER_BEFORE.test(sentence.slice(0, index)));
  // "暂停了哪种GPU的租赁?" over "… suspended A100 GPU rentals": a model code the table does not know is a product's name.
  const codes = kind === 'product' ? [...sentence.matchAll(MODEL_CODE)].map((match) => ({ name: match[0], index: match.index })).filter(({ name, index }) => !frame.text.includes(name) && !known.some((mention) => index < mention.index + mention.name.length && mention.index < index + name.length)) : [];
  const found = [...known.map((mention) => ({ name: mention.name, index: mention.index, id: mention.id })), ...(kind === 'company' ? unknown : codes)];
  // "Alibaba introduced Qwen3 as open source; ByteDance rebranded its agent platform Coze …": clauses of several companies'
  // acts, one naming the asked company: its product is the one in that clause, a name the table knows or not.
  const clause = askedClause(sentence, mentions.filter((mention) => askedIds.has(mention.id) && aliases.get(mention.id)?.kind === 'company'));
  if (!clause || kind !== 'product') return found;
  const inClause = (span: { index: number }) => span.index >= clause.from && span.index < clause.to;
  const own = [...found.filter(inClause), ...unknown.filter(inClause).filter((span) => !found.some((other) => other.index === span.index))];
  return own.length ? own : found;
}

/** The one clause (between semicolons) that names an asked company, when the sentence has several and only one does. */
function askedClause(sentence: string, askedMentions: { index: number }[]): { from: number; to: number } | undefined {
  const bounds = [...sentence.matchAll(/[;；]/g)].map((match) => match.index);
  if (!bounds.length || !askedMentions.length) return undefined;
  const clauses = [-1, ...bounds].map((start, i) => ({ from: start + 1, to: bounds[i] ?? sentence.length }));
  const holding = clauses.filter((clause) => askedMentions.some((mention) => mention.index >= clause.from && mention.index < clause.to));
  return holding.length === 1 ? holding[0] : undefined;
}



/**
 * "Which large model development platform does Tencent Cloud offer?" over "… rolled out upgraded development toolchains …
 * These include Alibaba Cloud's Bailian, …, Tencent Cloud's TI Platform, …": an enumeration giving each company its own,
 * read with the sentence that announces what it enumerates, which must say at least half of what the question asks.
 * The asked company's own is the answer, said plainly: "For Tencent Cloud, the reports name TI Platform [1]."
 */
export function possessedCandidate(frame: QuestionFrame, pool: SentencePool, context: PlannerContext): TextCandidate | undefined {
  if (nameKindAsked(frame.text) !== 'product') return undefined;
  const companies = [...new Set(writtenMentions(context.aliases.find(frame.text)).map((mention) => mention.id))].filter((id) => context.aliases.get(id)?.kind === 'company');
  if (companies.length !== 1) return undefined;
  for (const sentence of [...pool.sentences].sort((a, b) => relevance(b) - relevance(a))) {
    // An enumeration: two companies or more, each with its own ("Alibaba Cloud's Bailian, …, Tencent Cloud's TI Platform").
    if (possessors(sentence.text, context.aliases) < MIN_POSSESSORS) continue;
    const owned = possessedBy(sentence.text, companies, context.aliases);
    if (!owned) continue;
    const before = sentenceBefore(sentence);
    if (coverage(context.index, pool.terms.relation, `${before ?? ''} ${sentence.text}`) < OWNED_COVERAGE) continue;
    const marker = `[${context.book.cite(sentence.paragraph.id, before ?? sentence.text)}]`;
    const company = entityName(context.aliases, companies[0]!, context.lang, companies[0]!);
    const product = owned.id ? spokenName(owned.id, owned.name, context) : owned.name;
    const lead = context.lang === 'zh' ? `报告提到的${company}的产品是${product}${marker}。` : `For ${company}, the reports name ${product} ${marker}.`;
    const quotes = before ? [supportingQuote(context, { ...sentence, text: before }), supportingQuote(context, sentence)] : [supportingQuote(context, sentence)];
    return { sentences: [lead, ...quotes], strength: relevance(sentence) };
  }
  return undefined;
}

/** The share of the question's words an enumeration and its announcing sentence must say together. */
const OWNED_COVERAGE = 0.5;
/** The fewest companies an enumeration of each one's own names. */
const MIN_POSSESSORS = 2;

/** How many different companies the sentence writes with a possessive ("Tencent Cloud's …"). */
function possessors(sentence: string, aliases: AliasTable): number {
  const ids = writtenMentions(aliases.find(sentence))
    .filter((mention) => aliases.get(mention.id)?.kind === 'company' && /^['’]s\s/.test(sentence.slice(mention.index + mention.name.length)))
    .map((mention) => mention.id);
  return new Set(ids).size;
}

/** What follows a possessive that is no product: a title ("'s CEO Qiu Yuepeng"), a period ("'s Q4 revenue") or a year. */
const NOT_OWNED = /^(?:CEO|CTO|COO|CFO|President|Chairman|Chairwoman|Founder|Co-founder|Head|Chief|VP|Vice|Director|Q[1-4]|H[12]|FY)\b|^\d{4}\b/;

/** A name written as one word or code after the possessive ("TI Platform", "Ascend MindSpore", "Qianfan"), up to four words. */
const POSSESSED_NAME = /^['’]s\s+((?:[A-Z][\w.-]*|\d[\w.]*)(?:\s+(?:[A-Z][\w.-]*|\d[\w.]*)){0,3})/;

/** What the one company asked is said to own in the sentence ("Tencent Cloud's TI Platform"): the product asked for. */
function possessedBy(sentence: string, askedCompanies: string[], aliases: AliasTable): NamedSpan | undefined {
  if (askedCompanies.length !== 1) return undefined;
  for (const mention of writtenMentions(aliases.find(sentence))) {
    if (mention.id !== askedCompanies[0]) continue;
    const end = mention.index + mention.name.length;
    const found = POSSESSED_NAME.exec(sentence.slice(end));
    if (!found) continue;
    const name = found[1]!;
    // "Tencent Cloud's StarSea-based servers": a word made an adjective describes what follows, it names nothing.
    if (/-(?:based|powered|backed|owned|developed|like|style|led)$/i.test(name.split(/\s+/)[0]!) || NOT_OWNED.test(name)) continue;
    // Known by that very name only: "Ascend MindSpore" is not the table's "Ascend" chip.
    const id = aliases.find(name).find((mention) => mention.index === 0 && mention.name.length === name.length && aliases.get(mention.id)?.kind === 'product')?.id;
    return { name, index: end + found[0].length - name.length, ...(id ? { id } : {}) };
  }
  return undefined;
}

/** One name per place, the one written ("Hanguang 800" is the chip, not the T-Head and Alibaba the table also files it under). */
function writtenMentions<T extends { index: number }>(mentions: readonly T[]): T[] {
  return mentions.filter((mention, i) => mentions.findIndex((other) => other.index === mention.index) === i);
}

/** "Beijing-based Moonshot AI" is read from its name; a leading title word ("The", "Chinese") is no part of it. */
function trimTitleWords(name: string): string {
  const words = name.split(/\s+/);
  while (words.length && NOT_NAMES.has(words[0]!)) words.shift();
  return words.join(' ');
}

/** A capitalised pair read as a person only when the sentence gives it a role at least this plainly. */
const PERSON_ROLE = 0.3;


/** How many of the best sentences a name is looked for in: past these, a name is a guess. */
const SENTENCES_READ = 3;

/**
 * The name a which-question asks for, from the best sentences of the pool (or the sentence one of them refers back
 * to). Offered hedged: the typed reading agrees with the passage the answer would quote, but says no more than that.
 */
export function nameCandidate(frame: QuestionFrame, pool: SentencePool, context: PlannerContext): (TextCandidate & { hedged: string[]; referredBack: boolean; named: { name: string; id?: string } }) | undefined {
  const kind = nameKindAsked(frame.text);
  if (!kind) return undefined;
  const best = [...pool.sentences].sort((a, b) => relevance(b) - relevance(a)).slice(0, SENTENCES_READ);
  const standingAsked = WHO_AS_WHICH.test(frame.text);
  for (const sentence of best) {
    // A standing asked with "who" is answered only by a sentence that gives one ("Huawei is seen as a leader …"), not by
    // any company the closest passage happens to name.
    if (standingAsked && !STANDING.test(sentence.text)) continue;
    // "after Alibaba acquired this chip company, it integrated it with … the Damo Academy": a description of the asked
    // kind is the name asked for, given before; other names in the sentence are only around it.
    const described = DESCRIBES_KIND[kind].test(sentence.text);
    const own = described ? undefined : namesNotAsked(sentence.text, frame, kind, context.aliases)[0];
    const before = own || !(described || REFERS_BACK.test(sentence.text)) ? undefined : sentenceBefore(sentence);
    const named = own ?? (before ? namesNotAsked(before, frame, kind, context.aliases)[0] : undefined) ?? (described ? namesNotAsked(sentence.text, frame, kind, context.aliases)[0] : undefined);
    if (!named) continue;
    const name = named.id ? spokenName(named.id, named.name, context) : named.name;
    const quotes = before ? [supportingQuote(context, { ...sentence, text: before }), supportingQuote(context, sentence)] : [supportingQuote(context, sentence)];
    const marker = `[${context.book.cite(sentence.paragraph.id, before ?? sentence.text)}]`;
    const lead = pointsTo(name, marker, context.lang);
    return { sentences: [lead.plain, ...quotes], hedged: [lead.hedged, ...quotes], strength: relevance(sentence), referredBack: Boolean(before), named: { name: named.name, ...(named.id ? { id: named.id } : {}) } };
  }
  return undefined;
}

/** "华为(Huawei)" in Chinese, "Huawei" in English: the asker's name for it, with the report's when they differ. */
function spokenName(id: string, written: string, context: PlannerContext): string {
  const english = entityName(context.aliases, id, 'en', written);
  if (context.lang === 'en') return english;
  const chinese = entityName(context.aliases, id, 'zh', written);
  return chinese === english ? chinese : `${chinese}(${english})`;
}
