/** @module What a figure measures, read from the words near it: rules as data, in priority order. */
import type { QuantityUnit } from './numbers/index.js';
import { figureIndex } from './figure-index.js';
import type { Fact, Metric } from './types.js';

export interface MetricRule {
  metric: Metric;
  /** The figure's unit must be one of these for the rule to apply. */
  units: QuantityUnit[];
  pattern: RegExp;
  /** Keyword must lie within this many characters of the figure. */
  reach?: number;
  /**
   * Measures whose words inside this one's phrase are this one's, in a question: "投资" in "投资有多大比例投向" asks a deal
   * share, not an investment amount. (A revenue share claims no revenue: its parts are revenues, worked out from them.)
   */
  claims?: Metric[];
}

/**
 * "up" as growth: before a figure ("up 137-fold", "picked up 20%"), before "by"/"from"; otherwise only when it is no
 * phrasal verb's particle ("signed up", "set up", "set anything up", "make up the bulk", "catch-up") nor "up to" a ceiling. The verbs are data.
 */
const UP_PARTICLE_VERBS = ['sign(?:s|ed|ing)?', 'set(?:s|ting)?', 'rack(?:s|ed|ing)?', 'pick(?:s|ed|ing)?', 't[ao]ken?', 'takes', 'taking', 'took', 'mak(?:e|es|ing)', 'made',
  'open(?:s|ed|ing)?', 'ramp(?:s|ed|ing)?', 'scal(?:e|es|ed|ing)', 'catch(?:es|ing)?', 'caught', 'back(?:s|ed|ing)?', 'end(?:s|ed|ing)?', 'free(?:s|d)?', 'speed(?:s|ing)?', 'sped',
  'team(?:s|ed|ing)?', 'link(?:s|ed|ing)?', 'build(?:s|ing)?', 'built', 'buy(?:s|ing)?', 'bought', 'snap(?:s|ped|ping)?', 'giv(?:e|es|en|ing)', 'gave', 'step(?:s|ped|ping)?',
  'stack(?:s|ed|ing)?', 'lin(?:e|es|ed|ing)', 'show(?:s|ed|ing)?', 'sum(?:s|med|ming)?', 'add(?:s|ed|ing)?', 'pil(?:e|es|ed|ing)', 'wrap(?:s|ped|ping)?', 'follow(?:s|ed|ing)?',
  'start(?:s|ed|ing)?', 'spin(?:s|ning)?', 'spun', 'shor(?:e|es|ed|ing)', 'gear(?:s|ed|ing)?', 'beef(?:s|ed|ing)?', 'us(?:e|es|ed|ing)', 'ate', 'eat(?:s|ing)?', 'br(?:eak|oke|oken)'];
/** A short object between a phrasal verb and its particle ("set anything up", "sign them up"). */
const PARTICLE_OBJECT = String.raw`(?:\s+(?:it|them|this|that|these|those|anything|something|everything|nothing|one|him|her|us|me))?`;
const UP_AS_GROWTH = String.raw`\bup\b(?=\s+(?:\d|by\b|from\b|(?:about|nearly|almost|over|more than|some|roughly)\s+\d))|(?<!\b(?:${UP_PARTICLE_VERBS.join('|')})${PARTICLE_OBJECT}[\s-])\bup\b(?!\s+(?:to|with|for|on|against)\b)`;

/** Words a reader asks a share with ("what slice of its revenue"): one list for the metric, the answer type and the follow-ups. Data. */
export const SHARE_NOUNS = ['share', 'proportion', 'percentage', 'percent', 'fraction', 'slice', 'portion', 'chunk'];

