/**
 * @module Typed spans inside a sentence: the people it names (with a rough role score), and dates as
 * written. Which role a person holds over which organisation is `person-roles.ts`; which date belongs
 * to the event asked, with relative dates resolved, is `event-dates.ts`.
 */
import type { AliasTable } from '../../index/index.js';

export const DATE_SPAN = /\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?|(?:early |late |mid-|the end of |end of )?(?:January|February|March|April|May|June|July|August|September|October|November|December),? \d{4}|(?:Q[1-4]|(?:first|second|third|fourth) quarter) (?:of )?\d{4}|\d{4}-\d{2}-\d{2}|(?:in|since|from|by) (?:early |late |mid-)?(?:19|20)\d{2})\b|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日/gi;

/** Capitalised words that start sentences or name places and things, never people. */
export const NOT_NAMES = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'As', 'By', 'For', 'From', 'According', 'After', 'Before', 'Since', 'This', 'That', 'These', 'Those', 'It', 'Its', 'Their', 'His', 'Her', 'Our', 'We', 'They', 'He', 'She', 'But', 'And', 'Or', 'If', 'When', 'While', 'With', 'China', 'Chinese', 'Beijing', 'Hangzhou', 'Shanghai', 'Shenzhen', 'Hong', 'Kong', 'US', 'U.S.', 'American', 'United', 'States', 'Group', 'Cloud', 'Inc', 'Ltd', 'Co', 'Corp', 'Corporation', 'Company', 'Holdings', 'Technology', 'Technologies', 'AI', 'CEO', 'CTO', 'CFO', 'COO', 'President', 'Chairman', 'Founder', 'Head', 'Chief', 'Officer', 'Vice', 'Executive', 'Director', 'Board', 'General', 'Manager', 'Conference', 'Summit', 'Research', 'Institute', 'University', 'Academy', 'Lab', 'Labs', 'Council', 'Ministry', 'State', 'National', 'Party', 'News', 'Agency', 'Daily', 'Times', 'Post', 'Journal', 'Weekly', 'Securities', 'Capital', 'Bank', 'Fund', 'Partners', 'Ventures', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Q1', 'Q2', 'Q3', 'Q4', 'Nvidia', 'Apple', 'Microsoft', 'Google', 'Amazon', 'Meta', 'OpenAI', 'Yunqi', 'Spring', 'Festival', 'New', 'Year', 'Day', 'Economic', 'Work', 'Photo', 'Source', 'Editor', 'Reporter', 'Mr', 'Ms', 'Dr', 'Prof']);

const ROLE_WORDS = '(?:CEO|CTO|CFO|COO|[Cc]hief [A-Z]?\\w+ [Oo]fficer|[Pp]resident|[Vv]ice [Pp]resident|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Ff]ounder|[Cc]o-founder|[Hh]ead|[Dd]irector|[Pp]artner|[Mm]anager|[Ll]eader|[Ss]cientist|[Ee]ngineer|[Aa]nalyst|[Ss]pokesperson|[Pp]rofessor|[Ee]xecutive|[Bb]oss)';
const HOLDER_VERBS = /^\s*(?:,\s*)?(?:who\s+)?(?:heads?|leads?|runs?|founded|co-founded|chairs?|oversees|took over|became|serves? as|was appointed|was named|has led|said|stated|told|noted|announced|revealed|believes?|argued|pointed out)\b/i;
const APPOINTING = /\b(?:appoint(?:ed|ing)|nam(?:ed|ing)|promot(?:ed|ing)|tapp(?:ed|ing)|hir(?:ed|ing)|made|making|pick(?:ed|ing)|chose|choosing|brought in|bringing in)\s*$/i;

export interface PersonSpan {
  name: string;
  index: number;
  /** Alias id when the table knows the person. */
  id?: string;
  /** How plainly the sentence gives this person a role or act (0–1). */
  roleScore: number;
  /** The person appoints someone else in this sentence ("Wu Yongming … appointing Jiang Fan as CEO"). */
  appointer: boolean;
}

// Up to five capitalised words, so a title or company before a name ("Tencent President Liu Chiping") is read and dropped.
const NAME = /\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+){1,4}\b/g;

