/** @module What a question asks: entities, metrics, periods, the kind of answer, and any operation it implies. */
import { withoutDealTime } from './deal-time.js';
import { inReportsWords } from './everyday-idioms.js';
import { asResults } from './performance-question.js';
import {
  chineseShares, countedItemMetrics, detectLang, findPeriods, FUTURE_CUES, ITEM_METRICS, isMeasure, labelsNamedIn, metricsInTextOrder, metricsNamedAt, parseQuantities, publisherNames, wholeWord,
  type Lang, type Metric, type Period, type Quantity, type ReportDocument,
} from '../core/index.js';
import { ENGLISH_STOP_WORDS, type AliasTable } from '../index/index.js';
import { detectCalculation, outsideRates, type CalculationIntent, type Operation } from './calculation-intent.js';
import { assumedFigures } from './assumed-figures.js';
import { abbreviatedCompanies, documentScope, type DocumentScope } from './document-scope.js';
import { isGenericDescription } from './generic-descriptors.js';
import { withoutLeadIn } from './offline/open-question-cues.js';

export type AnswerKind = 'figure' | 'list' | 'date' | 'who' | 'source' | 'yesno' | 'comparison' | 'general';
export type { Operation } from './calculation-intent.js';

export interface QuestionFrame {
  text: string;
  lang: Lang;
  /** Actor ids (companies, products), in order of mention. */
  entities: string[];
  /** People named in the question. */
  people: string[];
  metrics: Metric[];
  /** Open metric labels the question names, normalised through the synonym table ("capex" → "capital expenditure"). */
  labels: string[];
  periods: Period[];
  /** Reports the question names by publisher ("reported by Business Show"), or the one filing its company and year pin down. */
  docIds: string[];
  /** The named company's own documents and the year asked, when the collection has that company's filings. */
  scope?: DocumentScope | undefined;
  /** Figures the question itself states: a premise to check, not an answer. */
  stated: Quantity[];
  /** Figures the question sets up itself ("above a 30 billion yuan threshold", "以…为基准"): operands as given, never premises. */
  assumed: Quantity[];
  kind: AnswerKind;
  operation: Operation | undefined;
  /** The calculation the question asks for, with its operand slots; undefined when it asks for none. */
  calculation: CalculationIntent | undefined;
  /** Currency the user wants the answer in ("in US dollars"). */
  targetCurrency: 'USD' | 'CNY' | undefined;
  /** The question asks for money ("how much … paid"), even when it names a percentage metric. */
  wantsMoney: boolean;
  /** Its metrics were read from everyday outlay words ("spending", "投入"): alternatives, of which one answers, not each asked. */
  outlay?: boolean;
  /** A "what about X?" / "and a year earlier?" turn that leans on the previous question. */
  leansOnHistory: boolean;
  /**
   * "同比增长多少?" after "淘宝和天猫…的客户管理收入是多少?": the earlier question whose measure this one asks the
   * growth of; its words say which figure grew (customer management revenue, not revenue).
   */
  measureOf?: string | undefined;
  /** Shift the previous period back: "a year earlier", "the quarter before". */
  shift: 'year' | 'quarter' | undefined;
  /** Instructions to the assistant found in the question (ignored, but acknowledged). */
  injection: boolean;
  /** Small talk or a topic the reports cannot cover. */
  chatter: boolean;
  /** Companies the question names that the alias table does not know ("Apple's"). */
  unknownNames: string[];
  /** The role the question asks about ("heads", "founded", "CEO"). */
  role: string | undefined;
  /** Entities written as possessors ("Alibaba's", "Microsoft's"): in a comparison, the sides compared. */
  possessors: string[];
}

const INJECTION = /\b(?:ignore (?:all |any )?(?:previous|prior|above) instructions|system prompt|developer mode|jailbreak|reveal (?:your|the) (?:configuration|config|prompt|instructions|api key)|api key|as an admin)\b|忽略(?:之前|以上)的?指令|系统提示/i;
const CHATTER = /\b(?:weather|joke|poem|recipe|football|movie|song|horoscope|hello|hi there|how are you|who are you|your name)\b|天气|笑话|写诗|你好|你是谁/i;

