/**
 * @module What a low-confidence answer may offer besides "the reports don't say": only passages that
 * share the question's subject and the relation it asks about. A sentence about another company, or
 * about the same company's other figures, is no "closest passage" and is left out (a plain refusal).
 */
import type { QuestionFrame } from '../question-frame.js';
import { coverage, questionTerms, termWeight, type QuestionTerms } from './evidence.js';
import type { PlannerContext } from './planner-context.js';

/** Below this share of the question's relation words, a passage is about something else. */
export const RELATION_FLOOR = 0.34;

/** The question's terms with its period left out: the period is matched by itself, not as words. */
export function askedTerms(frame: QuestionFrame, context: Pick<PlannerContext, 'index'>): QuestionTerms {
  const withoutPeriods = frame.periods.reduce((rest, period) => (period.text ? rest.replace(period.text, ' ') : rest), frame.text);
  // Names are the subject, scored apart: "Huawei Cloud's revenue" asks about revenue, not about clouds.
  const isName = (id: string) => ['company', 'product', 'person'].includes(context.index.aliases.get(id)?.kind ?? '');
  // Blank each name out, the longest at a position first ("Huawei Cloud", not also "Huawei" inside it).
  const chars = [...withoutPeriods];
  for (const mention of context.index.aliases.find(withoutPeriods).filter((found) => isName(found.id))) {
    for (let i = mention.index; i < mention.index + mention.name.length && i < chars.length; i++) chars[i] = ' ';
  }
  const text = chars.join('');
  const { relation } = questionTerms(context.index, text, frame.unknownNames);
  // Generic words the alias table knows ("revenue", "AI") are what is asked about here, not names.
  for (const term of context.index.tokenizer.terms(text)) {
    if (term.startsWith('@') && !isName(term.slice(1)) && !relation.has(term)) relation.set(term, termWeight(context.index, term));
  }
  return { relation, entities: questionTerms(context.index, frame.text, frame.unknownNames).entities };
}

/**
 * Whether `sentence` (in `paragraph`) is about the asked subject and relation: every company asked is
 * named in the paragraph and one of them in the sentence itself, and the sentence covers enough of the
 * question's relation words.
 */
export function sharesSubjectAndRelation(terms: QuestionTerms, sentence: string, paragraph: string, context: Pick<PlannerContext, 'index'>): boolean {
  const idsIn = (text: string) => new Set(context.index.aliases.ids(text).map((id) => `@${id}`));
  const named = (entity: string, text: string, ids: Set<string>) => entity.startsWith('@') ? ids.has(entity) : text.toLowerCase().includes(entity.toLowerCase());
  if (terms.entities.length) {
    const inSentence = idsIn(sentence);
    const inParagraph = idsIn(`${paragraph}\n${sentence}`);
    if (!terms.entities.every((entity) => named(entity, `${paragraph}\n${sentence}`, inParagraph))) return false;
    if (!terms.entities.some((entity) => named(entity, sentence, inSentence))) return false;
  }
  return coverage(context.index, terms.relation, sentence) >= RELATION_FLOOR;
}


/**
 * The floor an open question's hedge must clear: every company asked is named in its passage. (Not its
 * words: an explanation paraphrases the asked aspect — "still deeply in the red" for "problems".)
 */
export function namesEverySubject(terms: QuestionTerms, passage: string, context: Pick<PlannerContext, 'index'>): boolean {
  const ids = new Set(context.index.aliases.ids(passage).map((id) => `@${id}`));
  return terms.entities.every((entity) => (entity.startsWith('@') ? ids.has(entity) : passage.toLowerCase().includes(entity.toLowerCase())));
}
