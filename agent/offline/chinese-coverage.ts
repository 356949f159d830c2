/**
 * @module How much of a Chinese question the bilingual vocabulary can check. An English sentence is
 * matched to a Chinese question through the vocabulary's translations; the question's other words
 * (an untranslated "迭代", "每月") cannot be looked for in it. When the names, the aspect asked, the
 * dating words, the function words and the vocabulary's terms account for nearly all of the question,
 * an English sentence that covers the translations speaks to all of it and may be stated plainly;
 * otherwise what it leaves out is unknown, and the answer is hedged.
 */
import type { AliasTable, EntityMention } from '../../index/index.js';
import { ASPECTS, PERIOD_TERMS } from './aspect-terms.js';
import { chineseVocabulary } from './bilingual-terms.js';
import { withoutLeadIn } from './open-question-cues.js';

/**
 * Words that carry no content of their own in a question (how it is asked, not what about). Data:
 * extend it for new phrasings, never with a content word (that belongs in the bilingual vocabulary).
 */
export const CHINESE_QUESTION_WORDS: string[] = [
  '请简要', '请', '简要', '一下', '什么', '哪些', '哪个', '如何', '怎么', '怎样', '为什么', '为何', '是否', '多少',
  '已经', '还要', '还是', '能够', '可以', '可能', '做到', '进行', '产生', '发生', '带来', '给', '对于', '来说', '以', '的形式',
  '一个', '变得', '比', '更', '部分', '状况', '之后', '以后', '后', '时', '中', '在', '对', '和', '与', '跟', '及', '或', '的', '地', '得', '了', '是', '有', '吗', '呢', '能', '要',
  '其', '所', '为', '会', '被', '把', '让', '而', '都', '也', '就', '从', '到', '向', '于', '上', '下', '些', '这', '那', '它', '他们', '它们',
  // Conversational padding: how the asker talks, not what about ("帮我…", "实际", "整体", "那里", "自己就…", "本身已经…",
  // "…的现状", how a thing stands, like 情况).
  // "多久更新一次": the 一次 of a how-often question.
  '一次',
  // How an amount, a count or each of several is asked ("花了多少钱", "下载了多少次", "几大云厂商各自…").
  '多少钱', '多少次', '几次', '几大', '各自', '分别',
  '帮我', '给我', '实际', '整体', '自己', '这些', '那些', '那里', '这里', '纷纷', '到底', '究竟', '具体', '真的', '明明', '情况', '现状', '本身', '还',
  // Which / who and how one thing leads to the next ("哪年", "是谁", "后来", "进而", "并": a vocabulary word with it, 并购, is
  // read first); whose it is ("旗下"); "想要", "想达到". (No lone 做, 想 or 起: they are parts of content words, 做空, 发起.)
  '哪家', '哪位', '哪款', '哪种', '哪一', '哪里', '哪儿', '哪', '谁', '这个', '那个', '后来', '进而', '并', '想要', '想达到', '旗下', '月份',
  // A demonstrative with its measure word ("那场座谈会", "这次调整"): which one, not what about.
  '那场', '这场', '那次', '这次', '那家', '这家', '那位', '这位', '那篇', '这篇', '那轮', '这轮',
];

/**
 * At most this many Han characters of a question may go unchecked for an English lead to be said plainly: a
 * lone character is grammar left over; two are a word ("削减", cut) the sentence may not say.
 */
export const MAX_UNCHECKED_HAN = 1;
/** Or at most this share of the question's content characters (those left once names, the aspect, dates and function words are out). */
export const MAX_UNCHECKED_SHARE = 0.25;

const questionWords = [...CHINESE_QUESTION_WORDS].sort((a, b) => b.length - a.length);

/** The question's Han characters that neither the names, the aspect, the dates, the function words nor the vocabulary account for. */
export function uncheckedChinese(question: string, aliases: AliasTable): string {
  return leftAfter(question, aliases, true);
}

/** The question's content characters: what is left once names, the aspect, dates and function words are taken out. */
export function contentChinese(question: string, aliases: AliasTable): string {
  return leftAfter(question, aliases, false);
}

let compiledAspects: RegExp[] | undefined;
/** The aspects' asked patterns, global, compiled once (a global regex's replace resets its own position). */
const aspectPatterns = () => (compiledAspects ??= ASPECTS.map((aspect) => new RegExp(aspect.asked.source, 'giu')));

