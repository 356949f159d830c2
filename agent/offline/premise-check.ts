/**
 * @module False premises: what a question takes for granted, checked against the reports for the same
 * subject and relation, and corrected in the answer's first sentence only on a real conflict.
 * - a figure given for the subject's relation that the reports give differently ("a 50% stake" → 36%);
 * - a direction or state the reports contradict for that subject ("why did its headcount grow" → it fell).
 * - a figure the question gives one company that the reports give only another (`misattributedPremise`).
 */
import { withoutNames } from './chinese-coverage.js';
import { ITEM_METRICS, lastItemWord, METRIC_RULES, metricsNamedIn, parseQuantities, sameAmount, type Fact, type Quantity, figureIndex } from '../../core/index.js';
import { entityName, figure, sourceName } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import { OPPOSITES, periodIndexTerms } from './aspect-terms.js';
import { multiWordNames, premiseOf } from './declarative.js';
import { coverage, periodMatch, questionTerms } from './evidence.js';
import { METRIC_WORDS } from './plan-refusal.js';
import type { PlannerContext } from './planner-context.js';
import type { PooledSentence, SentencePool } from './sentence-pool.js';
import { largestShare } from './share-premise.js';
import { citeFact } from './state-facts.js';
import { idsNamedIn } from './facts-about.js';
import { asClause, inSentence } from './text-candidates.js';
import { agreesAsStated, sameYearAs, statedYear } from './stated-figures.js';
import { ENGLISH_STOP_WORDS } from '../../index/index.js';
import { familyOf } from './company-kin.js';
import { isOtherParty } from './deal-party.js';

/** "Why did Alibaba pay $800 million for a 50% stake in Moonshot AI?" → the reports give 36%. */
export function figurePremise(frame: QuestionFrame, context: PlannerContext): string | undefined {
  if (!frame.entities.length || !frame.stated.length) return undefined;
  const asked = new Set(frame.entities);
  const facts = context.index.snapshot.facts.filter((fact) => fact.entity && asked.has(fact.entity) && !fact.disputed);
  // "Why did Alibaba commit $380 billion …?" names no measure the rules know; the same digits in another currency for
  // that company's money (380 billion yuan) are still the mix-up to correct.
  if (!frame.metrics.length) {
    for (const stated of frame.stated) {
      const subject = attributedTo(frame.text, stated, context);
      if (!subject) continue;
      // The deal's other party, when the question names one ("给宇树20亿元"), must be the fact's too: Kaola's $2 billion is not Unitree's.
      const others = boundParties(frame.text, stated, frame.stated, context).filter((id) => id !== subject && id !== context.aliases.get(subject)?.parent);
      const year = statedYear(frame.text, stated, frame.stated, frame.lang);
      const inOtherCurrency = wrongCurrency(stated, facts.filter((fact) => fact.entity === subject && sameYearAs(year, fact.period)
        && (others.length ? involves(fact, others, context) : !fact.counterparty || asked.has(fact.counterparty))));
      if (inOtherCurrency) return currencyCorrection(inOtherCurrency, stated, context);
    }
    return undefined;
  }
  for (const stated of frame.stated) {
    // Only a figure the question pins on one of its companies is a premise about that company ("智能语音…5亿元" names none the reports know).
    const subject = attributedTo(frame.text, stated, context);
    if (!subject) continue;
    // With the deal's other party named ("$20 billion for Kaola"), only facts about it are the same relation (not RT-Mart's $20 billion).
    const others = boundParties(frame.text, stated, frame.stated, context).filter((id) => id !== subject && id !== context.aliases.get(subject)?.parent);
    // The same subject, the same relation, the same counterparty when the fact has one, the year the question binds to the figure.
    const year = statedYear(frame.text, stated, frame.stated, frame.lang);
    // "about 100,000 H20 servers": a count names what it counts right after it, and only facts of that item are the same relation.
    const item = itemCounted(frame.text, stated);
    // "那笔300亿的H20服务器招标": a number that counts nothing by name, in a question that also names a sum of money (the
    // tender), may be that sum with its unit left out; it is no count to hold against the servers.
    if ((stated.unit === 'count' || stated.unit === 'number') && !item && frame.metrics.some((metric) => !ITEM_METRICS.includes(metric))) continue;
    const same = facts.filter((fact) => frame.metrics.includes(fact.metric) && (!item || fact.metric === item) && fact.unit === stated.unit && sameYearAs(year, fact.period)
      && (others.length ? involves(fact, others, context) : !fact.counterparty || asked.has(fact.counterparty)) && (stated.unit !== 'currency' || !stated.currency || fact.currency === stated.currency));
    const agrees = (fact: Fact) => agreesAsStated(frame.text, stated, fact);
    if (!same.some(agrees)) {
      // "Why did Alibaba commit $380 billion …?": the reports' figure has the same digits in another currency (380 billion
      // yuan). The amounts themselves are not compared across currencies; only that mix-up is corrected.
      const inOtherCurrency = wrongCurrency(stated, facts.filter((fact) => frame.metrics.includes(fact.metric) && sameYearAs(year, fact.period)
        && (others.length ? involves(fact, others, context) : !fact.counterparty || asked.has(fact.counterparty))));
      if (inOtherCurrency) return currencyCorrection(inOtherCurrency, stated, context);
      if (!same.length) continue;
    }
    if (same.some(agrees)) continue;
    // The question's figure is the subject's for some other relation: not a conflict, just another fact —
    // unless the question names the other party and that figure is not about it ("$80 billion in OpenAI").
    const object = frame.entities.length > 1;
    // (A count of another item is another fact: 100,000 A800 GPUs are no answer about 100,000 H20 servers.)
    if (facts.some((fact) => fact.unit === stated.unit && (!item || fact.metric === item) && agrees(fact) && (!object || (fact.counterparty !== null && asked.has(fact.counterparty))))) continue;
    // A figure a report gives for the same relation in a sentence naming the subject is the reports' own, whoever the extractor credited it to.
    // (With another party named, only such a sentence about that party: RT-Mart's $20 billion is not Kaola's price.)
    if (context.index.snapshot.facts.some((fact) => fact.unit === stated.unit && frame.metrics.includes(fact.metric) && (!item || fact.metric === item) && agrees(fact) && idsNamedIn(context.index, fact.quote).some((id) => asked.has(id))
      && (!others.length || involves(fact, others, context)))) continue;
    const values = new Set(same.map((fact) => fact.value));
    if (values.size !== 1) continue;
    const fact = same[0]!;
    return withOtherUse(sentenceFor(fact, context), stated, fact, others, context);
  }
  return undefined;
}

