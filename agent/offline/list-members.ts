/**
 * @module What a list question asks for (people, models, or organisations and products) and the members
 * of that type a sentence names: "Which ByteDance technical leaders now report to Wu Yonghui?" is
 * answered with people, not with "Google"; "Which DeepSeek models …" with R1 and V3, not companies.
 */
import type { AliasTable } from '../../index/index.js';
import { translationOf } from './bilingual-terms.js';
import { peopleInSentence } from './typed-spans.js';

export type MemberType = 'people' | 'models' | 'products' | 'things';

/** The head nouns of the 'products' member type: any of them names the offerings a list of them enumerates. */
const OFFERING_NOUNS = ['platforms', 'toolchains', 'tools'];

/** Head nouns of a list question, by the type of member they ask for (data: extend for a new collection). */
const HEAD_NOUNS: { type: MemberType; en: RegExp; zh: RegExp }[] = [
  { type: 'people', en: /^(?:people|persons|executives|leaders|founders|co-founders|analysts|experts|managers|heads|ceos|officials|engineers|scientists|researchers)$/i, zh: /(?:负责人|高管|创始人|人物|分析师|专家|管理者)$/ },
  { type: 'models', en: /^(?:models|llms)$/i, zh: /模型$/ },
  // Named offerings, often written as their maker's ("Alibaba Cloud's Bailian"): the offering is the member, not the maker.
  { type: 'products', en: new RegExp(`^(?:${OFFERING_NOUNS.join('|')})$`, 'i'), zh: /(?:平台|工具链?)$/ },
];

const NAME = "[A-Z0-9][\\w.&-]*(?:\\s[A-Z0-9][\\w.&-]*)*";
/** "Alibaba Cloud's Bailian", "Tencent Cloud's TI Platform": an offering named as its maker's. */
const POSSESSED = new RegExp(`(${NAME})['’]s\\s+(${NAME})`, 'g');

/**
 * The offerings a sentence names as their makers' ("These include Alibaba Cloud's Bailian, Baidu Intelligent Cloud's
 * Qianfan, …"): the possessed names whose owner the alias table knows as a company, or the products it knows itself.
 */
export function productsListed(sentence: string, aliases: AliasTable): string[] {
  const found: { name: string; at: number }[] = [];
  for (const match of sentence.matchAll(POSSESSED)) {
    const [owner, product] = [match[1]!, match[2]!.replace(/[.,;]+$/, '')];
    // The product is no company itself (a name that is a company's, whole: "ByteDance's Volcano Engine" lists the maker's unit).
    const isCompany = aliases.find(product).some((mention) => mention.index === 0 && mention.name.length === product.length && aliases.get(mention.id)?.kind === 'company');
    if (aliases.ids(owner).some((id) => aliases.get(id)?.kind === 'company') && !isCompany && !found.some((entry) => entry.name === product)) found.push({ name: product, at: match.index! + match[0].length - match[2]!.length });
  }
  // Offerings the alias table knows, named on their own ("Qianfan", "Bailian").
  for (const mention of aliases.find(sentence)) {
    if (aliases.get(mention.id)?.kind === 'product' && !found.some((entry) => entry.name.includes(mention.name))) found.push({ name: mention.name, at: mention.index });
  }
  // In the order the sentence lists them.
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.name);
}

