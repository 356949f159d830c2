/**
 * @module Lists a report announces and then sets out one paragraph at a time: "… public cloud providers can only
 * focus on two approaches …" followed by "1. Resource Optimization - …" and "Second is open sourcing, …"; "Alibaba's
 * investment strategy is changing in three aspects:" followed by three paragraphs opening 'From "…" to "…"'. An open
 * question answered by the announcing sentence is answered by its items, which are the substance the announcement
 * only counts. Read from the reports' layout (list markers, ordinal openers), never from what a question asks.
 */
import { splitSentences, type Paragraph } from '../../core/index.js';
import type { AspectId } from './aspect-terms.js';

/** A sentence that counts what follows: a number word and a plural noun of the kinds reports list. Data. */
const ANNOUNCES = new RegExp([
  String.raw`\b(?<count>two|three|four|five|several)\s+(?:main\s+|key\s+|major\s+|primary\s+|core\s+|broad\s+)?`
    + String.raw`(?<noun>approaches|aspects|ways|reasons|changes|shifts|risks|factors|strategies|steps|areas|directions|points|challenges|measures|methods|paths|trends|pillars|advantages|problems|lessons)\b`,
  String.raw`(?<zh>两|三|四|五|几)(?:个|大|条|种)?(?<zhNoun>方面|方向|原因|变化|策略|路径|途径|措施|趋势|挑战|风险|优势|做法)`,
].join('|'), 'i');

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, 两: 2, 三: 3, 四: 4, 五: 5 };

/** What a list of each kind answers: the open-question aspects its noun names. Data. */
const KIND_OF_NOUN: Record<string, AspectId[]> = {
  approaches: ['method', 'strategy'], ways: ['method', 'strategy'], methods: ['method', 'strategy'], measures: ['method', 'strategy'], paths: ['method', 'strategy'],
  steps: ['method', 'strategy'], strategies: ['strategy', 'method'], 路径: ['method', 'strategy'], 途径: ['method', 'strategy'], 措施: ['method', 'strategy'], 做法: ['method', 'strategy'], 策略: ['strategy', 'method'],
  aspects: ['change'], changes: ['change'], shifts: ['change'], directions: ['change', 'strategy'], trends: ['change'], 方面: ['change'], 方向: ['change', 'strategy'], 变化: ['change'], 趋势: ['change'],
  reasons: ['reason'], factors: ['reason'], 原因: ['reason'],
  risks: ['risk'], challenges: ['risk'], problems: ['risk'], 挑战: ['risk'], 风险: ['risk'],
  advantages: ['benefit'], 优势: ['benefit'], pillars: ['strategy'], points: ['summary'], areas: ['strategy'], lessons: ['summary'],
};

/** How an item's paragraph opens: a number, an ordinal word, a "From '…' to '…'" shift, 第一/其一/首先. Data. */
// An ordinal word opens an item only as a marker ("Second is …", "First, …"), not as an adjective ("First-quarter revenue");
// a number only as "1." / "2、" (not "10.5 million"); 第一 only as an ordinal (not 第三方, 第一季度).
const ITEM_OPENER = /^(?:\d{1,2}[.、)](?!\d)\s*|(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|finally|lastly)(?:\s+is\b|\s*[,:，：])\s*|(?=from\s+["“][^"”]{2,60}["”]\s+to\s+["“])|第[一二三四五](?![方季期届次代])[,，、:：]?|其[一二三四五][,，、:：]?|首先[,，]?|其次[,，]?|最后[,，]?)/i;

/** How far past the announcement (in paragraphs) its items may run, and how many other paragraphs may sit between two items. */
const MAX_SPAN = 10;
const MAX_GAP = 3;

export interface AnnouncedList {
  /** The announcing sentence, verbatim from its paragraph. */
  announcer: { paragraph: Paragraph; text: string };
  /** Each item's opening sentence, verbatim from its paragraph, in order. */
  items: { paragraph: Paragraph; text: string }[];
  /** The open-question aspects the list answers ("two approaches" answers how, "three aspects" of a change what changed). */
  answers: AspectId[];
}