/** The item a stated count counts, by the last item word right after it ("100,000 H20 servers" → servers, "10万台H20服务器" → servers). */
function itemCounted(text: string, stated: Quantity): Fact['metric'] | undefined {
  if (stated.unit !== 'count' && stated.unit !== 'number') return undefined;
  // The noun phrase right after the count, up to a preposition ("1,600 chips for its servers" counts chips, not servers).
  const after = text.slice(stated.index + stated.text.length).match(/^[^,，。;；?？!！的]{0,24}?(?=\s+(?:for|in|of|with|from|to|at|on)\b|用于|给|为|$|[,，。;；?？!！的])/)?.[0] ?? '';
  // Its head is the last item word in it ("100,000 H20 servers": H20 only says which servers).
  return lastItemWord(after)?.metric;
}

/** The one fact whose figure has the stated amount's digits in another currency, when the reports give it in none other. */
function wrongCurrency(stated: Quantity, facts: Fact[]): Fact | undefined {
  if (stated.unit !== 'currency' || !stated.currency) return undefined;
  const money = facts.filter((fact) => fact.unit === 'currency' && fact.currency);
  // The amount in the stated currency is the reports' own (whatever else they give in it): nothing mixed up.
  if (money.some((fact) => fact.currency === stated.currency && sameAmount(fact, stated, 0.001))) return undefined;
  const digits = money.filter((fact) => fact.currency !== stated.currency && sameAmount({ ...fact, currency: null }, { ...stated, currency: null }, 0.001));
  if (new Set(digits.map((fact) => fact.metric)).size > 1) return undefined;
  return new Set(digits.map((fact) => fact.value)).size === 1 ? digits[0] : undefined;
}

/**
 * "Why did Microsoft put $80 billion into OpenAI?": the question's figure is the subject's for something else ("will
 * invest $80 billion in building a self-developed AI chip cluster"). After the correction, say what the reports give that
 * figure for, in the clause of the report's sentence that gives it, cited: the asker has mixed up two of its figures.
 */
