/**
 * @module Rule-based fact extraction: every figure in a paragraph becomes a fact with its entity,
 * metric, period and the verbatim sentence that states it.
 */
import {
  countedHeadBefore, DISPUTED, isVersionNumber, FUTURE_CUES, isMeasure, labelOfMetric, type Period, ITEM_METRICS, METRIC_RULES, resolvePeriod, splitSentences, TIME_UNITS, type Fact, type Metric, type Paragraph, type Quantity, type ReportDocument, parseQuantities,
} from '../core/index.js';
import { splitLongText } from './cap-paragraph-length.js';
import { collectionAliases, companyId, createAliasTable, searchableText, type AliasTable, type EntityMention } from '../index/index.js';
import { tableFacts } from './tables/index.js';



const ACTOR_KINDS = new Set(['company', 'product']);
const DEFAULT_REACH = 120;
/**
 * Longer "sentences" (a run with no full stop) are read clause by clause: placing each figure looks
 * across its whole sentence, so the work grows with the square of the sentence's length. The
 * longest real sentence in the first collection is 425 characters.
 */
const MAX_SENTENCE_CHARS = 600;
const DEICTIC_PERIOD = /\b(?:the|that|this|same) (?:quarter|year|period)\b|同期|当季/i;
/** "invested in X", "chips from X": X is the other party, not the actor. */
const OBJECT_BEFORE = /\b(?:in|into|from|with|to)\s+(?:[\w-]+\s+)?$/i;
/** "40% of Alibaba's deals", "raised by X": the actor named after the figure. */
const OWNER_AFTER = /^\s*(?:of|by)\s+$/i;

/** Where the counted noun of a figure sits: a few words after it, up to punctuation. */
function itemWindow(sentence: string, quantity: Quantity): { start: number; end: number } {
  const start = quantity.index + quantity.text.length;
  const rest = sentence.slice(start).match(/^[^,;.:()]{0,40}/)![0];
  const words = rest.match(/^\s*(?:\S+\s*){0,4}/)![0];
  return { start, end: start + words.trimEnd().length };
}

function metricFor(sentence: string, quantity: Quantity): Metric | undefined {
  const start = quantity.index;
  const end = quantity.index + quantity.text.length;
  if (quantity.unit === 'count' || quantity.unit === 'number') {
    const window = itemWindow(sentence, quantity);
    let counted = sentence.slice(window.start, window.end);
    // "53,000 Nvidia and 90,000 domestic AI chips": both figures count the noun after the second.
    const coordinated = sentence.slice(window.start).match(/^[^,;.]{0,20}?\b(?:and|or|to)\s+[\d,.]+\s+((?:\S+\s*){0,4})/);
    if (coordinated) counted += ` ${coordinated[1]}`;
    // "30 million hours of free GPU computing power" counts hours: the GPU named after them is not what is counted.
    if (quantity.item && TIME_UNITS.test(quantity.item.split(/\s+/)[0]!)) return quantity.scale ? 'other' : undefined;
    const byItem = METRIC_RULES.find((rule) => ITEM_METRICS.includes(rule.metric) && new RegExp(rule.pattern.source, 'i').test(counted));
    if (byItem) return byItem.metric;
    // "model downloads have exceeded 100 million" counts downloads: "model" only says which.
    const namedBefore = countedHeadBefore(sentence, start);
    if (namedBefore) return METRIC_RULES.find((rule) => ITEM_METRICS.includes(rule.metric) && [namedBefore, `${namedBefore}s`].some((noun) => new RegExp(`^(?:${rule.pattern.source})$`, 'i').test(noun)))?.metric ?? 'other';
    if (quantity.item) return TIME_UNITS.test(quantity.item) && !quantity.scale ? undefined : 'other';
  }
  let best: { metric: Metric; distance: number } | undefined;
  for (const rule of METRIC_RULES) {
    if (!rule.units.includes(quantity.unit)) continue;
    for (const match of sentence.matchAll(rule.pattern)) {
      const matchEnd = match.index + match[0].length;
      // A keyword inside the figure itself ("up to 96%") says nothing about what it measures.
      if (match.index < end && matchEnd > start) continue;
      const distance = matchEnd <= start ? start - matchEnd : match.index - end;
      if (distance > (rule.reach ?? DEFAULT_REACH)) continue;
      if (!best || distance < best.distance) best = { metric: rule.metric, distance };
    }
  }
  if (best?.metric === 'investment' && FUTURE_CUES.test(sentence)) return 'investment_plan';
  return best?.metric;
}

