/**
 * @module Whether one passage states what was asked, for candidates no typed check covers (a quoted
 * sentence answering "Which GPU rentals did Alibaba Cloud suspend?", a date in a Chinese question over
 * an English sentence). It is the separator between saying the answer plainly and hedging it: the
 * passage must carry every content word of the question (its relation and object, with paraphrases
 * from the vocabulary tables), and a span of the kind of answer asked (a figure for "how much", a
 * name not in the question for "which", a frequency for "how often"). A passage that shares the
 * subject and most words but lacks the asked object ("IPO guidance", "in the red") stays hedged.
 */
import { withoutDealTime } from '../deal-time.js';
import { withoutAsides } from './asked-aside.js';
import { splitAtVerb } from './declarative.js';
import { withoutLeadIn } from './open-question-cues.js';
import { findPeriods, isMeasure, parseQuantities } from '../../core/index.js';
import type { AliasTable, OpenIndex } from '../../index/index.js';
import { ASPECT_NOUNS } from './aspect-terms.js';
import { PARTNER_ASKED, PARTNERING_PHRASES } from './party-question.js';
import { CHINESE_QUESTION_WORDS, chineseQuestionChecked, withoutNames } from './chinese-coverage.js';
import { missingTerms, questionTerms } from './evidence.js';
import { mostlyChinese, versionsIn } from './text-candidates.js';
import { datesInSentence, peopleInSentence } from './typed-spans.js';
import { deniesAsked, statesAffirmatively } from './yes-no.js';

/** The kind of span a question wants its answer to be, read from its question words. */
export type AskedSpan = 'yesno' | 'frequency' | 'figure' | 'date' | 'person' | 'name' | 'any';