export const METRIC_RULES: MetricRule[] = [
  { metric: 'capex', units: ['currency', 'count'], pattern: /capital expenditures?|capex|capital spending|资本开支|资本支出/gi },
  { metric: 'rnd', units: ['currency'], pattern: /R\s?&\s?D|research and development|研发/gi },
  { metric: 'investment_plan', units: ['currency'], pattern: /\b(?:will|plans? to|planning to|to) invest\b|investment plan|construction plan|will spare no effort|将.{0,12}投入|计划.{0,6}(?:投资|投入)/gi },
  { metric: 'stake', units: ['percent'], pattern: /\bstake\b|股份|股权/gi },
  { metric: 'other', units: ['currency'], pattern: /trading volume|turnover|成交额/gi, reach: 30 },
  // "market value" is how a reader says market capitalization ("what was it worth in total" stays a valuation's words).
  { metric: 'market_cap', units: ['currency'], pattern: /market capitali[sz]ation|market cap|market value|市值/gi },
  { metric: 'valuation', units: ['currency'], pattern: /\bvalu(?:ed|ation)\b|估值/gi },
  { metric: 'share_price', units: ['currency'], pattern: /per share|stock price|share price|股价/gi },
  // "云智能集团收入占集团多少?": revenue "占" (accounts for) a whole is a share, whatever follows.
  { metric: 'revenue_share', units: ['percent'], pattern: new RegExp(String.raw`accounted for|accounting for|(?:${SHARE_NOUNS.join('|')}) of [\w\s'’]{0,30}?revenue|占.{0,12}?(?:收入|营收)|(?:收入|营收)的?(?:比例|比重|占比)|(?:收入|营收)[^，,。？?]{0,2}占`, 'gi') },
  { metric: 'market_share', units: ['percent'], pattern: /market share|of the (?:domestic )?[\w\s-]{0,30}market consists|市场份额|份额/gi, reach: 80 },
  // "What share of Tencent's investments went to AI startups?", "投资有多大比例投向了AI初创公司": the share of a company's deals, however worded.
  { metric: 'deal_share', units: ['percent'], pattern: /\bdeals\b|投资交易|交易中|\b(?:share|proportion|percentage|portion) of [\w\s'’]{0,30}?\b(?:investments?|bets)\b(?=[^?]{0,40}\b(?:went|go|goes|gone|directed|into|to)\b)|(?:(?:投资|出手)[^，,。？?]{0,6})?(?:比例|占比|比重)[^，,。？?]{0,6}(?:投向|投给|流向)/gi, reach: 40, claims: ['investment'] },
  // "How much cheaper …?", "成本低多少?": a cost lower than another's is a cost reduction, asked in everyday words.
  { metric: 'cost_reduction', units: ['percent'], pattern: /reduc\w*|cut\w*|sav\w*|lower\w*|\bcheaper\b|\bless expensive\b|降低|节省|节约|省(?:下|掉)?(?:多少|几成)?(?:的)?(?:成本|费用|钱)|(?:成本|费用)(?:[^，,。？?]{0,4}?|比[^，,。？?]{1,30}?)(?:降|减)?(?:低|(?<![多至])少|便宜)|便宜/gi, reach: 60 },
  { metric: 'growth_rate', units: ['percent', 'multiple'], pattern: new RegExp(String.raw`increase\w*|growth|grew|grow\w*|rose|rising|rise|surge\w*|jump\w*|${UP_AS_GROWTH}|year-on-year|year - on - year|同比|增长|增加|涨(?:了|幅)|翻了|翻倍|翻番|猛增|暴增`, 'gi') },
  // "How big was the global AI market?", "全球AI市场有多大?": a market's size asked in everyday words.
  { metric: 'market_size', units: ['currency'], pattern: /market size|市场规模|\bhow (?:big|large) (?:is|was|are|were|has|had been|will be) (?:the\s+)?(?:[\w-]+\s+){0,4}?market\b(?=\s*(?:in\b|by\b|this\b|last\b|now\b|today\b|\d|[?,.;]|$))|市场(?:规模)?(?:现在|目前|如今)?(?:\d{4}年)?有?多大/gi },
  { metric: 'loss', units: ['currency'], pattern: /\bloss(?:es)?\b|亏损/gi },
  { metric: 'funding', units: ['currency'], pattern: /funding|financing|\braised?\b|融资/gi },
  { metric: 'revenue', units: ['currency'], pattern: /revenue|营收|收入/gi },
  { metric: 'orders', units: ['currency'], pattern: /\borders?\b|tender|purchas\w*|bought|订单|采购|招标/gi },
  { metric: 'investment', units: ['currency'], pattern: /invest\w*|acquired|acquisition|led the investment|\b(?:sunk|sank|sink(?:s|ing)?|pour(?:s|ed|ing)?|plough(?:s|ed|ing)?|plow(?:s|ed|ing)?)\b(?: [\w'’-]+){0,3} into\b|(?<=\bhow much\b[^?]{0,40})\bput\b(?: [\w'’-]+){0,3} into\b|投资|投了|砸了|收购/gi },
  { metric: 'api_calls', units: ['count', 'number'], pattern: /API calls?|call volume|\bcalls\b|调用/gi },
  // "H20 servers", "H20服务器": the chip named before the server only says which servers.
  { metric: 'servers', units: ['count', 'number'], pattern: /(?:\b(?:A800|A100|H20|H100|H800)\s*)?(?:\bservers?\b|服务器)/gi, reach: 40, claims: ['chips'] },
  { metric: 'chips', units: ['count', 'number', 'currency'], pattern: /GPUs?|chips?|\bcards?\b|A800|A100|H20|H100|processors|芯片|显卡/gi, reach: 60 },
  { metric: 'headcount', units: ['count', 'number'], pattern: /employees?|\bstaff\b|headcount|workforce|\bpeople\b|员工/gi, reach: 60 },
  { metric: 'users', units: ['count', 'number'], pattern: /\busers?\b|developers?|customers?|clients?|businesses|enterprises|用户|开发者|客户/gi, reach: 60 },
  { metric: 'models', units: ['count', 'number'], pattern: /\bmodels?\b|derivatives|\bproducts\b|(?<!大)模型/gi, reach: 40 },
];

/**
 * A saving against something else asked in everyday words ("How much cheaper is …?", "和…比成本低多少?", "便宜多少?"): the
 * reports state it as a rate ("cutting costs by 65%-75% compared to DeepSeek R1"), not as two levels to subtract.
 */
export const CHEAPER_ASKED = /\bhow much (?:cheaper|less expensive|less costly)\b|\b(?:how much|what) (?:does|did|do|can|could|will|would) (?!(?:that|it|this)\s)(?:[\w'’-]+\s+){1,6}?save\b(?=[^?]*\b(?:versus|vs\.?|compared (?:with|to)|relative to|against)\s)|\bhow much (?:lower|less) (?:is |are |was |were )?(?:the |its |their )?(?:[\w'’-]+\s+){0,2}?costs?\b|便宜(?:了)?多少|(?:成本|费用)(?:[^，,。？?]{0,4}?|比[^，,。？?]{1,30}?)(?:低|少)(?:了)?多少/i;

/** Count metrics decided by the counted noun itself ("2,000 GPUs", "4,300 scenarios"). */
export const ITEM_METRICS: Metric[] = ['api_calls', 'servers', 'chips', 'headcount', 'users', 'models'];

/**
 * The noun phrase a count question counts: "how many H20 servers does …" → "H20 servers",
 * "多少台H20服务器" → "H20服务器". It ends at the verb or preposition after it.
 */
const COUNTED_PHRASE = /\bhow many\s+((?:[\w&.-]+\s+){0,4}?[\w&.-]+?)(?=\s+(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would|in|of|for|from|at|by|on|to)\b|\s*[?？,，]|\s*$)|(?:多少|几)(?:个|家|台|块|颗|名|位|张|款|部|套)?([^的，,？?。]{1,16})/i;

/** Verbs that end a Chinese counted phrase ("服务器|订购了…", "芯片|用于…"). Data: extend for new phrasings. */
const CHINESE_VERB = /订购|购买|采购|投资|部署|用于|配备|搭载|交付|订了|买了|装了|卖了|被|达到|超过|占/u;

/**
 * The item a count question counts, by the last item word of its counted phrase (its head noun): "How
 * many H20 servers" counts servers, and "H20" only says which; undefined when it counts no listed item.
 */
export function countedItemMetric(text: string): Metric | undefined {
  return countedItemMetrics(text)[0];
}

/**
 * The last item word in a noun phrase, by where it ends, and the item metric it names: "H20 servers" → servers (H20
 * only says which). `at` is the offset just after the word.
 */
export function lastItemWord(phrase: string): { metric: Metric; at: number } | undefined {
  let last: { metric: Metric; at: number } | undefined;
  for (const rule of METRIC_RULES) {
    if (!ITEM_METRICS.includes(rule.metric)) continue;
    for (const found of phrase.matchAll(new RegExp(rule.pattern.source, 'gi'))) {
      const at = found.index + found[0].length;
      if (!last || at > last.at) last = { metric: rule.metric, at };
    }
  }
  return last;
}

/** The items a count question counts, one per conjunct: "how many developers and models" counts both. */
export function countedItemMetrics(text: string): Metric[] {
  const match = COUNTED_PHRASE.exec(text);
  // "多少台服务器订购了昇腾芯片": the Chinese phrase ends at its verb; what follows is what was done, not what is counted.
  const phrase = match?.[1] ?? match?.[2]?.split(CHINESE_VERB)[0];
  if (!phrase) return [];
  // "How many did the company have …": an auxiliary right after "how many" counts nothing by name.
  if (AUXILIARY.test(phrase)) return [];
  const heads = phrase.split(/\s+(?:and|or)\s+|[、和及与,，]/).map((conjunct) => {
    const head = lastItemWord(conjunct);
    // "How many free GPU hours": an item word that only modifies the head counts something else (hours), not GPUs.
    return head && MODIFIED_HEAD.test(conjunct.slice(head.at)) ? 'other' : head?.metric;
  });
  return [...new Set(heads.filter((metric): metric is Metric => Boolean(metric)))];
}

/**
 * After an item word, the noun it only modifies: "GPU hours", "server racks", "chip orders", "GPU小时" (a list: "this",
 * "its" and verbs end in "s" too). A verb ("models sit on …") or a rate ("developers a day") leaves the item word the head.
 */
const MODIFIED_HEAD = /^\w*\s+(?:hours?|days?|racks?|orders?|clusters?|shipments?|deliveries|contracts?|deals?|downloads?|rentals?|purchases?|sales)\b|^\w*\s*(?:小时|订单|集群)/iu;

/** An auxiliary, which counts nothing by name. */
const AUXILIARY = /^(?:did|does|do|is|are|was|were|has|have|had|can|will|would)\b/i;

/**
 * The head nouns an English count question counts, one per conjunct ("How many developers and apps …" → developers,
 * apps), singular; empty for a Chinese question or one that counts nothing by name.
 */
/** A count asked as the size of a base: "how big is its developer base", "what is the size of its user base". */
const COUNTED_BASE = /\b(?:how (?:big|large)|(?:the )?size of)\b[^?]{0,60}?\b([a-z]+)\s+base\b/i;

export function countedNouns(text: string): string[] {
  // "How big is Alibaba Cloud's developer base?": the size of a base of things counts those things.
  const base = COUNTED_BASE.exec(text)?.[1];
  if (base) return [canonicalNoun(singular(base.toLowerCase()))];
  const found = COUNTED_PHRASE.exec(text);
  // "多少应用和插件": several Chinese nouns counted at once, by the English nouns the reports count them with. (One noun
  // alone is told by its measure; "多少块英伟达芯片" would lose the brand that picks which chips.)
  const conjuncts = found?.[2]?.split(/和|与|及|以及|、/) ?? [];
  if (conjuncts.length > 1) return chineseCounted(conjuncts);
  // "多少开发者" (the noun alone, nothing before it to pick which), "开发者和应用各有多少" (the nouns before the question word).
  const alone = conjuncts[0]?.trim();
  if (alone && CHINESE_COUNTED_NOUNS[alone]) return [CHINESE_COUNTED_NOUNS[alone]];
  // ("应用数量", "开发者人数": the count word after a noun is the count of it.)
  const before = COUNTED_BEFORE_ZH.exec(text)?.[1]?.split(/和|与|及|以及|、/).map((conjunct) => conjunct.trim().replace(/的?(?:数量|总数|数目|人数|个数|数)$/u, '')) ?? [];
  if (before.length > 1 ? before.every((conjunct) => CHINESE_NOUNS_LONGEST_FIRST.some((zh) => conjunct.endsWith(zh))) : before.length === 1 && CHINESE_COUNTED_NOUNS[before[0]!]) return chineseCounted(before);
  const phrase = found?.[1];
  if (!phrase) return [];
  // "How many did the company have …": an auxiliary right after "how many" counts nothing by name.
  if (AUXILIARY.test(phrase)) return [];
  const heads = phrase.split(/\s+(?:and|or)\s+|,\s*/).map((conjunct) => conjunct.trim().split(/\s+/).at(-1) ?? '').filter(Boolean);
  return heads.filter((head) => !AUXILIARY.test(head)).map((head) => canonicalNoun(singular(head)));
}

/** A product model's code, as a counted noun reads it: "h20" of "H20s", "a100", "910b". */
const MODEL_CODE = /^(?=[\w-]*\d)[a-z]{0,4}\d+[a-z]?$/i;

/**
 * Whether a count fact counts the noun asked: its head noun ("4 Nvidia H20 chips" → chip), or, for a model's code asked
 * ("How many H20s"), a count whose noun phrase names that model ("4 Nvidia H20 chips", "100,000 Nvidia A800 GPUs"; not
 * "1,600 Ascend 910B AI chips" for A100s).
 */
export function countsNoun(fact: Pick<Fact, 'unit' | 'quote' | 'text'>, noun: string): boolean {
  if (countedHeadOf(fact) === noun) return true;
  if (!MODEL_CODE.test(noun)) return false;
  const at = figureIndex(fact.quote, fact.text);
  return at >= 0 && new RegExp(`^[^,.;()]{0,40}?\\b${noun}s?\\b`, 'i').test(fact.quote.slice(at + fact.text.length));
}

/**
 * The head noun of what a figure counts in its sentence: the last word of the noun phrase right after it ("50,000 H20
 * servers" → server, "4 Nvidia H20 chips for deployment" → chip, "290,000 enterprises and developers" → enterprise).
 */
export function countedHeadAfter(sentence: string, figureEnd: number): string | undefined {
  const phrase = /^\s+((?:[\w-]+\s+){0,3}?[\w-]+?)(?=\s+(?:and|or|for|from|in|on|at|to|by|of|with|that|which|who|have|has|had|were|was|are|is|will|would|can|could|use|used|using|worth|as)\b|\s*[,.;:()“”"]|\s*$)/.exec(sentence.slice(figureEnd))?.[1];
  // The head is the phrase's last plural word ("300 news apps" → apps, "190 products now available" → products,
  // "100,000 open-source derivatives existed" → derivatives); "219,260 as of December" names none.
  const head = phrase?.split(/\s+/).filter(isPluralNoun).at(-1);
  return head ? canonicalNoun(singular(head)) : undefined;
}

/**
 * The head noun of what a figure counts when the sentence names it first: "model downloads have exceeded 100 million" →
 * download, "its registered users reached 50 million" → user. The noun is the plural right before a verb of amounting.
 */
export function countedHeadBefore(sentence: string, figureStart: number): string | undefined {
  const word = countedWordBefore(sentence, figureStart);
  return word ? canonicalNoun(singular(word)) : undefined;
}

/** The counted noun as the sentence writes it ("downloads"), when it comes before the figure. */
export function countedWordBefore(sentence: string, figureStart: number): string | undefined {
  const before = sentence.slice(0, figureStart);
  const found = /\b([A-Za-z][A-Za-z-]{2,}s)\s+(?:(?:have|has|had)\s+)?(?:exceeded|reached|surpassed|hit|topped|totall?ed|stood at|amounted to|grew to|rose to|climbed to|passed|crossed)\s+(?:more than\s+|over\s+|about\s+|nearly\s+|approximately\s+|around\s+)?$/i.exec(before);
  return found && isPluralNoun(found[1]!) ? found[1]! : undefined;
}

/** Words ending in "s" that are no plural noun ("This has exceeded …", "its", "was"). */
const NOT_PLURAL = new Set(['this', 'thus', 'its', 'his', 'has', 'was', 'is', 'as', 'us', 'yes', 'less', 'unless', 'across', 'always', 'perhaps', 'whereas']);

/** A plural noun: "downloads", "apps", "GPUs"; not "business", "status" or a function word ending in s. */
function isPluralNoun(word: string): boolean {
  return /^[A-Za-z][A-Za-z-]{2,}s$/.test(word) && !/(?:ss|[^p]us)$/i.test(word) && !NOT_PLURAL.has(word.toLowerCase());
}

/** Nouns a report and a question use for one counted thing. Data: extend for new collections. */
const NOUN_SYNONYMS: Record<string, string> = { people: 'employee', person: 'employee', staff: 'employee', worker: 'employee', headcount: 'employee', gpu: 'chip', card: 'chip', processor: 'chip', firm: 'company', business: 'company', enterprise: 'company', client: 'customer', app: 'application' };

/** One name for nouns that count the same thing ("people" and "employees"). */
export function canonicalNoun(noun: string): string {
  return NOUN_SYNONYMS[noun] ?? noun;
}

/** Chinese nouns a count question counts, as the English head nouns the reports count (after `canonicalNoun`). Data. */
const CHINESE_COUNTED_NOUNS: Record<string, string> = {
  '应用': 'application', '插件': 'plugin', '开发者': 'developer', '用户': 'user', '客户': 'customer', '员工': 'employee', '芯片': 'chip', '显卡': 'chip',
  '服务器': 'server', '模型': 'model', '大模型': 'model', '场景': 'scenario', '企业': 'company', '公司': 'company', '产品': 'product',
};
/** Longest first, so "大模型" is taken before "模型". */
const CHINESE_NOUNS_LONGEST_FIRST = Object.keys(CHINESE_COUNTED_NOUNS).sort((a, b) => b.length - a.length);

/** The noun a count fact counts, read from its sentence ("H20 servers" → server); undefined for money or no noun. */
export function countedHeadOf(fact: Pick<Fact, 'unit' | 'quote' | 'text'>): string | undefined {
  if (fact.unit !== 'count' && fact.unit !== 'number') return undefined;
  // The figure as written, not inside a longer one ("500 plugins" is not the "500" of "4,500 users" before it).
  const at = figureIndex(fact.quote, fact.text);
  // "15 million developers" names it after the figure; "model downloads have exceeded 100 million" before it.
  return at < 0 ? undefined : countedHeadAfter(fact.quote, at + fact.text.length) ?? countedHeadBefore(fact.quote, at);
}

/** The Chinese noun for an English counted head ("developer" → "开发者"), the first the table gives it. */
export function chineseCountedNoun(head: string): string | undefined {
  return Object.entries(CHINESE_COUNTED_NOUNS).find(([, english]) => english === head)?.[0];
}

/** The English head nouns of Chinese conjuncts, each by the counted noun it ends with. */
function chineseCounted(conjuncts: string[]): string[] {
  return conjuncts.flatMap((conjunct) => {
    const noun = CHINESE_NOUNS_LONGEST_FIRST.find((zh) => conjunct.trim().endsWith(zh));
    return noun ? [CHINESE_COUNTED_NOUNS[noun]!] : [];
  });
}

/** Nouns named before the question word ("开发者和应用各有多少", ",用户有多少?"), back to the clause's start. */
const COUNTED_BEFORE_ZH = /(?:^|[，,。;；:：])\s*([^，,。;；:：?？]{1,16}?)(?:各|分别|一共|总共|共)?(?:有|是|达到)?(?:多少|几)/u;

/** "developers" → "developer", "businesses" → "business", "GPUs" → "gpu". */
export function singular(noun: string): string {
  const lower = noun.toLowerCase();
  // "GPUs", "CPUs" are plurals; "business", "status" are not.
  return /(?:ss|[^p]us)$/.test(lower) ? lower : /(?:ches|shes|sses|xes)$/.test(lower) ? lower.slice(0, -2) : /ies$/.test(lower) ? `${lower.slice(0, -3)}y` : lower.replace(/s$/, '');
}

/** A plan, not a past deal: future words turn an investment into an investment plan. */
export const FUTURE_CUES = /\b(?:will|plans?|planning|next (?:\w+ )?years|coming years|in three years|construction plan)\b|将|计划|未来/i;

/** Durations are context, not figures, unless they come with a scale ("30 million hours"). */
export const TIME_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/i;

/** Words that mark a figure as reported but unconfirmed, or denied. */
export const DISPUTED = /\b(?:denied|rumou?red|rumou?rs?|spread in the market)\b|传闻|辟谣|否认/i;

/**
 * Measures a question names by a verb ("How much has Zebra lost?", "斑马网络亏了多少钱?"): read in questions only, since
 * a report's "Nvidia lost $600 billion in market value" or "lost a contract" is no loss figure of its own. Data.
 */
const QUESTION_VERB_RULES: Pick<MetricRule, 'metric' | 'pattern'>[] = [
  // "裁了多少人?", "有多少人?": people counted, or cut, are a headcount.
  { metric: 'headcount', pattern: /(?:多少|几)(?:名|个|位)?人(?![民工均])|裁(?:员|掉|了|减)/g },
  { metric: 'loss', pattern: /\blos(?:e|es|t|ing)\b(?!\s+(?:its\s+|their\s+|the\s+)?(?:market\s+share|share|ground|customers?|users?|clients?|contracts?|deals?|talent|staff|lead|edge))|亏(?:了|掉|钱)|赔(?:了|掉|钱)/gi },
];

/** The rules a question names measures by, each compiled once (this runs several times per conversation turn). */
const NAMING_RULES = ([...METRIC_RULES, ...QUESTION_VERB_RULES] as Pick<MetricRule, 'metric' | 'pattern' | 'claims'>[])
  .filter((rule) => rule.metric !== 'other')
  .map((rule) => ({ metric: rule.metric, claims: rule.claims ?? [], pattern: new RegExp(rule.pattern.source, 'gi') }));

/** Metrics a question or query names, each with where it is first named (words another measure's phrase claims aside). */
export function metricsNamedAt(text: string): { metric: Metric; at: number }[] {
  const matched = NAMING_RULES.map((rule) => ({
    ...rule,
    spans: [...text.matchAll(rule.pattern)].map((match) => ({ from: match.index!, to: match.index! + match[0].length })),
  }));
  const within = (span: { from: number; to: number }, metric: Metric) => matched.some((other) => other.claims.includes(metric)
    && other.spans.some((outer) => outer.from <= span.from && outer.to >= span.to));
  return matched.flatMap(({ metric, spans }) => {
    const own = spans.filter((span) => !within(span, metric));
    return own.length ? [{ metric, at: own[0]!.from }] : [];
  });
}

/** The metrics of `metricsNamedAt`, each once, in the order the text names them; rule order breaks ties. */
export function metricsInTextOrder(named: readonly { metric: Metric; at: number }[]): Metric[] {
  return [...new Set([...named].sort((a, b) => a.at - b.at).map((entry) => entry.metric))];
}

/** Metrics a question or query names ("capex", "资本开支", "stake", "lost"), in the order the text names them. */
export function metricsNamedIn(text: string): Metric[] {
  return metricsInTextOrder(metricsNamedAt(text));
}
