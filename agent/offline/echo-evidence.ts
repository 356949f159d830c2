/**
 * @module What a figure answer may say in the asker's words. Restating the question asserts everything in it:
 * who did what to whom, and when. So the cited passage must bear that out — the same parties in the same
 * order and no others, the question's dates, and (in English) the question's verb — or the answer keeps its
 * own wording, which names what the passage says ("Microsoft invested $13 billion in OpenAI") rather than
 * what was asked ("How much did OpenAI invest in Microsoft?").
 */
import { stemmer } from 'stemmer';
import { parseQuantities, sameAmount, type Quantity } from '../../core/index.js';
import { americanSpelling, type AliasTable } from '../../index/index.js';
import { familyOf, kinOf } from './company-kin.js';

const PARTY_KINDS = new Set(['company', 'product']);

/** The distinct companies and products a text names, in order of first mention; parents are not mentions. */
function namedInOrder(text: string, aliases: AliasTable): string[] {
  const ids: string[] = [];
  for (const mention of [...aliases.find(text)].sort((a, b) => a.index - b.index)) {
    if (!ids.includes(mention.id) && PARTY_KINDS.has(aliases.get(mention.id)?.kind ?? '')) ids.push(mention.id);
  }
  return ids;
}

/**
 * The passage names only parties the question asks about (or their parents and units), and the question's
 * parties come in the passage in the question's order: "OpenAI向微软投资了多少?" is not borne out by
 * "Microsoft's cumulative $13 billion investment in OpenAI", nor "How much did ByteDance spend on Nvidia chips?"
 * by a sentence giving four companies' joint order.
 */
export function partiesAgree(question: string, passage: string, aliases: AliasTable, figure?: Quantity): boolean {
  const clause = figure ? clauseOf(passage, figure) : passage;
  const family = (id: string) => familyOf(id, aliases);
  const asked = namedInOrder(question, aliases);
  const told = namedInOrder(clause, aliases);
  if (!allKin(asked, told, aliases)) return false;
  // Between two parties, the question's subject (who pays, invests, lends) is the passage's first: "Microsoft's …
  // investment in OpenAI" does not say what OpenAI invested in Microsoft.
  if (asked.length < 2 || !TRANSFER.test(question)) return true;
  const subject = subjectOf(question, aliases)!;
  const order = told.some((id) => id === subject || family(id).includes(subject)) ? told : namedInOrder(sentenceOf(passage, clause), aliases);
  const at = (id: string) => order.findIndex((other) => other === id || family(other).includes(id) || family(id).includes(other));
  const own = at(subject);
  return own >= 0 && asked.every((id) => id === subject || at(id) < 0 || at(id) >= own);
}

/** Every id told is one asked, or the parent or a unit of one asked. */
export function allKin(asked: readonly string[], told: readonly string[], aliases: AliasTable): boolean {
  return told.every(kinOf(asked, aliases));
}

/** Questions about something passing from one party to another: who gave it is what the answer asserts. */
const TRANSFER = /向|给|对|从|\b(?:invest|pay|paid|commit|lend|lent|give|gave|sell|sold|buy|bought|acquire|fund|back|order|purchase|put|pour|inject)\w*\b/i;

/** The sentence of the passage that holds the clause. */
function sentenceOf(passage: string, clause: string): string {
  const at = passage.indexOf(clause.trim());
  if (at < 0) return passage;
  const start = passage.lastIndexOf('. ', at) + 1;
  const end = passage.indexOf('. ', at);
  return passage.slice(start, end < 0 ? passage.length : end + 1);
}

/** The party a question asks about as its subject: the first named after "did/does/has …" in English, else the first named. */
function subjectOf(question: string, aliases: AliasTable): string | undefined {
  const afterAux = question.match(/\b(?:did|does|do|has|have|had|was|were|is|are)\s+(.+)$/i)?.[1];
  return (afterAux ? namedInOrder(afterAux, aliases)[0] : undefined) ?? namedInOrder(question, aliases)[0];
}

/**
 * The part of the passage that states the figure: its comma-delimited clause, widened back over a list the
 * clause ends ("Alibaba, Tencent, Baidu, and ByteDance placed orders … for $5 billion": all four placed it), without
 * the source it is attributed to ("Reuters reported that …", "according to Caixin"). The whole passage when the
 * figure is not found in it.
 */
