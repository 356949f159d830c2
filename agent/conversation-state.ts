/**
 * @module Conversation state: what each earlier turn was about (entities, people, metric, period, the
 * answer given), and the last question rewritten to stand on its own — pronouns and ellipsis resolved
 * against that state, a new subject dropping the old one. Channel-independent: it reads the messages array.
 */
import { AROUND_THE_DEAL } from './deal-time.js';
import { detectLang, findPeriods, isMeasure, metricsNamedIn, parseQuantities, sameAmount, SHARE_NOUNS, type ChatMessage, type Lang, type Metric, type Period, type Quantity } from '../core/index.js';
import type { AliasTable } from '../index/index.js';
import { asksYearBefore, pointsAtPeriod, resolvePeriodAnaphora } from './anaphoric-period.js';
import { measureAfterName, periodPhrase } from './phrases.js';
import { askedGroupPhrase } from './asked-group.js';
import { ASPECT_NOUNS } from './offline/aspect-terms.js';
import { ancestorsOf } from './offline/company-kin.js';

export interface TurnState {
  /** The question as asked. */
  asked: string;
  /** The question as it stands on its own, after resolution against the turns before it. */
  resolved: string;
  lang: Lang;
  /** Companies and products, subject first. */
  entities: string[];
  people: string[];
  metrics: Metric[];
  periods: Period[];
  /** The assistant's reply to this turn, when the history holds one. */
  answer: string | undefined;
  /** Companies and products the reply named (the answer to "which" questions). */
  answerEntities: string[];
  /** People the reply named (the answer to "who" questions), known to the alias table or not. */
  answerPeople: PersonRef[];
  /** Whether the resolved question still leans on the turn before (demonstratives, a bare metric). */
  leansOnHistory: boolean;
  /**
   * Whether only the last question's words help find the passage, not its measure or kind: "them" written out
   * as the group the last question described ("Chinese LLM startups", valued at over $1 billion) in a question
   * with its own relation ("Have Alibaba and Tencent backed them?").
   */
  leansOnWords?: boolean;
}

export interface PersonRef {
  id?: string;
  name: string;
}

export interface ConversationState {
  turns: TurnState[];
  /** The last user turn, resolved. */
  current: TurnState;
  /** The turn before the current one, if any. */
  previous: TurnState | undefined;
}

const HE = /\b(?:he|him|she)\b/gi;
const HIS = /\b(?:his|her)\b/gi;
/**
 * Nouns a demonstrative turns into a pointer at the company just talked about ("that group", "the startup",
 * "该事业群"): data, extend it for a new collection's kinds of organisation.
 */
const COMPANY_NOUNS_EN = ['company', 'firm', 'group', 'business group', 'unit', 'division', 'subsidiary', 'startup', 'chipmaker', 'chip company'];
const COMPANY_NOUNS_ZH = ['公司', '企业', '集团', '事业群', '部门', '初创公司', '芯片公司'];
const COMPANY_NOUN_EN = `(?:the|this|that) (?:${[...COMPANY_NOUNS_EN].sort((a, b) => b.length - a.length).join('|')})`;
const COMPANY_NOUN_ZH = `(?:该|这家|那家|这个|那个)(?:${[...COMPANY_NOUNS_ZH].sort((a, b) => b.length - a.length).join('|')})`;
const IT = new RegExp(`\\b(?:it|${COMPANY_NOUN_EN})\\b`, 'gi');
const ITS = new RegExp(`\\b(?:its|${COMPANY_NOUN_EN}['’]s)\\b`, 'gi');
/**
 * "it" beside a name of the question's own, where it can only be a company or product: the subject of a yes/no
 * question ("Did it end up inside WeChat?") or the object of a relation between companies ("Did Alibaba invest in
 * it?", "阿里是哪一年投资它的?"). Elsewhere ("Did Alibaba confirm it?", "How did Tencent fund it?") "it" is as
 * likely a deal, a plan or a figure, and stays. Data: extend the relations for a new collection.
 */
const ENTITY_RELATION = 'invest(?:s|ed|ing)? in|(?:acquire|acquired|buy|bought|back|backed|fund|funded|integrate|integrated|merge|merged)|(?:a )?stake in|shares? in|partner(?:s|ed)? with|compete(?:s|d)? with';
// (Also after a which-phrase naming a thing of the question's own: "Which of Alibaba's platforms is it plugged into?";
// not in a cleft, "How much was it Tencent paid?", nor after a topic set first, "What about Baidu's Wenxin — …had it drawn?".)
const BARE_IT = new RegExp(`^\\s*(?:which\\s+(?:of\\s+)?[^?,;—–]{1,60}?\\s)?(?:did|does|do|is|was|has|have|had|will|can)\\s+it\\b(?!\\s+(?:that|who)\\b)|\\b(?:${ENTITY_RELATION})\\s+it\\b`, 'i');
const ZH_BARE_IT = /(?:投资|收购|入股|持股|接入|整合|合并|支持|投|买下?)[了过的]?它(?![们])|^\s*它(?![们])/;
/** "How much was it Tencent paid?": a cleft's "it" before a name stands for nobody (case-sensitive: the name is capitalised). */
const CLEFT_IT = /\bit\s+[A-Z]/;
/** "What was it a year earlier?", "How much was that in 2023?": "it" as the figure asked again for another period. */
const MEASURE_IT = /\b(?:what|how much|how many|how big)\s+(?:was|were|is|had been)\s+(it|that)\b(?=[^?]*\b(?:earlier|before|ago|previously|prior|last year|a year|in (?:19|20)\d{2})\b)/i;

/** "Did Alibaba say it would …": "it" after a verb of saying or planning is the question's own subject again. */
const REFLEXIVE_IT = /\b(?:say|says|said|claim|claims|claimed|expect|expects|expected|announce|announces|announced|believe|believes|think|thinks|hope|hopes|plan|plans|planned|want|wants|wanted)\s+(?:that\s+)?it\b|(?:说|表示|称|认为|计划|希望)它/i;
const THEY = /\b(?:they|them)\b/gi;
const THEIR = /\btheir\b/gi;
// "Is it true …", "it was": "it" as a dummy subject names nobody.
const DUMMY_IT = /\b(?:is|was|does|did) it (?:true|right|correct|so)\b|\bit (?:is|was|seems) (?:true|said|reported|likely)\b/i;
const ZH_HE = /[他她](?![们])/g;
const ZH_IT = new RegExp(`${COMPANY_NOUN_ZH}|它(?![们])|其(?=[\\p{Script=Han}])`, 'gu');

const ZH_THEY = /[他它她]们/g;
/** "他们俩", "二人", "both of them", "the two": a pair. */
const PAIR = /俩|二人|两人|两位|\bboth\b|\bthe two\b|\bthe pair\b/i;
/** "Which of those", "any of them": a pick among the names the last answer gave. */
export const AMONG_ANSWER = /(?<!\b(?:each|both|all|either) )\b(?:of|among) (?:those|them|these)\b|\bthose (?:companies|firms|startups|four|three|two)\b|其中|这些公司|这几家/i;
/** "that", "this", "those" as a pronoun for the last topic (not "that quarter", which names a period). */
const DEMONSTRATIVE = new RegExp(`\\b(?:that|this|those|these)\\b(?!\\s+(?:year|quarter|month|period|report|article|source|${COMPANY_NOUNS_EN.join('|')})\\b)|(?!${COMPANY_NOUN_ZH})(?:这(?:个|笔|项|一|些)?|那(?:个|笔|项))|此|为此`, 'i');
/** Cues of an elliptical follow-up: "And Tencent?", "What about in dollars?", "那腾讯呢?". */
const ELLIPSIS_EN = /^\s*(?:and|but|what about|how about|and what about|same for|what of|ok(?:ay)?,? (?:and|what about))\b[\s,]*(.*?)[\s?.!]*$/i;
const ELLIPSIS_ZH = /^\s*(?:那么?|还有|另外)?(.*?)呢\s*[?？]?\s*$/;
const SHIFT = /\b(?:a|one) (?:year|quarter) (?:earlier|before|ago)\b|\bthe (?:year|quarter) before\b|\bprevious (?:year|quarter)\b|\bprior year\b|前一年|上一年|(?<!比)一年(?:之)?前|去年同期|上一?个?季度|前一(?:个)?季度/i;
/** A question after a figure: "how much", "what percentage", "多少", "几". */
const ASKS_FIGURE = /\bhow (?:much|many|fast)\b|\bwhat (?:percentage|share|rate)\b|\bby how much\b|多少|几/i;
const RELATIVE = /\blast (?:year|quarter)\b|去年|上个?季度/i;
const IN_DOLLARS = /\b(?:in|into) (?:US )?dollars\b|\bin USD\b|美元/i;
const IN_YUAN = /\b(?:in|into) (?:yuan|RMB|renminbi)\b|人民币/i;
/**
 * "Which Alibaba-backed company is expected to …?", "Which two companies competed …?", "哪家平台…?": a
 * question whose wh-phrase asks for a company (or product) as its subject. What its answer names is
 * what the next turn's "it"/"they"/"该公司" points at. "Which company did Alibaba acquire?" asks for an
 * object instead (an auxiliary and a name follow the head noun): there the asker's subject stays.
 */
