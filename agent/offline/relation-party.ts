/**
 * @module Who-questions whose answer is a party to a relation, not a job title: "Who led SiliconFlow's Series A
 * round?", "Who backed Moonshot AI?", "谁收购了中天微?". The answer is the organisation or person the passage puts
 * in that relation to the asked subject, read from the relation's own words in the same clause ("funding led by
 * Alibaba Cloud", "Alibaba and Tencent have invested", "由阿里云领投"), never from where a name happens to stand.
 * The relations are data (`PARTY_RELATIONS`); extend the table for a new collection.
 */
import type { AliasTable } from '../../index/index.js';
import { entityName } from '../phrases.js';
import { pastClause } from './declarative.js';
import type { QuestionFrame } from '../question-frame.js';
import type { PlannerContext } from './planner-context.js';
import { relevance, type PooledSentence, type SentencePool } from './sentence-pool.js';
import { mostlyChinese, pointsTo, supportingQuote, type TextCandidate } from './text-candidates.js';
import { chineseQuestionChecked } from './chinese-coverage.js';
import { withoutFormWords } from './asked-fit.js';
import { DIRECT, UNCHECKED } from './answer-fit.js';
import { mostSpecific } from './plan-figure.js';
import { askedPartyRelation, type PartyRelation } from './party-question.js';

export { askedPartyRelation, PARTY_RELATIONS, type PartyRelation } from './party-question.js';

interface Mention { id: string; name: string; index: number; end: number }