export function withOtherUse(correction: string, stated: Quantity, corrected: Fact, others: string[], context: PlannerContext): string {
  // Only an amount, and that amount exactly, is telling enough: a percentage near the question's is some other measure's.
  if (stated.unit !== 'currency') return correction;
  const other = context.index.snapshot.facts.find((fact) => fact.entity === corrected.entity && fact !== corrected && !fact.disputed && fact.unit === 'currency'
    && sameAmount(fact, stated, 0.001) && (!stated.currency || fact.currency === stated.currency) && (!others.length || !involves(fact, others, context)));
  if (!other) return correction;
  const clause = other.quote.split(/[;；]/).find((part) => part.includes(other.text));
  if (!clause) return correction;
  const said = asClause(clause);
  const marker = citeFact(other, context);
  // The amount itself, as the question states it (exactly the report's): "exceeding $20 billion" is the report's wording, said in the clause.
  const amount = { ...other, qualifier: null };
  const body = correction.replace(/[.。]$/, '');
  if (context.lang === 'en') return `${body}; the ${stated.text.replace(/^(?:about|around|roughly|over|nearly|some)\s+/i, '')} they give is for something else: ${inSentence(said, context)} ${marker}.`;
  return /\p{Script=Han}/u.test(said)
    ? `${body};报道中的${figure(amount, 'zh')}另有所指:${said}${marker}。`
    : `${body};报道中的${figure(amount, 'zh')}另有所指:据${sourceName(context.documents.get(other.docId), 'zh')}:“${clause.trim()}”${marker}`;
}

/**
 * The report's own sentence ties the figure to the company: named last before the figure, the deal's other party,
 * or the only one of the two the sentence names ("About $1 billion … of Nvidia A800 GPUs" credited to Alibaba from an earlier sentence).
 */
function tiedTo(fact: Fact, company: string, context: PlannerContext): boolean {
  const named = context.aliases.find(fact.quote).map((mention) => mention.id);
  return namedJustBefore(fact, context) === company || fact.counterparty === company || (named.includes(company) && !named.includes(fact.entity ?? ''));
}

/** The company a report's sentence names last before the fact's figure: whose figure the sentence makes it. */
function namedJustBefore(fact: Fact, context: PlannerContext): string | undefined {
  const at = figureIndex(fact.quote, fact.text);
  return at < 0 ? undefined : companyNamedBefore(fact.quote, at, context);
}

/** The company a text names last before offset `at`: whose act or figure the text makes what stands there. */
export function companyNamedBefore(text: string, at: number, context: PlannerContext): string | undefined {
  return context.aliases.find(text).filter((mention) => mention.index < at && context.aliases.get(mention.id)?.kind === 'company').sort((a, b) => b.index - a.index)[0]?.id;
}


/**
 * A figure the question attributes to one company that the reports give only for another:
 * "Since Tencent took a 36% stake in Moonshot …" → the reports give 36% for Alibaba.
 */
export function misattributedPremise(frame: QuestionFrame, context: PlannerContext): string | undefined {
  if (!frame.entities.length) return undefined;
  // A company with no parent is its own family: an empty id would match every other parentless company.
  const family = (id: string) => familyOf(id, context.aliases);
  const asked = new Set(frame.entities.flatMap(family));
  for (const stated of frame.stated) {
    // Only a figure the question gives a company, named in its own clause before it ("Since Tencent took a 36% stake").
    const attributed = attributedTo(frame.text, stated, context);
    if (!attributed) continue;
    const same = context.index.snapshot.facts.filter((fact) => fact.entity && !fact.disputed && fact.unit === stated.unit && sameAmount(fact, stated, 0.001));
    // Of the report figures that size, those for the relation asked ("a 36% stake"), when any are.
    const ofRelation = same.filter((fact) => frame.metrics.includes(fact.metric));
    // Outside the relation asked, only an amount is telling enough to match across companies ("380 billion
    // yuan over three years" is Alibaba's whatever the question calls it); a percentage or a count of some
    // other measure is no evidence the asker misplaced it ("NetEase raised its AI spending by 40%").
    const sized = ofRelation.length ? ofRelation : same.filter((fact) => fact.unit === 'currency');
    // When the question names the other party ("acquire NetEase Kaola for $5 billion"), only a figure about that party is
    // the asker's misplaced one; a figure of that size about something else ($5 billion of chip orders) is no evidence.
    const objects = frame.entities.filter((id) => !family(attributed).includes(id));
    const matching = objects.length ? sized.filter((fact) => (fact.counterparty !== null && objects.includes(fact.counterparty)) || idsNamedIn(context.index, fact.quote).some((id) => objects.includes(id))) : sized;
    if (!matching.length || matching.some((fact) => family(fact.entity!).some((id) => asked.has(id)))) continue;
    // The report's own sentence ties the figure to that company too ("$1 billion … of Nvidia A800 GPUs"): no misattribution.
    if (matching.some((fact) => tiedTo(fact, attributed, context))) continue;
    const fact = matching[0]!;
    const owner = entityName(context.aliases, fact.entity, context.lang);
    const named = [entityName(context.aliases, attributed, context.lang)];
    return context.lang === 'en'
      ? `The reports give ${figure(fact, 'en')} for ${owner}, not ${named.join(' or ')} ${citeFact(fact, context)}.`
      : `报道中${figure(fact, 'zh')}对应的是${owner},而不是${named.join('或')}${citeFact(fact, context)}。`;
  }
  return undefined;
}

