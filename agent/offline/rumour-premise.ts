/**
 * @module A premise that takes market talk for a done deal ("Why did Alibaba go ahead with paying $1 billion for
 * 10% of DeepSeek?", "阿里巴巴花10亿美元买下DeepSeek 10%的股份后…") when the reports pass it on only as a rumour
 * that was denied (a disputed fact). Corrected by saying so, with the denial cited; a question that itself calls
 * it talk ("What was the rumour about …?") states no deal and is left alone.
 */
import { sameAmount, type Fact } from '../../core/index.js';
import type { QuestionFrame } from '../question-frame.js';
import { idsNamedIn } from './facts-about.js';
import type { PlannerContext } from './planner-context.js';
import { marketTalk } from './state-facts.js';
import { familyOf } from './company-kin.js';

/** Words by which a question already treats the deal as talk, not as done. Data: extend for new phrasings. */
const TALK_WORDS = /\b(?:rumou?r\w*|news|talk|speculat\w*|reported(?:ly)?|reports? (?:that|of|said)|denied|deny|denial|allegedly|supposedly)\b|传闻|传言|消息|据传|据称|否认|辟谣|谣言/i;

/** The companies a disputed fact is about: its owner, its other party, and those its sentence names. */
function partiesOf(fact: Fact, context: PlannerContext): string[] {
  return [fact.entity, fact.counterparty, ...idsNamedIn(context.index, fact.quote)].filter((id): id is string => Boolean(id));
}

/**
 * The disputed fact the question takes for done: about every company it names (at least two, the deal's two sides),
 * and either of a figure it states ("$1 billion", "10%") or, with no figure stated, of the relation it asks about
 * while no undisputed fact ties the two companies by that relation.
 */
function talkTakenAsDone(frame: QuestionFrame, context: PlannerContext): Fact | undefined {
  const companies = frame.entities.filter((id) => context.aliases.get(id)?.kind === 'company');
  if (companies.length < 2 || TALK_WORDS.test(frame.text)) return undefined;
  const family = (id: string) => familyOf(id, context.aliases);
  // The deal's two sides among the companies asked ("… inside Alibaba Cloud" names where it is used, not a third party):
  // at least two of them, of two different groups, are the fact's parties.
  const about = (fact: Fact) => {
    const parties = partiesOf(fact, context).flatMap(family);
    const sides = companies.filter((id) => parties.includes(id));
    return new Set(sides.map((id) => family(id).at(-1))).size >= 2;
  };
  const facts = context.index.snapshot.facts;
  const disputed = facts.filter((fact) => fact.disputed && about(fact));
  if (!disputed.length) return undefined;
  if (frame.stated.length) return disputed.find((fact) => frame.stated.some((stated) => stated.unit === fact.unit && sameAmount(fact, stated, 0.001)));
  const asked = disputed.find((fact) => frame.metrics.includes(fact.metric));
  if (!asked) return undefined;
  const confirmed = facts.some((fact) => !fact.disputed && frame.metrics.includes(fact.metric) && about(fact));
  return confirmed ? undefined : asked;
}

export function rumourPremise(frame: QuestionFrame, context: PlannerContext): string | undefined {
  const fact = talkTakenAsDone(frame, context);
  return fact ? marketTalk(fact, context) : undefined;
}