const WH_COMPANY = /^\s*(?:which|what)\s+(?:[\w'’&.-]+\s+){0,4}?(?:compan(?:y|ies)|firms?|startups?|unicorns?|platforms?|businesse?s?|automakers?|carmakers?|chatbots?|units?|subsidiar(?:y|ies)|brands?)\b(.*)$/i;
const AUXILIARY_THEN = /^\s*(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could)\s+(.*)$/i;
const WH_COMPANY_ZH = /^\s*(?:哪家|哪些|哪个|哪两家|哪几家|哪一家)/;
/**
 * What a company does on its own account, not to another: raising money, listing, its valuation and profit, its
 * founding, what it does and what it produces ("它今年的DRAM产量"). (A loss or a worth may as well be the deal's or the
 * buyer's: left out.) Data: extend it for a new collection's kinds of question.
 */
const OWN_ACCOUNT = /\b(?:rais(?:e|ed|ing)|financing|funding round|IPO|go(?:es|ing)? public|went public|list(?:ed|ing)|valu(?:ed|ation)|profit\w*|making money|found(?:ed|er|ers)|headquartered|produc(?:e|es|ed|ing|tion)|output|shipments?|market share)\b|融资|上市|估值|盈利|赚钱|成立|创立|创办|创始人|总部|做什么|主营|产量|产能|出货|市场份额/i;
/** What an investor or buyer does to the company (pay, invest, buy, stake): the asker's subject stays. */
const INVESTOR_ACT = /\b(?:pa(?:y|id)|invest\w*|acquir\w*|b(?:uy|ought)|stake|spen[dt])\b|支付|付了|花了|投资|投了|收购|入股|持股/i;
/** Roles held in a company: asked about a product ("Who is its CEO?" after Doubao), they are its owner's. */
const ROLE = /\b(?:CEO|chief executive|founders?|founded|chairman|chairwoman|president|boss|head)\b|创始人|创办|首席执行官|董事长|总裁|负责人|掌门人/i;
/** "his company", "他的公司": the company the person is known for in the alias table. */
const HIS_COMPANY = /\b(?:his|her) (?:company|firm|startup)\b/gi;
const HIS_COMPANY_ZH = /[他她](?:的)?公司/g;
/** Words an elliptical remainder may hold besides names and periods. */
const FILLER = /\b(?:the|for|in|at|of|by|end|same|then|as well|too|also|what|about|how|and|at the end of|as of)\b|[,，。.?？!！]|年底|年末|底|的|在|对|向|呢/gi;

function kindOf(aliases: AliasTable, id: string): string | undefined {
  return aliases.get(id)?.kind;
}

/** Mentions of companies and products, one per position (the most specific), in order. */
function subjects(aliases: AliasTable, text: string, kinds: string[]) {
  const seen = new Set<number>();
  return aliases.find(text).filter((mention) => {
    if (seen.has(mention.index)) return false;
    seen.add(mention.index);
    return kinds.includes(kindOf(aliases, mention.id) ?? '');
  });
}

const ENTITY_KINDS = ['company', 'product'];

function idsOf(aliases: AliasTable, text: string, kinds: string[]): string[] {
  return [...new Set(subjects(aliases, text, kinds).map((mention) => mention.id))];
}

/** The name to write for an id in the asker's language (the alias table's Chinese name in Chinese). */
export function nameIn(aliases: AliasTable, id: string, lang: Lang): string {
  const names = aliases.get(id)?.names ?? [id];
  const han = names.find((name) => /\p{Script=Han}/u.test(name));
  const latin = names.find((name) => !/\p{Script=Han}/u.test(name));
  return (lang === 'zh' ? han ?? latin : latin ?? han) ?? id;
}

/** The reply's own words: quotes and citation markers removed, so a quoted aside does not count as what was said. */
export function ownWords(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"|「[^」]*」/g, ' ').replace(/\[\d+\]/g, ' ');
}

/** A figure an answer turns on: money, a share, a multiple, or a count of at least a hundred (not "Spark 2.0", not "two years"). */
function isAnswerFigure(quantity: Quantity): boolean {
  if (!isMeasure(quantity)) return false;
  return quantity.unit === 'currency' || quantity.unit === 'percent' || quantity.unit === 'multiple' || Number(quantity.value) >= 100;
}

/** Amounts a reply states in its own words: what a new question must not simply be answered with again. */
export function statedAmounts(text: string): Quantity[] {
  return parseQuantities(ownWords(text)).filter(isAnswerFigure);
}

/**
 * Whether `text` states nothing beyond what the conversation already stated (and states something):
 * its own words' amounts, or when it only quotes (and `quotesCount`: a figure was asked), the quote's.
 * `known` is the last question and answer.
 */
export function repeatsAnswer(text: string, known: string | undefined, quotesCount = true): boolean {
  if (!known) return false;
  // Measures only: a version ("Spark 2.0") or a bare count repeated from the question is not a repeated answer.
  // Said in the last reply's own words: a figure it only quoted in passing ("… revenue had reached about one billion
  // yuan", under "The founder is Wang Xingxing") was not its answer, and may answer the next question.
  const before = statedAmounts(known);
  const own = statedAmounts(text);
  const now = own.length || !quotesCount ? own : parseQuantities(text.replace(/\[\d+\]/g, ' ')).filter(isAnswerFigure);
  if (!before.length || !now.length) return false;
  return now.every((quantity) => before.some((earlier) => earlier.unit === quantity.unit && sameAmount(earlier, quantity, 0.001)));
}

/** Whether `text` states any figure the last question or answer (`known`) already stated. */
export function mentionsFigureOf(text: string, known: string | undefined): boolean {
  if (!known) return false;
  // A reply may give a bare number ("194,320.") for a count the passage states with its noun.
  const bare = (quantity: Quantity) => quantity.unit === 'number' && Number(quantity.value) >= 100;
  const before = parseQuantities(ownWords(known)).filter((quantity) => isAnswerFigure(quantity) || bare(quantity));
  if (!before.length) return false;
  return parseQuantities(text).filter(isAnswerFigure).some((quantity) => before.some((earlier) =>
    (earlier.unit === quantity.unit || (bare(earlier) && quantity.unit === 'count')) && sameAmount({ ...earlier, unit: quantity.unit }, quantity, 0.001)));
}

function replaceAll(text: string, pattern: RegExp, by: (match: string) => string): { text: string; hit: boolean } {
  let hit = false;
  const replaced = text.replace(pattern, (match) => { hit = true; return by(match); });
  return { text: replaced, hit };
}

/** The remainder of an elliptical question once names, periods and filler words are gone: empty means pure ellipsis. */
function leftover(aliases: AliasTable, remainder: string): string {
  let rest = remainder;
  for (const period of findPeriods(rest, null)) if (period.text) rest = rest.replace(period.text, ' ');
  for (const mention of [...aliases.find(rest)].sort((a, b) => b.index - a.index)) rest = `${rest.slice(0, mention.index)} ${rest.slice(mention.index + mention.name.length)}`;
  return rest.replace(SHIFT, ' ').replace(IN_DOLLARS, ' ').replace(IN_YUAN, ' ').replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
}

/** Nouns that name a part of a company ("the international segment", "国际业务"): data, extend it for a new collection. */
const UNIT_NOUN_EN = /^(?:[a-z][a-z&-]*\s+){1,3}(?:segment|business|unit|division|arm|department|group)$/;
const UNIT_NOUN_ZH = /^[\p{Script=Han}A-Za-z]{1,6}(?:业务|板块|部门|事业群|事业部)$/u;
/** Words of an ellipsis that point at the last period rather than name anything ("that quarter", "同期"). */
const POINTING_WORDS = /\b(?:that|this|the same) (?:quarter|year|period)\b|同期|当季|同年|当年|该季度|那个季度|\bthe\b|^那么?|^还有/gi;

/**
 * "What about the international segment that quarter?", "那国际业务呢?": an ellipsis naming a part of a
 * company the alias table does not know (no company, metric or aspect of its own). Returns the part as written.
 */
function unitNamed(aliases: AliasTable, remainder: string): string | undefined {
  const phrase = remainder.replace(POINTING_WORDS, ' ').replace(/[\s?？.。!！,，]+/g, ' ').trim();
  if (!phrase || subjects(aliases, phrase, [...ENTITY_KINDS, 'person']).length || metricsNamedIn(phrase).length) return undefined;
  return UNIT_NOUN_EN.test(phrase.toLowerCase()) && !/[A-Z]/.test(phrase) || UNIT_NOUN_ZH.test(phrase) ? phrase : undefined;
}

/**
 * The previous question about the named part instead of its subject: the part is the subject's sibling when
 * the subject is itself a unit (Taobao → Alibaba's international segment), else the subject's own part.
 */
function withUnit(aliases: AliasTable, previous: TurnState, unit: string): string | undefined {
  const text = previous.resolved;
  const mentions = subjects(aliases, text, ENTITY_KINDS);
  const first = mentions[0];
  if (!first) return undefined;
  // "淘宝和天猫": names joined as one subject go together.
  let end = first.index + first.name.length;
  for (const next of mentions.slice(1)) {
    if (!LIST_JOINER.test(text.slice(end, next.index)) || aliases.get(next.id)?.parent !== aliases.get(first.id)?.parent) break;
    end = next.index + next.name.length;
  }
  const parent = aliases.get(first.id)?.parent;
  const owner = nameIn(aliases, parent && kindOf(aliases, parent) === 'company' ? parent : first.id, previous.lang);
  const part = previous.lang === 'zh' ? `${owner}${unit}` : `${owner}'s ${unit}`;
  // "Tencent's capital expenditure" → "Tencent's cloud business's capital expenditure": the possessive stays on the part.
  return `${text.slice(0, first.index)}${part}${text.slice(end)}`;
}

/** "how many developers had …", "服务了多少客户": what a count question counts. */
const COUNTED_EN = /\bhow many\s+((?:[\w&.-]+\s+){0,3}?[\w&.-]+?)(?=\s+(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would)\b)/i;
const COUNTED_ZH = /多少(?:个|家|台|块|颗|名|位|张|款|部|套|次)?(\p{Script=Han}{1,6}?)(?=[?？]?\s*$)/u;
/** A bare noun, as an ellipsis names a new thing to count ("And applications?", "那开发者呢?"). */
const BARE_NOUN_EN = /^(?:the\s+)?([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)$/;
const BARE_NOUN_ZH = /^(\p{Script=Han}{1,6})$/u;

/**
 * "How many developers had the Wenxin model reached?" "54,000." "And applications?": an ellipsis naming only
 * another thing to count asks the same count question of it. Names, periods, parts of a company and an
 * aspect asked ("And the risks?") are read elsewhere.
 */
function countedSwapped(aliases: AliasTable, remainder: string, previous: TurnState): string | undefined {
  const phrase = remainder.replace(/[\s?？.。!！,，]+$/g, '').trim();
  if (RELATIVE.test(phrase) || findPeriods(phrase, null).some((period) => period.text)) return undefined;
  const noun = (previous.lang === 'zh' ? BARE_NOUN_ZH : BARE_NOUN_EN).exec(phrase)?.[1];
  if (!noun || aliases.find(noun).length || ASPECT_NOUNS.en.includes(noun.toLowerCase()) || ASPECT_NOUNS.zh.some((word) => noun.includes(word))) return undefined;
  const counted = (previous.lang === 'zh' ? COUNTED_ZH : COUNTED_EN).exec(previous.resolved);
  if (!counted?.[1]) return undefined;
  const start = counted.index + counted[0].length - counted[1].length;
  return `${previous.resolved.slice(0, start)}${noun}${previous.resolved.slice(start + counted[1].length)}`;
}

/** Words that join names into one list ("Tencent and ByteDance", "腾讯和字节跳动"), not into a relation ("Amazon in Anthropic"). */
const LIST_JOINER = /^[\s,，、]*(?:and|&|or|和|与|及|或)?[\s,，、]*$/i;

/**
 * "And Amazon in Anthropic?", "那腾讯对MiniMax呢?": an ellipsis naming as many companies as the last question,
 * joined by a relation rather than a list, swaps them side for side (first for first, second for second).
 */
function pairedSubjects(aliases: AliasTable, remainder: string, previousText: string, own: { id: string; name: string; index: number }[]): { oldId: string; by: string }[] | undefined {
  const ownCompanies = own.filter((mention) => ENTITY_KINDS.includes(kindOf(aliases, mention.id) ?? ''));
  if (ownCompanies.length < 2) return undefined;
  for (let i = 1; i < ownCompanies.length; i += 1) {
    const between = remainder.slice(ownCompanies[i - 1]!.index + ownCompanies[i - 1]!.name.length, ownCompanies[i]!.index);
    if (LIST_JOINER.test(between)) return undefined;
  }
  const oldIds = [...new Set(subjects(aliases, previousText, ENTITY_KINDS).map((mention) => mention.id))];
  if (oldIds.length !== ownCompanies.length) return undefined;
  return oldIds.map((oldId, i) => ({ oldId, by: ownCompanies[i]!.name }));
}

/** A unit's word right after a company's name that the alias table does not know with it ("Alibaba International", "阿里国际"). */
const UNIT_WORD_AFTER = /^(?:\s+(?:International|Group|Holdings)\b(?!\s+[A-Z])|国际(?![化市])|集团)/;

/** The mention with the unit word after it, so the whole unit gives way ("And Quark?" → "Quark", not "Quark International"). */
function withUnitWord<T extends { index: number; name: string }>(text: string, mention: T): T {
  const unit = UNIT_WORD_AFTER.exec(text.slice(mention.index + mention.name.length));
  return unit ? { ...mention, name: `${mention.name}${unit[0]}` } : mention;
}

/** The previous question with its subject (or period) swapped for the one this turn names. */
function rewriteElliptical(aliases: AliasTable, remainder: string, previous: TurnState): string | undefined {
  let text = previous.resolved.replace(/[?？]\s*$/, '');
  const own = subjects(aliases, remainder, [...ENTITY_KINDS, 'person']);
  const pairs = pairedSubjects(aliases, remainder, text, own);
  if (pairs) {
    // "And Amazon in Anthropic?" after "How much has Microsoft invested in OpenAI?": each old side gives way to its new one.
    const edits = pairs.flatMap(({ oldId, by }) => subjects(aliases, text, ENTITY_KINDS).filter((mention) => mention.id === oldId).map((mention) => ({ mention, by })));
    for (const { mention, by } of edits.sort((a, b) => b.mention.index - a.mention.index)) {
      text = `${text.slice(0, mention.index)}${by}${text.slice(mention.index + mention.name.length)}`;
    }
  } else if (own.length) {
    const before = subjects(aliases, text, own.some((mention) => kindOf(aliases, mention.id) === 'person') ? ['person'] : ENTITY_KINDS);
    const replacement = own.map((mention) => mention.name).join(previous.lang === 'zh' ? '和' : ' and ');
    const first = before[0];
    if (!first) return undefined;
    // Every mention of the old subject goes ("Alibaba's deals … Alibaba's share"), other names stay ("in Moonshot AI").
    const oldId = first.id;
    // "Baidu Intelligent Cloud's Qianfan platform" → "Alibaba Cloud's platform": the old subject's own products go with it.
    const owned = subjects(aliases, text, ENTITY_KINDS).filter((mention) => mention.id !== oldId && ancestorsOf(mention.id, aliases).includes(oldId));
    const edits = [...before.filter((m) => m.id === oldId).map((mention) => ({ mention: withUnitWord(text, mention), by: replacement })), ...owned.map((mention) => ({ mention, by: '' }))];
    for (const { mention, by } of edits.sort((a, b) => b.mention.index - a.mention.index)) {
      text = `${text.slice(0, mention.index)}${by}${text.slice(mention.index + mention.name.length)}`;
    }
    text = text.replace(/ {2,}/g, ' ');
  }
  const ownPeriod = findPeriods(remainder, null).find((period) => period.text);
  if (ownPeriod) {
    // Written in the previous question's language, so "And at the end of 2023?" after a Chinese question still reads as one question.
    const written = periodPhrase(ownPeriod, previous.lang).replace(/^\s*in\s+/, '').replace(/^\s*\(|\)$/g, '').trim() || ownPeriod.text!;
    const old = findPeriods(text, null).find((period) => period.text);
    text = old ? text.replace(old.text!, written) : `${text} ${previous.lang === 'zh' ? written : `in ${written}`}`;
  }
  if (IN_DOLLARS.test(remainder)) text = previous.lang === 'zh' ? `${text}折合多少美元` : `${text} in US dollars`;
  else if (IN_YUAN.test(remainder)) text = previous.lang === 'zh' ? `${text}折合多少人民币` : `${text} in yuan`;
  return `${text}?`;
}

/** A version and nothing else ("2.0版本", "version 3", "v2.5"): a bare number, or one without a version word, is a year or a count. */
function versionOnly(remainder: string): string | undefined {
  // (A four-digit "2024版" is a year's edition, not a version number.)
  const match = /^(?:the\s+)?(?:(?:version|v)\s*(\d+(?:\.\d+)*)|(?!\d{4}\s*版)(\d+(?:\.\d+)*)\s*(?:版本|版))$/i.exec(remainder.trim());
  return match ? match[1] ?? match[2] : undefined;
}

/** The last question asked of the version given of its product ("通义千问是哪一年推出的?" → "通义千问2.0是哪一年推出的?"). */
function withVersion(aliases: AliasTable, previous: TurnState, version: string): string | undefined {
  const text = previous.resolved.replace(/[?？]\s*$/, '');
  const product = subjects(aliases, text, ['product'])[0];
  if (!product) return undefined;
  const end = product.index + product.name.length;
  // A version the last question already gave its product gives way to the new one.
  // ("Qwen 72B": a size after the number goes with the old version.)
  const after = /^\s*v?\d+(?:\.\d+)*[A-Za-z]*/.exec(text.slice(end))?.[0] ?? '';
  const gap = previous.lang === 'zh' ? '' : ' ';
  return `${text.slice(0, end)}${gap}${version}${text.slice(end + after.length)}?`;
}

function possessive(name: string, lang: Lang): string {
  return lang === 'zh' ? `${name}的` : `${name}'s`;
}

/** Whether a question names a company or product of its own (known to the alias table or written as a possessor: "Apple's"). */
function namesSubject(aliases: AliasTable, text: string): boolean {
  if (idsOf(aliases, text, ENTITY_KINDS).length) return true;
  return [...text.matchAll(/\b([A-Z][A-Za-z0-9&.-]+)['’]s\b/g)].some((match) => !/^(?:What|Which|Who|How|When|Where|It|That|This)$/.test(match[1]!));
}

/** Words a question is asked with, not about. */
const ASKING_WORDS = new Set(['and', 'what', 'which', 'who', 'how', 'does', 'did', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'the', 'its', 'their', 'about', 'say', 'says', 'said', 'for', 'with', 'this', 'that']);

/**
 * A question whose only content, names aside, is one word that is no measure ("And what does Alibaba Cloud
 * claim?"): what it asks about is told by the conversation, not by its own words. A figure question
 * ("How much did Tencent invest in Moonshot AI?") is told by its measure.
 */
function vagueRelation(aliases: AliasTable, question: string): boolean {
  if (metricsNamedIn(question).length || ASKS_FIGURE.test(question)) return false;
  let rest = question;
  for (const mention of [...aliases.find(rest)].sort((a, b) => b.index - a.index)) rest = `${rest.slice(0, mention.index)} ${rest.slice(mention.index + mention.name.length)}`;
  const words = (rest.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((word) => !ASKING_WORDS.has(word));
  const han = (rest.match(/\p{Script=Han}/gu) ?? []).length;
  return words.length <= 1 && han === 0;
}

/**
 * A preamble announcing a new topic ("Switching topics:", "Different question —", "换个话题,"): the question stands on its
 * own. Data: extend for new phrasings.
 */
const TOPIC_SWITCH = /^\s*(?:(?:ok(?:ay)?|now|so|and|alright),?\s+)?(?:switching (?:topics?|gears|subjects?)|(?:a )?(?:different|new|separate|unrelated) (?:topic|question|subject)|chang(?:e|ing) (?:of )?(?:topics?|subjects?|the subject)|on (?:a |an )?(?:different|separate|unrelated) (?:note|topic))\s*(?:[-—–:：,，;.]+\s*|\s+(?=(?:what|how|who|when|which|why)\b))|^\s*(?:换个话题|换一个话题|说点别的|换个问题)\s*[,，:：;；、—-]*\s*/i;
/**
 * An aside before the question ("By the way,", "One more question:", "顺便问一下,"): no part of what is asked, but the
 * conversation goes on ("By the way, who is its CEO?" still means the last turn's company).
 */
const ASIDE = /^\s*(?:(?:ok(?:ay)?|now|so|and|alright),?\s+)?(?:(?:one )?more question|another question|moving on|by the way|btw|on another note)\s*(?:[-—–:：,，;.]+\s*|\s+(?=(?:what|how|who|when|which|why)\b))|^\s*(?:另外问一下|另外问个问题|顺便问一下|顺便问下|顺便问问|再问一个问题|再问一下)\s*[,，:：;；、—-]*\s*/i;

/** The question without a topic-switch preamble or an aside, and whether it switched topic. */
export function withoutTopicSwitch(asked: string): { text: string; switched: boolean } {
  const match = TOPIC_SWITCH.exec(asked);
  if (match && match[0].length < asked.length) return { text: asked.slice(match[0].length), switched: true };
  const aside = ASIDE.exec(asked);
  return aside && aside[0].length < asked.length ? { text: asked.slice(aside[0].length), switched: false } : { text: asked, switched: false };
}

/** Resolves one user turn against the turns before it. */
export function resolveTurn(rawAsked: string, before: TurnState[], aliases: AliasTable): TurnState {
  // "Switching topics: how crowded is the market?" is a new question: nothing in it points back.
  const { text: asked, switched } = withoutTopicSwitch(rawAsked);
  const lang = detectLang(asked);
  const previous = switched ? undefined : before.at(-1);
  let resolved = asked;
  let leansOnHistory = false;
  let leansOnWords = false;
  if (previous) {
    const ellipsis = ELLIPSIS_EN.exec(asked) ?? (lang === 'zh' ? ELLIPSIS_ZH.exec(asked) : null);
    // "And Tencent's?", "那腾讯的呢?": the possessive says whose figure, as the name alone would.
    const remainder = (ellipsis?.[1] ?? '').replace(/['’]s\b/g, '').replace(/的$/u, '');
    // "And last year?" after a dated turn moves that turn's period back (a shift), rather than naming the report's last year.
    const relativeToConversation = RELATIVE.test(remainder) && previous.periods.some((period) => period.from);
    const unit = ellipsis ? unitNamed(aliases, remainder) : undefined;
    const version = ellipsis ? versionOnly(remainder) : undefined;
    const versioned = version ? withVersion(aliases, previous, version) : undefined;
    if (ellipsis && !SHIFT.test(remainder) && !relativeToConversation && leftover(aliases, remainder) === '') {
      const rewritten = rewriteElliptical(aliases, remainder, previous);
      if (rewritten) resolved = rewritten;
      else leansOnHistory = true;
      // "What about Alibaba Cloud?" after "And what does Volcano Engine claim?": a relation as vague as "claim"
      // is told by what the conversation was about (large-model customers), so its words help find the passage.
      leansOnWords = Boolean(rewritten) && vagueRelation(aliases, rewritten!);
    } else if (versioned) {
      // "那2.0版本呢?", "And version 3?" after a question about a product: the same question of that version.
      resolved = versioned;
    } else if (unit && !SHIFT.test(remainder) && withUnit(aliases, previous, unit)) {
      resolved = withUnit(aliases, previous, unit)!;
    } else if (ellipsis && !SHIFT.test(remainder) && countedSwapped(aliases, remainder, previous)) {
      resolved = countedSwapped(aliases, remainder, previous)!;
    } else if (lang === 'en' && SHARE_OF_IT.test(asked) && previous.metrics.length > 0 && figurePhraseEn(previous.resolved)) {
      // "What share of Alibaba's total revenue was it?" after "What was Taobao and Tmall's Q4 2024 revenue?": the whole is
      // named, and "it" is the last figure, the part whose share is asked.
      resolved = asked.replace(SHARE_OF_IT, (found, pronoun: string) => found.replace(new RegExp(`\\b${pronoun}$`), figurePhraseEn(previous.resolved)!));
      // The whole's other pointing words ("its parent's", "the same quarter") are read as in any follow-up.
      resolved = resolvePronouns(resolved, lang, before, aliases);
      leansOnHistory = true;
    } else if (lang === 'zh' && SHARE_WITHOUT_SUBJECT_ZH.test(asked) && !namesSubject(aliases, asked.replace(/占.*$/su, '')) && subjectPhraseZh(previous.resolved)) {
      // "占阿里总收入多大比例?" after "2024年四季度淘宝天猫收入多少?": the share is the last question's subject's (the whole
      // after 占 may be named; a part named before it is a question of its own).
      resolved = `${subjectPhraseZh(previous.resolved)}${asked.replace(/^\s*(?:那么?|这)/u, '')}`;
      leansOnHistory = true;
    } else if (lang === 'zh' && COMPARED_WITHOUT_SUBJECT.test(asked) && !namesSubject(aliases, asked) && subjectPhraseZh(previous.resolved)) {
      // "比一年前减少了多少人?" after "截至2024年底阿里巴巴有多少名员工?": the comparison is of the last question's subject.
      resolved = `${subjectPhraseZh(previous.resolved)}${asked.replace(/^\s*(?:那么?)?/, '')}`;
      leansOnHistory = true;
    } else {
      resolved = resolvePronouns(asked, lang, before, aliases);
      // A question naming its own subject starts afresh (a topic switch); one without a subject, or shifting the period, leans on the last turn.
      // "How much did it grow?": a growth whose subject is only a pronoun is the growth of the last figure (its measure, its period).
      const growthOfLast = resolved !== asked && !namesSubject(aliases, asked) && ASKS_FIGURE.test(asked)
        && metricsNamedIn(asked).length > 0 && metricsNamedIn(asked).every((metric) => metric === 'growth_rate');
      // "them" written out as the group the last question asked about ("Chinese LLM startups") still needs that question's other words.
      const group = askedGroupPhrase(previous.resolved);
      const pointsAtAskedGroup = group !== undefined && resolved.includes(group) && !asked.includes(group);
      leansOnHistory = SHIFT.test(asked) || relativeToConversation || !namesSubject(aliases, resolved) || DEMONSTRATIVE.test(asked) || growthOfLast;
      leansOnWords = pointsAtAskedGroup && !leansOnHistory;
      // "The same year", "同年", "from that year": the conversation's last period, written out.
      const last = lastPeriod(before);
      if (last && (pointsAtPeriod(resolved) || (last.fromAnswer && asksYearBefore(resolved)))) resolved = resolvePeriodAnaphora(resolved, lang, last.period, last.fromAnswer);
      resolved = withDealObject(resolved, lang, previous, aliases);
    }
  }
  const answer = undefined;
  return {
    asked, resolved, lang, answer, answerEntities: [], answerPeople: [], leansOnHistory, ...(leansOnWords ? { leansOnWords } : {}),
    entities: idsOf(aliases, resolved, ENTITY_KINDS),
    people: idsOf(aliases, resolved, ['person']),
    metrics: metricsNamedIn(resolved),
    periods: findPeriods(resolved, null),
  };
}

/** A share of a named whole asked of "it" or "that" ("What share of Alibaba's total revenue was it?"). */
const SHARE_OF_IT = new RegExp(String.raw`\bwhat (?:${SHARE_NOUNS.join('|')}) of\b[^?]{2,80}?\b(?:was|is|were|are|did|does)\s+(it|that)\b`, 'i');
/** A Chinese turn that asks a share and opens with it, naming no part ("占阿里总收入多大比例?", "在集团收入中占几成?"). */
const SHARE_WITHOUT_SUBJECT_ZH = /^\s*(?:那么?|这)?(?:在[^?？，,]{0,12}?(?:中|里))?占(?=[^?？]{0,20}(?:比例|比重|份额|多少|几成|百分之))/u;

/** The figure an English question asks for, as a noun phrase ("Taobao and Tmall's Q4 2024 revenue" of "What was …?"). */
function figurePhraseEn(question: string): string | undefined {
  return /^\s*(?:and\s+)?(?:what|how much)\s+(?:was|were|is|are)\s+(.{3,80}?)\s*[?.]*\s*$/i.exec(question)?.[1];
}

/** A Chinese turn that opens with its comparison and names no subject ("比一年前减少了多少人?", "较上季度增长多少?"). */
const COMPARED_WITHOUT_SUBJECT = /^\s*(?:那么?)?(?:比|较|相比|和|跟|同(?!比|期|年|一|月|日|天|时|样|季))/;

/** What a Chinese question asks about, before its question word ("截至2024年底阿里巴巴" of "截至2024年底阿里巴巴有多少名员工?"). */
function subjectPhraseZh(question: string): string | undefined {
  const head = /^(.{2,40}?)(?:有|是|为|的?(?:资本开支|营收|收入|员工|股价|市值|估值))?(?:多少|几|什么|哪)/u.exec(question)?.[1];
  return head && /\p{Script=Han}/u.test(head) ? head : undefined;
}

/** The period a reply gives: "in Q4 2024", "2019年。", or the one year a short reply names ("In September 2019.", "2015 [1]."). */
function answerPeriod(words: string): Period | undefined {
  // A reply naming a month ("In September 2019.") is kept to the month: "that year" reads its year, "that month" the month.
  const found = findPeriods(words.replace(/\bIn\b/g, 'in'), null).find((period) => period.text && period.from && period.to);
  if (found) return found;
  // A short reply naming one year ("In September 2019.", "2015.") settles on that year.
  const years = [...new Set(words.match(/(?<![\d.,])(?:19|20)\d{2}(?![\d.,]\d)/g) ?? [])];
  if (words.length > 120 || years.length !== 1) return undefined;
  const year = years[0]!;
  return { text: year, from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * The period the conversation last settled on: the last question's own, or, when it named none ("In
 * what year did Alibaba acquire Kaola?"), the one its answer gave ("2019.").
 */
function lastPeriod(before: TurnState[]): { period: Period; fromAnswer: boolean } | undefined {
  for (const turn of [...before].reverse()) {
    const asked = turn.periods.find((period) => period.text && period.from) ?? turn.periods.find((period) => period.text);
    if (asked) return { period: asked, fromAnswer: false };
    const answered = turn.answer ? answerPeriod(ownWords(turn.answer)) : undefined;
    if (answered) return { period: answered, fromAnswer: true };
  }
  return undefined;
}

/** Whether the turn's wh-phrase asked for a company as its subject, so its answer is what the conversation is now about. */
export function answerIsSubject(asked: string, aliases: AliasTable): boolean {
  if (WH_COMPANY_ZH.test(asked)) return true;
  const wh = WH_COMPANY.exec(asked);
  if (!wh) return false;
  const inverted = AUXILIARY_THEN.exec(wh[1]!);
  if (!inverted) return true;
  // "… did Alibaba acquire": a name right after the auxiliary is the subject, the company asked for its object.
  const rest = inverted[1]!;
  const named = aliases.find(rest).some((mention) => mention.index === 0) || /^(?:[A-Z][\w.&-]*|the|its|their|his|her)\b/.test(rest);
  return !named;
}

/** "iterate on it", "update it", "它的迭代": "it" as the thing a team works on, a product. Data: extend for new verbs. */
const WORKED_ON_IT = /\b(?:iterat\w*|updat\w*|upgrad\w*|improv\w*|launch\w*|releas\w*|ship\w*|promot\w*|advertis\w*)\s+(?:on\s+)?it\b|它(?:的)?(?:迭代|更新|升级|推广)|(?:迭代|更新|升级|推广)(?:了)?它/i;

/** A turn asking what became of "it" (the patient of the question, not its actor). Data: extend for new phrasings. */
const BEFELL_IT = /\bwhat (?:happened|has happened) to (?:it|them)\b|\bwhat became of (?:it|them)\b|\bhow (?:did|has|is) (?:it|they) (?:do|done|doing|fare|fared|go|gone|going)\b|(?:它|它们)(?:后来|之后|现在)?(?:怎么样|发展得怎么样|结果如何|怎样了)/i;
/** What befell something of the one just named: "what became of its team", "what happened to its users". */
const BEFELL_ITS = /\bwhat (?:happened|has happened) to its\b|\bwhat (?:became|has become) of its\b/i;
/** Words after which a company is what a deal was made for or in ("for Kaola", "in Moonshot AI", "收购考拉"). */
const DEAL_PARTY_BEFORE = /(?:\b(?:for|in|into|acquire|acquired|acquiring|buy|bought|back|backed)\s+(?:the\s+)?|(?:收购|买下|投资|入股|投)了?\s*)$/i;

/** A price asked with nothing said of what it bought ("What did it pay?", "花了多少钱?"). */
const PRICE_ASKED_EN = /\b(?:how much|what)\b[^?]*\b(?:pay|paid|spend|spent)\b(?![^?]*\b(?:for|on|in|into)\b)/i;
const PRICE_ASKED_ZH = /(花了|付了|支付了?|出了)(?=多少)/;
/** "它为此支付了多少钱?": 为此 points at the deal already; the deal's name replaces it. */
const FOR_THE_DEAL_ZH = /为(?:此|这笔(?:交易|投资|收购)?|这些股份)/;

/**
 * "When did Alibaba buy Kaola?" "September 2019." "What did it pay?": the price of the deal just talked about, so the thing
 * bought is written in ("What did Alibaba pay for Kaola?", "阿里巴巴为考拉花了多少钱?") when the question names no other.
 */
function withDealObject(resolved: string, lang: Lang, previous: TurnState, aliases: AliasTable): string {
  const object = dealObject(previous.resolved, aliases);
  const named = idsOf(aliases, resolved, ENTITY_KINDS);
  if (!object || named.includes(object) || named.length > 1) return resolved;
  if (lang === 'zh') {
    if (!PRICE_ASKED_ZH.test(resolved)) return resolved;
    const forIt = `为${nameIn(aliases, object, 'zh')}`;
    return FOR_THE_DEAL_ZH.test(resolved) ? resolved.replace(FOR_THE_DEAL_ZH, forIt) : resolved.replace(PRICE_ASKED_ZH, `${forIt}$1`);
  }
  return PRICE_ASKED_EN.test(resolved) ? resolved.replace(/\s*\?\s*$/, ` for ${nameIn(aliases, object, 'en')}?`) : resolved;
}

/** The company a question names as the other party of a deal, when it names one. */
function dealObject(text: string, aliases: AliasTable): string | undefined {
  return aliases.find(text).find((mention) => ENTITY_KINDS.includes(kindOf(aliases, mention.id) ?? '') && DEAL_PARTY_BEFORE.test(text.slice(Math.max(0, mention.index - 16), mention.index)))?.id;
}

/**
 * What "it" / "the company" / "它" / "该公司" stands for: the turn's answer when it named a unit or product
 * of the asked subject ("What is Alibaba's chip design company called?" "T-Head.") or when the turn asked
 * for that company itself; otherwise the asker's own subject ("Which company did Alibaba acquire?" "Kaola."
 * "How much did it pay?" is Alibaba), the most recent turn first.
 */
function companyReferent(before: TurnState[], aliases: AliasTable, asked: string): string | undefined {
  const last = before.at(-1);
  // "… fully back its chatbot Yuanbao …" "How fast did the team iterate on it?": what is iterated on, updated or launched
  // is a product, the one the last turn named, not its maker.
  const product = last && WORKED_ON_IT.test(asked) ? [...last.answerEntities, ...last.entities].find((id) => kindOf(aliases, id) === 'product') : undefined;
  if (product) return product;
  // "Which AI company did Alibaba invest in twice?" "Smart Voice." "How much financing did it complete?": what a company
  // does on its own account (raising money, listing, making a profit) is the answered company's, not the investor's.
  if (last && last.answerEntities.length === 1 && WH_COMPANY.test(last.asked) && OWN_ACCOUNT.test(asked) && !INVESTOR_ACT.test(asked)) return last.answerEntities[0];
  // "How much did Alibaba pay for Kaola?" "$2 billion." "What happened to it after that?": what befell the thing bought or
  // backed is the deal's other party, not the buyer ("它后来怎么样了?").
  // So does what the bought or backed company does on its own account: "阿里是什么时候投资思必驰的?" "它现在盈利了吗?" is Smart Voice's profit.
  const object = last && (BEFELL_IT.test(asked) || AROUND_THE_DEAL.test(asked) || (OWN_ACCOUNT.test(asked) && !INVESTOR_ACT.test(asked))) ? dealObject(last.resolved, aliases) : undefined;
  if (object) return object;
  // "Which e-commerce platform did Alibaba pay $2 billion for?" "Kaola." "What became of its team?": what befell the one the
  // reply named (a which-question's answer), not the buyer.
  if (last && last.answerEntities.length === 1 && WH_COMPANY.test(last.asked) && BEFELL_ITS.test(asked)) return last.answerEntities[0];
  for (const turn of [...before].reverse()) {
    // Only when the question named no company of its own besides the owner: after "阿里投的Smart Voice是做什么的?" the
    // reply's Tmall Genie (Alibaba's speaker, which Smart Voice supplies) is a detail, and "它" is Smart Voice.
    const onlyItsGroupAsked = (id: string) => turn.entities.every((asked) => kindOf(aliases, asked) !== 'company' || groupOf(aliases, asked) === groupOf(aliases, id));
    const narrower = turn.answerEntities.find((id) => turn.entities.some((asked) => ancestorsOf(id, aliases).includes(asked)) && onlyItsGroupAsked(id));
    if (narrower) return narrower;
    if (turn.answerEntities.length && answerIsSubject(turn.asked, aliases)) return turn.answerEntities[0];
    // "When did Alibaba release Tongyi Qianwen 2.0?" "Was it open source?": the product asked about, not its owner.
    const ownedProduct = turn.entities.find((id) => kindOf(aliases, id) === 'product' && turn.entities.some((other) => other !== id && ancestorsOf(id, aliases).includes(other)));
    if (ownedProduct) return ownedProduct;
    // One product named as the answer, from the asked unit's own group ("What did Alibaba Cloud launch?" "Tongyi Qianwen.").
    const [only] = turn.answerEntities;
    if (only && turn.answerEntities.length === 1 && turn.entities.some((asked) => sameGroupProduct(aliases, only, asked)) && onlyItsGroupAsked(only)) return only;
    const first = [...headsFirst(aliases, turn.resolved, turn.entities), ...turn.answerEntities][0];
    if (first) return first;
  }
  return undefined;
}

/**
 * Between a name and the next one, words that make the first only a modifier of the second: "Alibaba's Smart Voice",
 * "Alibaba-backed Zhipu AI", "阿里投的Smart Voice", "腾讯旗下的元宝". Data: extend it for a new collection's phrasings.
 */
const MODIFIER_GAP = /^(?:['’]s\s+|-(?:backed|owned|funded|invested)\s+|\s*(?:投资?|旗下|控股|入股|孵化|支持)?的\s*)$/;
/**
 * The same with a describing phrase between: "Alibaba's early voice AI bet Smart Voice", "阿里早年投过的那家对话式AI公司Smart
 * Voice". English: "'s" and up to five words with no function word among them (a preposition, conjunction or verb would
 * start a clause: "Alibaba's stake in Zhipu" is Alibaba's stake). Chinese: a phrase ending in a measure word or noun
 * after "的", with no conjunction, copula or punctuation (not "阿里和腾讯的…").
 */
const DESCRIBED_GAP_EN = /^['’]s\s+(?:(?!(?:in|of|for|to|from|with|and|or|by|on|at|as|is|was|are|were|did|does|do|has|have|had|than|vs|versus|over|beat|beats|beaten|exceed\w*|surpass\w*|overtak\w*|overtook|outpac\w*|outsell\w*|trail\w*|lead|leads|led)\b)[\w-]+\s+){1,5}$/i;
// (No comparison between the two: "阿里的营收比腾讯…" sets two companies side by side.)
const DESCRIBED_GAP_ZH = /^(?!.*(?:比|超过|高于|低于|领先|落后))[^，,、;；。?？!！和与及跟同是]{0,12}的[^，,、;；。?？!！和与及跟同是的]{0,12}$/u;

function modifierGap(gap: string): boolean {
  return MODIFIER_GAP.test(gap) || DESCRIBED_GAP_EN.test(gap) || DESCRIBED_GAP_ZH.test(gap);
}

/**
 * The question's companies and products with its head nouns first: "阿里投的Smart Voice是做什么的?" is about Smart
 * Voice, and Alibaba only says whose investment it is; "it" in the next turn is the head, not the modifier.
 */
function headsFirst(aliases: AliasTable, text: string, ids: string[]): string[] {
  const mentions = subjects(aliases, text, ENTITY_KINDS);
  const modifiers = new Set(mentions.filter((mention, i) => {
    const next = mentions[i + 1];
    return next !== undefined && next.id !== mention.id && modifierGap(text.slice(mention.index + mention.name.length, next.index));
  }).map((mention) => mention.id));
  return [...ids.filter((id) => !modifiers.has(id)), ...ids.filter((id) => modifiers.has(id))];
}

/**
 * "What did Alibaba Cloud launch?" "Tongyi Qianwen.": a product the answer names from the asked unit's own
 * group (Qwen is Alibaba's, as Alibaba Cloud is) is what the next "it" / "它" points at.
 */
function sameGroupProduct(aliases: AliasTable, answered: string, asked: string): boolean {
  if (kindOf(aliases, answered) !== 'product') return false;
  const answeredGroup = groupOf(aliases, answered);
  return answeredGroup !== undefined && answeredGroup === groupOf(aliases, asked);
}

/** The outermost company an id belongs to (Qwen → Alibaba, Tencent Cloud → Tencent), itself when it has no owner. */
function groupOf(aliases: AliasTable, id: string): string | undefined {
  return [id, ...ancestorsOf(id, aliases)].filter((entry) => kindOf(aliases, entry) === 'company').at(-1);
}

/** "How much did Tencent pay the company?": "the company" beside a name of the question's own is the other one just talked about. */
const THE_OTHER_COMPANY = new RegExp(`\\b${COMPANY_NOUN_EN}\\b`, 'gi');
const THE_OTHER_COMPANY_ZH = new RegExp(COMPANY_NOUN_ZH, 'g');

function otherCompany(before: TurnState[], own: string[]): string | undefined {
  const last = before.at(-1);
  if (!last) return undefined;
  return [...last.answerEntities, ...last.entities].find((id) => !own.includes(id));
}

/** A product asked about for a role ("Who is its CEO?" after Doubao) is its owner company's role. */
function holderOfRole(aliases: AliasTable, id: string, asked: string): string {
  if (!ROLE.test(asked) || aliases.get(id)?.kind !== 'product') return id;
  return ancestorsOf(id, aliases).find((parent) => aliases.get(parent)?.kind === 'company') ?? id;
}

/**
 * The version the conversation asked a product by ("Tongyi Qianwen 2.0"), so "Was it open source?" stays
 * about that release and not the whole series; empty when it named none.
 */
function versionAsked(aliases: AliasTable, id: string, before: TurnState[]): string {
  for (const turn of [...before].reverse()) {
    const mention = aliases.find(turn.resolved).find((found) => found.id === id);
    if (!mention) continue;
    return /^\s?(\d+\.\d+)(?![\d.])/.exec(turn.resolved.slice(mention.index + mention.name.length))?.[1] ?? '';
  }
  return '';
}

/** "the plan", "that deal", "这个计划": a thing the conversation named, by its head noun. Data: extend the nouns for new kinds. */
const DEFINITE_HEAD_EN = /\b(?:the|that|this)\s+(plan|deal|tender|order|pledge|commitment|budget|round)\b/i;
// (Not 该 in 应该, 此 in 因此.)
const DEFINITE_HEAD_ZH = /(?:这个|(?<!应)该|那个|这一|(?<!因)此|这项|那项|这笔|那笔|这次|此次|那次)(计划|交易|订单|招标|承诺|预算)/;
/** Where a noun phrase starts: a determiner or a possessive ("the 380 billion yuan three-year plan", "Alibaba's plan"). */
const DETERMINER_EN = /^(?:the|a|an|its|their|his|her|this|that)$/i;
const PHRASE_EDGE_ZH = /.*(?:[的是了在对把将和与及]|什么|多少|哪些?|怎么|如何)/u;

/**
 * "What's the plan's yearly average?" after a turn about "the 380 billion yuan three-year plan" of Alibaba: the thing is
 * written out as the conversation named it, with its company when the phrase names none. Only when the question names
 * no company of its own (then "the plan" is that company's).
 */
function writeOutDefiniteHead(asked: string, lang: Lang, before: TurnState[], aliases: AliasTable): string {
  if (idsOf(aliases, asked, ENTITY_KINDS).length) return asked;
  const found = (lang === 'zh' ? DEFINITE_HEAD_ZH : DEFINITE_HEAD_EN).exec(asked);
  if (!found) return asked;
  const head = found[1]!;
  for (const turn of [...before].reverse()) {
    const phrase = lang === 'zh' ? phraseBeforeZh(turn.resolved, head, aliases) : phraseBeforeEn(turn.resolved, head);
    if (!phrase) continue;
    const company = turn.entities.find((id) => kindOf(aliases, id) === 'company');
    const owned = idsOf(aliases, phrase, ENTITY_KINDS).length > 0 || !company;
    const article = lang === 'en' && !/['’]s\b/.test(phrase) ? 'the ' : '';
    const written = owned ? `${article}${phrase}` : lang === 'zh' ? `${nameIn(aliases, company, 'zh')}${phrase}` : `${nameIn(aliases, company, 'en')}'s ${phrase}`;
    return `${asked.slice(0, found.index)}${written}${asked.slice(found.index + found[0].length)}`;
  }
  return asked;
}

/**
 * The noun phrase a turn named the thing with: from its determiner or possessive to the head ("the 380 billion yuan
 * three-year plan" → "380 billion yuan three-year plan"); none when no determiner opens it ("announce plans to invest",
 * "in order to" name no thing).
 */
function phraseBeforeEn(text: string, head: string): string | undefined {
  const match = new RegExp(`((?:[\\w$.,'’-]+\\s+){1,7}?)\\b${head}s?\\b(?!\\s+to\\b)`, 'i').exec(text);
  if (!match) return undefined;
  const words = match[1]!.trim().split(/\s+/).filter(Boolean);
  const opener = words.findLastIndex((word) => DETERMINER_EN.test(word) || /['’]s$/.test(word));
  if (opener < 0) return undefined;
  return [...words.slice(DETERMINER_EN.test(words[opener]!) ? opener + 1 : opener), head].join(' ');
}

/** The same in Chinese: the words before the head back to a particle or a question word, a name never cut in half. */
function phraseBeforeZh(text: string, head: string, aliases: AliasTable): string | undefined {
  const at = text.indexOf(head);
  if (at < 0) return undefined;
  let from = Math.max(0, at - 20);
  // A name the window would cut ("字节跳动" → "节跳动") is taken whole.
  const cut = aliases.find(text).find((mention) => mention.index < from && mention.index + mention.name.length > from);
  if (cut) from = cut.index;
  const lead = text.slice(from, at).replace(/^.*[，,。？?；;:：]/u, '').replace(PHRASE_EDGE_ZH, '');
  return `${lead}${head}`;
}

/** Pronouns replaced by the names they stand for: people from the last answer or question, companies from the last subject. */
function resolvePronouns(rawAsked: string, lang: Lang, before: TurnState[], aliases: AliasTable): string {
  const asked = writeOutDefiniteHead(rawAsked, lang, before, aliases);
  const recent = [...before].reverse();
  const person = recent.flatMap((turn): PersonRef[] => [...turn.answerPeople, ...turn.people.map((id) => ({ id, name: nameIn(aliases, id, 'en') }))])[0];
  const personName = person ? (person.id ? nameIn(aliases, person.id, lang) : person.name) : undefined;
  // What the asker named: a thing written out from the conversation ("Alibaba's … plan") is no company of the question's own.
  const ownEntities = idsOf(aliases, rawAsked, ENTITY_KINDS);
  const referent = companyReferent(before, aliases, asked);
  const company = referent ? holderOfRole(aliases, referent, asked) : undefined;
  const last = before.at(-1);
  // "Which two companies competed to invest in Anthropic?" "Amazon and Google.": "they" are the answer's.
  // ("腾讯的混元模型…" then "他们总裁": "they" are Tencent; a product beside its own maker is the maker's, not a second party.)
  const group = withoutOwnProducts(last && last.answerEntities.length > 1 && answerIsSubject(last.asked, aliases) ? last.answerEntities : last?.entities ?? [], aliases);
  // "Who heads Seed?" "Wu Yonghui and Zhu Wenjia.": "they", "他们" are the people the reply named.
  const peopleGroup = last && last.answerPeople.length > 1 ? last.answerPeople.map((ref) => (ref.id ? nameIn(aliases, ref.id, lang) : ref.name)) : [];
  const personCompany = person?.id ? ancestorsOf(person.id, aliases).find((id) => ENTITY_KINDS.includes(kindOf(aliases, id) ?? '')) : undefined;
  let text = asked;
  if (personCompany) text = text.replace(lang === 'zh' ? HIS_COMPANY_ZH : HIS_COMPANY, nameIn(aliases, personCompany, lang));
  const other = ownEntities.length ? otherCompany(before, ownEntities) : undefined;
  if (other) {
    text = text.replace(lang === 'zh' ? THE_OTHER_COMPANY_ZH : THE_OTHER_COMPANY, nameIn(aliases, other, lang));
    // "阿里是哪一年投资它的?", "阿里是哪一年投的它?", "Did it end up inside WeChat?": a bare "it" beside a name of the question's own is
    // the other thing just talked about, unless a verb of saying makes it the subject again ("Did Alibaba say it …").
    // The conversation's subject first ("When did WeChat integrate it?" after a turn about Yuanbao's model is Yuanbao), then the other name.
    const bare = company && !ownEntities.includes(company) ? company : other;
    const at = (lang === 'zh' ? ZH_BARE_IT : BARE_IT).exec(text);
    if (at && !REFLEXIVE_IT.test(text) && !DUMMY_IT.test(text) && !CLEFT_IT.test(text)) {
      const pronoun = /它|\bit\b/i.exec(at[0])!;
      const start = at.index + pronoun.index;
      text = `${text.slice(0, start)}${nameIn(aliases, bare, lang)}${text.slice(start + pronoun[0].length)}`;
    }
  }
  // "他们俩", "both of them": as many people as the count says, the first the reply named (not whom they report to).
  const counted = peopleGroup.slice(0, PAIR.test(text) ? 2 : peopleGroup.length);
  // "Have Alibaba and Tencent backed them?" after "How many Chinese LLM startups …?" "At least six.": the group the
  // last question asked about, in its words, when the reply named none (or the names are the question's own).
  // "Which startups did Alibaba back?" "Zhipu AI and MiniMax." "Did Tencent back them too?": the names the reply gave, the question's own aside.
  const answerGroup = last ? last.answerEntities.filter((id) => !ownEntities.includes(id)) : [];
  const askedGroup = last && (ownEntities.length || !group.length) && answerGroup.length < 2 && !peopleGroup.length ? askedGroupPhrase(last.resolved) : undefined;
  if (lang === 'zh') {
    if (personName) text = text.replace(ZH_HE, personName);
    if (company && !ownEntities.length) text = text.replace(ZH_IT, `${nameIn(aliases, company, 'zh')}${versionAsked(aliases, company, before)}`);
    if (counted.length && !AMONG_ANSWER.test(text)) text = text.replace(ZH_THEY, counted.join('和')).replace(/(?<=\p{Script=Han})俩/u, '');
    else if (group.length && !ownEntities.length && !AMONG_ANSWER.test(text)) text = text.replace(ZH_THEY, group.map((id) => nameIn(aliases, id, 'zh')).join('和'));
    else if (ownEntities.length && answerGroup.length > 1 && !AMONG_ANSWER.test(text)) text = text.replace(ZH_THEY, answerGroup.map((id) => nameIn(aliases, id, 'zh')).join('和'));
    else if (askedGroup && !AMONG_ANSWER.test(text)) text = text.replace(ZH_THEY, askedGroup);
    return text;
  }
  if (personName) {
    text = replaceAll(text, HIS, () => possessive(personName, 'en')).text;
    text = replaceAll(text, HE, () => personName).text;
  }
  // "What did Meituan spend on R&D in Q2?" … "So roughly what was it a year earlier?": "it" is the figure's measure, not the company.
  const measure = company && !ownEntities.length && last?.metrics[0] ? measureAfterName(last.metrics[0], 'en') : undefined;
  if (measure) text = text.replace(MEASURE_IT, (found, pronoun: string) => found.replace(new RegExp(`\\b${pronoun}$`), `${nameIn(aliases, company!, 'en')}${measure}`));
  if (company && !ownEntities.length && !DUMMY_IT.test(text)) {
    // "Why would it give part of it as credits?": the part is of what the last turn was about (the stake, the sum), not of
    // the company; said "that", it leans on that turn as a demonstrative does.
    text = text.replace(PART_OF_IT, '$1 that');
    const version = versionAsked(aliases, company, before);
    const name = `${nameIn(aliases, company, 'en')}${version ? ` ${version}` : ''}`;
    text = replaceAll(text, ITS, () => possessive(name, 'en')).text;
    text = replaceAll(text, IT, () => name).text;
  }
  if (counted.length && !AMONG_ANSWER.test(text)) {
    const names = counted.join(' and ');
    text = replaceAll(text, THEIR, () => possessive(names, 'en')).text;
    text = replaceAll(text, THEY, () => names).text;
  } else if (group.length && !ownEntities.length && !AMONG_ANSWER.test(text)) {
    // "Why sell them?" after "How much had Alibaba invested in RT-Mart?": an object "them" is not the one who acts on it.
    const objects = /\bthem\b/i.test(text) && !/\bthey\b/i.test(text) && group.length > 1 && company && group.includes(company) ? group.filter((id) => id !== company) : group;
    const names = objects.map((id) => nameIn(aliases, id, 'en')).join(' and ');
    text = replaceAll(text, THEIR, () => possessive(names, 'en')).text;
    text = replaceAll(text, THEY, () => names).text;
  } else if (ownEntities.length && answerGroup.length > 1 && !AMONG_ANSWER.test(text)) {
    const names = answerGroup.map((id) => nameIn(aliases, id, 'en')).join(' and ');
    text = replaceAll(text, THEIR, () => possessive(names, 'en')).text;
    text = replaceAll(text, THEY, () => names).text;
  } else if (askedGroup && !AMONG_ANSWER.test(text)) {
    text = replaceAll(text, THEIR, () => possessive(askedGroup, 'en')).text;
    text = replaceAll(text, THEY, () => askedGroup).text;
  }
  return text;
}

/** "part of it", "half of it": a part of the sum last talked about ("the majority of it", "a share of it" may be a stake in the company). */
const PART_OF_IT = /\b((?:part|parts|half|portion|rest|bulk) of) it\b/gi;

/** The parties of a group: a product or unit whose maker is also in the group goes with its maker. */
function withoutOwnProducts(ids: string[], aliases: AliasTable): string[] {
  return ids.filter((id) => !ancestorsOf(id, aliases).some((owner) => owner !== id && ids.includes(owner)));
}

/** People a reply names: alias-table people first, then capitalised two- or three-word names it does not know ("Wang Xingxing"). */
function peopleNamed(aliases: AliasTable, text: string): PersonRef[] {
  const known: PersonRef[] = idsOf(aliases, text, ['person']).map((id) => ({ id, name: nameIn(aliases, id, 'en') }));
  // A capitalised run inside a known name ("Smart Industries Group" of "Cloud and Smart Industries Group") is no person.
  const spans = aliases.find(text).map((mention) => [mention.index, mention.index + mention.name.length] as const);
  const inName = (at: number) => spans.some(([start, end]) => at >= start && at < end);
  const unknown = [...text.matchAll(/\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\b/g)]
    .filter((match) => !inName(match.index) && !/^(?:The|About|Over|In|On|By|Rotating|Founder|CEO|Chairman|President)\b/.test(match[0]) && aliases.ids(match[0]).length === 0)
    .map((match) => ({ name: match[0] }));
  // "项亮、李航、杨建超和乔木": Chinese names the alias table lacks, listed as the answer; each counts, so a
  // follow-up over the group ("他们分别负责什么?") knows how many it is about.
  const han = [...text.matchAll(/(?:^|[、，,和及与])\s*(\p{Script=Han}{2,3})(?=\s*(?:[、，,和及与]|[。.]|$))/gu)]
    .filter((match) => aliases.ids(match[1]!).length === 0 && !known.some((person) => person.name === match[1]))
    .map((match) => ({ name: match[1]! }));
  return [...known, ...unknown, ...han];
}

/** Every user turn resolved in order, each carrying the reply that followed it. */
export function conversationState(messages: ChatMessage[], aliases: AliasTable): ConversationState {
  const turns: TurnState[] = [];
  for (const message of messages) {
    if (message.role === 'user') {
      turns.push(resolveTurn(message.content, turns, aliases));
      continue;
    }
    const last = turns.at(-1);
    if (!last) continue;
    const words = ownWords(message.content);
    last.answer = message.content;
    last.answerEntities = idsOf(aliases, words, ENTITY_KINDS);
    last.answerPeople = peopleNamed(aliases, words);
  }
  return { turns, current: turns.at(-1)!, previous: turns.at(-2) };
}

/** Names the last answer listed, for a question that picks among them ("Which of those …"). */
export function pickedAmong(state: ConversationState, aliases: AliasTable): string[] {
  const previous = state.previous;
  if (!previous || !AMONG_ANSWER.test(state.current.asked)) return [];
  return previous.answerEntities.map((id) => nameIn(aliases, id, state.current.lang));
}

/** For a model: the last question as resolved, when resolution changed it (nothing to say otherwise). */
export function resolvedQuestionNote(state: ConversationState): string | undefined {
  const { current } = state;
  if (!state.previous || current.resolved === current.asked) return undefined;
  return `The user's last question, with its references resolved from the conversation: "${current.resolved}". Answer that question (in the language it was asked in), not the previous one again.`;
}

/**
 * The people a follow-up asked of "each of them" / "他们分别" is about: those the last answer listed, else
 * those the last question named; each with the names the reports may write them by (English first).
 */
export function groupMembers(state: ConversationState, aliases: AliasTable): { names: string[]; label: string }[] {
  const previous = state.previous;
  if (!previous) return [];
  const listed: PersonRef[] = previous.answerPeople.length > 1 ? previous.answerPeople : previous.people.map((id) => ({ id, name: nameIn(aliases, id, 'en') }));
  // "他们俩怎么分工?": a pair is the first two the reply named, not also whom they report to.
  const refs = PAIR.test(state.current.asked) ? listed.slice(0, 2) : listed;
  return refs.map((ref) => {
    const names = ref.id ? [...(aliases.get(ref.id)?.names ?? [ref.name])].sort((a, b) => Number(/\p{Script=Han}/u.test(a)) - Number(/\p{Script=Han}/u.test(b))) : [ref.name];
    return { names, label: ref.id ? nameIn(aliases, ref.id, state.current.lang) : ref.name };
  });
}
