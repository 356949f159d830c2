/**
 * @module Roles people hold, as data: the words that give a role in English and Chinese, the role a
 * question asks for, and the roles a sentence gives a named person over which organisation. A
 * who-answer's role fit ("Tencent President Liu Chiping" for "Who is Tencent's president?", not
 * "President of Tencent Cloud") comes from `roleFit`.
 */
import type { AliasTable } from '../../index/index.js';
import { withTranslations } from './bilingual-terms.js';

export type RoleId = 'founder' | 'ceo' | 'chairman' | 'vice-president' | 'president' | 'cto' | 'coo' | 'cfo' | 'director' | 'head' | 'analyst';

interface RoleWords {
  id: RoleId;
  /** English words (regex source, matched case-insensitively on word boundaries). */
  en: string;
  /** Chinese words (regex source); Latin abbreviations belong in `en`, which has word boundaries. */
  zh: string;
  /** Words to search for the role's holder with, both languages. */
  query: string;
  /** How a Chinese answer names the role. */
  label: { en: string; zh: string };
  /** The role runs something: a question about who heads or leads it is answered by it. */
  leads?: boolean;
}

/** Order matters where one role's words contain another's: vice president before president. */
export const ROLE_WORDS: readonly RoleWords[] = [
  { id: 'founder', en: 'co-?founders?|founders?|co-?founded|founded|started', zh: '联合创始人|创始人|创办人|创办|创立|创建', query: 'founder 创始人', label: { en: 'founder', zh: '创始人' } },
  { id: 'ceo', en: 'CEO|chief executive(?: officer)?', zh: '首席执行官', query: 'CEO 首席执行官', label: { en: 'CEO', zh: 'CEO' }, leads: true },
  { id: 'chairman', en: '(?:rotating )?(?:chairman|chairwoman|chairs?)', zh: '(?:轮值)?董事长|董事会主席', query: 'chairman 董事长', label: { en: 'chairman', zh: '董事长' }, leads: true },
  { id: 'vice-president', en: 'vice[- ]presidents?|VP', zh: '副总裁', query: 'vice president VP 副总裁', label: { en: 'vice president', zh: '副总裁' } },
  { id: 'president', en: '(?<!vice[- ])presidents?', zh: '(?<!副)总裁', query: 'president 总裁', label: { en: 'president', zh: '总裁' }, leads: true },
  { id: 'cto', en: 'CTO|chief technology officer', zh: '首席技术官', query: 'CTO 首席技术官', label: { en: 'CTO', zh: 'CTO' } },
  { id: 'coo', en: 'COO|chief operating officer', zh: '首席运营官', query: 'COO 首席运营官', label: { en: 'COO', zh: 'COO' } },
  { id: 'cfo', en: 'CFO|chief financial officer', zh: '首席财务官', query: 'CFO 首席财务官', label: { en: 'CFO', zh: 'CFO' } },
  { id: 'director', en: 'directors?', zh: '主任|总监', query: 'director 主任', label: { en: 'director', zh: '主任' } },
  { id: 'head', en: 'heads?|headed|co-?leads?|leads|led|leaders?|runs|in charge of|responsible for|oversees|focus(?:es|ed)? on', zh: '负责人|负责|掌舵|带领|掌管', query: 'head leads 负责人', label: { en: 'head', zh: '负责人' }, leads: true },
  { id: 'analyst', en: '(?:senior )?analysts?', zh: '分析师', query: 'analyst 分析师', label: { en: 'analyst', zh: '分析师' } },
];

const PATTERNS = ROLE_WORDS.map((role) => ({ ...role, pattern: new RegExp(`(?<![\\w-])(?:${role.en})(?![\\w-])|${role.zh}`, 'gi') }));