/** The paragraphs of the same report numbered `from` to `to` (ids are `${docId}#p${n}`), in reading order. */
function numbered(paragraph: Paragraph, paragraphs: ReadonlyMap<string, Paragraph>, from: number, to: number): Paragraph[] {
  const found: Paragraph[] = [];
  for (let n = Math.max(1, from); n <= to; n++) {
    const other = paragraphs.get(`${paragraph.docId}#p${n}`);
    if (other) found.push(other);
  }
  return found;
}

/** Each paragraph's list, read once per collection: every explanation asks about its closest sentences' paragraphs. */
const readLists = new WeakMap<object, Map<string, AnnouncedList | null>>();

/** The list a paragraph announces (its last announcing sentence) with the items that follow it, or undefined. */
export function announcedBy(paragraph: Paragraph, paragraphs: ReadonlyMap<string, Paragraph>): AnnouncedList | undefined {
  let lists = readLists.get(paragraphs);
  if (!lists) readLists.set(paragraphs, (lists = new Map()));
  if (!lists.has(paragraph.id)) lists.set(paragraph.id, listOf(paragraph, paragraphs) ?? null);
  return lists.get(paragraph.id) ?? undefined;
}

function listOf(paragraph: Paragraph, paragraphs: ReadonlyMap<string, Paragraph>): AnnouncedList | undefined {
  const sentence = splitSentences(paragraph.text).filter((span) => ANNOUNCES.test(span.text)).at(-1);
  if (!sentence) return undefined;
  const match = ANNOUNCES.exec(sentence.text)!;
  const word = (match.groups?.count ?? match.groups?.zh ?? '').toLowerCase();
  const count = COUNTS[word];
  const following = numbered(paragraph, paragraphs, paragraph.n + 1, paragraph.n + MAX_SPAN);
  const items: AnnouncedList['items'] = [];
  let gap = 0;
  for (const other of following) {
    const first = openingSentence(other.text);
    if (ITEM_OPENER.test(first) && first.replace(ITEM_OPENER, '').trim().length > 3) {
      items.push({ paragraph: other, text: first });
      gap = 0;
      if (count && items.length === count) break;
    } else if (items.length && ++gap > MAX_GAP) break;
    else if (!items.length && other.n > paragraph.n + 1 + MAX_GAP) break;
  }
  // A count the items do not reach is no list read right.
  if (items.length < 2 || (count !== undefined && items.length !== count)) return undefined;
  const noun = (match.groups?.noun ?? match.groups?.zhNoun ?? '').toLowerCase();
  return { announcer: { paragraph, text: sentence.text }, items, answers: KIND_OF_NOUN[noun] ?? [] };
}

/** The list a paragraph belongs to, as its announcement or as one of its items. */
export function listAround(paragraph: Paragraph, paragraphs: ReadonlyMap<string, Paragraph>): AnnouncedList | undefined {
  const own = announcedBy(paragraph, paragraphs);
  if (own) return own;
  const earlier = numbered(paragraph, paragraphs, paragraph.n - MAX_SPAN, paragraph.n - 1).reverse();
  for (const other of earlier) {
    const list = announcedBy(other, paragraphs);
    if (list?.items.some((item) => item.paragraph.id === paragraph.id)) return list;
  }
  return undefined;
}

/** A paragraph's first sentence; "1. Resource Optimization - …" is one sentence with its number, not "1." alone. */
function openingSentence(text: string): string {
  const [first, second] = splitSentences(text);
  if (!first) return '';
  return /^\d{1,2}[.)]$/.test(first.text) && second ? text.slice(first.start, second.end) : first.text;
}

/** How many paragraphs after a sentence the list it leads up to may be announced. */
const LEADS_UP = 3;

/** A list announced in the next few paragraphs ("… has been significantly adjusted." … "… changing in three aspects:"). */
export function listAnnouncedAfter(paragraph: Paragraph, paragraphs: ReadonlyMap<string, Paragraph>): AnnouncedList | undefined {
  const next = numbered(paragraph, paragraphs, paragraph.n + 1, paragraph.n + LEADS_UP);
  for (const other of next) {
    const list = announcedBy(other, paragraphs);
    if (list) return list;
  }
  return undefined;
}

/** An item's words without its list marker: "Resource Optimization - By improving …", 'From "…" to "…"'. */
export function itemBody(text: string): string {
  return text.replace(ITEM_OPENER, '').trim();
}