interface ActorContext {
  sentence: string;
  mentions: readonly EntityMention[];
  /** Spans of counted nouns ("4 Nvidia H20 chips"): a brand there is not an actor. */
  itemSpans: { start: number; end: number }[];
  /** The last actor named earlier in the paragraph ("it", "its" refer back to it). */
  previous: EntityMention | undefined;
  /** Every actor named in the paragraph's earlier sentences, in order ("the platform" refers back to the last product), and whether it was an object there. */
  earlier: readonly (EntityMention & { object: boolean })[];
  label: EntityMention | undefined;
  /** The company the document is about: a figure whose sentence names no actor is its. */
  owner: EntityMention | undefined;
}

/** A company or product that can own a figure: not one the alias table marks as only a bystander (a customer, a source). */
function canAct(aliases: AliasTable, id: string): boolean {
  const entry = aliases.get(id);
  return ACTOR_KINDS.has(entry?.kind ?? '') && !entry?.bystander;
}

function actorsIn(context: ActorContext, aliases: AliasTable): EntityMention[] {
  return context.mentions.filter((mention) =>
    canAct(aliases, mention.id) &&
    !context.itemSpans.some((span) => mention.index >= span.start && mention.index < span.end));
}

/** The actor a figure belongs to, in this order: its owner right after it ("40% of Alibaba's"), named before it (not as an object), earlier in the paragraph, after it, the entry's label. */
function entityFor(context: ActorContext, quantity: Quantity, aliases: AliasTable): EntityMention | undefined {
  const actors = actorsIn(context, aliases);
  const end = quantity.index + quantity.text.length;
  const owner = actors.find((mention) => mention.index > end && OWNER_AFTER.test(context.sentence.slice(end, mention.index)));
  if (owner) return owner;
  const subjects = actors.filter((mention) => !OBJECT_BEFORE.test(context.sentence.slice(0, mention.index)));
  const before = subjects.filter((mention) => mention.index < quantity.index);
  const nearestBefore = before.reduce<EntityMention | undefined>((found, mention) => (!found || mention.index > found.index ? mention : found), undefined);
  // "DeepSeek's success disrupted …; now, firms with even modest resources (e.g., 2,000 GPUs) could engage": a figure in a
  // later clause whose own subject is a generic plural belongs to those firms, not to the company named before the clause.
  if (nearestBefore && genericClauseBetween(context.sentence.slice(nearestBefore.index, quantity.index))) return undefined;
  if (nearestBefore) return nearestBefore;
  return describedEarlier(context, quantity, aliases) ?? context.previous ?? actors.find((mention) => mention.index > quantity.index) ?? actors[0] ?? context.label ?? context.owner;
}

/**
 * The kind of actor a definite description names: "Alibaba Cloud touts its ModelScope community … the platform has
 * contributed 30 million hours": the platform is the product named last, not the company that leads the sentence before. Data.
 */
const DESCRIBED_KIND: { pattern: RegExp; kind: string; acted: boolean }[] = [
  // A product described is as often what was acted on ("… adding features to Yuanbao. The app now has …").
  { pattern: /\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:platform|community|app|application|chatbot|product|service)\b/i, kind: 'product', acted: false },
  // So is a startup ("Alibaba Cloud led a round in Moonshot AI. The startup raised …").
  { pattern: /\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:startup|unicorn)\b/i, kind: 'company', acted: false },
  // "The company" / "the firm" is the one that acts: "Tencent invested in Moonshot AI. According to the company, …" is Tencent.
  { pattern: /\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:company|firm)\b/i, kind: 'company', acted: true },
];