/** "Who" asking for a supplier of something (a cloud, chips): a company, not a person. Data: extend the nouns for new kinds. */
const PROVIDER_ASKED = /^\s*(?:and\s+)?who\s+(?:is|was|are|were|became|becomes|become|(?:will |would )?be|ended up as|ends up as|serves as|served as|acts as)\s+(?![^?]*\b(?:ceo|founder|head|chairman|president|boss|cto|coo|cfo)\b[^?]*\bof\b)[^?]{0,60}\b(?:providers?|vendors?|suppliers?)\b(?!['’]s\b)|谁[^，,。？?]{0,16}(?:服务商|供应商|提供商|厂商)(?![^，,。？?]{0,3}的)|(?:服务商|供应商|提供商|厂商)(?:是|为)(?:谁|哪家)/i;

/**
 * Question words → the span the answer must contain, first match wins. Data: extend for new phrasings.
 * ("What did Alibaba integrate the company with?" asks for something named; "What is …" may be anything.)
 */
export const ASKED_SPANS: { span: AskedSpan; cue: RegExp }[] = [
  // "Was it open source?": a passage sharing its words does not say yes or no; the premise checks answer those.
  { span: 'yesno', cue: /^\s*(?:and\s+)?(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would|should|whether)\b(?![^?]*\b(?:or|what|which|who|how)\b)|是否|吗\s*[?？]?\s*$/i },
  { span: 'frequency', cue: /\bhow often\b|多久一次|多长时间一次|频率/i },
  { span: 'figure', cue: /\bhow (?:much|many|large|big)\b|\bwhat (?:[\w-]+ )?(?:count|number|amount|tally)\b|\bby how much\b|\bto what (?:level|extent)\b|\bwhat (?:share|percentage|proportion)\b|多少|多大|几[个家款颗台]/i },
  { span: 'date', cue: /^\s*(?:and\s+)?(?:(?:from|since|until|till|by)\s+)?when\b|\b(?:in|on) (?:what|which) (?:year|month|date|day)\b|什么时候|何时|哪一?[年月天]|哪两年|哪几年/i },
  // "谁成了它唯一的云服务商?", "Who became Anthropic's cloud provider?": a provider asked with "who" is a company, named like any.
  { span: 'name', cue: PROVIDER_ASKED },
  // "Who did Tencent team up with to build …?" asks "with whom": a partner, most often a company or a place, named like any.
  { span: 'name', cue: PARTNER_ASKED },
  { span: 'person', cue: /^\s*(?:and\s+)?(?:who|whom)\b|是谁|谁/i },
  { span: 'name', cue: /^\s*(?:and\s+)?(?:which|whose)\b|\bwith whom\b|^\s*(?:and\s+)?what(?:['’]s|\s+is|\s+are|\s+was|\s+were)\b[^?]{1,80}\b(?:called|named)\s*\??\s*$|^\s*(?:and\s+)?what\s+(?:(?!is\b|are\b|was\b|were\b|does\b|do\b|did\b|has\b|have\b|will\b|can\b)[\w-]+\s+){1,3}(?:is|are|was|were|does|do|did|has|have|will|can)\b|^\s*what\s+(?:did|does|do|has|have|will)\b(?!.*\b(?:credit|credits|credited|thank|thanks|thanked|blame|blames|blamed|praise|praises|praised)\b).*\b(?:with|to|from|for|into|as)\s*\??$|哪[家个些款种位]|叫什么|什么(?:平台|会议|产品|模型|芯片|口号|名字)/i },
];

/**
 * Words that say what kind of answer is wanted ("which company", "how often", "to what level", "叫什么"),
 * not what it is about: a passage need not repeat them. Data: never a content word.
 */
export const ANSWER_FORM_WORDS: string[] = [
  'often', 'frequency', 'level', 'extent', 'kind', 'type', 'sort', 'family', 'families', 'name', 'named', 'called', 'total', 'exactly', 'one', 'ones', 'those', 'whose', 'whom',
  'date', 'day', 'company', 'companies', 'firm', 'firms', 'player', 'players', 'organisation', 'organization', 'entity', 'entities', 'so', 'and', 'also', 'still', 'now', 'currently',
  // A figure's measure word ("download count", "the number of models"): the figure itself is the span asked for.
  'count', 'number', 'figure', 'tally',
];

/** The kind noun right after a which-question's word and its modifiers. Data: kinds of organisation or product. */
const WHICH_KIND = /^\s*(?:and\s+)?(?:which|what)\s+(?:(?!(?:is|are|was|were|did|does|do|has|have|had|will|can|could|the|its|their|his|her|happened)\b)[\w'’-]+\s+){0,3}?(apps?|units?|startups?|outfits?|subsidiar(?:y|ies)|divisions?)\b/i;

/** A which-phrase ended by an auxiliary: its words (up to four) and its head noun. */
const WHICH_PHRASE = /^\s*(?:and\s+)?which\s+((?:[\w'’-]+\s+){0,3}?)([\w'’-]+)\s+(?=(?:is|are|was|were|did|does|do|has|have|had|will|can|could|would)\b)/i;

/** The head noun of a which-phrase and any possessor in it ("Which chipmaker's products did …" → chipmaker's, products). */
function whichHeadWords(question: string): string[] {
  const found = WHICH_PHRASE.exec(question);
  if (!found) return [];
  const possessors = (found[1] ?? '').split(/\s+/).filter((word) => /['’]s$/.test(word));
  // Only a kind of organisation is the answer's kind ("which chipmaker"); a product head is content ("which chips"),
  // unless it only says whose products they are ("which chipmaker's products").
  const head = found[2]!;
  return ORGANISATION_KIND.test(head) || (possessors.length > 0 && /^products?$/i.test(head)) ? [...possessors, head] : possessors;
}

/** Kinds of organisation a which-question names its answer by. Data. */
const ORGANISATION_KIND = /^(?:compan(?:y|ies)|firms?|[a-z]*makers?|startups?|vendors?|providers?|players?|operators?|investors?|backers?|banks?|funds?|giants?|groups?|brands?)$/i;

/** Chinese question words the shared list lacks that say only what kind of answer is wanted. */
// (担任什么职务, "what posts does he hold": the title asked is the answer's form, which the passage gives as the title itself.)
const CHINESE_FORM_WORDS = ['叫什么', '名字', '哪家', '哪种', '哪款', '哪位', '什么时候', '何时', '多大', '规模', '是谁', '谁', '公司', '企业', '担任', '职务', '职位'];

/** Dates in a Chinese question ("2月13日", "11月初", "今年"): its period, which the span and period checks read, not content. */
const CHINESE_DATE = /\d{1,4}\s*(?:年|月份|月[初底末中]?|日|号)|[今去明]年|[上下]半年/gu;

/** A Chinese question without the words that say only what kind of answer is wanted, or when. */
export function withoutFormWords(question: string): string {
  let rest = question.replace(CHINESE_DATE, ' ');
  for (const word of [...CHINESE_FORM_WORDS].sort((a, b) => b.length - a.length)) rest = rest.split(word).join(' ');
  return rest;
}

/**
 * Paraphrases of the relations questions ask, beyond the shared synonym table: a question's word counts as
 * stated when the passage has any word of its group ("plan to spend" ↔ "plans to invest", "merge with" ↔
 * "integrated with"). Single words, stemmed by the index's tokenizer. Data: extend per relation, never per question.
 */
export const RELATION_PARAPHRASES: string[][] = [
  ['spend', 'spending', 'spent', 'invest', 'invested', 'investment', 'allocate', 'allocated'],
  ['apply', 'applying', 'applied', 'application', 'applications', 'implement', 'implementing', 'implemented', 'deploy', 'deployed'],
  ['thanks', 'due', 'owing', 'because', 'credit', 'credited', 'attribute', 'attributed'],
  ['back', 'backed', 'backing', 'fund', 'funded', 'funding', 'finance', 'financed'],
  // A nationality is its country ("Chinese startups" ↔ "China's six unicorns", "China-based startups").
  ['chinese', 'china', 'china-based'], ['american', 'america', 'us-based'],
  ['sat', 'sit', 'attend', 'attended', 'joined'],
  ['merge', 'merged', 'integrate', 'integrated', 'combine', 'combined', 'inside', 'embed', 'embedded', 'incorporate', 'incorporated'],
  ['make', 'makes', 'made', 'develop', 'develops', 'developed', 'produce', 'produces', 'produced', 'build', 'builds', 'built', 'design', 'designs', 'designed'],
  ['form', 'formed', 'establish', 'established', 'create', 'created', 'set'],
  ['commitment', 'committed', 'commit', 'pledge', 'pledged', 'plan', 'plans', 'planned'],
  ['offer', 'offers', 'offered', 'provide', 'provides', 'provided'],
  ['cut', 'cuts', 'reduce', 'reduced', 'reducing', 'lower', 'lowered'],
  ['suspend', 'suspended', 'halt', 'halted', 'stop', 'stopped', 'pause', 'paused'],
  ['focus', 'focused', 'focusing', 'concentrate', 'concentrated', 'concentrating', 'prioritize', 'prioritized', 'prioritise', 'prioritised'],
  // ("Roll out" is said with a particle the tokenizer drops: "roll" stands for it.)
  ['launch', 'launched', 'release', 'released', 'ship', 'shipped', 'debut', 'debuted', 'unveil', 'unveiled', 'introduce', 'introduced', 'roll', 'rolled', 'rolls'],
  ['overtake', 'overtook', 'overtaken', 'surpass', 'surpassed', 'outrank', 'outranked', 'pass', 'passed'],
];

/**
 * Verbs that report a statement ("What does ModelScope claim …", "When did Amazon say …"): the passage that
 * states the content answers, however it reports it ("reportedly", "announced", "emphasized"). Data.
 */
const REPORTING_VERBS = ['say', 'says', 'said', 'claim', 'claims', 'claimed', 'state', 'states', 'stated', 'announce', 'announces', 'announced',
  'report', 'reports', 'reported', 'boast', 'boasts', 'boasted', 'tell', 'tells', 'told', 'note', 'notes', 'noted', 'mention', 'mentions', 'mentioned'];

const reportingStemsOf = new WeakMap<object, Set<string>>();

/** The stems of the reporting verbs: not required of a passage, though one it shares still ties it to the question. */
function reportingStems(index: OpenIndex): Set<string> {
  let stems = reportingStemsOf.get(index.tokenizer);
  if (!stems) reportingStemsOf.set(index.tokenizer, (stems = new Set(REPORTING_VERBS.flatMap((word) => index.tokenizer.terms(word)))));
  return stems;
}

const paraphraseStems = new WeakMap<object, Map<string, Set<string>>>();

/** Stem → the stems of its paraphrase group, built once per tokenizer. */
function paraphrasesOf(index: OpenIndex, stem: string): Set<string> | undefined {
  let map = paraphraseStems.get(index.tokenizer);
  if (!map) {
    map = new Map();
    for (const group of RELATION_PARAPHRASES) {
      const stems = new Set(group.flatMap((word) => index.tokenizer.terms(word)).filter((term) => !term.startsWith('@')));
      for (const member of stems) map.set(member, new Set([...(map.get(member) ?? []), ...stems]));
    }
    paraphraseStems.set(index.tokenizer, map);
  }
  return map.get(stem);
}

/** How often, in words a report uses: "per month", "every year", "daily", "每月". */
const FREQUENCY = /\b(?:per|every|each|a|once a|twice a)\s+(?:day|week|month|quarter|year)\b|\b(?:daily|weekly|monthly|quarterly|annually|yearly)\b|每[天日周月年季]|[一二两三]个?月一次/i;

/** A sentence that lists members: "such as A, B and C", "including A, B", "A、B和C". */
const ENUMERATION = /\b(?:such as|including|namely)\s+[^,;.]+,\s*[^,;.]+|[^、，,]+、[^、，,]+|:\s*[^,;.:]+,\s*[^,;.:]+,?\s+and\s+[^,;.:]+/i;

/** The span a question asks for, or `any` when its question words name none ("What is …", "Describe …"). */
export function askedSpan(question: string): AskedSpan {
  const asked = askedPart(question);
  return ASKED_SPANS.find((entry) => entry.cue.test(asked))?.span ?? 'any';
}

/**
 * The question as its span is read: after its lead-in ("Could you tell me when …" asks a date) and its asides ("几个月后,
 * 马化腾做了什么决定?": 几 counting the months since is no figure asked).
 */
function askedPart(question: string): string {
  return withoutLeadIn(withoutAsides(question)).trim();
}

/** A provider asked with who/谁 ("谁成了它唯一的云服务商?"), read as `askedSpan` reads it: a company's name, never a person. */
export function asksProvider(question: string): boolean {
  return askedSpan(question) === 'name' && PROVIDER_ASKED.test(askedPart(question));
}

export interface AskedFitInput {
  /** The question as resolved (pronouns written out); a bare follow-up ("And Tencent Cloud?") is read with the turn before it. */
  question: string;
  /** The question with the previous turn's words, for a follow-up too short to say what it asks. */
  withContext: string;
  unknownNames: string[];
  /** The passage the answer opens with (a sentence, verbatim). */
  sentence: string;
  /** The report's date, against which the sentence's own dates resolve. */
  asOf: string | null;
}

export interface AskedFit {
  holds: boolean;
  /** Content words of the question the passage does not state (stems), for saying what is missing. */
  missing: string[];
  /** The asked kind of span is in the passage. */
  span: boolean;
  /** A yes/no question the passage answers "no": it states every asked word and denies one of them. */
  negated?: boolean;
  /** How many content words (or Chinese word pairs) the passage was checked for. */
  required?: number;
}

/** Fewer content words than this and a follow-up's own words do not say what it asks ("And Tencent Cloud?"). */
const MIN_OWN_TERMS = 2;

/** The share of a Chinese question's word pairs a Chinese passage must contain (pairs cut across words, so not all). */
export const MIN_CHINESE_PAIRS = 0.7;

/**
 * Verbs that only carry another ("end up inside", "went on to build", "turn a profit", "what happened to its users"), an
 * aspect verb before the act ("start testing", "began using", "kept buying"): the passage need not repeat them. Data.
 */
/**
 * "back in 2020", "back then": "back" dating what follows, not the verb of "did Tencent back in 2023" (right after an
 * auxiliary and a capitalised subject). Case-sensitive on purpose: the subject is told by its capitals.
 */
const BACK_IN_TIME = /(?<!\b(?:[Dd]id|[Dd]oes|[Dd]o|[Ww]ill|[Ww]ould|to)\s+(?:[A-Z][\w.&'’-]*\s+){0,4})\bback (?=in (?:19|20)\d{2}\b|then\b)/g;

const LIGHT_VERBS = /\b(?:(?:start(?:s|ed|ing)?|beg(?:in|ins|an|un|inning)|continu(?:e|es|ed|ing)|keep(?:s|ing)?|kept) (?=\w+ing\b)|(?:turn(?:s|ed|ing)?|mak(?:e|es|ing)|made) (?=an? (?:profit|loss)\b)|end(?:s|ed)? up|wind up|wound up|go(?:es)? on to|went on to|manage(?:s|d)? to|get to|got to|happen(?:s|ed|ing)? (?=to\b|with\b)|bec(?:a|o)me of|(?:to )?bec(?:a|o)mes?)\b/gi;

const NAMED_KINDS = new Set(['company', 'product', 'person']);

/** "version 1.6": the word that says a number is a version; the number itself is checked (`versionsIn`), the word the reports rarely write. */
const VERSION_WORD = /\b(?:version|ver\.?)(?=\s+\d)/gi;

/** Two-word ways of saying "partner with" ("team up with", "join forces with"), read as the one word a synonym group holds. */
const PARTNERING = new RegExp(String.raw`\b(?:${PARTNERING_PHRASES}) with\b`, 'gi');

/** The question without the words that only carry its act or its date ("went on to", "back in 2020", "version"), partnering said one way. */
function withoutCarrierWords(question: string): string {
  const carried = question.replace(LIGHT_VERBS, ' ').replace(BACK_IN_TIME, ' ').replace(PARTNERING, 'partner with').replace(VERSION_WORD, ' ');
  // "What other roles does Zhou Jingren hold?": the title asked is the answer's form, given as the title itself ("CTO of …").
  return ROLE_ASKED.test(carried) ? carried.replace(ROLE_WORDS, ' ') : ROLE_ASKED_ZH.test(carried) ? carried.replace(/担任|职务|职位/g, ' ') : carried;
}

/** A title a passage gives someone. Data. */
const TITLE = /\b(?:CEO|CTO|CFO|COO|[Cc]hairman|[Cc]hairwoman|[Pp]resident|head of|[Cc]hief \w+ [Oo]fficer|[Dd]irector|[Ff]ounder|[Cc]o-founder|[Vv]ice [Pp]resident|VP)\b|首席|总裁|董事长|负责人|创始人|院长|总经理/;

/** A question asking what titles someone holds, and the words that ask it. Data. */
const ROLE_ASKED = /\b(?:what|which)\s+(?:other\s+|else\s+)?(?:roles?|titles?|posts?)\b|\b(?:what|which)\s+(?:other\s+)?positions?\s+(?:does|did|do)\b/i;
const ROLE_ASKED_ZH = /担任(?:了)?(?:什么|哪些)|(?:什么|哪些)(?:职务|职位)/;
const ROLE_WORDS = /\b(?:roles?|positions?|titles?|posts?|jobs?|hold|holds|held|holding|serves?|served|occup(?:y|ies|ied))\b/gi;

/** The question's content stems a passage must state: its relation words, minus names and answer-form words. */
function requiredTerms(index: OpenIndex, question: string, unknownNames: string[], ownWords = true): Map<string, number> {
  // "… before the deal" dates the question by the conversation's deal; the passage dates it by the calendar.
  const { relation } = questionTerms(index, withoutDealTime(withoutCarrierWords(withoutAsides(question))), unknownNames);
  const dropped = new Set<string>();
  // The subject is checked apart (the candidate's subject feature); its name's words are not content.
  // In a question asked on its own, a generic term the alias table also knows ("invest", "revenue") is the relation
  // asked, and content; in a follow-up it may be the referent written out or the turn before's, and goes with the names.
  for (const mention of index.aliases.find(question)) {
    if (ownWords && !NAMED_KINDS.has(index.aliases.get(mention.id)?.kind ?? '')) continue;
    for (const term of index.tokenizer.terms(mention.name)) dropped.add(term);
  }
  for (const word of ANSWER_FORM_WORDS) for (const term of index.tokenizer.terms(word)) dropped.add(term);
  // "Which AI app …", "Which Alibaba unit …": the kind a which-question names its answer by (elsewhere, "its chip unit" is content).
  const kind = WHICH_KIND.exec(question)?.[1];
  if (kind) for (const term of index.tokenizer.terms(kind)) dropped.add(term);
  // "Which chipmaker's products did Tencent test …?": before its auxiliary, a which-phrase's head and whose it is are the
  // kind of the name asked, which the passage gives as the name itself.
  for (const word of whichHeadWords(question)) for (const term of index.tokenizer.terms(word)) dropped.add(term);
  // Day and month numbers ("2" of "2月24日") date the question; a year stays, and the passage must give it.
  return new Map([...relation].filter(([term]) => !dropped.has(term) && !/\p{Script=Han}/u.test(term) && !/^\d{1,2}$/.test(term)));
}

/** Han word pairs of a Chinese question once names and question words are set aside: what a Chinese passage must say. */
function chinesePairs(question: string, aliases: AliasTable): string[] {
  let rest = withoutFormWords(withoutAsides(question));
  rest = withoutNames(rest, aliases);
  for (const word of [...CHINESE_QUESTION_WORDS].sort((a, b) => b.length - a.length)) rest = rest.split(word).join(' ');
  const pairs: string[] = [];
  for (const run of rest.match(/\p{Script=Han}{2,}/gu) ?? []) for (let i = 0; i + 2 <= run.length; i++) pairs.push(run.slice(i, i + 2));
  return pairs;
}

/** Whether the passage holds a span of the asked kind that the question does not already give. */
export function hasAskedSpan(span: AskedSpan, question: string, sentence: string, asOf: string | null, aliases: AliasTable): boolean {
  switch (span) {
    case 'any': return true;
    // A yes/no question is settled by a passage that states it as so (its words are checked apart).
    case 'yesno': return statesAffirmatively(sentence);
    case 'frequency': return FREQUENCY.test(sentence);
    case 'figure': {
      const stated = parseQuantities(question).filter(isMeasure);
      return parseQuantities(sentence).some((quantity) => isMeasure(quantity) && !stated.some((given) => given.unit === quantity.unit && given.value === quantity.value));
    }
    // A day and month without a year ("on September 28" in an undated report) is still the date asked for, as the report gives it.
    case 'date': return findPeriods(sentence, asOf).some((period) => Boolean(period.from) && !question.includes(period.text ?? ''))
      || datesInSentence(sentence).some((date) => /\d/.test(date.text) && !question.includes(date.text));
    case 'person': return peopleInSentence(sentence, aliases).some((person) => !question.includes(person.name) && !(person.id && aliases.ids(question).includes(person.id)));
    case 'name': return namesBeyond(question, sentence, aliases);
  }
}

/**
 * The passage names something the question does not: a company, product or person the alias table knows,
 * a name in quotation marks, a capitalised run past the sentence's first word, or a model code ("A100").
 */
function namesBeyond(question: string, sentence: string, aliases: AliasTable): boolean {
  // "Which sectors …?" is answered by what the sentence enumerates, named or not ("such as healthcare, education, …").
  if (ENUMERATION.test(sentence)) return true;
  const asked = new Set(aliases.ids(question));
  if (aliases.ids(sentence).some((id) => !asked.has(id) && ['company', 'product', 'person'].includes(aliases.get(id)?.kind ?? ''))) return true;
  const lower = question.toLowerCase();
  const quoted = [...sentence.matchAll(/["'“‘《「]([^"'”’》」]{2,40})["'”’》」]/g)].map((match) => match[1]!);
  const capitalised = [...sentence.slice(1).matchAll(/\b[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*)*/g)].map((match) => match[0]);
  const codes = sentence.match(/\b[A-Z]+\d[\w.]*\b/g) ?? [];
  return [...quoted, ...capitalised, ...codes].some((name) => !lower.includes(name.toLowerCase()) && !aliases.ids(name).some((id) => asked.has(id)));
}

/**
 * Whether the passage states what was asked: every content word of the question (or, for a Chinese
 * passage, most of its word pairs), and a span of the kind asked. A Chinese question over an English
 * passage is checked through the bilingual vocabulary only when the vocabulary accounts for all of it.
 */
export function askedFit(input: AskedFitInput, index: OpenIndex): AskedFit {
  const { aliases } = index;
  // "Tongyi Qianwen 2.0" is not answered by a sentence about the Qwen series or Qwen3.
  const sameVersions = versionsIn(input.question).every((version) => input.sentence.includes(version));
  const kind = askedSpan(input.question);
  const span = sameVersions && hasAskedSpan(kind, input.question, input.sentence, input.asOf, aliases);
  const chineseQuestion = /\p{Script=Han}/u.test(input.question.replace(/[A-Za-z0-9]/g, ''));
  if (mostlyChinese(input.sentence)) {
    if (!chineseQuestion) return { holds: false, missing: [], span };
    const own = chinesePairs(input.question, aliases);
    const pairs = own.length >= MIN_OWN_TERMS ? own : chinesePairs(input.withContext, aliases);
    const absent = pairs.filter((pair) => !input.sentence.includes(pair));
    const share = pairs.length ? 1 - absent.length / pairs.length : 0;
    return { holds: span && pairs.length > 0 && share >= MIN_CHINESE_PAIRS, missing: absent, span, required: pairs.length };
  }
  if (chineseQuestion && !chineseQuestionChecked(withoutFormWords(withoutAsides(input.question)), aliases)) return { holds: false, missing: [], span };
  const standalone = input.withContext === input.question;
  const own = requiredTerms(index, input.question, input.unknownNames, standalone);
  // A first question says what it asks in however few words ("… did Amazon say it would invest in Anthropic?"); a short
  // follow-up is read with the turn before it, whose generic words were context rather than asked.
  const terms = own.size >= MIN_OWN_TERMS || (standalone && own.size > 0) ? own : requiredTerms(index, input.withContext, input.unknownNames, false);
  const present = new Set(index.tokenizer.terms(input.sentence));
  const missing = missingTerms(index, terms, input.sentence).filter((term) => ![...(paraphrasesOf(index, term) ?? [])].some((stem) => present.has(stem)) && !reportingStems(index).has(term));
  // "What other roles does Zhou Jingren hold?" asks titles only: a passage giving one ("CTO of Alibaba Cloud") states it.
  const states = terms.size > 0 ? missing.length === 0 || paraphraseGap(kind, terms, missing, mainVerbStem(input.question, index))
    : (ROLE_ASKED.test(input.question) || ROLE_ASKED_ZH.test(input.question)) && TITLE.test(input.sentence);
  const negated = states && !span && sameVersions && !chineseQuestion && kind === 'yesno'
    && deniesAsked(input.sentence, (word) => index.tokenizer.terms(word).some((term) => terms.has(term)));
  return { holds: (span || negated) && states, missing, span, required: terms.size, ...(negated ? { negated } : {}) };
}

/** Spans whose answer is a typed value the passage must hold anyway (a name, a date, a figure), so one word said otherwise is paraphrase. */
const TYPED_SPANS: AskedSpan[] = ['name', 'person', 'date', 'figure'];
/** The fewest content words a question must have for one of them to go unsaid. */
const MIN_TERMS_FOR_GAP = 3;
/** The fewest content words for two of them to go unsaid. */
const MIN_TERMS_FOR_TWO_GAPS = 6;
/** The most of the question's weight (rarer words weigh more) that one unsaid word may carry. */
const MAX_GAP_WEIGHT = 0.3;

/**
 * "Whose chips did Baidu turn to as an A100 replacement?" over "Baidu ordered … chips from Huawei …, as a replacement
 * for NVIDIA's A100": a question of three or more content words asking a typed span, whose passage holds the span and
 * every word but one common one ("turn", "ahead", "Apple's"), states what was asked in other words. A word that
 * carries much of the question ("chip unit") is what was asked, and keeps the hedge.
 */
function paraphraseGap(span: AskedSpan, terms: Map<string, number>, missing: string[], verb: string | undefined): boolean {
  // The act asked is never paraphrase: "sell" unsaid over "bought", "resigned" over "appointed" is another act.
  if (!TYPED_SPANS.includes(span) || terms.size < MIN_TERMS_FOR_GAP || missing.length === 0 || missing.includes(verb ?? '')) return false;
  const total = [...terms.values()].reduce((sum, weight) => sum + weight, 0);
  // Two words said otherwise in a long question ("Which cloud player boasted that more than 70% of China's large-model
  // market …" over "… over 70% of the domestic large model market"), each light and together still a small part of it.
  if (missing.length === 2) return terms.size >= MIN_TERMS_FOR_TWO_GAPS && missing.every((term) => (terms.get(term) ?? 0) <= MAX_GAP_WEIGHT / 2 * total);
  return missing.length === 1 && (terms.get(missing[0]!) ?? 0) <= MAX_GAP_WEIGHT * total;
}

/** "… did Tencent sell …", "… did Alibaba Cloud suspend …": what follows an auxiliary, its subject and then its verb. */
const AFTER_AUXILIARY = /\b(?:did|does|do|has|have|had|will|would|can|could|is|are|was|were)\s+(.+)$/;
/** "Who resigned as …", "Which company bought …": the verb right after the question word. */
const VERB_AFTER_WH = /^\s*(?:[Aa]nd\s+)?(?:[Ww]ho|[Ww]hich(?:\s+[\w-]+){0,3}|[Ww]hat(?:\s+[\w-]+){0,3})\s+([a-z]+(?:ed|es|s))\b/;

/** The stem of the act a question asks about, when its shape shows it. */
function mainVerbStem(question: string, index: OpenIndex): string | undefined {
  const rest = AFTER_AUXILIARY.exec(question.replace(/[?？]\s*$/, ''))?.[1];
  const verb = (rest ? splitAtVerb(rest)?.verb : undefined) ?? VERB_AFTER_WH.exec(question)?.[1];
  return verb ? index.tokenizer.terms(verb)[0] : undefined;
}

/**
 * The question's own words for the content stems a passage lacks, adjacent words joined into one phrase:
 * "Which of those started IPO guidance in April?" with `start ipo guidanc april` missing → ["started IPO
 * guidance", "April"]. English only (a Chinese question's missing word pairs are not words).
 */
export function missingPhrases(question: string, missing: string[], index: OpenIndex): string[] {
  if (!missing.length) return [];
  const lacking = new Set(missing);
  const phrases: string[] = [];
  let run: string[] = [];
  // The aspect an open question asks ("impact", "risks") is answered in other words; saying it is missing misleads.
  const aspectStems = new Set(ASPECT_NOUNS.en.flatMap((noun) => index.tokenizer.terms(noun)));
  let pending: string[] = [];
  const close = () => {
    if (run.length) phrases.push(run.join(' '));
    run = [];
    pending = [];
  };
  for (const word of question.match(/[A-Za-z0-9][\w'’.-]*[A-Za-z0-9]|[A-Za-z0-9]|[^\sA-Za-z0-9]+/g) ?? []) {
    const stems = /^[A-Za-z0-9]/.test(word) ? index.tokenizer.terms(word).filter((term) => !term.startsWith('@')) : [];
    if (stems.length && stems.every((stem) => lacking.has(stem) && !aspectStems.has(stem))) {
      run.push(...pending, word);
      pending = [];
    } else if (run.length && LINKING_WORDS.has(word.toLowerCase())) pending.push(word);
    else close();
  }
  close();
  return [...new Set(phrases)];
}

/** Words that may join two missing words into one phrase ("deeply in the red"). */
const LINKING_WORDS = new Set(['in', 'the', 'of', 'a', 'an', 'on', 'for', 'to']);

/** "X", "X or Y", "X, Y or Z": missing phrases as a reader says them. */
export function orList(phrases: string[]): string {
  const quoted = phrases.map((phrase) => `“${phrase}”`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : quoted[0] ?? '';
}
