/**
 * @module The kinds of answer a question wants, as soft weights rather than one route: "How did
 * Alibaba fund its AI push?" wants an explanation, but a figure can still serve it a little.
 */
import { WHAT_BECAME_OF } from '../deal-time.js';
import { asksDerivedMeasure, CHEAPER_ASKED, ITEM_METRICS, labelsNamedIn, metricsNamedIn, SHARE_NOUNS } from '../../core/index.js';
import { ASPECT_NOUNS, askedAspects } from './aspect-terms.js';
import { cuedAspects, hasOpenQuestionCue, withoutLeadIn } from './open-question-cues.js';
import { askedPartyRelation, asksSource, PARTNER_ASKED } from './party-question.js';

export type AnswerType = 'amount' | 'percent' | 'count' | 'date' | 'person' | 'list' | 'explanation' | 'sentence';

export type WantedTypes = Record<AnswerType, number>;

const NONE: WantedTypes = { amount: 0, percent: 0, count: 0, date: 0, person: 0, list: 0, explanation: 0, sentence: 0 };

/** Cues in English and Chinese; each adds weight to a type, and the weights are normalised. */
const CUES: [AnswerType, RegExp, number][] = [
  ['explanation', /^\s*(?:why|how)\b(?!\s+(?:much|many|long|old|big|large|often|far)\b)|\bwhy\b|\bexplain\b|\bdescribe\b|\bsummar(?:ise|ize|y)\b|\boverview\b|\bin what way\b|\bwhat (?:is|are|was|were) (?:the |its |their |his |her )?(?:main |key |biggest |major )?(?:strategy|strategies|risks?|reasons?|approach(?:es)?|challenges?|concerns?|impact|significance|role|logic|goal|aim|motivation|advantages?|problems?|drivers?|rationale|thinking|point)\b|\b(?:differ|difference between|approach(?:es)?|strategy|strategies|risks?|worr(?:y|ies|ied)|concerns?|motivat\w*|rationale|implications?|consequences?|significance)\b|为什么|为何|怎么|如何|怎样|原因|策略|战略|风险|意义|影响|总结|概括|区别|不同|担忧|逻辑|目的/i, 1],
  ['person', /^\s*(?:who|whom)\b|\bwho (?:is|was|are|were|heads?|leads?|runs?|founded|said|announced)\b|\bwhich (?:(?!(?:does|do|did|is|are|was|were|has|have|had|will|can)\b)[\w.'’-]+ ){0,4}?(?:executive|person|founder|co-founder|ceo|cto|coo|cfo|official|entrepreneur|investor|analyst|expert|chairman|president|boss|manager|leader|director|head|scientist|researcher|spokesperson)\b(?!['’]s)|\bname (?:of )?the (?:ceo|founder|head|chairman|president)\b|谁|哪位|何人/i, 1],
  ['date', /^\s*when\b|\bwhat (?:date|day|month|year)\b|\bwhich (?:date|day|month|year)\b|\bin what year\b|\b(?:since|from|until|till|by) when\b|什么时候|何时|哪一?天|哪一?年|几月|哪个月/i, 1],
  // ("What were Chinese cloud providers doing …" asks what they did, not which providers: no auxiliary inside the phrase.)
  ['list', /^\s*(?:which|what)\s+(?:(?!(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could)\b)[\w-]+\s+){0,4}?(?:companies|firms|startups|providers|giants|makers|carmakers|automakers|manufacturers|partners|clients|customers|platforms|toolchains|chips|brands|enterprises|models|products|investors|businesses|sectors|areas|players|rivals|competitors|projects|deals|apps|applications|people|executives|leaders|founders|analysts|experts|managers)\b|^\s*list\b|\bname (?:the|all|some)\b|哪些|哪几|^\s*(?:请)?(?:列出|列举)|^\s*what\s+are\s+(?:[\w.'’-]+\s+){0,6}?[a-z-]+s\s+(?:called|named)\b|(?:分别|各自)(?:都)?(?:叫什么|是什么名字)/i, 1],
  ['percent', new RegExp(String.raw`\bwhat (?:${SHARE_NOUNS.join('|')})\b|\bby what percent(?:age)?\b|\bhow (?:much|large|big) (?:of )?an? (?:stake|share)\b|\bhow much (?:stake|share)\b|\bgrowth rate\b|\b(?:percent|percentage)\b|\bas an? %|%\s*(?:margin|of)\b|\b(?:margin|ratio)\b|占比|比例|百分之|增幅|增长率|持股`, 'i'), 1],
  // "How much did Tencent's capex grow?", "year-on-year growth", "同比增长多少": a growth is asked as a rate.
  ['percent', /\bhow (?:much|fast|quickly) (?:did|does|has|have|had|is|was|were|are) (?:[\w'’&-]+\s){0,8}?(?:grow|grew|grown|rise|rose|risen|increase|increased|jump|jumped|climb|climbed|expand|expanded|fall|fell|fallen|drop|dropped|decline|declined|shrink|shrank)\b|\bhow fast\b|\b(?:year[- ]over[- ]year|year[- ]on[- ]year|yoy|annual|quarterly)\s+(?:[\w'’-]+\s){0,2}?growth\b|\bgrowth (?:of|in) (?:[\w'’-]+\s){0,4}?(?:year[- ]over[- ]year|year[- ]on[- ]year)\b|同比(?:增长|增加|下降|减少)了?多少|(?:增长|上涨|上升|提高|下降|降低|减少|节省|节约|省)(?:了|下)?多少(?!钱|亿|万|元|美元|港元|人民币|个|片|颗|块|台|人|名|次|家|倍)|增速/i, 1.5],
  // "How much cheaper is …?", "成本低多少?": a saving against another is stated as a rate more often than a sum (the amount cue stays).
  ['percent', CHEAPER_ASKED, 1.5],
  // "有多少员工", "更新了多少次": a Chinese count names its measure word or its counted noun.
  ['count', /\bhow many\b|\bwhat (?:quantity|number) of\b|多少(?:个|家|台|块|名|位|张|款|人|次|颗|片|条|种)|多少(?:名|位|家)?(?:员工|用户|客户|开发者|企业|模型|芯片|服务器|显卡|GPU)/i, 1],
  // "多大的芯片订单", "规模有多大": the Chinese "how big" asks for a size, an amount or a count alike ("to what extent", 多大程度, is no figure).
  ['amount', /多大(?!程度|影响|作用|意义|关系|区别|差别|变化|帮助|好处|风险|压力|的?(?:股份|股权|份额|比例))/, 0.5],
  ['count', /多大(?!程度|影响|作用|意义|关系|区别|差别|变化|帮助|好处|风险|压力|的?(?:股份|股权|份额|比例))/, 0.5],
  // "几家公司…?" asks how many; beside another question word ("国内几家大厂…下了多大的订单?", "几家公司为什么…") 几 only says "several".
  ['count', /^(?!.*(?:多少|多大|什么|哪|谁|怎|如何|为何|何时|吗)).*几(?:个|家|台|块|名|位|款|次|颗|种)/s, 1],
  // "What stake did Alibaba acquire?" asks for the percentage held.
  ['percent', /\bwhat (?:stake|percentage stake)\b/i, 1],
  // "What is the cumulative amount …", "What size did Statista put …", "What did Tencent pay …": an amount, in other words.
  ['amount', /\bwhat (?:is|was|were|are) the (?:[\w'’-]+\s){0,3}?(?:amount|sum|value|size|price|cost)\b|\bwhat (?:size|value|price)\b|^\s*what did (?:[\w'’&.-]+\s){1,4}?(?:pay|spend|raise)\b/i, 1],
  ['amount', /\bhow much\b|\bwhat (?:is|was|were|are) (?:the |its |their )?(?:[\w'’-]+\s){0,4}?(?:capex|capital expenditures?|revenues?|spending|investments?|valuation|budget|costs?|price|funding|loss(?:es)?|profits?|income|market cap\w*|dividends?(?: per share)?|earnings(?: per share)?)\b|\bwhat (?:amount|sum)\b|\bhow much money\b|\bhow (?:big|large)\b(?! an? (?:stake|share|portion|proportion|percentage)\b)|多少钱|多少亿|投入了?多少|花了?多少|多少资金|金额|营收|收入|资本开支|估值/i, 1],
];

/** Chinese nouns for sums of money the reports state: asked with 多少 and nothing else, the answer is an amount. */
const MONEY_NOUN_ZH = /亏损|利润|融资|市值|成交额|支出|开支|投资额|收购价|价格/;

/** "哪些风险", "哪几方面的变化", "which challenges": the list asked for is of an aspect (see aspect-terms.ts), not of companies. */
// (The noun must be what is asked: "哪些领域的公司", "哪几个业务集团" ask for names.)
const ASPECT_LIST = new RegExp(`(?:哪些|哪几(?:个|点|方面)?|有什么)[^，,。？?]{0,6}?(?:${ASPECT_NOUNS.zh.join('|')})(?!的|集团|公司|企业)|\\b(?:which|what) (?:main |key |major |biggest )?(?:${ASPECT_NOUNS.en.join('|')})\\b`, 'i');

/** A figure asked for in so many words: an open phrasing beside it ("what does that mean … how much") asks the figure. */
const ASKS_FIGURE = /\bhow (?:much|many)\b|\bwhat (?:percentage|share|proportion)\b|多少|几(?:个|家|亿|万|成|倍|年)/i;

/** "What is/are the (main) <aspect noun> …": the aspect is the answer wanted (nouns from aspect-terms.ts). */
const ASKS_ASPECT_OF = new RegExp(`^\\s*what(?:'s|’s| is| are| was| were) (?:the |its |their )?(?:main |key |biggest |major |potential )?(?:${[...ASPECT_NOUNS.en, ...ASPECT_NOUNS.en.map((noun) => noun.replace(/s$/, '')), 'reasoning', 'rationale', 'logic', 'thinking', 'motivation', 'downside', 'upside', 'implications?', 'strategy', 'difficulty', 'approach'].join('|')})\\b`, 'i');

/**
 * "What has changed in Tencent's capital expenditure?": a change in a named measure is told by its figures, so the
 * everyday change phrasing does not make it an explanation; "What has changed in how Alibaba invests?" still is one.
 */
function asksChangeOfMeasure(question: string): boolean {
  const cued = cuedAspects(question);
  if (!cued.length || !metricsNamedIn(question).length) return false;
  // "What happened to Alibaba's capex in Q4 2024?": what became of a measure is its figure, not a story.
  if (cued.every((aspect) => aspect === 'impact') && WHAT_BECAME_OF.test(question)) return true;
  return cued.every((aspect) => aspect === 'change') && CHANGE_IN_A_MEASURE.test(question);
}


const CHANGE_IN_A_MEASURE = /\b(?:changed?|different)\s+(?:in|to|about)\s+(?!how\b|what\b|why\b|which\b|the way\b)/i;

/** Normalised weights over answer types; a question with no cue leans to a quoted sentence and a figure. */
export function wantedTypes(question: string): WantedTypes {
  const weights: WantedTypes = { ...NONE };
  // "Could you tell me who heads …", "I'd like to understand how …": a cue that opens the question counts after a polite lead-in too.
  const direct = withoutLeadIn(question);
  for (const [type, pattern, weight] of CUES) if (pattern.test(question) || (direct !== question && pattern.test(direct))) weights[type] += weight;
  // "How come …", "为啥 …", "靠什么 …", "意味着什么": an everyday open phrasing (open-question-cues.ts) wants an explanation.
  // Not when a figure is asked as well: "这意味着月之暗面的估值是多少?" wants the valuation worked out.
  if (hasOpenQuestionCue(question) && !ASKS_FIGURE.test(question) && !asksChangeOfMeasure(question)) weights.explanation = Math.max(weights.explanation, 1);
  // "What are the risks in Alibaba spending so heavily …", "What is the reason for Tencent's capex jump?": the aspect is
  // what is asked for, and the measure named after it is its object, not an amount wanted (unless "how much" asks one).
  if (weights.amount && ASKS_ASPECT_OF.test(question) && !/\bhow much\b|多少/i.test(question)) weights.amount = 0;
  // "What does Alibaba gain from …", "What problems does Zebra face?": an aspect asked for is an explanation
  // (changes and effects stay out: "the change in revenue" asks for a figure).
  if (!weights.explanation && !/\bhow (?:much|many)\b|\bwhat (?:percentage|share|proportion)\b|多少|几(?:个|家|亿|成)/i.test(question) && askedAspects(question).some((aspect) => !['method', 'change', 'impact'].includes(aspect.id))) weights.explanation = 1;
  // "带来了哪些风险？", "Which risks …": a list of reasons, risks or changes is an explanation, not a list of names.
  if (weights.list && ASPECT_LIST.test(question)) weights.list = 0;
  // "Which cloud player boasted that 70% of the market are its customers?": a share the question states names the party
  // asked for, it is not asked (a why-question stating one still has it checked as a premise: only who/which questions here).
  if (weights.percent && /^\s*(?:and\s+)?(?:which|who|whom)\b(?!\s+(?:percentage|share|proportion)\b)/i.test(direct) && /\d\s?%/.test(question)) weights.percent = 0;
  // "How much … why" or "who … why": the wh-word at the start is what the asker leads with.
  if (weights.explanation && /^\s*(?:how much|how many|who|when|which|what percentage)\b/i.test(direct)) weights.explanation *= 0.4;
  // "What is the FY2018 net PPNE for 3M?": with no other cue, a line item named (synonym table) asks for its amount.
  if (Object.values(weights).every((value) => value === 0) && labelsNamedIn(question).length && !asksDerivedMeasure(question)) weights.amount = 1;
  // "服务了多少客户?": 多少 with a noun no cue lists still asks for a figure, never for an explanation.
  // With nothing else cued, a money noun ("亏损多少", "融资多少") settles it as an amount; a growth of one is cued above.
  if (!Object.values(weights).some(Boolean) && /多少|几(?:个|家|亿|万|成|倍)/.test(question)) Object.assign(weights, MONEY_NOUN_ZH.test(question) ? { amount: 1 } : { count: 0.5, amount: 0.5 });
  // "How big is Alibaba Cloud's developer base?", "员工规模有多大?": the size of a thing counted is a count.
  if (weights.amount && !weights.count && /\bhow (?:big|large)\b|多大/i.test(question) && metricsNamedIn(question).some((metric) => ITEM_METRICS.includes(metric))) weights.count = weights.amount;
  // "Which company led SiliconFlow's round?", "哪家公司收购了中天微?": a party to a relation is a who-answer, an organisation or a person.
  if (askedPartyRelation(question) && !weights.list) weights.person = Math.max(weights.person, 1);
  // "Who did Tencent team up with …?" is "With whom …?": the partner's name is read from the sentence, person or not.
  if (PARTNER_ASKED.test(question)) Object.assign(weights, { person: 0.5, sentence: Math.max(weights.sentence, 1) });
  // "Where do the numbers come from?", "数据出自哪家机构?": the source is a who-answer too, whatever else is cued.
  if (asksSource(question)) weights.person = Math.max(weights.person, 1.5);
  const total = Object.values(weights).reduce((sum, value) => sum + value, 0);
  if (!total) return { ...NONE, sentence: 0.4, explanation: 0.3, amount: 0.15, count: 0.15 };
  // A yes/no question is served by whatever settles it: a quoted sentence helps too.
  const yesNo = /^\s*(?:is|are|was|were|does|do|did|has|have|will|can)\b|吗[?？]?\s*$|是否/i.test(question);
  if (yesNo) weights.sentence += total * 0.5;
  const sum = total + (yesNo ? total * 0.5 : 0);
  return Object.fromEntries(Object.entries(weights).map(([type, value]) => [type, value / sum])) as WantedTypes;
}

/** The single type a question most wants. */
export function leadingType(wanted: WantedTypes): AnswerType {
  return (Object.entries(wanted) as [AnswerType, number][]).sort((a, b) => b[1] - a[1])[0]![0];
}