/** The earlier actor a definite description before the figure points back to: the last one named of the kind it describes. */
function describedEarlier(context: ActorContext, quantity: Quantity, aliases: AliasTable): EntityMention | undefined {
  // A sentence naming no actor is about the one it describes throughout ("downloads have exceeded 100 million, and the platform …").
  const before = actorsIn(context, aliases).length ? context.sentence.slice(0, quantity.index) : context.sentence;
  const described = DESCRIBED_KIND.find(({ pattern }) => pattern.test(before));
  if (!described) return undefined;
  const { kind, acted } = described;
  // The actor already carried forward, when it is of that kind ("Alibaba invested in Zhipu AI. The company also said …").
  if (acted && context.previous && aliases.get(context.previous.id)?.kind === kind) return context.previous;
  return context.earlier.findLast((mention) => aliases.get(mention.id)?.kind === kind && (!acted || !mention.object));
}

/** Between an actor and a figure: a clause break, then a clause led by a generic plural ("firms", "companies", "startups"). */
function genericClauseBetween(between: string): boolean {
  const clauses = between.split(/[;；]/);
  return clauses.length > 1 && /^\s*(?:\w+,\s*)?(?:(?:many|some|other|most|smaller|even)\s+)?(?:firms|companies|players|startups|enterprises|businesses|developers)\b/i.test(clauses.at(-1)!);
}

function counterpartyFor(context: ActorContext, quantity: Quantity, entity: string | undefined, aliases: AliasTable): string | null {
  const end = quantity.index + quantity.text.length;
  const match = context.sentence.slice(end).match(/^[^.;]{0,60}?\b(?:in|into)\s+/);
  if (!match) return null;
  const at = end + match[0].length;
  // "in Beijing-based Moonshot AI": the party may sit a word or two after "in".
  const mention = context.mentions.find((candidate) => candidate.index >= at && candidate.index <= at + 30 && candidate.id !== entity && aliases.get(candidate.id)?.kind === 'company');
  return mention?.id ?? null;
}

/** "Hanguang 800", "含光800", "Ascend 910B": a number inside a name the alias table knows is part of the name, not a quantity. */
function insideName(mentions: readonly EntityMention[], quantity: Quantity): boolean {
  return mentions.some((mention) => quantity.index >= mention.index && quantity.index < mention.index + mention.name.length);
}

function keeps(sentence: string, quantity: Quantity, metric: Metric | undefined, mentions: readonly EntityMention[]): boolean {
  if (isVersionNumber(sentence, quantity) || insideName(mentions, quantity)) return false;
  if (quantity.unit === 'number' || quantity.unit === 'count') return metric !== undefined && (Number(quantity.value) >= 10 || quantity.unit === 'count');
  return isMeasure(quantity);
}