/** Every role word in a text, in order, with where it stands (overlaps go to the earlier table entry). */
function roleWordsIn(text: string): { id: RoleId; index: number; length: number }[] {
  const found: { id: RoleId; index: number; length: number }[] = [];
  for (const role of PATTERNS) {
    for (const match of text.matchAll(role.pattern)) {
      if (found.some((other) => match.index < other.index + other.length && other.index < match.index + match[0].length)) continue;
      found.push({ id: role.id, index: match.index, length: match[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** How an answer names a role. */
export function roleLabel(id: RoleId, lang: 'en' | 'zh'): string {
  return ROLE_WORDS.find((role) => role.id === id)!.label[lang];
}

/** The role a question asks about: "Who chairs …" → chairman; "谁是…的创始人" → founder. */
export function askedRole(question: string): RoleId | undefined {
  return roleWordsIn(question)[0]?.id;
}

export interface GivenRole {
  id: RoleId;
  /** The words that give it, with the organisation when they name one ("Alibaba Group CEO", "President of Tencent Cloud"). */
  phrase: string;
}

const CLAUSE_END = /[;；:："“”()（）]|,\s*(?:and\s+)?(?=(?:who|which|said|says|noted|pointed|stated|told|added|believes?|explained)\b)|\.\s/;

/** The stretch of text right after a name that speaks of that person: an appositive or a predicate. */
export function afterName(sentence: string, end: number): string {
  const rest = sentence.slice(end, end + 160);
  const stop = rest.slice(1).search(CLAUSE_END);
  return stop < 0 ? rest : rest.slice(0, stop + 1);
}

/**
 * The roles a sentence gives the person named at [index, index + length): a title before the name
 * ("Alibaba Group CEO Wu Yongming", "腾讯创始人马化腾"), an appositive after it ("Qiu Yuepeng, Tencent
 * Group Vice President, …, and President of Tencent Cloud"), an appointment ("appointing Jiang Fan as
 * the group's CEO", "Wu Yongming was appointed CEO of Alibaba Group"), a verb ("Zhang Yiming founded
 * ByteDance") or a passive ("an AI company founded by Lee Kai-Fu").
 */
export function rolesGiven(sentence: string, index: number, length: number, next?: { index: number; length: number }): GivenRole[] {
  const roles: GivenRole[] = [];
  // A title right before the name, back to the clause's start.
  const titleBefore = (text: string) => text.slice(Math.max(text.lastIndexOf(','), text.lastIndexOf('，'), text.lastIndexOf(';'), text.lastIndexOf('；'), text.lastIndexOf('。')) + 1);
  const before = sentence.slice(Math.max(0, index - 70), index);
  // "Its CTO, Hu Yichuan": a short title set off by a comma before the name is still its title
  // (a longer one, "Xiang Liang, head of the team, Li Hang", belongs to the person before).
  const commaTitle = /[,，]\s*$/.test(before) ? titleBefore(before.replace(/[,，]\s*$/, ' ')) : '';
  const title = commaTitle && commaTitle.trim().split(/\s+/).length <= 3 ? commaTitle : titleBefore(before);
  const titleWords = roleWordsIn(title);
  const last = titleWords.at(-1);
  if (last && /^[\s,，]*(?:by\s*)?(?:(?:the\s+)?(?:of|at)\s+[^,，]{1,40})?[\s,，]*$/.test(title.slice(last.index + last.length))) {
    const passive = /(?:founded|started|led|headed|run)\s+by\s*$/i.test(title);
    // "founded by Lee Kai-Fu": the company founded is the one named just before the verb ("'01.AI,' an AI company founded by").
    const phrase = passive ? sentence.slice(Math.max(0, index - 45), index).replace(/^\S*\s/, '').trim() : title.trim();
    roles.push({ id: last.id, phrase: phrase.replace(/^(?:(?:and|both|the|its|whose|by)\s+)+/i, '') });
  }
  // An appositive ends where the next person named begins ("Xiang Liang, head of …, Li Hang, director of …").
  const own = afterName(sentence.slice(0, next?.index ?? sentence.length), index + length);
  // "Wu Yonghui … is now on par with Zhu Wenjia, both serving as heads of Seed": the role after "both" is theirs together.
  const shared = next && /^\s*,?\s*(?:both|together)\b/i.test(sentence.slice(next.index + next.length)) ? afterName(sentence, next.index + next.length) : '';
  const after = shared ? `${own}, ${shared.replace(/^\s*,?\s*/, '')}` : own;
  // An appositive, an appointment or a predicate: each role word there with the words around it.
  if (/^\s*(?:[,，(（]|\s(?:was|has been|is|became|serves as|as|was appointed|was named|was made|heads?|leads?|runs|founded|co-founded|chairs?|oversees|focus(?:es|ed)? on|is responsible for|is in charge of)\b)/i.test(after)) {
    const parts = after.split(/,\s*(?:and\s+)?|\s+and\s+(?=[A-Z]|(?:chairman|president|head|director|CEO|CTO|COO)\b)|，|、/);
    for (const part of parts) {
      const words = roleWordsIn(part);
      if (!words.length) continue;
      // "is now on par with Zhu Wenjia, both serving as heads …" gives the role to both; a verb naming another person gives it to no one here.
      roles.push({ id: words[0]!.id, phrase: part.trim() });
    }
  }
  return roles;
}

/** Whether a role given answers the role asked: the same role, or, for "who heads / leads", any role that runs something. */
export function roleMatch(asked: RoleId, given: RoleId): number {
  if (asked === given) return 1;
  const leads = (id: RoleId) => ROLE_WORDS.find((role) => role.id === id)?.leads ?? false;
  if (asked === 'head' && leads(given)) return 1;
  if (leads(asked) && given === 'head') return 0.7;
  if (leads(asked) && leads(given)) return 0.4;
  return 0;
}

export interface RoleQuestion {
  role: RoleId;
  /** Companies and products the question names, with their parents and units. */
  entities: string[];
  /** The question's other words about the organisation ("e-commerce business group", "AI Lab"). */
  orgWords: string[];
}

/** Words that end the organisation's phrase in a question, going back from the role word. */
const PHRASE_STOP = new Set(['who', 'whom', 'which', 'what', 'is', 'was', 'are', 'were', 'the', 'a', 'an', 'did', 'does', 'do', 'has', 'have', 'as', 'appoint', 'appointed', 'name', 'named', 'its', 'current', 'now', 'new', 'to',
  // Taking up the post is the act asked, not a word of the organisation ("Who became CEO of …").
  'became', 'become', 'becomes', 'serves', 'served', 'serving', 'took', 'take', 'takes', 'over', 'hired', 'joined', 'made']);
/**
 * Chinese words around a role that say how the post was taken or when ("由谁出任", "新成立的", "调整组织架构时"), not which
 * organisation it is of. Data: the act and its time, never an organisation's own word.
 */
const ROLE_ACT_ZH = /\d{2,4}\s*年|新?成立的?|出任了?|担任了?|任命|当上了?|就任|上任|接任|由谁|是谁|谁|调整(?:组织)?架构时?|组织架构|时(?=\s*$)/gu;
const TRAILING = new Set(['of', 'at', 'in', 'for', 'the', 'and']);

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z][a-z0-9-]*|\p{Script=Han}+/gu) ?? [];
}

/**
 * The words naming the organisation around the role word: "Alibaba's e-commerce business group" in
 * "Who heads Alibaba's e-commerce business group?", "AI Lab" in "the director of ByteDance's AI Lab".
 * Names the alias table knows are scored as entities, so they are blanked out here.
 */
function organisationWords(question: string, aliases: AliasTable): string[] {
  let text = question;
  for (const mention of aliases.find(question)) text = `${text.slice(0, mention.index)}${' '.repeat(mention.name.length)}${text.slice(mention.index + mention.name.length)}`;
  const role = roleWordsIn(text)[0];
  if (!role) return [];
  if (/\p{Script=Han}/u.test(text)) {
    // "阿里巴巴电商事业群的CEO是谁": the words before the role word, through the bilingual vocabulary.
    // Only the clause the role word is in ("2020年阿里调整组织架构时,谁出任了阿里云CTO" → "谁出任了阿里云"), without the act and its time.
    const prefix = text.slice(0, role.index).replace(/^.*?(?:谁是|任命谁为|是)/, '').replace(/^.*[,，;；]/u, '').replace(ROLE_ACT_ZH, ' ');
    return wordsOf(withTranslations(prefix).split('\n')[1] ?? '');
  }
  const before = wordsOf(text.slice(0, role.index).replace(/['’]s\b/g, ''));
  const prefix: string[] = [];
  for (const word of before.reverse()) {
    if (PHRASE_STOP.has(word)) break;
    prefix.unshift(word);
  }
  const after = text.slice(role.index + role.length).replace(/[?？].*$/, '');
  // "president of X", "leads X in Y": the object; "spoke about …" after a title is the predicate, not the organisation.
  const verbRole = /^(?:heads?|headed|leads|led|co-?leads?|runs|oversees|chairs?|founded|co-?founded|started|in charge of)$/i.test(text.slice(role.index, role.index + role.length));
  const suffix = verbRole || /^\s+(?:of|at|in|for)\b/i.test(after) ? wordsOf(after.replace(/['’]s\b/g, '')).slice(0, 7) : [];
  const trimmed = suffix.filter((word) => !TRAILING.has(word) && !/^\d+$/.test(word));
  return [...prefix, ...trimmed].filter((word) => !PHRASE_STOP.has(word));
}

/** What a role question asks, for scoring who holds it: the role, the organisation's entities and its other words. */
export function roleQuestion(question: string, entities: string[], aliases: AliasTable): RoleQuestion | undefined {
  const role = askedRole(question);
  if (!role) return undefined;
  return { role, entities, orgWords: organisationWords(question, aliases) };
}

/**
 * `sentence.subject`: the share of the question's companies the sentence (or, at half weight, its paragraph) names.
 * How well a role a sentence gives fits the role question, 0–1: the role itself, times the organisation
 * (the phrase's own company when it names one, the sentence's otherwise), times the question's other
 * words about the organisation. "President of Tencent Cloud" fits "Tencent's president" only in part.
 */
export function roleFit(question: RoleQuestion, given: GivenRole, sentence: { text: string; subject: number; paragraph?: { text: string } }, aliases: AliasTable): number {
  const role = roleMatch(question.role, given.id);
  if (!role) return 0;
  // "Tencent Cloud" is one mention, not also "Tencent".
  const mentions = aliases.find(given.phrase).filter((mention) => ['company', 'product'].includes(aliases.get(mention.id)?.kind ?? ''));
  const named = mentions.filter((mention) => !mentions.some((other) => other !== mention && other.index <= mention.index && other.index + other.name.length >= mention.index + mention.name.length
    && (other.name.length > mention.name.length || aliases.get(other.id)?.parent === mention.id))).map((mention) => mention.id);
  // "Alibaba Group CEO" names its own organisation; "the group's CEO" leans on the sentence for it.
  const ownOrg = named.length > 0 || /\b(?:of|at)\s+[A-Z]|[A-Z][\w-]*\s+(?:[A-Z][\w-]*\s+)*(?=CEO|CTO|COO|CFO|[Pp]resident|[Cc]hairman|[Ff]ounder|[Hh]ead)/.test(given.phrase);
  let entity = 1;
  if (question.entities.length) {
    if (named.some((id) => question.entities.includes(id))) entity = 1;
    else if (named.some((id) => question.entities.includes(aliases.get(id)?.parent ?? ''))) entity = 0.5;
    else if (named.length) entity = 0.1;
    // "the group's CEO" is about the sentence's (or its paragraph's) company.
    else entity = ownOrg ? 0.3 : 0.2 + 0.6 * sentence.subject;
  }
  let words = 1;
  if (question.orgWords.length) {
    // Words and, where there are two or more, their pairs: "model applications" is not "large model Seed".
    const pairs = question.orgWords.slice(1).map((word, i) => `${question.orgWords[i]} ${word}`);
    const share = (text: string) => {
      const have = new Set(wordsOf(text));
      const words = question.orgWords.filter((word) => have.has(word) || [...have].some((other) => other.startsWith(word.slice(0, 5)) && word.length > 4)).length / question.orgWords.length;
      if (!pairs.length) return words;
      const joined = ` ${wordsOf(text).join(' ')} `;
      return (words + pairs.filter((pair) => joined.includes(` ${pair} `)).length / pairs.length) / 2;
    };
    // "Its CTO, Hu Yichuan": "its" is the company the paragraph is about.
    words = ownOrg ? share(given.phrase) : Math.max(share(given.phrase), 0.7 * share(sentence.text), 0.6 * share(sentence.paragraph?.text ?? ''));
    words = 0.15 + 0.85 * words;
  }
  return role * entity * words;
}