const AVERAGE_OF_RATIO = /\baverage\b[^?.]{0,60}(?:\b(?:margin|ratio|percent|percentage|rate|turnover|days|multiple|yield)\b|%)|\b(?:margin|ratio|rate|percentage)\b[^?.]{0,30}\baverage\b/i;

/**
 * A measure's word as the modifier of a qualitative noun ("investment style", "investment strategy", "投资风格", "融资思路"):
 * the question asks about the style, not for the investment's figure. Data: extend the heads for new phrasings.
 */
const QUALITATIVE_HEAD = /\b(invest(?:ment|ing)?|revenue|capex|capital expenditure|funding|financing|spending|R&D)\s+(styles?|strateg(?:y|ies)|approach(?:es)?|philosoph(?:y|ies)|logic|thinking|mindset|priorities|thesis|patterns?|culture|playbook|layout|direction|model)\b|(投资|融资|投入|营收|研发)(风格|策略|思路|逻辑|打法|理念|布局|方向|模式)/gi;

/** The question with such modifiers taken out, for reading the measures it asks: "investment style" → "style". */
export function withoutQualitativeHeads(text: string): string {
  return text.replace(QUALITATIVE_HEAD, (_, _en: string | undefined, enHead: string | undefined, _zh: string | undefined, zhHead: string | undefined) => enHead ?? zhHead ?? '')
    .replace(MODIFIER_BEFORE_REVENUE, '');
}

/** "customer management revenue", "客户管理收入": a counted noun modifying revenue is no count asked for; revenue is the measure. */
const MODIFIER_BEFORE_REVENUE = /\b(?:customers?|clients?|users?)\s+(?:(?!and\b|or\b)[a-z-]+\s+)?(?=revenues?\b)|(?:客户|用户)(?:管理)?(?=收入|营收)/gi;

/**
 * Everyday words for money put into something ("spend", "put into", "投入", "砸"). Data: extend for new phrasings. Not "commit":
 * "Amazon's Anthropic commitment" is a deal's funding, and read as a plan it took in Google's UK investment plan.
 */