/**
 * Whether a fact is about the other party the question names: its counterparty, named in its sentence, or — when
 * the sentence names no other company ("Alibaba acquired it for $2 billion") — named in its paragraph.
 */
export function involves(fact: Fact, others: string[], context: PlannerContext): boolean {
  if (fact.counterparty !== null && others.includes(fact.counterparty)) return true;
  const named = idsNamedIn(context.index, fact.quote);
  if (others.every((id) => named.includes(id))) return true;
  const family = [fact.entity, fact.entity ? context.aliases.get(fact.entity)?.parent : undefined];
  if (named.some((id) => !family.includes(id) && context.aliases.get(id)?.kind === 'company')) return false;
  const paragraph = context.paragraphs.get(fact.paragraphId);
  const around = paragraph ? idsNamedIn(context.index, `${paragraph.text}\n${paragraph.original ?? ''}`) : [];
  return others.every((id) => around.includes(id));
}

/** Chinese party words that come before the deal's figure ("向Anthropic投资20亿美元"); the others follow it ("花200亿美元收购考拉"). */
const PARTY_BEFORE_FIGURE_ZH = /(?:对|向|给)\s*$/;
const CLAUSE_END = /[,，;；。?？!！]|\.(?!\d)/;
/** How far (characters) a deal's party may stand from its figure: "$13 billion investment in OpenAI", "paid $20 billion in 2019 for Kaola". */
const PARTY_REACH = 24;

/**
 * The other parties of the deal a stated figure is about: companies named as a party ("for Kaola", "收购考拉") in the
 * figure's own clause and bound to it rather than to another stated figure — in English the figure before the party
 * ("$13 billion investment in OpenAI"), in Chinese the figure after 对/向/给 and before 收购/买下. None when the
 * question names no party for this figure ("its $80 billion plan for an AI chip cluster").
 */
export function boundParties(text: string, stated: Quantity, all: Quantity[], context: PlannerContext): string[] {
  const figures = [...all].sort((a, b) => a.index - b.index);
  const parties: string[] = [];
  for (const mention of context.aliases.find(text)) {
    if (context.aliases.get(mention.id)?.kind !== 'company' || !isOtherParty(text, mention.index)) continue;
    // Next to it, in its clause: "$2 billion purchase of Kaola was its investment in RT-Mart" binds RT-Mart to no figure.
    const sameClause = (figure: Quantity) => {
      const [from, to] = figure.index < mention.index ? [figure.index + figure.text.length, mention.index] : [mention.index + mention.name.length, figure.index];
      return to - from <= PARTY_REACH && !CLAUSE_END.test(text.slice(from, to));
    };
    const before = figures.filter((figure) => figure.index < mention.index && sameClause(figure)).at(-1);
    const after = figures.find((figure) => figure.index > mention.index && sameClause(figure));
    const leadsFigure = PARTY_BEFORE_FIGURE_ZH.test(text.slice(Math.max(0, mention.index - 4), mention.index));
    const bound = leadsFigure ? after ?? before : before ?? after;
    if (bound === stated && !parties.includes(mention.id)) parties.push(mention.id);
  }
  return parties;
}

