/**
 * @module When-answers: the dates a sentence gives, with relative ones ("August 20 this year", "In March
 * this year", "今年4月") resolved against the report's date, and how closely each date is bound to the
 * event asked about (its clause names the event's words, or a synonym). A when-answer's date comes from
 * `eventDates`.
 */
import { chineseDate } from '../phrases.js';
import { SYNONYMS } from './aspect-terms.js';
import { withTranslations } from './bilingual-terms.js';
import { textBefore, type PooledSentence } from './sentence-pool.js';
import { datesInSentence } from './typed-spans.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = MONTHS.join('|');

export interface DatedSpan {
  /** The date as the answer says it: "August 20, 2025", "March 2025", "in 2025", "in the year of the report". */
  text: string;
  index: number;
  /** The words that gave it, as written. */
  written: string;
}

/** Relative dates, each resolved from the report's year (`null` when the report is undated). */
const RELATIVE: { pattern: RegExp; resolve: (match: RegExpExecArray, year: number | null) => string }[] = [
  { pattern: new RegExp(`\\b(${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?,? (this|last) year\\b`, 'g'),
    resolve: (m, year) => (year ? `${m[1]} ${m[2]}, ${m[3] === 'last' ? year - 1 : year}` : `${m[1]} ${m[2]} ${m[3] === 'last' ? 'of the year before the report' : 'in the year of the report'}`) },
  { pattern: new RegExp(`\\b(early |late |mid-)?(${MONTH}),? (?:of )?(this|last) year\\b`, 'g'),
    resolve: (m, year) => (year ? `${m[1] ?? ''}${m[2]} ${m[3] === 'last' ? year - 1 : year}` : `${m[1] ?? ''}${m[2]} ${m[3] === 'last' ? 'of the year before the report' : 'in the year of the report'}`) },
  { pattern: /\b(?:(?:earlier|later) )?(this|last) year\b/g,
    resolve: (m, year) => (year ? `in ${m[1] === 'last' ? year - 1 : year}` : m[1] === 'last' ? 'in the year before the report' : 'in the year of the report') },
  { pattern: /(今|去)年(\d{1,2})月(?:(\d{1,2})日)?/g,
    resolve: (m, year) => (year ? `${m[1] === '去' ? year - 1 : year}年${m[2]}月${m[3] ? `${m[3]}日` : ''}` : `报告${m[1] === '去' ? '上一年' : '当年'}${m[2]}月${m[3] ? `${m[3]}日` : ''}`) },
  { pattern: /(今|去)年/g, resolve: (m, year) => (year ? `${m[1] === '去' ? year - 1 : year}年` : m[1] === '去' ? '报告上一年' : '报告当年') },
];

const SAME_YEAR = new RegExp(`\\b(early |late |mid-)?(${MONTH}),? of (?:the same|that) year\\b`, 'gi');

/**
 * A month the sentence gives without a year ("by late October", "In early November"): the report does not
 * say which year, so it is said as written. Only after a cue, so the modal "may" is never a date.
 */
const YEARLESS_MONTH = new RegExp(`\\b(?:[Ii]n|[Bb]y|[Ss]ince|[Ff]rom|[Uu]ntil) (?:(?:early|late) |mid-)?(?:${MONTH})\\b(?![ ,]*\\d)`, 'g');

/**
 * The dates a pooled sentence gives, then its timeline entry's heading date: a heading ("2023年4月")
 * dates its whole entry, so it stands at index 0 and binds to any clause.
 */
export function datesOfPooledSentence(sentence: PooledSentence, reportDate: string | null | undefined): (DatedSpan & { heading: boolean })[] {
  const label = sentence.paragraph.sectionKind === 'timeline' ? sentence.paragraph.text.split('\n')[0]! : '';
  return [
    ...datesWithYears(sentence.text, reportDate, textBefore(sentence)).map((date) => ({ ...date, heading: false })),
    ...datesWithYears(label, reportDate).map((date) => ({ ...date, index: 0, heading: true })),
  ];
}

/** A timeline heading that names one day, month or year ("April 16, 2025:", "September 2023:", "2020:"). */
const PLAIN_HEADING = new RegExp(`^(?:(?:${MONTH}) \\d{1,2}, \\d{4}|(?:${MONTH}) \\d{4}|(?:19|20)\\d{2}):?$`);

/**
 * The date of the timeline entry a sentence sits in, when the sentence gives none of its own: "on April 16,
 * 2025", "in September 2023", "2025年4月16日". A sentence lifted out of a timeline otherwise loses its date.
 * Headings that are not one plain date ("Second half of 2024:") are left unsaid rather than reworded.
 */
export function timelineEntryDate(sentence: PooledSentence, lang: 'en' | 'zh'): string | undefined {
  if (sentence.paragraph.sectionKind !== 'timeline') return undefined;
  const heading = sentence.paragraph.text.split('\n')[0]!.trim();
  if (!PLAIN_HEADING.test(heading) || datesWithYears(sentence.text, null).length) return undefined;
  const date = heading.replace(/:$/, '');
  if (lang === 'zh') return chineseDate(date);
  return `${/\d{1,2}, \d{4}$/.test(date) ? 'on' : 'in'} ${date}`;
}