/** Companies, products and people the table knows in a text, one per position (the most specific name). */
function partiesIn(text: string, aliases: AliasTable): Mention[] {
  const byIndex = new Map<number, Mention>();
  for (const mention of aliases.find(text)) {
    if (!['company', 'product', 'person'].includes(aliases.get(mention.id)?.kind ?? '')) continue;
    if (!byIndex.has(mention.index)) byIndex.set(mention.index, { id: mention.id, name: mention.name, index: mention.index, end: mention.index + mention.name.length });
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

/** "X", "X and Y", "both X and Y", "X, Y and Z": the names joined to one named at the given edge of a clause. */
const JOINER = /^\s*(?:,\s*(?:and\s+)?|and\s+|以及|和|与|、)\s*$/;

/** The names right before `at` (the party of an active verb), walking back over "and" and commas. */
function namesEndingAt(text: string, at: number, mentions: Mention[]): Mention[] {
  const found: Mention[] = [];
  let edge = at;
  for (const mention of [...mentions].reverse()) {
    if (mention.end > edge) continue;
    const between = text.slice(mention.end, edge);
    if (found.length ? !JOINER.test(between) : !/^\s*$/.test(between)) break;
    found.unshift(mention);
    edge = mention.index;
  }
  // "both Alibaba and Tencent", "Alibaba's cloud unit": a determiner before the first name is fine; a possessive is not the party.
  return found;
}

/** The names right after `at` (the party after "by"), walking on over "and" and commas. */
function namesStartingAt(text: string, at: number, mentions: Mention[]): Mention[] {
  const found: Mention[] = [];
  let edge = at;
  for (const mention of mentions) {
    if (mention.index < edge) continue;
    const between = text.slice(edge, mention.index);
    if (found.length ? !JOINER.test(between) : !/^\s*(?:the\s+)?$/i.test(between)) break;
    found.push(mention);
    edge = mention.end;
  }
  return found;
}

/** A relative pronoun that makes the name before it the verb's object ("… in which Alibaba invested", "…的"). */
const RELATIVE = /\b(?:in which|which|whom|that)\b/;

/** Between a verb and the one it acts on: a second verb ("acquired C-Sky and partnered with Zhipu") means another act. */
const ANOTHER_ACT = /\band\s+(?:also\s+)?[a-z]+(?:ed|ing)\b|[;:；：]|(?:并|还|又)\p{Script=Han}/u;

/** Clauses of a sentence: a semicolon, a dash or a full stop ends one; commas do not (an appositive stays with its clause). */
function clausesOf(sentence: string): { text: string; offset: number }[] {
  const clauses: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const part of sentence.split(/(?<=[;；。—])/)) {
    clauses.push({ text: part, offset });
    offset += part.length;
  }
  return clauses;
}

export interface PartyFound { parties: Mention[]; sentence: PooledSentence }

/**
 * The parties a sentence puts in the relation to one of the asked subjects: the names the relation's words
 * govern in the same clause (before an active verb, after "by" / 由), none of them the asked subject itself.
 */
export function partiesInRelation(relation: PartyRelation, sentence: string, subjects: string[], aliases: AliasTable): Mention[] {
  const mentions = partiesIn(sentence, aliases);
  const isSubject = (mention: Mention) => subjects.includes(mention.id) || aliases.ids(mention.name).some((id) => subjects.includes(id) && aliases.get(mention.id)?.parent !== id);
  if (!mentions.some(isSubject)) return [];
  // Founders name the asked one among themselves ("jointly initiated by Alibaba and SAIC"), not as the one acted on.
  const foundedTogether = (group: Mention[]) => relation.id === 'co-founder' && group.some(isSubject);
  // A founding names every one asked ("Zebra Network … jointly initiated by Alibaba and SAIC" for Zebra and Alibaba).
  if (relation.id === 'co-founder' && !subjects.every((id) => mentions.some((mention) => mention.id === id || aliases.ids(mention.name).includes(id)))) return [];
  const found: Mention[] = [];
  for (const clause of clausesOf(sentence)) {
    const inClause = mentions.filter((mention) => mention.index >= clause.offset && mention.end <= clause.offset + clause.text.length);
    for (const mention of inClause) {
      const before = sentence.slice(clause.offset, mention.index);
      const after = sentence.slice(mention.end, clause.offset + clause.text.length);
      // Passive: "led by Alibaba Cloud", "由阿里云领投": the relation's words end right before the name.
      if (relation.passive.test(before) || relation.zhPassive.test(before)) {
        const group = namesStartingAt(sentence, mention.index, inClause);
        // "由阿里云领投" names its verb after the party too.
        if (relation.zhPassive.test(before) && !relation.zhActive.test(sentence.slice(group.at(-1)!.end).replace(/^\s*(?:的)?/, ''))) continue;
        // The one acted on comes before: "SiliconFlow … secured Series A funding led by Alibaba Cloud".
        if (mentions.some((other) => isSubject(other) && other.end <= mention.index) || foundedTogether(group)) found.push(...group);
      } else if (relation.active.test(after) || relation.zhActive.test(after)) {
        // Active: "Alibaba and Tencent have invested in …", "阿里云领投": the names right before the verb, and the one acted on
        // after it in the clause, or before it with a relative pronoun between ("… Zhipu AI … in which both Alibaba and Tencent have invested").
        const group = namesEndingAt(sentence, mention.end, inClause);
        const clauseEnd = clause.offset + clause.text.length;
        const objectAfter = mentions.some((other) => isSubject(other) && other.index >= mention.end && other.end <= clauseEnd && !ANOTHER_ACT.test(sentence.slice(mention.end, other.index)));
        const objectBefore = mentions.some((other) => isSubject(other) && other.end <= group[0]!.index && RELATIVE.test(sentence.slice(other.end, group[0]!.index)));
        if (objectAfter || objectBefore || foundedTogether(group)) found.push(...group);
      }
    }
  }
  const unique = found.filter((mention, i) => found.findIndex((other) => other.index === mention.index) === i);
  return unique.filter((mention) => !isSubject(mention));
}

/** "Who led X's round?" + "Alibaba Cloud" → "Alibaba Cloud led X's round"; "谁领投了X?" → "阿里云领投了X". */
function partyStatement(question: string, names: string, lang: 'en' | 'zh'): string | undefined {
  const text = question.trim().replace(/[?？]+\s*$/, '');
  if (lang === 'zh') {
    // (The kind asked goes with the question word: "阿里和上汽集团一起发起的", not "上汽集团车企".)
    const asked = text.match(/哪一?家(?:公司|机构|投资方|车企|企业|厂商)?|哪个(?:公司|机构|投资方)|谁/);
    return asked ? text.replace(asked[0], names).replace(/^(?:那么|那|所以|而)/, '').replace(/[呢吗]$/, '') : undefined;
  }
  // "Which carmaker did Alibaba set up Zebra Network with?" → "Alibaba set up Zebra Network with SAIC".
  const withWhom = text.match(/^\s*(?:and\s+)?(?:who|whom|which\s+\w+)\s+did\s+(.+\bwith)$/i);
  if (withWhom) {
    const clause = pastClause(withWhom[1]!);
    return clause ? `${clause} ${names}` : undefined;
  }
  const rest = text.match(/^\s*(?:and\s+)?(?:who|which\s+\w+)\s+(.+)$/i);
  return rest ? `${names} ${rest[1]}` : undefined;
}

/** How the names are said together: "Alibaba and Tencent", "阿里巴巴和腾讯". */
function joinNames(names: string[], lang: 'en' | 'zh'): string {
  if (lang === 'zh') return names.join('和');
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The party to the asked relation, from the pool's most relevant sentence that names it in that relation to the
 * asked subject: said plainly ("Alibaba Cloud led SiliconFlow's Series A round [1].") with the sentence quoted.
 */
export function relationPartyCandidate(frame: QuestionFrame, pool: SentencePool, context: PlannerContext): TextCandidate | undefined {
  const relation = askedPartyRelation(frame.text);
  // The asked one itself, not its parent ("C-Sky Microsystems" is Alibaba's now; Alibaba may well be the party asked for).
  const subjects = mostSpecific(frame.entities, context).filter((id) => ['company', 'product', 'person'].includes(context.aliases.get(id)?.kind ?? ''));
  if (!relation || !subjects.length) return undefined;
  let best: { found: Mention[]; sentence: PooledSentence; score: number } | undefined;
  for (const sentence of pool.sentences) {
    const found = partiesInRelation(relation, sentence.text, subjects, context.aliases);
    if (!found.length) continue;
    const score = relevance(sentence);
    if (!best || score > best.score) best = { found, sentence, score };
  }
  if (!best) return undefined;
  const lang = context.lang;
  // A Chinese question read against an English sentence is said plainly only when the vocabulary accounts for its words;
  // otherwise the party is what the closest passage points to.
  // (The relation's own words, "领投", are checked by reading the relation: they are not left unchecked.)
  const unchecked = (lang === 'zh' && !mostlyChinese(best.sentence.text) && !chineseQuestionChecked(withoutFormWords(frame.text).replace(relation.asked.zh, ' '), context.aliases))
    // A founding is told plainly only when what was founded is named too ("Zebra Network … jointly initiated by Alibaba and
    // SAIC"): "its smart cockpit company" is no name the sentence could be checked against.
    || (relation.id === 'co-founder' && subjects.length < 2);
  const names = joinNames([...new Set(best.found.map((mention) => entityName(context.aliases, mention.id, lang, mention.name)))], lang);
  const statement = partyStatement(frame.text, names, lang);
  if (!statement) return undefined;
  const marker = `[${context.book.cite(best.sentence.paragraph.id, best.sentence.text)}]`;
  if (unchecked) {
    const offered = [pointsTo(names, marker, lang).hedged, supportingQuote(context, best.sentence)];
    return { sentences: offered, hedged: offered, strength: Math.max(0.6, best.score), fit: UNCHECKED };
  }
  const lead = lang === 'en' ? `${statement.charAt(0).toUpperCase()}${statement.slice(1)} ${marker}.` : `${statement}${marker}。`;
  return { sentences: [lead, supportingQuote(context, best.sentence)], strength: Math.max(0.6, best.score), direct: true, fit: DIRECT };
}