/** The company the question names last before a figure it states, in the same clause; undefined when none does. */
export function attributedTo(text: string, stated: Quantity, context: PlannerContext): string | undefined {
  // A company named as the other party ("向Anthropic投资", "invest in Anthropic") is not whose figure it is.
  // So is a company that is the object of an acquisition or investment ("Alibaba acquire NetEase Kaola for $5 billion").
  const party = (index: number) => isOtherParty(text, index);
  const mention = context.aliases.find(text).filter((candidate) => candidate.index < stated.index && context.aliases.get(candidate.id)?.kind === 'company' && !party(candidate.index)).sort((a, b) => b.index - a.index)[0];
  if (!mention || /[,，;；.。?？:：](?!\d)/.test(text.slice(mention.index + mention.name.length, stated.index))) return undefined;
  // "智谱AI超过25亿元的融资和智能语音5亿元的融资": the company's own figure comes first; a later one is whoever is named after it.
  // ("$800 million for a 50% stake" are both the company's: no second item is joined on.)
  const gap = text.slice(mention.index + mention.name.length, stated.index);
  const between = parseQuantities(gap).filter((quantity) => quantity.unit === 'currency' || quantity.unit === 'percent' || quantity.unit === 'count' || quantity.scale !== null);
  if (between.some((quantity) => /\b(?:and|&)\b|[和与及]/i.test(gap.slice(quantity.index + quantity.text.length)))) return undefined;
  return mention.id;
}

/** Shares and rates a premise most often misstates, named in words (the refusal table names only levels). */
const SHARE_WORDS: Record<string, [string, string]> = {
  revenue_share: ['share of revenue', '收入占比'], market_share: ['market share', '市场份额'], growth_rate: ['growth rate', '增速'], loss: ['loss', '亏损'],
};

/** Premise pairs that are a state of the subject itself, not of one of its measures. */
const SUBJECT_STATES = new Set(['openness', 'profit']);

/** A currency the way a reader says it, for the correction of a mix-up. */
const CURRENCY_WORDS: Record<string, [string, string]> = { CNY: ['yuan', '人民币'], USD: ['US dollars', '美元'], HKD: ['Hong Kong dollars', '港元'], GBP: ['pounds', '英镑'], EUR: ['euros', '欧元'] };

/** "… in yuan, not US dollars": the correction of a figure given in the wrong currency says so. */
function currencyCorrection(fact: Fact, stated: Quantity, context: PlannerContext): string {
  const [said, asked] = [CURRENCY_WORDS[fact.currency ?? ''], CURRENCY_WORDS[stated.currency ?? '']];
  if (!said || !asked) return sentenceFor(fact, context);
  return sentenceFor(fact, context, context.lang === 'en' ? ` (in ${said[0]}, not ${asked[0]})` : `(单位是${said[1]},不是${asked[1]})`);
}

/** The question's own figure is not repeated: every number in an answer must trace to the reports. */
function sentenceFor(fact: Fact, context: PlannerContext, note = ''): string {
  const { lang } = context;
  const owner = entityName(context.aliases, fact.entity, lang);
  const other = fact.counterparty ? entityName(context.aliases, fact.counterparty, lang) : '';
  const words = METRIC_WORDS[fact.metric] ?? SHARE_WORDS[fact.metric] ?? [fact.metric.replace(/_/g, ' '), '数据'];
  // A share misstated is followed by where the largest share of the same whole lies (Taobao and Tmall's 48.7% after cloud's 13%).
  return lang === 'en'
    ? `The figure in the question is not the reports': they give ${figure(fact, 'en')}${note} for ${owner}'s ${words[0]}${other ? ` in ${other}` : ''} ${citeFact(fact, context)}${largestShare(fact, context)}.`
    : `问题中的数字与报道不符:报道给出的${owner}${other ? `对${other}` : ''}的${words[1]}是${figure(fact, 'zh')}${note}${citeFact(fact, context)}${largestShare(fact, context)}。`;
}

/**
 * The sentence names the premise's subject, or names no company at all inside a paragraph that does
 * ("its loss … increased sevenfold" in a paragraph about Zebra Network).
 */
export function speaksOfSubject(sentence: PooledSentence, context: PlannerContext): boolean {
  if (sentence.subject === 1) return true;
  if (sentence.subject === 0) return false;
  return !context.aliases.ids(sentence.text).some((id) => context.aliases.get(id)?.kind === 'company');
}

