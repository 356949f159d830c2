/**
 * @module The premise checks run in one order, and a correction put at the head of an answer: "No." / "不是。"
 * first when the question asked to confirm what it assumed, and what follows it stripped of sentences that only
 * say the correction again (another check's wording of it, a yes/no verdict it overrules, the same figure from
 * the same passage).
 */
import type { QuestionFrame } from '../question-frame.js';
import { asksToConfirm } from './declarative.js';
import { changePremise, statedChanges } from './change-premise.js';
import { controlPremise } from './control-premise.js';
import { exclusivityPremise } from './exclusivity-premise.js';
import { rankPremise } from './rank-premise.js';
import { figurePremise, misattributedPremise, oppositePremise, speaksOfSubject } from './premise-check.js';
import { periodPremise } from './period-premise.js';
import { placePremise } from './place-premise.js';
import { actorPremise } from './actor-premise.js';
import { ownerPremise } from './owner-premise.js';
import { personPremise } from './person-premise.js';
import type { PlannerContext } from './planner-context.js';
import { relatedFigurePremise } from './related-figure-premise.js';
import { rumourPremise } from './rumour-premise.js';
import type { PooledSentence, SentencePool } from './sentence-pool.js';
import { sequencePremise } from './sequence-premise.js';
import { sharePremise } from './share-premise.js';
import { shiftPremise } from './shift-premise.js';
import { familyOf } from './company-kin.js';

/**
 * A premise the reports contradict, in words. `party`: the question has the wrong company or person (what it
 * then asks is about someone else's act, and the reports' reasons for it are no answer); `detail`: the right
 * subject with a wrong figure, year or direction (the reports' reasons for the real act still answer a "why").
 */
export interface Correction {
  text: string;
  /** `talk`: what the question takes for done was only a rumour, denied; nothing said about the act answers anything. */
  wrong: 'party' | 'detail' | 'talk';
}

/**
 * The first premise check that finds a real conflict: another company's figure, another figure for this relation,
 * the opposite claim, another year for the event, or a title or act the reports give someone else.
 */
export function falsePremise(frame: QuestionFrame, pool: SentencePool, context: PlannerContext): Correction | undefined {
  // Market talk taken for a done deal: what the question then asks about the deal has no answer but that.
  const talk = rumourPremise(frame, context);
  if (talk) return { text: talk, wrong: 'talk' };
  const party = misattributedPremise(frame, context) ?? ownerPremise(frame, context) ?? actorPremise(frame, context);
  if (party) return { text: party, wrong: 'party' };
  const onSubject = (sentence: PooledSentence) => !pool.terms.entities.length || speaksOfSubject(sentence, context);
  // A stated amount that is the change between two levels the reports give is no figure to hold against either level:
  // where the figure checks would, it is checked as that change (its direction) instead.
  const figureConflict = figurePremise(frame, context) ?? relatedFigurePremise(frame, context);
  const changes = figureConflict ? statedChanges(frame, context) : [];
  const figures = changes.length ? changePremise(changes, context) : figureConflict;
  const detail = figures ?? sharePremise(frame, context) ?? controlPremise(frame, context, pool) ?? exclusivityPremise(frame, pool, context) ?? rankPremise(frame, pool, context) ?? shiftPremise(frame, context) ?? oppositePremise(frame, pool, context)
    ?? sequencePremise(frame, pool, context, onSubject) ?? periodPremise(frame, pool, context, onSubject) ?? placePremise(frame, pool, context, onSubject);
  if (detail) return { text: detail, wrong: 'detail' };
  const person = personPremise(frame, pool, context);
  return person ? { text: person, wrong: 'party' } : undefined;
}

/** Sentences that are themselves a premise correction or a yes/no verdict: after a correction they only repeat or contradict it. */
const RESTATES_PREMISE: RegExp[] = [
  /^The reports don't support the (?:figure in the question|question's premise|premise)/, /^The reports mention this only as market talk/,
  /^The (?:figure|year|period|span|share|place) in the question is not the reports'/,
  /^(?:Yes|No)(?:, not according to the reports)?\.$/, /^The reports do not tie .{1,60} to .{1,60}: it is/, /^报道并未把.{1,30}归于/,
  /^报道并不支持问题中的数字/, /^报告并不支持/, /^报道仅将此作为市场传闻提及/, /^问题中的(?:数字|时间|年限|比例|地点)与报道不符/, /^(?:是的|不是|据报道并非如此)。$/,
];