/** People named in a sentence: the alias table's, and capitalised two- or three-word names that are not companies or places. */
export function peopleInSentence(sentence: string, aliases: AliasTable): PersonSpan[] {
  const spans: PersonSpan[] = [];
  const mentions = aliases.find(sentence);
  for (const mention of mentions) {
    if (aliases.get(mention.id)?.kind === 'person' && !spans.some((span) => span.index === mention.index)) spans.push({ name: mention.name, index: mention.index, id: mention.id, roleScore: 0, appointer: false });
  }
  const known = mentions.filter((mention) => aliases.get(mention.id)?.kind !== 'person');
  for (const found of sentence.matchAll(NAME)) {
    // "Chairman Joe Tsai": the title goes, the name after it stays.
    const words = found[0].split(/[- ]/);
    // A company the alias table knows ("Tencent Liu Chiping") is a title too.
    const knownEnd = known.filter((mention) => mention.index >= found.index && mention.index < found.index + found[0].length).reduce((end, mention) => Math.max(end, mention.index + mention.name.length), found.index);
    const lastTitle = words.reduce((last, word, i) => (NOT_NAMES.has(word) || found.index + found[0].split(/[- ]/).slice(0, i + 1).join(' ').length <= knownEnd ? i : last), -1);
    if (words.length - lastTitle - 1 < 2 || words.length - lastTitle - 1 > 3) continue;
    const kept = lastTitle < 0 ? found[0] : found[0].slice(words.slice(0, lastTitle + 1).join(' ').length + 1);
    if (!found[0].endsWith(kept)) continue;
    const match = { 0: kept, index: found.index + found[0].length - kept.length };
    if (known.some((mention) => mention.index < match.index + match[0].length && match.index < mention.index + mention.name.length)) continue;
    if (spans.some((span) => span.index <= match.index && match.index < span.index + span.name.length)) continue;
    // "Alibaba's Jiang Fan" is a name; "Jiang Fan's" keeps its name without the possessive.
    spans.push({ name: match[0], index: match.index, roleScore: 0, appointer: false });
  }
  for (const span of spans) {
    span.appointer = appoints(sentence, span, spans);
    span.roleScore = span.appointer ? Math.min(roleScore(sentence, span), 0.2) : roleScore(sentence, span);
  }
  return spans.sort((a, b) => a.index - b.index);
}

function roleScore(sentence: string, span: PersonSpan): number {
  const before = sentence.slice(Math.max(0, span.index - 60), span.index);
  const after = sentence.slice(span.index + span.name.length, span.index + span.name.length + 80);
  let score = 0;
  if (new RegExp(`${ROLE_WORDS}(?:\\s+of\\s+[\\w' ]{1,40})?,?\\s*$`).test(before)) score = Math.max(score, 0.9);
  if (new RegExp(`^\\s*(?:,|\\()\\s*(?:the\\s+)?(?:[\\w'-]+\\s+){0,6}?${ROLE_WORDS}`).test(after)) score = Math.max(score, 1);
  if (HOLDER_VERBS.test(after)) score = Math.max(score, 0.8);
  if (APPOINTING.test(before)) score = Math.max(score, 1);
  // "Wu Yongming appointed Jiang Fan as head": the appointer is not the role holder.
  if (/^\s*(?:,\s*)?(?:has\s+)?(?:appointed|named|promoted|tapped|hired)\b/i.test(after)) score = Math.min(score, 0.2);
  // "appointing Jiang Fan as the group's CEO": the role the sentence gives right after the name.
  if (APPOINTING.test(before) && new RegExp(`^\\s+as\\s+(?:[\\w'-]+\\s+){0,4}?${ROLE_WORDS}`).test(after)) score = 1;
  return score;
}

/**
 * The person is the one doing the appointing: an appointing verb follows them in the same clause and
 * names another person of the sentence ("Wu Yongming issued an email … appointing Jiang Fan as CEO").
 */
function appoints(sentence: string, span: PersonSpan, spans: PersonSpan[]): boolean {
  const after = sentence.slice(span.index + span.name.length);
  const verb = after.match(/^[^;.!?]{0,160}?\b(?:appoint(?:s|ed|ing)?|nam(?:es|ed|ing)|promot(?:es|ed|ing)|tapp(?:ed|ing)|hir(?:es|ed|ing))\s+/i);
  if (!verb) return false;
  const at = span.index + span.name.length + verb[0].length;
  return spans.some((other) => other !== span && other.index === at);
}

/**
 * The person a relation points at, for a question with its preposition left at the end ("Who do the
 * heads of Seed report to?"): the one named right after that verb and preposition in the sentence.
 */
export function objectOfRelation(sentence: string, span: PersonSpan, verb: string, preposition: string): boolean {
  const stem = verb.toLowerCase().replace(/(?:e|s|es|ed|ing)$/, '');
  const before = sentence.slice(Math.max(0, span.index - 60), span.index);
  return new RegExp(`\\b${stem}\\w*\\s+(?:\\w+ly\\s+)?${preposition}\\s+(?:[\\w'’-]+\\s+){0,3}$`, 'i').test(before);
}

/** Dates written in a sentence, in order. */
export function datesInSentence(sentence: string): { text: string; index: number }[] {
  return [...sentence.matchAll(DATE_SPAN)].map((match) => ({ text: match[0], index: match.index }));
}

/** How close a span sits to the question's words in the sentence: 1 next to one, falling with distance. */
export function proximity(sentence: string, index: number, words: string[]): number {
  const lower = sentence.toLowerCase();
  let best = Infinity;
  for (const word of words) {
    if (word.length < 3) continue;
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) best = Math.min(best, Math.abs(at - index));
  }
  return best === Infinity ? 0 : 1 / (1 + best / 40);
}