/**
 * What a premise says went up or down, in index terms: its words without the companies, the dates and the
 * direction words ("Alibaba's headcount … during 2024" → headcount; "cut staff" → staff).
 */
function measureOf(text: string, pair: { a: RegExp; b: RegExp }, context: PlannerContext): Map<string, number> {
  const rest = withoutParties(text.replace(new RegExp(pair.a.source, 'gi'), ' ').replace(new RegExp(pair.b.source, 'gi'), ' '), context);
  const terms = questionTerms(context.index, rest, []).relation;
  return new Map([...terms].filter(([term]) => !term.startsWith('@') && !periodIndexTerms(context.index.tokenizer).has(term) && !/^(?:19|20)\d{2}$/.test(term) && !/^(?:during|since|over|past|back|down|up|by)$/.test(term) && !GENERIC_MEASURE_WORDS.has(term) && !ENGLISH_STOP_WORDS.has(term)));
}

const NAMED = new Set(['company', 'product', 'person']);

/**
 * The text without the companies, products and people it names (only the Chinese ones with `chineseOnly`): what is said
 * of them. (The alias table's generic terms, "staff", "员工", stay: they are the measure itself.)
 */
function withoutParties(text: string, context: PlannerContext, chineseOnly = false): string {
  return withoutNames(text, context.aliases, (mention) => NAMED.has(context.aliases.get(mention.id)?.kind ?? '') && (!chineseOnly || /\p{Script=Han}/u.test(mention.name)));
}

/** Words that only say a measure is a quantity ("staff numbers", "the headcount level"): the measure is the noun before them. */
const GENERIC_MEASURE_WORDS = new Set(['number', 'numbers', 'count', 'counts', 'level', 'levels', 'figure', 'figures', 'total', 'size']);

/**
 * Words a report uses for a measure a premise names in everyday words ("R & D expenditure" for "R&D spending", "employees"
 * for "staff"): for the premise check only, where the sentence's measure is compared with the premise's, so a report's
 * formal word does not hide the contradiction. (As general synonyms they would loosen every other match.) Data.
 */
const MEASURE_SYNONYMS: [RegExp, string][] = [[/\bexpenditures?\b/gi, 'spending'], [/\b(?:employees|workforce|headcount)\b/gi, 'staff']];

function withMeasureSynonyms(sentence: string): string {
  return MEASURE_SYNONYMS.reduce((text, [word, everyday]) => text.replace(word, (found) => `${found} ${everyday}`), sentence);
}

const DIRECTION_METRICS = new Set(['growth_rate', 'cost_reduction', 'other', 'deal_share']);

/**
 * The premise's words for a measure the sentence names too, in its own words: "capex" when the sentence says
 * "capital expenditure" (both are the capex measure of the metric vocabulary). They need not be repeated word for word.
 */
function measureWordsNamedAlike(premise: string, sentence: string, context: PlannerContext): Set<string> {
  const words = new Set<string>();
  for (const rule of METRIC_RULES) {
    // Directions and cuts ("up", "year-on-year", "cut") are what a premise claims, not the measure it is about.
    if (DIRECTION_METRICS.has(rule.metric)) continue;
    const own = premise.match(new RegExp(rule.pattern.source, 'gi'));
    if (!own || !new RegExp(rule.pattern.source, 'i').test(sentence)) continue;
    for (const phrase of own) for (const term of context.index.tokenizer.terms(phrase)) words.add(term);
  }
  return words;
}

/**
 * How far or how fast a premise says something moved ("drop so sharply", "grew dramatically", "大幅下降"): the size of
 * the claim, not the measure it is about, so no contradicting sentence need repeat it. Data.
 */
const DEGREE_WORDS = /\b(?:sharply|steeply|dramatically|drastically|significantly|substantially|considerably|markedly|noticeably|greatly|hugely|massively|rapidly|quickly|suddenly|abruptly|slightly|modestly|badly|heavily|much|that much|this much|a lot)\b|大幅(?:度)?|明显|急剧|骤然|这么多|那么多|这么快|那么快|如此/gi;

const NEGATED = /\b(?:not|no|never|yet to|without|hardly)\b[^.;,]{0,30}$|(?:没有|未|不)[^,，。]{0,4}$/i;

