/**
 * @module False premises about people: the question gives someone a title the reports give them
 * nowhere ("Why did Huawei CEO Xu Zhijun …" when the reports call him Huawei's rotating chairman), or
 * has them do what the reports say someone else did ("Why did Jack Ma announce the 380 billion yuan
 * plan?" when Wu Yongming announced it). Corrected only when the reports say who instead, in the same
 * organisation or the same act, and never say what the question says.
 */
import { entityName } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import { multiWordNames, premiseOf } from './declarative.js';
import { clauseCoverage, eventWords } from './event-dates.js';
import { roleFit, roleLabel, rolesGiven, type GivenRole, type RoleId } from './person-roles.js';
import type { PlannerContext } from './planner-context.js';
import { relevance, type PooledSentence, type SentencePool } from './sentence-pool.js';
import { asClause, contentWords, inSentence } from './text-candidates.js';
import { peopleInSentence, type PersonSpan } from './typed-spans.js';

/** A role fit at or above this names the holder of the role asked, in the organisation asked. */
const HOLDER_FIT = 0.55;
/** The share of the act's words the clause after the other person must name: the same act, not a neighbour. */
const ACT_FOR_CORRECTION = 0.6;
/** Two titles that do not contradict each other: the same one, or a generic "head" beside any. */
const compatible = (a: RoleId, b: RoleId) => a === b || a === 'head' || b === 'head';

interface Mention { span: PersonSpan; sentence: PooledSentence; next?: PersonSpan | undefined }

const samePerson = (a: PersonSpan, b: PersonSpan) => (a.id && b.id ? a.id === b.id : a.name.toLowerCase() === b.name.toLowerCase());

/** Every mention of the person in the pool, with the person named after them (where an appositive ends). */
function mentionsOf(person: PersonSpan, pool: SentencePool, context: PlannerContext): Mention[] {
  const found: Mention[] = [];
  for (const sentence of pool.sentences) {
    const people = peopleInSentence(sentence.text, context.aliases);
    people.forEach((span, i) => { if (samePerson(span, person)) found.push({ span, sentence, next: people[i + 1] }); });
  }
  return found;
}

const rolesAt = (mention: Mention) => rolesGiven(mention.sentence.text, mention.span.index, mention.span.name.length, mention.next && { index: mention.next.index, length: mention.next.name.length });

/** The companies a title names ("Huawei CEO" → huawei), else none. */
function companiesIn(text: string, context: PlannerContext): string[] {
  return context.aliases.ids(text).filter((id) => context.aliases.get(id)?.kind === 'company');
}

const cite = (context: PlannerContext, sentence: PooledSentence) => `[${context.book.cite(sentence.paragraph.id, sentence.text)}]`;

/**
 * "Huawei CEO Xu Zhijun": the reports give Xu Zhijun roles in Huawei, none of them the CEO's. The
 * correction names the role they do give, and whoever they name in the question's role, if anyone.
 */
function titlePremise(premise: string, person: PersonSpan, next: PersonSpan | undefined, pool: SentencePool, context: PlannerContext): string | undefined {
  const claimed = rolesGiven(premise, person.index, person.name.length, next && { index: next.index, length: next.name.length })[0];
  if (!claimed) return undefined;
  const orgs = companiesIn(claimed.phrase, context);
  if (!orgs.length) return undefined;
  const given: { role: GivenRole; mention: Mention }[] = mentionsOf(person, pool, context).flatMap((mention) => rolesAt(mention).map((role) => ({ role, mention })));
  // The same organisation: named in the role's words, or in the sentence when the words name none.
  const inOrg = given.filter(({ role, mention }) => {
    const named = companiesIn(role.phrase, context);
    return named.length ? named.some((id) => orgs.includes(id)) : companiesIn(mention.sentence.text, context).some((id) => orgs.includes(id));
  });
  if (!inOrg.length || given.some(({ role }) => compatible(claimed.id, role.id))) return undefined;
  const { role, mention } = inOrg[0]!;
  const holder = holderOf(claimed.id, orgs, person, pool, context);
  const name = (span: PersonSpan) => (span.id ? entityName(context.aliases, span.id, context.lang, span.name) : span.name);
  const org = entityName(context.aliases, orgs[0]!, context.lang);
  if (context.lang === 'en') {
    const also = holder ? `; they name ${name(holder.span)} as ${org}'s ${roleLabel(claimed.id, 'en')} ${cite(context, holder.sentence)}` : '';
    return `The reports don't call ${name(person)} ${claimed.phrase}: ${inSentence(asClause(mention.sentence.text), context)} ${cite(context, mention.sentence)}${also}.`;
  }
  const also = holder ? `;${org}的${roleLabel(claimed.id, 'zh')}是${name(holder.span)}${cite(context, holder.sentence)}` : '';
  return `报道中的${name(person)}是${org}的${roleLabel(role.id, 'zh')},而不是${roleLabel(claimed.id, 'zh')}${cite(context, mention.sentence)}${also}。`;
}