/**
 * Every date a sentence gives, in order: as written when it names its year, resolved when it is
 * relative to the report ("On August 20 this year" in a report of 2025-10-09 → "August 20, 2025") or
 * to the text `before` it in its paragraph ("In September of the same year").
 */
export function datesWithYears(sentence: string, reportDate: string | null | undefined, before = ''): DatedSpan[] {
  const year = reportDate ? Number(reportDate.slice(0, 4)) : null;
  const spans: DatedSpan[] = [];
  // "In September of the same year": the year the text before it last named ("In the first half of 2019, …").
  const earlier = before.match(/(?:19|20)\d{2}(?!\d)/g)?.at(-1);
  if (earlier) {
    for (const match of sentence.matchAll(SAME_YEAR)) spans.push({ text: `${match[1] ?? ''}${match[2]} ${earlier}`, index: match.index, written: match[0] });
  }
  for (const rule of RELATIVE) {
    for (const match of sentence.matchAll(rule.pattern)) {
      if (spans.some((span) => match.index < span.index + span.written.length && span.index < match.index + match[0].length)) continue;
      spans.push({ text: rule.resolve(match as RegExpExecArray, year), index: match.index, written: match[0] });
    }
  }
  for (const match of sentence.matchAll(YEARLESS_MONTH)) {
    if (spans.some((span) => match.index < span.index + span.written.length && span.index < match.index + match[0].length)) continue;
    spans.push({ text: match[0].replace(/^[A-Z]\w*/, (cue) => cue.toLowerCase()), index: match.index, written: match[0] });
  }
  for (const date of datesInSentence(sentence)) {
    if (spans.some((span) => date.index < span.index + span.written.length && span.index < date.index + date.text.length)) continue;
    spans.push({ text: date.text, index: date.index, written: date.text });
  }
  return spans.sort((a, b) => a.index - b.index);
}

/** Words that ask for a date, not what happened. */
// Stems too: callers may pass words already stemmed ("was" → "wa").
const DATE_ASKING = new Set(['wa', 'doe', 'ha', 'ar', 'up', 'out', 'off', 'when', 'what', 'which', 'year', 'date', 'day', 'month', 'time', 'did', 'does', 'was', 'were', 'the', 'its', 'their', 'his', 'her', 'and', 'for', 'from', 'with', 'into', 'this', 'that']);

const stem = (word: string) => word.toLowerCase().replace(/(?:ing|ed|es|s)$/, '');

/** Verbs of events, beyond the shared synonym table: a founding is also a setting up or an initiating. */
const EVENT_SYNONYMS: string[][] = [
  ['found', 'founded', 'establish', 'established', 'set', 'initiated', 'initiate', 'create', 'created', 'start', 'started', 'inception'],
  ['launch', 'launched', 'release', 'released', 'unveil', 'unveiled', 'debut', 'debuted', 'introduce', 'introduced', 'rolled', 'publish'],
  ['appoint', 'appointed', 'named', 'became', 'become', 'promoted', 'take', 'took', 'taken'],
  ['list', 'listing', 'ipo', 'file', 'filed', 'submit', 'submitted', 'application'],
  ['integrate', 'integrated', 'integration', 'integrating'],
];

/** Each word of a synonym group stands for the whole group ("set up" meets "initiated", "founded"). */
const GROUP_OF = new Map<string, number>();
[...SYNONYMS, ...EVENT_SYNONYMS].forEach((group, i) => {
  // A group sharing a word with one already read joins it ("founded" is in both tables).
  const id = group.map((word) => GROUP_OF.get(stem(word))).find((known) => known !== undefined) ?? i;
  for (const word of group) if (!GROUP_OF.has(stem(word))) GROUP_OF.set(stem(word), id);
});

/**
 * The question's event words (stems): what happened, without the words that only ask for a date, the
 * names of who it happened to (`names`, scored by the sentence's subject instead) and Chinese runs too
 * long to be one word.
 */
export function eventWords(words: string[], names: string[] = []): string[] {
  const named = new Set(names.flatMap((name) => name.toLowerCase().match(/[a-z][a-z0-9-]*/g) ?? []).map(stem));
  return [...new Set(words.map(stem).filter((word) => word.length >= 2 && !DATE_ASKING.has(word) && !named.has(word) && !/\p{Script=Han}{5,}/u.test(word)))];
}

/**
 * Synonym groups that name what happened (a founding, a launch, an appointment, a listing, an integration, an
 * acquisition, an investment, an announcement), each given by one member: a when-question naming one is
 * answered only by a date whose clause names it too. "吴泳铭是什么时候当上CEO的?" is not dated by "CEO Wu
 * Yongming announced a plan" — the title is there, the appointment is not. Data: extend per kind of event.
 */
const EVENT_VERBS = ['found', 'launch', 'appoint', 'ipo', 'integrate', 'acquire', 'invest', 'announce'];
const EVENT_VERB_GROUPS = new Set(EVENT_VERBS.map((word) => GROUP_OF.get(stem(word))).filter((group): group is number => group !== undefined));
/**
 * The words by which a question names such an event itself. Looser members of the groups ("back", "stake",
 * "set", "started", "made") may date the event in a passage but do not, in a question, say which event is asked
 * ("支持" translates to "backing"; "set" and "made" are everywhere).
 */