/** Where a sentence's clauses part: a comma or semicolon, or a word setting one against the other. */
const CLAUSE_BREAK = /(?<!\d)[,，](?!\d)|[;；]|\s(?:while|whereas|but|although|though|yet)\s|(?<![然从因])而(?!且)|但/giu;

/** The clause of `text` around offset `at`. */
function clauseAround(text: string, at: number): string {
  let start = 0;
  let end = text.length;
  for (const found of text.matchAll(CLAUSE_BREAK)) {
    if (found.index! < at) start = found.index! + found[0].length;
    else if (found.index! >= at) {
      end = found.index!;
      break;
    }
  }
  return text.slice(start, end);
}

/**
 * "Why did Alibaba's headcount grow during 2024?" when a report says Alibaba's employees were down from
 * the year before: the premise is named and the sentence that contradicts it quoted. The sentence must
 * name the subject itself, speak of the same thing (the premise's words or their synonyms), be about
 * the period the premise names, and say the opposite without a negation in front of it.
 */
export function oppositePremise(frame: QuestionFrame, pool: SentencePool, context: PlannerContext): string | undefined {
  if (!pool.terms.entities.length) return undefined;
  const premise = premiseOf(frame.text, context.lang, multiWordNames(frame.text, context.aliases));
  if (!premise) return undefined;
  for (const pair of OPPOSITES) {
    const assertsA = pair.a.test(premise);
    // "never turned a profit" holds "turned a profit": what one side says is not read as the other's.
    const assertsB = pair.b.test(premise.replace(new RegExp(pair.a.source, 'gi'), ' '));
    if (assertsA === assertsB) continue;
    const [claimed, opposite] = assertsA ? [pair.a, pair.b] : [pair.b, pair.a];
    // "never turned a profit" asserts a loss; a premise that negates its own side is not taken apart here.
    const match = premise.match(claimed);
    if (match && pair.name === 'direction' && NEGATED.test(premise.slice(0, match.index))) continue;
    // What the claim is about, without the claim itself ("Alibaba's headcount … during 2024"): the sentence must speak of that.
    const about = premise.replace(claimed, ' ').replace(/\b(?:keeps?|kept|still|continu\w*|always|even|really|so|has|have|had|been)\b|一直|仍然|还/gi, ' ').replace(DEGREE_WORDS, ' ');
    // A Chinese name read as words would bring its own translations ("宇树科技" → "technology"); an English one's words are the sentence's too.
    const premiseTerms = questionTerms(context.index, withoutParties(about, context, true), frame.unknownNames).relation;
    // A direction's words after its verb name what moved ("cut its R&D expenditure"); a state's words are the state
    // itself ("losing money" is the loss, not a measure called "money").
    const measureTerms = measureOf(`${about} ${pair.name === 'direction' ? match?.[0].replace(/^\S+\s*/, '') ?? '' : ''}`, pair, context);
    // (Whole words of the premise only: a name cut out of "customer management" leaves no word of its own.)
    const wholeWords = new Set(context.index.tokenizer.terms(premise));
    // "Alibaba's generative AI tools cut B2B product conversion by 52%": a cut's object is the measure, and the words
    // before the verb are who cut it, which a contradicting sentence may name otherwise ("Alibaba leverages generative AI").
    const object = match ? premise.slice((match.index ?? 0) + match[0].length).match(/^\s+((?:[\w&-]+\s+){1,5}?)by\s+\d/)?.[1] : undefined;
    const objectWords = object ? new Set(context.index.tokenizer.terms(object)) : undefined;
    // An English premise's measure is in its own words: the vocabulary's Chinese for "for years" (近年) is no measure to find.
    const measureWords = context.lang === 'en' ? new Map([...measureTerms].filter(([term]) => !/\p{Script=Han}/u.test(term))) : measureTerms;
    // "Why did it jump so much?" with "it" written out as a company: a rise of nothing named is no claim a fall contradicts.
    if (pair.name === 'direction' && !measureWords.size && !metricsNamedIn(premise).some((metric) => !DIRECTION_METRICS.has(metric))) continue;
    const ownWords = context.lang === 'en' ? new Map([...measureTerms].filter(([term]) => /^[a-z]/i.test(term) && wholeWords.has(term) && (!objectWords || objectWords.has(term)))) : new Map<string, number>();
    const alikeOf = new Map<string, Set<string>>();
    const alike = (text: string) => alikeOf.get(text) ?? alikeOf.set(text, measureWordsNamedAlike(premise, text, context)).get(text)!;
    // A state the reports also give the subject is not disputed ("Why did Alibaba open-source Tongyi Qianwen?": 2.0 was closed,
    // Qwen3 open): only when the premise names a version, and the sentences saying its side name another, is it the other.
    const versions = premise.match(/\d+\.\d+/g) ?? [];
    // (States of the subject itself only: "AI has far exceeded expectations" says nothing of capex against expectations.)
    if (SUBJECT_STATES.has(pair.name) && pool.sentences.some((sentence) => speaksOfSubject(sentence, context) && claimed.test(sentence.text) && versions.every((version) => sentence.text.includes(version)))) continue;
    // "Although both have cut back on their overall investments …, their focus on AI has grown stronger": a sentence that
    // also says the claimed direction (of something else) is read by the clause telling the opposite alone, and that clause
    // must name the measure; a sentence saying only the opposite is read whole.
    const opposed = (sentence: PooledSentence) => {
      const found = sentence.text.match(opposite);
      if (!found || NEGATED.test(sentence.text.slice(0, found.index))) return undefined;
      if (!claimed.test(sentence.text)) return sentence.text;
      const clause = clauseAround(sentence.text, found.index!);
      return claimed.test(clause) ? undefined : clause;
    };
    // Each sentence's opposing text is read once; the checks below read it.
    const contradicting = pool.sentences
      .filter((sentence) => speaksOfSubject(sentence, context))
      .map((sentence) => ({ sentence, said: opposed(sentence) }))
      .filter((entry): entry is { sentence: PooledSentence; said: string } => entry.said !== undefined)
      .filter(({ sentence }) => coverage(context.index, premiseTerms, sentence.text) >= 0.34)
      // Of the same measure: "Taobao's revenue … a 5% increase" names Alibaba and 2024, but none of the premise's own words
      // (its measure, "headcount"); "its loss … increased sevenfold" says one of "losses … in early 2025".
      .filter(({ said }) => !measureWords.size || coverage(context.index, measureWords, said) > 0 || alike(said).size > 0)
      // An English premise's measure words are the reports' own language: each must be spoken of ("cloud prices" is not
      // "stock price"). Figures are left to the naming check below; a Chinese premise is matched through translations.
      .filter(({ said }) => {
        const shared = alike(said);
        const own = new Map([...ownWords].filter(([term]) => !shared.has(term)));
        return !own.size || coverage(context.index, own, withMeasureSynonyms(said)) === 1;
      })
      .filter(({ sentence }) => periodMatch(premise, sentence.text, context.documents.get(sentence.paragraph.docId)?.date ?? null) !== 0)
      .sort((a, b) => b.sentence.coverage - a.sentence.coverage)[0]?.sentence;
    if (!contradicting) continue;
    const marker = `[${context.book.cite(contradicting.paragraph.id, contradicting.text)}]`;
    // The premise is named in the question's words only when its numbers are the cited sentence's too.
    const named = (premise.match(/\d[\d,.]*/g) ?? []).every((number) => contradicting.text.includes(number));
    // "JD.com will continue to invest …; Meituan's R & D expenditure … increase of 17.2%": the clause that contradicts is said.
    const parts = contradicting.text.split(/\s*[;；]\s*/);
    const own = parts.length > 1 ? parts.find((part) => opposite.test(part) && context.aliases.ids(part).some((id) => frame.entities.includes(id))) : undefined;
    const clause = asClause(own ?? contradicting.text);
    if (context.lang === 'en') return `The reports don't support ${named ? `the premise that ${premise}` : "the question's premise"}: ${inSentence(clause, context)} ${marker}.`;
    const han = /\p{Script=Han}/u.test(contradicting.text);
    return han
      ? `报告并不支持${named ? `“${premise}”这一说法` : '问题的前提'}:${clause}${marker}。`
      // An English quote under a Chinese question: the direction the reports give is said in the question's language first.
      : `报告并不支持${named ? `“${premise}”这一说法` : '问题的前提'},报道说的是${pair.said[assertsA ? 'b' : 'a'][1]}而非${pair.said[assertsA ? 'a' : 'b'][1]}:据${sourceName(context.documents.get(contradicting.paragraph.docId), 'zh')}:“${contradicting.text}”${marker}`;
  }
  return undefined;
}