/** Who the pool names in the role over the organisation, other than the person the question named. */
function holderOf(role: RoleId, orgs: string[], person: PersonSpan, pool: SentencePool, context: PlannerContext): Mention | undefined {
  let best: { mention: Mention; fit: number } | undefined;
  for (const sentence of pool.sentences) {
    const people = peopleInSentence(sentence.text, context.aliases);
    people.forEach((span, i) => {
      if (samePerson(span, person)) return;
      const mention = { span, sentence, next: people[i + 1] };
      const fit = Math.max(0, ...rolesAt(mention).map((given) => roleFit({ role, entities: orgs, orgWords: [] }, given, sentence, context.aliases)));
      if (fit >= HOLDER_FIT && (!best || fit > best.fit)) best = { mention, fit };
    });
  }
  return best?.mention;
}

/** The act's words in the clause after a person's name (an appositive title between them is skipped). */
function actCoverage(sentence: string, span: PersonSpan, act: string[]): number {
  return clauseCoverage(sentence.slice(span.index), 0, act, true);
}

/**
 * "Jack Ma announced Alibaba's plan …": the reports have another person do that act (the clause after
 * their name names most of its words) and never have the question's person do it.
 */
function actPremise(premise: string, person: PersonSpan, pool: SentencePool, context: PlannerContext, frame: QuestionFrame): string | undefined {
  const names = frame.entities.flatMap((id) => context.aliases.get(id)?.names ?? []);
  const act = eventWords(contentWords(premise.slice(person.index + person.name.length)), names).filter((word) => context.lang === 'zh' || !/\p{Script=Han}/u.test(word));
  if (act.length < 3) return undefined;
  const doers: { span: PersonSpan; sentence: PooledSentence; cover: number }[] = [];
  for (const sentence of pool.sentences) {
    for (const span of peopleInSentence(sentence.text, context.aliases)) {
      const cover = actCoverage(sentence.text, span, act);
      if (cover >= ACT_FOR_CORRECTION) doers.push({ span, sentence, cover });
    }
  }
  if (!doers.length || doers.some((doer) => samePerson(doer.span, person))) return undefined;
  const best = doers.sort((a, b) => b.cover - a.cover || relevance(b.sentence) - relevance(a.sentence))[0]!;
  // Only a person the sentence gives a role or act plainly ("Alibaba CEO Wu Yongming announced"), not one named in passing.
  if (best.span.roleScore < 0.5) return undefined;
  const name = (span: PersonSpan) => (span.id ? entityName(context.aliases, span.id, context.lang, span.name) : span.name);
  return context.lang === 'en'
    ? `The reports say ${name(best.span)} did this, not ${name(person)} ${cite(context, best.sentence)}: ${inSentence(asClause(best.sentence.text), context)}.`
    : `据报道,这是${name(best.span)},而不是${name(person)}${cite(context, best.sentence)}。`;
}

/** The first person premise the reports contradict: a title they never give, or an act another person did. */
export function personPremise(frame: QuestionFrame, pool: SentencePool, context: PlannerContext): string | undefined {
  const premise = premiseOf(frame.text, context.lang, multiWordNames(frame.text, context.aliases));
  if (!premise) return undefined;
  const people = peopleInSentence(premise, context.aliases);
  for (const [i, person] of people.entries()) {
    const corrected = titlePremise(premise, person, people[i + 1], pool, context)
      // The act is the premise's own only when the person is its subject, at its start ("Jack Ma announced …", "Huawei CEO Xu Zhijun attended …").
      ?? (i === 0 && person.index <= 40 ? actPremise(premise, person, pool, context, frame) : undefined);
    if (corrected) return corrected;
  }
  return undefined;
}