export function extractFacts(document: ReportDocument, paragraphs: Paragraph[], aliases: AliasTable): Fact[] {
  const facts: Fact[] = [];
  const ownerId = companyId(aliases.entries, document.company);
  for (const paragraph of paragraphs) {
    // A table's cells are read by their row and column, not as figures in a sentence.
    if (paragraph.table) {
      facts.push(...tableFacts(document, paragraph).map((fact) => ({ ...fact, entity: companyId(aliases.entries, document.company) ?? null })));
      continue;
    }
    const text = paragraph.text;
    const sentences = splitSentences(text).flatMap((span) => (span.text.length > MAX_SENTENCE_CHARS ? splitLongText(span.text, MAX_SENTENCE_CHARS, 'clause').map((piece) => ({ text: piece })) : [span]));
    // A timeline date or glossary name on the first line frames every sentence after it.
    const label = paragraph.sectionKind === 'timeline' || paragraph.sectionKind === 'glossary' ? text.split('\n')[0]! : '';
    const labelEntity = label ? aliases.find(label).find((mention) => canAct(aliases, mention.id)) : undefined;
    const owner = ownerId ? { id: ownerId, name: document.company!, index: -1 } : undefined;
    let previous: EntityMention | undefined;
    const earlier: (EntityMention & { object: boolean })[] = [];
    let previousPeriod: Period | undefined;
    let counter = 0;
    sentences.forEach((sentence, sentenceIndex) => {
      if (sentence.text === label) return;
      const mentions = aliases.find(sentence.text);
      const nextSentence = sentences[sentenceIndex + 1]?.text ?? '';
      const disputed = DISPUTED.test(sentence.text) || /^(?:Subsequently, )?the news was denied|was later denied/i.test(nextSentence);
      const inSentence: Fact[] = [];
      const quantities = parseQuantities(sentence.text);
      const context: ActorContext = { sentence: sentence.text, mentions, itemSpans: quantities.filter((quantity) => quantity.unit === 'count' || quantity.unit === 'number').map((quantity) => itemWindow(sentence.text, quantity)), previous, earlier: [...earlier], label: labelEntity, owner };
      for (const quantity of quantities) {
        const metric = metricFor(sentence.text, quantity);
        if (!keeps(sentence.text, quantity, metric, mentions)) continue;
        const entity = entityFor(context, quantity, aliases);
        const period = resolvePeriod(sentence.text, document.date, quantity.index, quantity.index + quantity.text.length);
        // "… for the quarter": the sentence points back at the period the one before named.
        const pointsBack = !period.text && previousPeriod && DEICTIC_PERIOD.test(sentence.text);
        const framed = period.text ? period : pointsBack ? previousPeriod! : label ? resolvePeriod(label, document.date) : period;
        inSentence.push({
          id: `${paragraph.id}/f${++counter}`,
          entity: entity?.id ?? null,
          entityName: entity?.name ?? null,
          counterparty: counterpartyFor(context, quantity, entity?.id, aliases),
          metric: metric ?? 'other',
          ...(metric && labelOfMetric(metric) ? { label: labelOfMetric(metric)! } : {}),
          growthOf: null,
          value: quantity.value,
          ...(quantity.high ? { high: quantity.high } : {}),
          unit: quantity.unit,
          currency: quantity.currency,
          scale: quantity.scale,
          qualifier: quantity.qualifier,
          text: quantity.text,
          ...(quantity.item ? { item: quantity.item } : {}),
          period: framed,
          asOf: document.date,
          docId: document.docId,
          paragraph: paragraph.n,
          paragraphId: paragraph.id,
          quote: sentence.text,
          disputed,
          source: 'rules',
        });
      }
      for (const fact of inSentence) {
        if (fact.metric !== 'growth_rate') continue;
        const grown = inSentence.find((other) => other !== fact && other.metric !== 'growth_rate' && other.metric !== 'other');
        fact.growthOf = grown?.metric ?? (/revenue|营收|收入/i.test(sentence.text) ? 'revenue' : /capital expenditure|capex|资本开支/i.test(sentence.text) ? 'capex' : null);
      }
      facts.push(...inSentence);
      const actors = actorsIn(context, aliases).filter((mention) => !OBJECT_BEFORE.test(sentence.text.slice(0, mention.index)));
      previous = actors[0] ?? previous;
      earlier.push(...actorsIn(context, aliases).map((mention) => ({ ...mention, object: OBJECT_BEFORE.test(sentence.text.slice(0, mention.index)) })));
      const named = resolvePeriod(sentence.text, document.date);
      if (named.from) previousPeriod = named;
    });
  }
  // Whatever else read a figure (a table's cells) and found no actor: in a company's own document, it is the company's.
  return ownerId ? facts.map((fact) => (fact.entity ? fact : { ...fact, entity: ownerId, entityName: fact.entityName ?? document.company ?? null })) : facts;
}

/** The ingest hook: the seed aliases, the pairs and legal names this document states, and its own company. */
export function extractFactsForIngest(document: ReportDocument, paragraphs: Paragraph[]): Fact[] {
  const aliases = createAliasTable(collectionAliases([document], paragraphs.map(searchableText)));
  return extractFacts(document, paragraphs, aliases);
}
