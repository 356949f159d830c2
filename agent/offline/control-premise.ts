/**
 * @module A premise about how much of a company another holds, said in words rather than a figure ("Why did
 * Alibaba insist on majority control of Moonshot AI?", "阿里为什么要控股月之暗面?", "a minority stake"),
 * checked against the stake the reports give for the same two companies: 36% is no majority.
 */
import type { Fact } from '../../core/index.js';
import { entityName, figure } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import type { PlannerContext } from './planner-context.js';
import type { PooledSentence, SentencePool } from './sentence-pool.js';
import { citeFact } from './state-facts.js';
import { asClause, inSentence } from './text-candidates.js';

type Holding = 'majority' | 'minority' | 'whole';

/** Words that say how much is held, and the share each claims. Data: extend for new phrasings. */
const HOLDING_WORDS: { holding: Holding; pattern: RegExp }[] = [
  { holding: 'whole', pattern: /\b(?:wholly[- ]own\w*|fully own\w*|full ownership|100% (?:stake|ownership|control)|buy(?:ing)? (?:it |\S+ )?outright)\b|全资|全部股权|百分之百/i },
  { holding: 'majority', pattern: /\b(?:majority (?:stake|control|share|shareholder|ownership|holding)|controlling (?:stake|interest|shareholder)|(?:take|took|taking|gain|gained|gaining|have|has|had) control of|(?:exclusive|sole|full|absolute|total|outright) control)\b|控股|多数股权|大股东|控制权|独家控制|完全控制|绝对控制/i },
  { holding: 'minority', pattern: /\bminority (?:stake|share|shareholder|holding|investor)\b|少数股权|小股东|参股/i },
];

/** Whether a stake of this size contradicts the holding the question claims. */
function contradicts(holding: Holding, percent: number): boolean {
  if (holding === 'whole') return percent < 100;
  if (holding === 'majority') return percent <= 50;
  return percent > 50;
}

/** A holding the question asserts (not one it asks about: "Does Alibaba hold a majority stake …?" is a yes/no, answered by the stake). */
function claimedHolding(text: string): Holding | undefined {
  return HOLDING_WORDS.find((entry) => entry.pattern.test(text))?.holding;
}

/** The stake the reports give one asked company in the other, not passed on as market talk ("Which firms does Alibaba control?" names no pair). */
function stakeBetween(frame: QuestionFrame, facts: readonly Fact[]): Fact | undefined {
  const asked = new Set(frame.entities);
  return facts.find((fact) => fact.metric === 'stake' && fact.unit === 'percent' && !fact.disputed && fact.entity && asked.has(fact.entity)
    && fact.counterparty !== null && asked.has(fact.counterparty));
}

/** What a sentence says about who decides in a company besides the stake: terms of a deal that bear on control. */
const CONTROL_TERMS = /\bdecision[- ]making\b|\bdecisions?\b|\bcontrol\b|\bindependen\w*|\bcannot (?:prevent|stop|block)\b|\bother investors\b|\bveto\b|决策|控制权|独立|其他投资者|一票否决/i;

/**
 * A report sentence about both companies that says how control lies beyond the stake ("Alibaba cannot prevent
 * Yuezhi Anmian from accepting other investors; and Yuezhi Anmian has absolute decision-making power"): what a
 * question about control is really answered by. None when no such sentence is among the question's passages.
 */
function controlTerms(stake: Fact, pool: SentencePool | undefined, context: PlannerContext): PooledSentence | undefined {
  const pair = [stake.entity, stake.counterparty].filter((id): id is string => Boolean(id));
  return pool?.sentences.find((sentence) => sentence.text !== stake.quote && CONTROL_TERMS.test(sentence.text)
    && pair.every((id) => context.aliases.ids(sentence.text).includes(id)));
}

export function controlPremise(frame: QuestionFrame, context: PlannerContext, pool?: SentencePool): string | undefined {
  const holding = claimedHolding(frame.text);
  if (!holding || !frame.entities.length) return undefined;
  const stake = stakeBetween(frame, context.index.snapshot.facts);
  if (!stake || !contradicts(holding, Number(stake.value))) return undefined;
  const { lang, aliases } = context;
  const owner = entityName(aliases, stake.entity, lang);
  const target = stake.counterparty ? entityName(aliases, stake.counterparty, lang) : '';
  const marker = citeFact(stake, context);
  const said = { whole: ['full ownership', '全资持有'], majority: ['majority control', '控股'], minority: ['a minority stake', '少数股权'] }[holding];
  const terms = controlTerms(stake, pool, context);
  const termsMarker = terms ? `[${context.book.cite(terms.paragraph.id, terms.text)}]` : '';
  // One sentence, so the stake and the terms that settle who decides are read together as the correction.
  if (lang === 'en') {
    const also = terms ? `; by the deal's terms, ${inSentence(asClause(terms.text), context)} ${termsMarker}` : '';
    const claimed = HOLDING_WORDS.find((entry) => entry.holding === holding)!.pattern.exec(frame.text)?.[0];
    const named = claimed && /^[a-z]+ control$/i.test(claimed) ? claimed.toLowerCase() : said[0];
    return `The reports don't support the premise of ${named}: they give ${owner} a ${figure(stake, 'en')} stake${target ? ` in ${target}` : ''} ${marker}${also}.`;
  }
  const also = terms ? (/\p{Script=Han}/u.test(terms.text) ? `;交易条款为:${asClause(terms.text)}${termsMarker}` : `;交易条款见:“${terms.text}”${termsMarker}`) : '';
  return `报告并不支持“${said[1]}”这一说法:报道给出的是${owner}持有${target}${figure(stake, 'zh')}的股份${marker}${also}。`;
}
