/**
 * @module A share the question states in words ("cloud already brings in more than half of Alibaba's revenue",
 * "云智能集团已经贡献了阿里一半以上的收入", "most of the market") checked against the share the reports give the
 * same company for the same measure (13% of revenue): corrected only when the reported figure lies outside what the
 * words allow. A share said as a figure ("30%", "三成") is the figure checks' (`premise-check.ts`).
 */
import { periodsOverlap, type Fact, type Metric } from '../../core/index.js';
import { entityName, figure } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import type { PlannerContext } from './planner-context.js';
import { citeFact } from './state-facts.js';

/**
 * Shares said in words and the range of percentages each allows, most specific first (a "more than half" is not
 * read as "half"). Data: extend for new phrasings.
 */
const SHARE_WORDS: { pattern: RegExp; min: number; max: number }[] = [
  { pattern: /\b(?:more than|over|above|upwards of|at least|well over) half\b|\b(?:the )?(?:majority|bulk|lion's share) of\b|\bmost of\b|一半以上|(?:超过|多于|高于)[^，,。]{0,12}一半|超过半数|过半|大半|大部分|绝大部分|大多数|大头|半壁江山以上/i, min: 50, max: 100 },
  { pattern: /\b(?:nearly|almost|virtually) all\b|几乎全部|几乎所有/i, min: 85, max: 100 },
  { pattern: /\b(?:less than|under|below|not even) half\b|(?:不到|少于|不足|低于)[^，,。]{0,12}一半|一半不到/i, min: 0, max: 50 },
  { pattern: /\btwo[- ]thirds of\b|三分之二/i, min: 58, max: 75 },
  { pattern: /\b(?:a|one)[- ]third of\b|三分之一/i, min: 25, max: 42 },
  { pattern: /\b(?:a|one)[- ]quarter of\b(?! (?:19|20)\d{2})|四分之一/i, min: 18, max: 32 },
  { pattern: /(?<!\b(?:first|second|1st|2nd|the)\s)\bhalf (?:of|its|their)\b|半壁江山|一半/i, min: 40, max: 60 },
];

/** The measure a share is of, by the words the question uses for it. Data: extend with new share metrics. */
const SHARE_MEASURES: { metric: Metric; pattern: RegExp; said: [string, string] }[] = [
  { metric: 'revenue_share', pattern: /\b(?:revenues?|sales|income|turnover)\b|收入|营收|营业额/i, said: ['share of revenue', '收入占比'] },
  { metric: 'market_share', pattern: /\bmarket\b|市场|份额/i, said: ['market share', '市场份额'] },
];

interface StatedShare {
  words: string;
  min: number;
  max: number;
}

/** The share the question states in words, if any, with the range it allows. */
export function shareInWords(text: string): StatedShare | undefined {
  for (const entry of SHARE_WORDS) {
    const found = text.match(entry.pattern);
    if (found) return { words: found[0], min: entry.min, max: entry.max };
  }
  return undefined;
}

/** Words of a part's names that say which part it is once its parent's name is gone ("Alibaba Cloud" → cloud). */
const GENERIC_NAME_WORDS = new Set(['group', 'intelligence', 'holdings', 'limited', 'and', 'the']);

/**
 * Parts of an asked company the question names by their own word only ("cloud already brings in … of Alibaba's
 * revenue" names Alibaba Cloud): the word left of a part's name once the parent's name is taken out.
 */
function partsNamedByWord(text: string, asked: string[], context: PlannerContext): string[] {
  const words = new Set(text.toLowerCase().match(/[a-z]+/g) ?? []);
  return context.aliases.entries.filter((entry) => entry.kind === 'company' && entry.parent && asked.includes(entry.parent)).filter((entry) => {
    const parentWords = new Set((context.aliases.get(entry.parent!)?.names ?? []).flatMap((name) => name.toLowerCase().split(/\s+/)));
    return entry.names.some((name) => {
      const own = name.toLowerCase().split(/\s+/).filter((word) => /^[a-z]{4,}$/.test(word) && !parentWords.has(word) && !GENERIC_NAME_WORDS.has(word));
      return own.length > 0 && name.includes(' ') && own.every((word) => words.has(word));
    });
  }).map((entry) => entry.id);
}

/**
 * The reported share of an asked company for the measure the question names: one value, or none. A part named with
 * its parent ("云智能集团 … 阿里") is the share's owner, the parent the whole it is a share of.
 */
function reportedShare(frame: QuestionFrame, metric: Metric, context: PlannerContext): Fact | undefined {
  const named = frame.entities.filter((id) => context.aliases.get(id)?.kind === 'company');
  const asked = [...named, ...partsNamedByWord(frame.text, named, context).filter((id) => !named.includes(id))];
  const parents = new Set(asked.map((id) => context.aliases.get(id)?.parent).filter(Boolean));
  const owners = asked.some((id) => !parents.has(id)) ? asked.filter((id) => !parents.has(id)) : asked;
  const dated = frame.periods.filter((period) => period.from && period.to);
  const facts = context.index.snapshot.facts.filter((fact) => fact.metric === metric && fact.unit === 'percent' && !fact.disputed && fact.entity && owners.includes(fact.entity)
    && (!dated.length || !fact.period.from || dated.some((period) => periodsOverlap(period, fact.period))));
  return new Set(facts.map((fact) => fact.value)).size === 1 ? facts[0] : undefined;
}

export function sharePremise(frame: QuestionFrame, context: PlannerContext): string | undefined {
  if (!frame.entities.length) return undefined;
  const stated = shareInWords(frame.text);
  if (!stated) return undefined;
  const measure = SHARE_MEASURES.find((entry) => entry.pattern.test(frame.text));
  if (!measure) return undefined;
  const fact = reportedShare(frame, measure.metric, context);
  if (!fact) return undefined;
  const value = Number(fact.value);
  if (value >= stated.min && value <= stated.max) return undefined;
  const owner = entityName(context.aliases, fact.entity, context.lang);
  const words = stated.words.toLowerCase().replace(/\s+(?:of|its|their)$/, '');
  // The question's words are repeated, not a figure of its own: every number said is the reports'.
  if (context.lang === 'en') return `The share in the question is not the reports': they give ${figure(fact, 'en')} as ${owner}'s ${measure.said[0]}, not ${words} ${citeFact(fact, context)}${largestShare(fact, context)}.`;
  return `问题中的比例与报道不符:报道给出的${owner}的${measure.said[1]}是${figure(fact, 'zh')},并非${stated.words}${citeFact(fact, context)}${largestShare(fact, context)}。`;
}

/** After a corrected share, the clause giving the largest share of the same whole, when another part has it ("; the largest share they give is …"). */
export function largestShare(fact: Fact, context: PlannerContext): string {
  if (!SHARE_MEASURES.some((measure) => measure.metric === fact.metric)) return '';
  const largest = largerSibling(fact, context);
  if (!largest) return '';
  const other = entityName(context.aliases, largest.entity, context.lang);
  return context.lang === 'en'
    ? `; the largest share they give is ${other}'s ${figure(largest, 'en')} ${citeFact(largest, context)}`
    : `;报道给出的最大份额是${other}的${figure(largest, 'zh')}${citeFact(largest, context)}`;
}

/**
 * The largest share the reports give another part of the same whole for the same measure, when larger than the
 * corrected one: where the share the question misplaced really lies (Taobao and Tmall's 48.7% of Alibaba's revenue).
 */
export function largerSibling(fact: Fact, context: PlannerContext): Fact | undefined {
  const parent = fact.entity ? context.aliases.get(fact.entity)?.parent : undefined;
  if (!parent) return undefined;
  const siblings = context.index.snapshot.facts.filter((other) => other.metric === fact.metric && other.unit === 'percent' && !other.disputed && other.entity
    && other.entity !== fact.entity && context.aliases.get(other.entity)?.parent === parent && Number(other.value) > Number(fact.value));
  return siblings.sort((a, b) => Number(b.value) - Number(a.value))[0];
}