/** The figures and citation markers of a sentence: one that has none the correction lacks only says it again. */
// (A year dates a figure, it is none: "Alibaba had 194,320 employees in 2024" after "…fell from 219,260 to 194,320" says it again.)
const numbersIn = (text: string) => (text.replace(/\[\d+\]/g, ' ').match(/\d[\d,.]*\d|\d/g) ?? []).filter((number) => !/^(?:19|20)\d{2}$/.test(number));
const markersIn = (text: string) => text.match(/\[\d+\]/g) ?? [];

/** Words (English) and two-character runs (Chinese) of a text, for telling a sentence the correction already says. */
const wordsOf = (text: string) => new Set(text.toLowerCase().replace(/\[\d+\]/g, ' ').match(/[a-z0-9][a-z0-9'’-]*|\p{Script=Han}{2}/gu) ?? []);
/** The share of a sentence's words the correction has, above which it says nothing new. */
const SAID_ALREADY = 0.8;

export function restates(sentence: string, correction: string): boolean {
  if (RESTATES_PREMISE.some((pattern) => pattern.test(sentence.trim()))) return true;
  // The same passage quoted or paraphrased again ("According to X, before Alibaba invested …" after the correction quoting it).
  const words = [...wordsOf(sentence.replace(/\(\d{4}-\d{2}-\d{2}\)/g, ' '))];
  const said = wordsOf(correction);
  if (words.length && words.filter((word) => said.has(word)).length / words.length >= SAID_ALREADY) return true;
  // A quote is evidence the reader can judge, kept; a sentence of ours giving the corrected figure again from the same passage is not.
  if (/[“”"]/.test(sentence)) return false;
  const numbers = numbersIn(sentence.replace(/\(\d{4}-\d{2}-\d{2}\)/g, ' '));
  const markers = markersIn(sentence);
  return numbers.length > 0 && markers.length > 0 && numbers.every((number) => correction.includes(number)) && markers.every((marker) => correction.includes(marker));
}

/** After a correction, this many of the reports' reasons are enough: the correction is the answer, they support it. */
const MAX_REASONS = 2;

/** A reason that names companies but none the question asks about is about someone else ("JD.com will continue to invest …"). */
function aboutAsked(sentence: string, frame: QuestionFrame, context: PlannerContext): boolean {
  const companies = context.aliases.ids(sentence).filter((id) => context.aliases.get(id)?.kind === 'company');
  return !companies.length || companies.some((id) => familyOf(id, context.aliases).some((member) => frame.entities.includes(member)));
}

/**
 * The reasons an open question's evidence gives, after a correction of a detail: at most two, each about a company
 * the question asks about (or none named), none saying the correction again.
 */
export function reasonsAfter(correction: Correction, reasons: string[], frame: QuestionFrame, context: PlannerContext): string[] {
  return reasons.filter((sentence) => !restates(sentence, correction.text) && !quotesAgain(sentence, correction.text) && aboutAsked(sentence, frame, context)).slice(0, MAX_REASONS);
}

/** The stretch of a passage, in characters, that said twice (once in the correction, once as a reason) is the same passage. */
const SAME_PASSAGE_CHARS = 60;

/** A reason that says again a clause the correction quoted ("The two reasons … are that ByteDance … is intensifying …"). */
function quotesAgain(sentence: string, correction: string): boolean {
  const plain = (text: string) => text.replace(/\[\d+\]/g, ' ').replace(/\s+/g, ' ').toLowerCase();
  const said = plain(correction);
  const text = plain(sentence);
  for (let at = 0; at + SAME_PASSAGE_CHARS <= text.length; at += SAME_PASSAGE_CHARS / 2) {
    if (said.includes(text.slice(at, at + SAME_PASSAGE_CHARS))) return true;
  }
  return false;
}

/** The answer a corrected premise leads: the verdict a confirming question asked for, the correction, then what still adds to it. */
export function correctedAnswer(correction: Correction, rest: string[], frame: QuestionFrame, context: PlannerContext): string[] {
  const { text } = correction;
  // One sentence, so the verdict and the fact that settles it are read together.
  const lead = !asksToConfirm(frame.text) ? text : context.lang === 'en' ? `No — ${text.replace(/^The\b/, 'the')}` : `不是,${text}`;
  return correction.wrong === 'talk' ? [lead] : [lead, ...rest.filter((sentence) => !restates(sentence, text) && !quotesAgain(sentence, text))];
}