const ASKED_EVENT_WORDS = new Set([
  'found', 'founded', 'establish', 'established', 'launch', 'launched', 'release', 'released', 'unveil', 'unveiled', 'debut', 'debuted', 'introduce', 'introduced',
  'appoint', 'appointed', 'appointment', 'ipo', 'listing', 'listed', 'integrate', 'integrated', 'integration', 'acquire', 'acquired', 'acquisition', 'buy', 'bought',
  'invest', 'invested', 'investment', 'announce', 'announced',
]);

/**
 * The event-verb groups a question names, read from its words as written (English, or the English the
 * bilingual vocabulary gives a Chinese question's words): what the date's clause must name.
 */
export function eventVerbGroups(question: string): number[] {
  const text = withTranslations(question);
  const words = (text.toLowerCase().match(/[a-z][a-z0-9-]*/g) ?? []).filter((word) => ASKED_EVENT_WORDS.has(word) || (LINKING_VERBS.has(word) && ROLE_TITLE.test(text)));
  return [...new Set(words.map((word) => GROUP_OF.get(stem(word))).filter((group): group is number => group !== undefined && EVENT_VERB_GROUPS.has(group)))];
}

/** Verbs that name an appointment only beside a title ("become CEO"), not otherwise ("become completely free", "made public"). */
// ("take over as CEO", "took the helm as chairman")
const LINKING_VERBS = new Set(['become', 'became', 'becomes', 'made', 'named', 'take', 'takes', 'took', 'taken']);
const ROLE_TITLE = /\b(?:CEO|CTO|COO|CFO|chairman|chairwoman|president|head|chief|director)\b|首席|董事长|总裁|负责人/i;

/**
 * Whether the clause may date the asked event: it names one of the event's verbs (any member of its group), or
 * names no other event at all ("Tencent began connecting DeepSeek" may date an integration; "CEO Wu Yongming
 * announced a plan" names another event and dates no appointment). True when the question names no event verb,
 * and for a Chinese clause, whose verbs the English groups cannot read.
 */
export function namesEventVerb(clause: string, groups: number[]): boolean {
  if (!groups.length || /\p{Script=Han}{2}/u.test(clause)) return true;
  const named = (clause.toLowerCase().match(/[a-z][a-z0-9-]*/g) ?? []).map((token) => GROUP_OF.get(stem(token))).filter((group): group is number => group !== undefined && EVENT_VERB_GROUPS.has(group));
  return !named.length || named.some((group) => groups.includes(group));
}

function wordMatches(word: string, have: Set<string>, haveGroups: Set<number>): boolean {
  if (have.has(word)) return true;
  const group = GROUP_OF.get(word);
  return group !== undefined && haveGroups.has(group);
}

/**
 * How much of the event the date's own clause names (0–1): the clause is the stretch between commas,
 * semicolons or full stops around the date, so in "before Alibaba invested in Unitree in 2025, Unitree
 * had been profitable … since 2020" the investment is bound to 2025 and not to 2020. A date that heads
 * a timeline entry binds the whole entry.
 */
export function clauseCoverage(sentence: string, index: number, words: string[], wholeSentence = false, length = 0): number {
  if (!words.length) return 0;
  const clause = dateClause(sentence, index, wholeSentence, length);
  const tokens = clause.toLowerCase().match(/[a-z][a-z0-9-]*|\p{Script=Han}+/gu) ?? [];
  const have = new Set(tokens.map(stem));
  const haveGroups = new Set([...have].map((word) => GROUP_OF.get(word)).filter((group): group is number => group !== undefined));
  const chinese = clause.replace(/\s+/g, '');
  const hits = words.filter((word) => wordMatches(word, have, haveGroups) || (/\p{Script=Han}/u.test(word) && chinese.includes(word)));
  return hits.length / words.length;
}

/** The clause a date at `index` belongs to (see `clauseCoverage`); the whole sentence for a timeline heading's date. */
export function dateClause(sentence: string, index: number, wholeSentence = false, length = 0): string {
  const marks = [',', ';', '，', '；', '。', ' while ', ' but '];
  const start = wholeSentence ? 0 : Math.max(...marks.map((mark) => sentence.lastIndexOf(mark, index)), -1) + 1;
  const endAfter = (from: number) => {
    const ends = marks.map((mark) => sentence.indexOf(mark, from)).filter((at) => at >= 0);
    return ends.length ? Math.min(...ends) : sentence.length;
  };
  let end = wholeSentence ? sentence.length : endAfter(index + length);
  // "On August 20 this year, Zebra submitted …": a date that opens the sentence on its own belongs to the clause after it.
  const rest = `${sentence.slice(start, index)} ${sentence.slice(index + length, end)}`;
  if (!wholeSentence && end < sentence.length && (rest.match(/[A-Za-z]{3,}|\p{Script=Han}/gu) ?? []).length < 3) end = endAfter(end + 1);
  return sentence.slice(start, end);
}