export function clauseOf(passage: string, figure: Quantity): string {
  const counted = (unit: Quantity['unit']) => (unit === 'number' ? 'count' : unit);
  const found = parseQuantities(passage).find((quantity) => counted(quantity.unit) === counted(figure.unit) && sameAmount({ ...quantity, unit: counted(quantity.unit) }, { ...figure, unit: counted(figure.unit) }, 0.005));
  if (!found) return passage;
  const sentenceStart = Math.max(0, passage.lastIndexOf('. ', found.index) + 1);
  const sentenceEnd = passage.indexOf('. ', found.index) < 0 ? passage.length : passage.indexOf('. ', found.index) + 1;
  // A comma inside a number ("1,600") divides nothing: only one before a space does.
  const segments = passage.slice(sentenceStart, sentenceEnd).split(/(?<=[,;])(?=\s)/);
  let offset = sentenceStart;
  let at = segments.findIndex((segment) => {
    const end = offset + segment.length;
    const inside = found.index >= offset && found.index < end;
    offset = end;
    return inside;
  });
  if (at < 0) return passage;
  let clause = segments[at]!;
  // A list's members each stand in a short segment; the clause that closes the list ("and ByteDance placed …") is theirs too.
  const member = (segment: string) => /^\s*(?:and\s+|or\s+)?(?:[A-Z][\w.&'’-]*\s?){1,3},?\s*$/.test(segment);
  while (at > 0 && (/^\s*(?:and|or)\b/i.test(clause) || member(segments[at - 1]!)) && (/^\s*(?:and|or)\b/i.test(clause) || member(clause.split(/\s(?=[a-z])/)[0]!))) {
    clause = `${segments[--at]}${clause}`;
    if (segments[at]!.trim().split(/\s+/).length > 3) break;
  }
  const attributed = [...clause.matchAll(/\b(?:reported|reports|said|says|told \S+|noted|pointed out|revealed|cited)\s+that\s+/gi)].at(-1);
  return (attributed ? clause.slice(attributed.index! + attributed[0].length) : clause).replace(/\baccording to [^,]+,?\s*/gi, '');
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_PATTERNS = MONTHS.map((month) => new RegExp(`\\b(?:${month}|${month.slice(0, 3)}\\.?)\\b`));
const CHINESE_ORDINALS: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4' };

/** Years, quarters and months a text dates something to, as comparable tokens ("2024", "q4", "m10"). */
export function periodTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  const lower = text.toLowerCase();
  for (const match of lower.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)) tokens.add(match[0]);
  for (const match of lower.matchAll(/\bq([1-4])\b|\b(first|second|third|fourth)[\s-]quarter\b|第([一二三四1-4])季度/g)) {
    const n = match[1] ?? (match[2] ? String(['first', 'second', 'third', 'fourth'].indexOf(match[2]) + 1) : CHINESE_ORDINALS[match[3]!] ?? match[3]!);
    tokens.add(`q${n}`);
  }
  MONTH_PATTERNS.forEach((pattern, i) => {
    if (pattern.test(lower)) tokens.add(`m${i + 1}`);
  });
  for (const match of text.matchAll(/(?<![\d年])(1[0-2]|[1-9])月/g)) tokens.add(`m${match[1]}`);
  return tokens;
}

/** Every year, quarter and month the question names is one the evidence names ("in January" is not borne out by "in May"). */
export function periodsAgree(question: string, evidence: string): boolean {
  const told = periodTokens(evidence);
  return [...periodTokens(question)].every((token) => told.has(token));
}

/**
 * Verbs that report the same act, so a question's verb is borne out by any of its group in the passage
 * ("How much did Tencent pay …?" by "Tencent purchased … for 113 million yuan").
 */
const SAME_ACT: string[][] = [
  ['pay', 'spend', 'purchase', 'buy', 'cost', 'acquire', 'order'],
  ['invest', 'put', 'commit', 'pour', 'inject', 'back', 'fund', 'pledge', 'plan', 'allocate'],
  ['raise', 'secure', 'receive', 'get', 'obtain', 'fund'],
  ['have', 'employ', 'total', 'count', 'reach', 'number'],
  ['lose', 'loss'],
  ['grow', 'rise', 'increase', 'jump', 'surge', 'climb', 'expand', 'up'],
  ['fall', 'drop', 'decline', 'shrink', 'cut', 'reduce', 'decrease', 'down'],
  ['manage', 'host', 'offer', 'serve', 'support', 'provide'],
  ['need', 'require', 'use', 'take'],
  ['attract', 'serve', 'have', 'use', 'reach'],
  ['generate', 'earn', 'make', 'bring', 'report', 'record', 'post'],
  ['contribute', 'provide', 'give', 'offer'],
];

/** Porter stems of the American spelling, as the search index reads words: "purchased", "purchases" and "purchase" are one. */
const stemOf = (word: string) => stemmer(americanSpelling(word.toLowerCase()));

/** The question's verb (base form), or one reporting the same act, is in the passage. */
export function verbBorneOut(verb: string, passage: string): boolean {
  const words = new Set((passage.toLowerCase().match(/[a-z]+/g) ?? []).map(stemOf));
  const said = verb.toLowerCase();
  const isAct = (member: string) => stemOf(member) === stemOf(said) || IRREGULAR_FORMS[member]?.includes(said) === true;
  const group = SAME_ACT.filter((members) => members.some(isAct)).flat();
  return [said, ...group].some((member) => words.has(stemOf(member)) || IRREGULAR_FORMS[member]?.some((form) => words.has(stemOf(form))) === true);
}

/** Irregular forms a passage may report an act in. */
const IRREGULAR_FORMS: Record<string, string[]> = {
  pay: ['paid'], spend: ['spent'], buy: ['bought'], put: ['put'], get: ['got', 'gotten'], lose: ['lost'], grow: ['grew', 'grown'],
  rise: ['rose', 'risen'], fall: ['fell', 'fallen'], shrink: ['shrank', 'shrunk'], take: ['took', 'taken'], make: ['made'], bring: ['brought'],
  give: ['gave', 'given'], have: ['had', 'has'], cut: ['cut'],
};