/** The noun a list question is about: "Which DeepSeek models did …" → models; "哪些技术负责人" → 技术负责人. */
export function listHeadNoun(question: string): string | undefined {
  const trimmed = question.trim();
  const english = trimmed.match(/^(?:[Ww]hich|[Ww]hat)\s+(?:[\w.'’-]+\s+){0,4}?([A-Za-z-]+s)\b(?=\s+[a-z]|\s*[?？]?$)/)
    // "List the large-model development platforms …", "Name the …", "What are the big clouds' … platforms called?"
    ?? trimmed.match(/^(?:list|name)\s+(?:(?:the|all|some)\s+)?(?:[\w.'’-]+\s+){0,5}?([A-Za-z-]+s)\b(?=\s+(?:that|which|the|of|from|by|in|[a-z]+ed)\b|\s+[A-Z]|\s*[.?？]?$)/i)
    ?? trimmed.match(/^what\s+are\s+(?:[\w.'’-]+\s+){0,6}?([A-Za-z-]+s)\s+(?:called|named)\b/i);
  if (english) return english[1];
  return question.match(/(?:哪些|哪几(?:家|个|位|款)?)([\p{Script=Han}A-Za-z0-9]{1,12}?)(?=是|在|改为|向|有|被|的|[?？]|$)/u)?.[1]
    // "各大云厂商的大模型开发平台分别叫什么?": the noun before what each is called.
    ?? question.match(/([\p{Script=Han}]{1,8})(?:分别|各自)(?:都)?(?:叫什么|是什么|叫什么名字)/u)?.[1]?.split('的').at(-1);
}

/**
 * The company a list question puts in front of its noun ("Which Tencent apps …", "Which DeepSeek models …"):
 * members must be its own, so another company's products are not listed.
 */
export function listOwner(question: string, aliases: AliasTable): string | undefined {
  const noun = listHeadNoun(question);
  if (!noun) return undefined;
  // Only the words between the question word and the noun: "阿里巴巴投资了哪些大模型初创公司" has no owner, "Which Tencent apps" has.
  const cue = question.search(/\b(?:which|what)\b|哪些|哪几/i);
  const phrase = question.slice(Math.max(0, cue), question.indexOf(noun, Math.max(0, cue)));
  return aliases.find(phrase).map((mention) => mention.id).find((id) => aliases.get(id)?.kind === 'company');
}

/** Whether a named member may belong to the owner: its own entity or one of its units, or a name the alias table does not know. */
export function ownedBy(name: string, owner: string, aliases: AliasTable): boolean {
  const ids = aliases.ids(name);
  if (!ids.length) return true;
  return ids.some((id) => id === owner || aliases.get(id)?.parent === owner);
}

/** Whether a sentence names the kind of member asked ("AI chips … including", "技术负责人" → "technical leaders"). */
export function namesHeadNoun(sentence: string, question: string): boolean {
  const noun = listHeadNoun(question);
  if (!noun) return false;
  // "手机厂商" is "smartphone makers", not every "厂商" (providers): the longest ending the vocabulary knows.
  const known = [...noun].map((_, i) => noun.slice(i)).map((ending) => translationOf(ending)).find(Boolean);
  const english = /\p{Script=Han}/u.test(noun) ? known ?? '' : noun;
  // An offering is asked by any of its head nouns: "development platforms" are named by "development toolchains".
  const words = [...(english.toLowerCase().match(/[a-z]{3,}/g) ?? []), ...(askedMemberType(question) === 'products' ? OFFERING_NOUNS : [])];
  const lower = sentence.toLowerCase();
  return words.some((word) => lower.includes(word.replace(/(?:es|s)$/, '')));
}

export function askedMemberType(question: string): MemberType {
  const noun = listHeadNoun(question);
  if (!noun) return 'things';
  return HEAD_NOUNS.find((entry) => entry.en.test(noun) || entry.zh.test(noun))?.type ?? 'things';
}

/**
 * The people a sentence lists: not those the question names, and not one standing after a preposition
 * ("who previously reported to Zhu Wenjia", "have shifted their reporting to Wu Yonghui"), who is what
 * the sentence relates its members to, not a member.
 */
export function peopleListed(sentence: string, question: string, aliases: AliasTable): string[] {
  const named = new Set(aliases.ids(question));
  return peopleInSentence(sentence, aliases)
    .filter((span) => !question.includes(span.name) && !(span.id && named.has(span.id)))
    .filter((span) => !/\b(?:to|by|with|from|under|than)\s+(?:(?:CEO|the|its|their)\s+)?$/i.test(sentence.slice(Math.max(0, span.index - 20), span.index)))
    .map((span) => span.name);
}

/** Model names: a capitalised word with a version number ("R1", "V3", "Qwen3", "Qwen2.5-Max", "GPT-5", "Doubao 1.6"). */
const MODEL_NAME = /\b(?:[A-Z][A-Za-z]*\d[\w.]*(?:-[A-Z][\w]*)?|[A-Z][A-Za-z]*-\d[\w.]*|[A-Z][a-z]+ \d+(?:\.\d+)+)\b/g;

/** The models a sentence names (its product names and versioned model names), first mention first. */
export function modelsListed(sentence: string, question: string, aliases: AliasTable): string[] {
  const asked = new Set(aliases.ids(question));
  const found: { name: string; index: number }[] = [];
  for (const mention of aliases.find(sentence)) {
    if (aliases.get(mention.id)?.kind === 'product' && !asked.has(mention.id)) found.push({ name: mention.name, index: mention.index });
  }
  for (const match of sentence.matchAll(MODEL_NAME)) {
    if (/^(?:Q[1-4]|H\d+|A\d+|[A-Z]\d{3,})$/.test(match[0]) || question.includes(match[0])) continue;
    found.push({ name: match[0], index: match.index });
  }
  const names = found.sort((a, b) => a.index - b.index).map((entry) => entry.name);
  return names.filter((name, i) => names.indexOf(name) === i && !names.some((other) => other !== name && other.includes(name)));
}
