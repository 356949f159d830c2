/**
 * @module An act the question gives to the wrong company ("What did Alibaba and Songjiang build together on November
 * 9?", "Why did Tencent Cloud boast that over 70% of the market are its customers?"): the reports tell that act, by the
 * question's own telling details, of another company. The telling details are the question's figures and its rarest
 * words (those few report paragraphs use); every report sentence holding all of them that also speaks of the act must
 * name one other company, and none may name the asked one, nor may the paragraph around a sentence that names no
 * company. Only for a question that takes the act as done (a why, how or yes/no question, or "what did X …").
 */
import { parseQuantities, sameAmount, splitSentences, type Paragraph, type Quantity } from '../../core/index.js';
import { entityName } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import { familyOf } from './company-kin.js';
import { premiseOf } from './declarative.js';
import { coverage, paragraphFrequency, questionTerms } from './evidence.js';
import type { PlannerContext } from './planner-context.js';
import { companyNamedBefore } from './premise-check.js';
import { supportingQuote } from './text-candidates.js';

/** A word this few report paragraphs use tells one passage from the rest. */
const RARE_IN_PARAGRAPHS = 2;
/** A sentence speaks of the act when it covers this share of the question's other words (weighted): a third, as for premises. */
const MIN_ACT_COVERAGE = 0.34;
/** "What did Alibaba … build", "What has Tencent …", "Does Alibaba Cloud claim …": the act itself is asked, or put up for a yes or no. */
const ACT_ASKED = /^\s*(?:and\s+)?(?:what\s+(?:did|has|have|had)|does|do|did|has|have|is|was)\b/i;

/** The companies the text names, by id. */
function companiesIn(text: string, context: PlannerContext): string[] {
  return [...new Set(context.aliases.ids(text).filter((id) => context.aliases.get(id)?.kind === 'company'))];
}


/** Where the sentence holds an amount the question states, or -1. */
function figureAt(sentence: string, stated: Quantity): number {
  return parseQuantities(sentence).find((quantity) => quantity.unit === stated.unit && sameAmount(quantity, stated, 0.001))?.index ?? -1;
}

/** Where the first word of the text whose index term is one of `terms` stands (the text's length when none is). */
function firstWordOf(text: string, terms: string[], context: PlannerContext): number {
  for (const word of text.matchAll(/[\p{L}\d][\p{L}\d'’-]*/gu)) {
    if (context.index.tokenizer.terms(word[0]).some((term) => terms.includes(term))) return word.index;
  }
  return text.length;
}

/** The correction when the reports tell the question's act of another company only; undefined otherwise. */
export function actorPremise(frame: QuestionFrame, context: PlannerContext): string | undefined {
  const { index, aliases, lang } = context;
  const asked = companiesIn(frame.text, context);
  if (!asked.length) return undefined;
  // One company asked (with its own units): a question naming two asks how they stand to each other.
  const family = new Set(familyOf(asked[0]!, aliases));
  if (asked.some((id) => !familyOf(id, aliases).some((member) => family.has(member)))) return undefined;
  if (!ACT_ASKED.test(frame.text) && !premiseOf(frame.text, lang)) return undefined;
  const { relation } = questionTerms(index, frame.text, frame.unknownNames);
  // Telling names: a capitalised word the alias table does not know ("Songjiang") that few paragraphs use.
  // (Not the question's opening word, "Why", "Did", which is capitalised as any sentence's first is.)
  const capitalisedWords = [...frame.text.matchAll(/(?<![\p{L}\d])\p{Lu}[\p{L}\d-]+/gu)].filter((word) => word.index! > 0).map((word) => word[0]);
  const capitalised = new Set(capitalisedWords.flatMap((word) => index.tokenizer.terms(word)));
  const rare = [...relation.keys()].filter((term) => capitalised.has(term) && paragraphFrequency(index, term) > 0 && paragraphFrequency(index, term) <= RARE_IN_PARAGRAPHS);
  // The words and digits a paragraph must hold as written: only those paragraphs are split and read (a scan of every
  // sentence of a large collection would cost seconds).
  const rareWords = capitalisedWords.filter((word) => index.tokenizer.terms(word).some((term) => rare.includes(term))).map((word) => word.toLowerCase());
  const figures = frame.stated.filter((quantity) => quantity.unit === 'percent' || quantity.unit === 'currency' || quantity.scale !== null);
  if (!rare.length && !figures.length) return undefined;
  // The act's other words, without the asked company's own name (no sentence telling it of another has that) and, for an
  // English question, the vocabulary's Chinese for them.
  const own = new Set(asked.flatMap((id) => aliases.get(id)?.names ?? []).flatMap((name) => index.tokenizer.terms(name)));
  const rest = new Map([...relation].filter(([term]) => !rare.includes(term) && !own.has(term) && !(lang === 'en' && /\p{Script=Han}/u.test(term))));
  const told: { paragraph: Paragraph; text: string; actor: string | undefined }[] = [];
  // A figure's paragraphs are the fact table's for that amount.
  const withFigures = figures.length ? new Set(index.snapshot.facts.filter((fact) => figures.every((stated) => fact.unit !== stated.unit || sameAmount(fact, stated, 0.001))
    && figures.some((stated) => fact.unit === stated.unit)).map((fact) => fact.paragraphId)) : undefined;
  for (const paragraph of index.snapshot.paragraphs) {
    if (withFigures && !withFigures.has(paragraph.id)) continue;
    const lower = paragraph.text.toLowerCase();
    if (!rareWords.every((word) => lower.includes(word))) continue;
    for (const { text } of splitSentences(paragraph.text)) {
      const terms = new Set(index.tokenizer.terms(text));
      if (!rare.every((term) => terms.has(term))) continue;
      const places = figures.map((stated) => figureAt(text, stated));
      if (places.some((at) => at < 0)) continue;
      if (rest.size && coverage(index, rest, text) < MIN_ACT_COVERAGE) continue;
      // Where the telling detail stands: the first figure, else the first rare word.
      const at = places.length ? Math.min(...places) : firstWordOf(text, rare, context);
      told.push({ paragraph, text, actor: companyNamedBefore(text, at, context) });
    }
  }
  if (!told.length) return undefined;
  // The asked company named with the act anywhere, or around an act told of no company: the reports do tie it to it.
  const namesAsked = (text: string) => companiesIn(text, context).some((id) => familyOf(id, aliases).some((member) => family.has(member)));
  if (told.some(({ paragraph, text, actor }) => namesAsked(text) || (!actor && namesAsked(paragraph.text)))) return undefined;
  const actors = new Set(told.map(({ actor }) => actor));
  if (actors.size !== 1 || !told[0]!.actor) return undefined;
  const actor = told[0]!.actor;
  const quote = supportingQuote(context, told[0]!);
  const [other, claimed] = [entityName(aliases, actor, lang), entityName(aliases, asked[0]!, lang)];
  return lang === 'en' ? `The reports tell this of ${other}, not ${claimed}: ${quote}` : `报道中这是${other}的事,而不是${claimed}:${quote}`;
}