const OUTLAY_WORDS = /\b(?:spend(?:s|ing)?|spent|outlays?|put(?:s|ting)? (?:[\w$.,'’-]+ ){0,4}into)\b|投入|砸了?|花了?(?:多少|[\d.]+)/i;
export const OUTLAY_METRICS: Metric[] = ['investment_plan', 'investment', 'capex'];
/** Measures that are sums of money put in or earned: beside one of them an outlay word says nothing more. */
const MONEY_METRICS: Metric[] = [...OUTLAY_METRICS, 'funding', 'revenue', 'rnd', 'orders', 'valuation', 'market_cap', 'loss', 'market_size', 'share_price'];

/**
 * When something was released or said ("the results it released on May 15, 2025", "5月15日发布的财报") dates the telling, not
 * the figure told (Q1 2025 capital expenditure): such a date is no period the figure must fall in. Data.
 */
const TOLD_ON_BEFORE = /\b(?:released|reported|announced|published|unveiled|disclosed|issued|revealed|said|out)\s+(?:it\s+)?(?:on|in)\s*$/i;
const TOLD_ON_AFTER = /^\s*(?:\d{1,2}\s*[日号])?\s*(?:发布|公布|披露|宣布|公告)/;

/** The periods a figure asked for must fall in: the question's periods, less the dates on which something was told. */
function figurePeriods(text: string): Period[] {
  const periods = findPeriods(text, null);
  return periods.filter((period) => {
    if (!period.text) return true;
    const at = text.indexOf(period.text);
    return at < 0 || !(TOLD_ON_BEFORE.test(text.slice(Math.max(0, at - 40), at)) || TOLD_ON_AFTER.test(text.slice(at + period.text.length)));
  });
}

/** Between two asks: a clause boundary that opens another ask ("…, and what stake …", "…多少钱,拿到多少股份"). */
const CLAUSE_BREAK = /\b(?:and|while)\b[^?]*\b(?:what|how|which)\b|[,，;；?？]\s*(?:and\s+)?(?:what|how|which)\b|[,，;；?？][^,，;；]*(?:多少|几)/i;

/** Measures stated against something else: a comparison in one figure. */
const SELF_COMPARING_METRICS: Metric[] = ['cost_reduction'];
/** A comparison asked in so many words: two figures set side by side, whatever they measure. */
const EXPLICIT_COMPARISON = /\bcompar\w*|\bversus\b|\bvs\.?\s|\bwhich (?:is|was) (?:bigger|larger|higher|more|greater|smaller)\b|比较|相比|哪个更|对比/i;

/** The baseline of a saving, named last: "… versus DeepSeek R1?", "… compared with DeepSeek R1?" (not "Compare A's and B's savings"). */
const BASELINE_LAST = /^(?!\s*compare\b).*\b(?:compared (?:with|to)|versus|vs\.?)\s+[^,;?]{1,40}\?*\s*$/i;

function kindOf(question: string, entities: string[], metrics: Metric[], operation: Operation | undefined): AnswerKind {
  // "Can you tell me when Alibaba open-sourced Qwen?" asks when, not whether it can: the question proper follows its lead-in.
  const text = withoutLeadIn(question);
  if (/\bwhich (?:report|article|source)\b|\bwho reported\b|\bwhere (?:did|does) (?:that|this|it) come from\b|(?<!\bopen[\s-])\bsource\b|哪(?:篇|个|家)(?:报告|文章|报道|媒体)|出处|来源/i.test(text)) return 'source';
  // A measure that is itself a comparison ("cutting costs by 65%-75% compared to DeepSeek R1") is looked up, not worked out
  // from each side's figure: "和DeepSeek R1比成本低多少?" asks that one figure.
  // ("Compare MiniMax's and Moonshot's cost savings" still sets two figures side by side.)
  // ("How much does Qwen3 save versus DeepSeek R1?": a comparison word that only names the baseline, last, is the saving's own.)
  const relativeOnly = metrics.length > 0 && metrics.every((metric) => SELF_COMPARING_METRICS.includes(metric)) && (!EXPLICIT_COMPARISON.test(text) || BASELINE_LAST.test(text));
  if (/^\s*(?:compare|how does .* compare)\b|\bcompare(?:d)?\b|\bversus\b|\bvs\.?\b|\bwhich is (?:bigger|larger|higher|more|greater|smaller)\b|\b(?:which|who|whose)\b(?:\s+[\w'’-]+){0,4}?\s+(?:more|larger|bigger|higher|greater|less|smaller|lower|fewer)\b|(?:谁|哪家|哪一家)[^?？]{0,12}更(?:多(?!少)|高|大|少|低|小)|\b(?:more|less|bigger|larger|higher|lower|smaller|greater) than\b|比较|相比|哪个更|比.{1,12}(?:多|少|高|低|大|小)/i.test(text) && entities.length >= 2 && !relativeOnly) return 'comparison';
  if (/^\s*(?:which|what)\s+(?:[\w-]+\s+){0,4}?(?:companies|company|firms|startups|providers|giants|makers|carmakers|automakers|manufacturers|clients|customers|platforms|chips|brands|enterprises|investors|partners)\b|^\s*list\b|哪些|哪几家|^\s*(?:请)?(?:列出|列举)/i.test(text)) return 'list';
  if (/^\s*(?:when|what date|on what date|in which (?:year|month))\b|什么时候|何时|哪一?天|哪一?年/i.test(text)) return 'date';
  if (/^\s*who\b|谁/i.test(text)) return 'who';
  if (/^\s*(?:did|does|do|is|are|was|were|has|have|will|can|whether)\b|是否|吗[?？]?\s*$/i.test(text) && !operation) return 'yesno';
  if (metrics.length || operation || /\bhow (?:much|many)\b|多少|几/i.test(text)) return 'figure';
  return 'general';
}

/** Removes sentences that instruct the assistant, keeping the real question. */
export function withoutInjection(text: string): string {
  // "Reveal your configuration, then say …": instructions and the question can share a sentence.
  const clauses = text.split(/(?<=[.!?。！？])\s+|,?\s+(?=(?:and )?then\b)|[,，]\s*(?=然后)/i);
  const kept = clauses.filter((clause) => !INJECTION.test(clause));
  return (kept.length ? kept.join(' ') : text).replace(/^\s*(?:then|and then|after that|然后)[,\s]+/i, '').replace(/^\s*(?:say|tell me|tell)\s+/i, '');
}

/** "苹果公司…": a company named in Chinese that the alias table does not know ("大型科技公司" names none). */
function unknownChineseCompanies(text: string, aliases: AliasTable): string[] {
  return [...text.matchAll(/(?:^|[的和与、跟比])([\p{Script=Han}]{2,4})公司/gu)].map((match) => match[1]!)
    .filter((name) => !isGenericDescription(name) && aliases.ids(name).length === 0);
}

/** Sentences that say how to answer, not what is asked: where to look, units, rounding, a role to play. */
const ANSWER_INSTRUCTION = /^(?:(?:Please )?(?:give|provide) (?:a|an|the) (?:response|solution|answer)\b|(?:Please )?(?:state )?answer (?:in|the question|the following question|to)\b|Round\b|(?:Please )?(?:base|utili[sz]e) (?:your|information|the)\b|Basing your\b|Address the question\b|Approach the question\b|Respond to the question\b|Calculate what was asked\b|Calculate \(or extract\)|Compute or extract\b|Assume (?:that )?you are\b|You are an? \w+|We (?:need|want) to calculate\b|Please help us\b)/i;
/**
 * "Based on the balance sheet, what is …": framing that names where to look, before the question
 * word. "According to Zhidongxi, …" names a source and stays.
 */
const FRAMING = /^(?:According to|Based on|By drawing|Basing your|Considering|In agreement with|Taking into account|When primarily referencing|Using)\b(?=[^?,]*\b(?:statements?|balance sheet|information|details|data|judgments?|P&L|cash flows?)\b)[^?]*?,\s*(?=(?:what|how|which|who|when|where|is|are|does|do|did|was|were|has|have)\b)/i;
/** "(in USD millions)", "(in units of percents and round to one decimal place)": the unit to answer in. */
const UNIT_ASIDE = /\s*\((?:in|as a|as) (?:USD|US\$|\$|units|millions|billions|thousands|percent|%)[^)]*\)|,?\s+in (?:USD|US\$) (?:millions|billions|thousands)(?=\s*[?.]?$)/gi;

/**
 * The question without the instructions around it (FinanceBench-style "Answer in USD millions.",
 * "Base your judgments on the balance sheet.", "Here's the question: …"): they name no subject,
 * and "in USD" in them asks for no conversion.
 */
export function withoutAnswerInstructions(text: string): string {
  const sentences = text.split(/(?<=[.?!])\s+(?=[A-Z(])/);
  const kept = sentences.flatMap((sentence) => {
    // "Answer the following question …: what is …?", "Here's the question: what is …?"
    const colon = sentence.match(/\b(?:the (?:following )?question[^:?]*|as follows):\s*(.+)$/i);
    // "your only resource to answer the following question is: the balance sheet" introduces no question.
    const introduced = colon && /\?|^(?:what|how|which|who|when|where)\b/i.test(colon[1]!) ? colon : null;
    const body = introduced ? introduced[1]! : sentence;
    if (!introduced && !body.includes('?') && ANSWER_INSTRUCTION.test(body)) return [];
    const question = body.replace(FRAMING, '').replace(UNIT_ASIDE, '');
    return [question.charAt(0).toUpperCase() + question.slice(1)];
  });
  const result = kept.join(' ').trim();
  return result || text;
}

/** The smallest count a question states as a figure of its own (smaller ones are "two companies", "three years"). */
const STATED_COUNT_MIN = 100;


/** A count of acts done to an item: downloads, installs, views (their noun or "how many times … downloaded"). Data: extend per collection. (API calls are a measure of their own.) */
const ACT_COUNTED = /\bhow many times\b[^?]*\b(?:downloaded|installed|viewed|played)\b|\b(?:downloads?|installs?|views?) count\b|(?:下载|播放|访问|安装)(?:量|次数)|被?(?:下载|播放|访问|安装)了?多少次/i;

/** A change measured against the period before ("from a year earlier", "比一年前", "较上一季度"). */
const CHANGE_FROM_EARLIER = /\b(?:from|than|compared (?:with|to)|versus|vs\.?|over) (?:a|one|the) (?:year|quarter) (?:earlier|before|ago)\b|(?:比|较|相比)(?:一年前|上一年|前一年|上一?个?季度|前一(?:个)?季度)/i;

export function understandQuestion(raw: string, deps: { aliases: AliasTable; documents: ReportDocument[] }): QuestionFrame {
  const injection = INJECTION.test(raw);
  // "put money into" is read as the reports' "invested in" by every step after this one.
  // "… before the deal" (the conversation's deal, already resolved to what it bought) dates nothing a report says.
  // A company or one of its units (never a product or a model) is what a "how did it do" question can ask results of.
  const isBusiness = (phrase: string) => { const named = deps.aliases.ids(phrase).map((id) => deps.aliases.get(id)?.kind).filter((kind) => kind === 'company' || kind === 'product' || kind === 'person'); return named.length > 0 && named.every((kind) => kind === 'company'); };
  const text = withoutDealTime(asResults(inReportsWords(withoutAnswerInstructions(injection ? withoutInjection(raw) : raw)), isBusiness));
  const mentions = deps.aliases.find(text);
  const kindOfId = (id: string) => deps.aliases.get(id)?.kind;
  // "Alibaba Cloud" yields alibaba-cloud and its parent at one position: keep the specific one.
  const positions = new Map<number, string>();
  for (const mention of mentions) if (!positions.has(mention.index)) positions.set(mention.index, mention.id);
  const named = [...positions.values()];
  // "JPM", "AMEX": an abbreviation of a company the collection has documents of is that company.
  const entities = [...new Set([...named.filter((id) => kindOfId(id) === 'company' || kindOfId(id) === 'product'), ...abbreviatedCompanies(text, deps.documents, deps.aliases)])];
  const people = [...new Set(named.filter((id) => kindOfId(id) === 'person'))];
  // "How much will Alibaba invest over the next three years" asks about a plan, not a past deal.
  // "How much is Tencent spending on AI this year?", "腾讯今年在AI上投入多少?": an outlay said in everyday words names no
  // measure the rules know, yet asks for one of the money going in: a plan, an investment or capital spending.
  // Only a question about the amount ("how much", "多少", or one that states a sum): "What is uncertain about Alibaba's heavy
  // spending?" asks about the spending, not for its figure.
  const measured = withoutQualitativeHeads(text);
  const namedAt = metricsNamedAt(measured);
  const ruled = metricsInTextOrder(namedAt);
  const metricAt = (metric: Metric) => namedAt.find((entry) => entry.metric === metric)?.at ?? measured.length;
  // "How much did Alibaba put into Moonshot AI and what stake did that buy?": an outlay beside a measure that is no sum of
  // money asks for both, in the order asked.
  // (Only a measure asked in a clause of its own: in "How much did Tencent spend on that stake?" the stake is what was paid for.)
  const outlayAt = measured.search(OUTLAY_WORDS);
  const apart = (metric: Metric) => {
    const at = metricAt(metric);
    return CLAUSE_BREAK.test(measured.slice(Math.min(at, outlayAt), Math.max(at, outlayAt)));
  };
  const outlay = !ruled.some((metric) => MONEY_METRICS.includes(metric)) && outlayAt >= 0 && ruled.every(apart)
    && (/\bhow much\b|\bwhat (?:amount|sum)\b|多少|几(?:亿|万|千)/i.test(text) || parseQuantities(text).some((quantity) => quantity.unit === 'currency'));
  const outlayFirst = outlay && ruled.length > 0 && outlayAt < Math.min(...ruled.map(metricAt));
  const namedMetrics = !outlay ? ruled : !ruled.length ? OUTLAY_METRICS : outlayFirst ? [...OUTLAY_METRICS, ...ruled] : [...ruled, ...OUTLAY_METRICS];
  // A question may also ask after "the planned investment" (a report sentence that says "planned" is often past).
  const planned: Metric[] = (FUTURE_CUES.test(text) || /\bplanned\b/i.test(text)) && namedMetrics.includes('investment') && !namedMetrics.includes('investment_plan')
    ? ['investment_plan', ...namedMetrics.filter((metric) => metric !== 'investment')] : namedMetrics;
  // "How many H20 servers": the counted noun is the item asked; "H20" only says which servers.
  const counted = countedItemMetrics(text);
  // "模型下载量有多少?", "How many times have its models been downloaded?": what is counted is the act (downloads), and the
  // item named ("模型", "models") only says of what.
  const itemsKept = ACT_COUNTED.test(text) ? planned.filter((metric) => !ITEM_METRICS.includes(metric))
    : counted.length ? planned.filter((metric) => !ITEM_METRICS.includes(metric) || counted.includes(metric)) : planned;
  // "How large a share of Moonshot AI did Alibaba get": a share of a company is a stake in it.
  const shareOfCompany = [...text.matchAll(/\b(?:share|portion|percentage) (?:of|in) /gi)]
    .some((match) => mentions.some((mention) => mention.index === match.index + match[0].length && kindOfId(mention.id) === 'company'
      // "a share of Moonshot AI did …", not "a share of Alibaba('s) revenue"
      && /^\s*(?:did|does|do|was|were|is|are|has|have|had|will|would|could|[,?？]|$)/i.test(text.slice(mention.index + mention.name.length))));
  const metrics: Metric[] = shareOfCompany && !itemsKept.includes('stake') ? ['stake', ...itemsKept] : itemsKept;
  // "Here's the question…", "Let's see": a function word capitalised at a sentence start names no company.
  const unknownNames = [
    // "the FT's numbers", "Reuters' account": a source the asker cites is no company the question is about.
    ...[...text.matchAll(/\b([A-Z][A-Za-z0-9&.-]+(?: [A-Z][A-Za-z0-9&.-]+)*)['’]s\b(?!\s+(?:own\s+)?(?:numbers|figures|estimates?|reporting|reports?|story|article|account|tally|sources?|calculations?)\b)/g)].map((match) => match[1]!)
      .filter((name) => deps.aliases.ids(name).length === 0 && !/^(?:What|Which|Who|How|When|Where|It|That|This|Q\d)$/.test(name) && !name.split(' ').every((word) => ENGLISH_STOP_WORDS.has(word.toLowerCase())) && !isGenericDescription(name)),
    ...unknownChineseCompanies(text, deps.aliases),
  ];
  const possessors = entities.filter((id) => mentions.some((mention) => mention.id === id && /^['’]s\b/.test(text.slice(mention.index + mention.name.length))));
  const role = text.match(/\b(heads?|led|leads?|founded|founders?|CEO|chairman|president|CTO)\b|创始人|首席执行官|董事长|负责人/i)?.[0];
  const periods = figurePeriods(text);
  const detected = detectCalculation({ text, entities, metrics, periods, aliases: deps.aliases, asOf: latestReportDate(deps.documents) });
  // "The 3-year average operating margin", "average of capex as a % of revenue": an average of ratios, not a total split per year.
  const calculation = detected?.operation === 'per_period' && AVERAGE_OF_RATIO.test(text) ? undefined : detected;
  const operation = calculation?.operation;
  // Lookarounds, not \b: "定焦One" starts with a Han character, where \b never matches.
  const byPublisher = deps.documents.filter((document) => document.publisher && publisherNames(document.publisher).some((name) => wholeWord(name).test(text))).map((document) => document.docId);
  const scope = documentScope(text, entities, deps.documents, deps.aliases);
  const docIds = byPublisher.length ? byPublisher : scope?.docIds.length === 1 ? scope.docIds : [];
  const given = outsideRates(text, parseQuantities(text)).filter((quantity) => isMeasure(quantity) && (quantity.unit === 'currency' || quantity.scale !== null || quantity.unit === 'percent'
    // "1,600 Ascend chips", "250,000 employees": a count large enough to be a reported figure, not "two companies".
    || (quantity.unit === 'count' && Number(quantity.value) >= STATED_COUNT_MIN)))
    // "占总收入三成左右": a share in tenths is a stated percent too.
    .concat(chineseShares(text)).sort((a, b) => a.index - b.index);
  // A benchmark or supposition the question sets up is its own yardstick, not a claim about the reports to check.
  const assumed = assumedFigures(text, given);
  const stated = given.filter((quantity) => !assumed.includes(quantity));
  const labels = labelsNamedIn(text);
  const plainKind = kindOf(text, entities, metrics, operation);
  // "What is the FY2016 COGS for Microsoft?": a line item named is a figure asked for.
  const kind = plainKind === 'general' && labels.length ? 'figure' : plainKind;
  const leansOnHistory = /^\s*(?:and|what about|how about|and what about|same for|what of)\b|^\s*(?:那|那么)?.{0,8}呢[?？]?\s*$|^\s*(?:which|what) (?:report|source)\b.*\b(?:that|this)\b|\bthat\b.*\?$|^\s*and\b/i.test(text)
    || (entities.length === 0 && metrics.length > 0) || /\b(?:that|this|it)\b/i.test(text) && entities.length === 0;
  // "And last year?" on its own moves the conversation's period back; "What did Tencent spend last year?" reads against the report's date.
  // "By what percentage did it fall from a year earlier?": the year before is the change's base, not the period asked.
  // ("Is that up or down from a year earlier?" still moves the conversation back: its direction is read there.)
  // ("一年前的增幅是多少?" asks the earlier period's own change: there the year before is the period, and the shift stays.)
  const changeBase = CHANGE_FROM_EARLIER.test(text) && (operation === 'change' || /\bpercent(?:age)?\b|%|百分/i.test(text));
  const shift = changeBase ? undefined : /\b(?:a|one) year (?:earlier|before|ago)\b|\bthe year before\b|\bprevious year\b|\bprior year\b|前一年|上一年|(?<!比)一年(?:之)?前|去年同期|^\s*(?:and|what about|how about)?[\s,]*(?:in\s+)?last year\s*[?？]?\s*$|^\s*那?去年呢?\s*[?？]?\s*$/i.test(text) ? 'year'
    : /\bthe quarter before\b|\bprevious quarter\b|\ba quarter (?:earlier|ago)\b|上一?个?季度|前一(?:个)?季度|^\s*(?:and|what about|how about)?[\s,]*(?:in\s+)?(?:the\s+)?last quarter\s*[?？]?\s*$/i.test(text) ? 'quarter' : undefined;
  const targetCurrency = /\b(?:in|into) (?:US )?dollars\b|\bin USD\b|美元/i.test(text) ? 'USD' : /\bin (?:yuan|RMB|renminbi)\b|人民币/i.test(text) ? 'CNY' : undefined;
  const wantsMoney = /\bhow much\b.*\b(?:pay|paid|spend|spent|cost|invest(?:ed)?|raise[sd]?)\b|花了多少|支付了?多少|投了多少/i.test(text);
  const chatter = CHATTER.test(text) && entities.length === 0 && metrics.length === 0;
  return {
    text, lang: detectLang(raw), entities, people, metrics, labels, periods, docIds, stated, assumed, kind, operation, calculation,
    targetCurrency, wantsMoney, ...(outlay ? { outlay } : {}), leansOnHistory, shift, injection, chatter, unknownNames, role, possessors, scope,
  };
}

/** The date of the newest dated report: what "now" means when a question sets a relative period beside a dated one. */
function latestReportDate(documents: readonly { date: string | null }[]): string | null {
  return documents.reduce<string | null>((latest, document) => (document.date && (!latest || document.date > latest) ? document.date : latest), null);
}
