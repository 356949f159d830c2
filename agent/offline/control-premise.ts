/**
 * @module A premise about how much of a company another holds, said in words rather than a figure ("Why did
 * Alibaba insist on majority control of Moonshot AI?", "阿里为什么要控股月之暗面?", "a minority stake"),
 * checked against the stake the reports give for the same two companies: 36% is no majority.
 */
import type { Fact } from '../../core/index.js';
import { entityName, figure } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import type { PlannerContext } from './planner-context.js';
import { citeFact } from './state-facts.js';

type Holding = 'majority' | 'minority' | 'whole';

/** Words that say how much is held, and the share each claims. Data: extend for new phrasings. */
const HOLDING_WORDS: { holding: Holding; pattern: RegExp }[] = [
  { holding: 'whole', pattern: /\b(?:wholly[- ]own\w*|fully own\w*|full ownership|100% (?:stake|ownership|control)|buy(?:ing)? (?:it |\S+ )?outright)\b|全资|全部股权|百分之百/i },
  { holding: 'majority', pattern: /\b(?:majority (?:stake|control|share|shareholder|ownership|holding)|controlling (?:stake|interest|shareholder)|(?:take|took|taking|gain|gained|gaining|have|has|had) control of)\b|控股|多数股权|大股东|控制权/i },
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

export function controlPremise(frame: QuestionFrame, context: PlannerContext): string | undefined {
  const holding = claimedHolding(frame.text);
  if (!holding || !frame.entities.length) return undefined;
  const stake = stakeBetween(frame, context.index.snapshot.facts);
  if (!stake || !contradicts(holding, Number(stake.value))) return undefined;
  const { lang, aliases } = context;
  const owner = entityName(aliases, stake.entity, lang);
  const target = stake.counterparty ? entityName(aliases, stake.counterparty, lang) : '';
  const marker = citeFact(stake, context);
  const said = { whole: ['full ownership', '全资持有'], majority: ['majority control', '控股'], minority: ['a minority stake', '少数股权'] }[holding];
  return lang === 'en'
    ? `The reports don't support the premise of ${said[0]}: they give ${owner} a ${figure(stake, 'en')} stake${target ? ` in ${target}` : ''} ${marker}.`
    : `报告并不支持“${said[1]}”这一说法:报道给出的是${owner}持有${target}${figure(stake, 'zh')}的股份${marker}。`;
}