/**
 * The text with the names the alias table knows ("宇树科技", "斑马网络") blanked out, by their place in it. A
 * name inside a longer word of the vocabulary is part of that word, not a name there: "云" in "公有云" (public
 * cloud), "投资" in "投资款"; blanking it would leave "公有", a fragment nothing can match.
 */
export function withoutNames(text: string, aliases: AliasTable, blank: (mention: EntityMention) => boolean = () => true): string {
  // The vocabulary is Chinese: an English text has no word of it to look for.
  const words = /\p{Script=Han}/u.test(text) ? chineseVocabulary().flatMap((word) => (text.includes(word) ? occurrences(text, word) : [])) : [];
  const insideLongerWord = (index: number, length: number) => words.some((word) => word.length > length && word.index <= index && index + length <= word.index + word.length);
  // Names overlap ("腾讯云" is Tencent Cloud and, through it, Tencent; "阿里" sits inside "阿里云"): every character some
  // name covers is blanked, each run of them once, so no blanking shifts the text under another.
  const covered = new Array<boolean>(text.length).fill(false);
  for (const mention of aliases.find(text)) {
    if (insideLongerWord(mention.index, mention.name.length) || !blank(mention)) continue;
    covered.fill(true, mention.index, mention.index + mention.name.length);
  }
  return blanked(text, covered);
}

/** The text with each run of covered characters (code units, as match and mention indexes are) made one space. */
function blanked(text: string, covered: boolean[]): string {
  let rest = '';
  for (let at = 0; at < text.length; at++) rest += covered[at] ? (covered[at - 1] ? '' : ' ') : text[at];
  return rest;
}

/** Where a word occurs in a text, each place with the word's length. */
function occurrences(text: string, word: string): { index: number; length: number }[] {
  const found: { index: number; length: number }[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) found.push({ index: at, length: word.length });
  return found;
}

/**
 * The text without the words that ask an aspect, each aspect's pattern read on the whole text: one aspect's words
 * blanked first would cut another's ("怎么看", a view, is not "怎么", a way, and "看" left over).
 */
function withoutAspectWords(text: string): string {
  const covered = new Array<boolean>(text.length).fill(false);
  for (const pattern of aspectPatterns()) for (const found of text.matchAll(pattern)) covered.fill(true, found.index, found.index + found[0].length);
  return blanked(text, covered);
}

function leftAfter(question: string, aliases: AliasTable, withVocabulary: boolean): string {
  // A polite lead-in ("请问", "能不能说说") is how the question is asked: no word of it is for a passage to say.
  let rest = withoutAspectWords(withoutNames(withoutLeadIn(question), aliases));
  for (const term of [...(withVocabulary ? chineseVocabulary() : []), ...PERIOD_TERMS.filter((word) => /\p{Script=Han}/u.test(word)), ...questionWords]) {
    rest = rest.split(term).join(' ');
  }
  return (rest.match(/\p{Script=Han}/gu) ?? []).join('');
}

/**
 * The share of a checked Chinese question's translated words an English opening must cover to be said plainly
 * (an English question needs a quarter; a translation matches more loosely, and at a quarter the dev sets' Chinese
 * answers said plainly were wrong as often as right).
 */
export const MIN_TRANSLATED_TOPIC = 0.4;

/** The vocabulary and the names account for the question: an English sentence can be checked against all of it. */
export function chineseQuestionChecked(question: string, aliases: AliasTable): boolean {
  // Asked once per candidate sentence of the same question: the answer depends on the question alone.
  let memo = checkedMemo.get(aliases);
  if (!memo) checkedMemo.set(aliases, (memo = new Map()));
  const known = memo.get(question);
  if (known !== undefined) return known;
  const unchecked = uncheckedChinese(question, aliases).length;
  // A word or two left over in a long question ("找" in "…还要找阿里这些资本融资") leaves most of it checked; in a short one it is what was asked.
  const checked = unchecked <= Math.max(MAX_UNCHECKED_HAN, Math.floor(MAX_UNCHECKED_SHARE * contentChinese(question, aliases).length));
  if (memo.size >= RECENT_QUESTIONS) memo.clear();
  memo.set(question, checked);
  return checked;
}

const checkedMemo = new WeakMap<AliasTable, Map<string, boolean>>();
/** Questions remembered per alias table; a cleared memo costs one check per question, never a wrong answer. */
const RECENT_QUESTIONS = 2_000;
