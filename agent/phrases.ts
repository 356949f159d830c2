/** @module How the offline planner words things, in English and in Chinese. */
import { chineseCountedNoun, countedHeadOf, countedWordBefore, figureIndex, formatChinese, formatEnglish, publisherName, type Fact, type Lang, type Metric, type Period, type Qualifier, type ReportDocument } from '../core/index.js';
import { segmentOf } from './segment-qualifiers.js';
import type { AliasTable } from '../index/index.js';

const ZH_QUALIFIER: Record<Qualifier, string> = { over: '超过', about: '约', nearly: '近', 'up to': '最多', 'at least': '至少', under: '不到' };
const ZH_QUARTER = ['一', '二', '三', '四'];

export type FigureLike = Pick<Fact, 'value' | 'unit' | 'currency' | 'qualifier' | 'text'> & { high?: string | undefined; item?: string | undefined };

/** English keeps the report's own wording (verbatim, so it grounds); Chinese is written in 亿/万. */
export function figure(fact: FigureLike, lang: Lang): string {
  if ('table' in fact && fact.table) return tableFigure(fact as Fact, lang);
  // "500 - million - yuan": a translation's spaced hyphens inside a figure are read as "500 million yuan".
  // "exceeding 16.47 trillion" is a verb's phrase in its sentence; said as a figure it is "more than 16.47 trillion".
  if (lang === 'en') return spokenAsFigure(fact.text.replace(/^\(|\)$/g, '').replace(/(?<=\w)\s+-\s+(?=\w)/g, ' '));
  const qualifier = fact.qualifier ? ZH_QUALIFIER[fact.qualifier] : '';
  if (fact.unit === 'percent') return `${qualifier}${fact.value}%${fact.high ? `至${fact.high}%` : ''}`;
  if (fact.unit === 'multiple') return `${qualifier}${fact.value}倍`;
  const unit = fact.unit === 'currency' ? 'currency' : 'count';
  return `${qualifier}${formatChinese(fact.value, { unit, currency: fact.currency, maxFractionDigits: 4 })}`;
}

/** A verb's phrase before a figure, said as a figure's qualifier: "exceeding 16.47 trillion" → "more than 16.47 trillion". */
function spokenAsFigure(text: string): string {
  return text.replace(/^(?:exceeding|surpassing|topping)\s+(?=[$¥£€]?\d)/i, 'more than ');
}

const COUNT_METRICS: Metric[] = ['chips', 'servers', 'users', 'api_calls', 'models', 'other'];

/** The figure with the noun it counts, verbatim from the quote: "16.47 trillion daily API calls" (up to a conjunction: "15 million developers", not "… developers and attain"). */
export function figureWithItem(fact: FigureLike & Pick<Fact, 'quote'>): string {
  const at = figureIndex(fact.quote, fact.text);
  if (at < 0) return fact.text;
  const tail = fact.quote.slice(at + fact.text.length).match(/^[^,;.()“”"]{0,40}?(?=\s+(?:by|in|for|from|to|at|on|as|over|since|which|that|of|versus|compared|and|or|but|while|whereas)\b|[,;.()“”"]|$)/)?.[0] ?? '';
  // "model downloads have exceeded 100 million": the counted noun came first, and the figure is said with it.
  const named = tail.trim() ? '' : countedWordBefore(fact.quote, at);
  // "Over 290,000 businesses" opened its sentence; inside ours the qualifier is lower-case.
  return `${spokenAsFigure(fact.text)}${tail}${named ? ` ${named}` : ''}`.trim().replace(/^(?:Over|About|Around|Nearly|Approximately|More than|Less than|Up to|Roughly|Almost|Some)\b/, (word) => word.toLowerCase());
}

/** A computed amount, rounded for reading. */
export function computed(value: string, unit: 'currency' | 'percent' | 'count' | 'number', currency: Fact['currency'], lang: Lang): string {
  // A result below one keeps three significant digits ("0.00441%", "0.0297%"): rounded to "0%" it would say nothing,
  // and a figure more than 0.5% off its calculation does not trace to it.
  const magnitude = Math.abs(Number(value));
  const maxFractionDigits = magnitude > 0 && magnitude < 1 ? Math.min(12, Math.ceil(-Math.log10(magnitude)) + 2) : 2;
  const options = { unit, currency, maxFractionDigits } as const;
  return lang === 'en' ? formatEnglish(value, options) : formatChinese(value, options);
}

export function periodPhrase(period: Period | undefined, lang: Lang): string {
  if (!period) return '';
  const { from, to, text } = period;
  if (from && to) {
    const [fy, fm] = [from.slice(0, 4), Number(from.slice(5, 7))];
    const ty = to.slice(0, 4);
    const months = (Number(ty) - Number(fy)) * 12 + Number(to.slice(5, 7)) - fm + 1;
    // "2023年底", "end of 2023": a year's end is said as one, not as its last month.
    if (months === 1 && fm === 12 && /底|末|\bend\b/i.test(text ?? '')) return lang === 'en' ? ` at the end of ${fy}` : `${fy}年底`;
    if (months === 1) return lang === 'en' ? ` in ${MONTHS[fm - 1]!.charAt(0).toUpperCase()}${MONTHS[fm - 1]!.slice(1)} ${fy}` : `${fy}年${fm}月`;
    if (months === 3) return lang === 'en' ? ` in Q${(fm + 2) / 3} ${fy}` : `${fy}年第${ZH_QUARTER[(fm - 1) / 3]}季度`;
    if (months === 12) return lang === 'en' ? ` in ${fy}` : `${fy}年`;
    return lang === 'en' ? ` in ${fy}–${ty}` : `${fy}—${ty}年`;
  }
  if (!text) return '';
  // An undated report's "this year" cannot be resolved: say so instead of pasting the phrase.
  const relative = relativeToReport(text, lang);
  if (relative !== undefined) return relative;
  // "in the past four quarters", "over the next three years" reads on in the sentence; a bare label ("FY2024") is set apart.
  // A phrase that opened the report's sentence ("Since 2023, …") reads on lower-cased.
  if (lang === 'en') return /^(?:in|over|during|within|since|for|by|through|until|at)\s/i.test(text.trim()) ? ` ${text.trim().replace(/^[A-Z](?=[a-z]+\s)/, (first) => first.toLowerCase())}` : ` (${text})`;
  // A period in the report's English ("in the past four quarters") is said in Chinese, or left out: never pasted.
  if (!/[A-Za-z]/.test(text)) return `(${text})`;
  const dated = chineseDate(text);
  return dated !== text.trim() && !/[A-Za-z]/.test(dated) ? dated : chineseSpan(text) ?? '';
}

const ZH_NUMBER: Record<string, string> = { one: '一', two: '两', three: '三', four: '四', five: '五', six: '六', seven: '七', eight: '八', nine: '九', ten: '十' };
const ZH_SPAN_UNIT: Record<string, string> = { year: '年', years: '年', quarter: '个季度', quarters: '个季度', month: '个月', months: '个月' };

/** Spans the reports write in English, as data: "over the next three years" → "未来三年", "since 2023" → "2023年以来". */
const SPAN_RULES: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^(?:(?:in|over|during|for|within) )?the (past|last|previous|next|coming|following) (\w+) (years?|quarters?|months?)$/i, (m) => `${/past|last|previous/i.test(m[1]!) ? '过去' : '未来'}${ZH_NUMBER[m[2]!.toLowerCase()] ?? m[2]}${ZH_SPAN_UNIT[m[3]!.toLowerCase()]}`],
  [/^(?:(?:in|over|during|for|within) )?(?:the )?(\w+) (years?|quarters?|months?)$/i, (m) => `${ZH_NUMBER[m[1]!.toLowerCase()] ?? m[1]}${ZH_SPAN_UNIT[m[2]!.toLowerCase()]}内`],
  [/^since ((?:19|20)\d{2})$/i, (m) => `${m[1]}年以来`],
  [/^by (?:the end of )?((?:19|20)\d{2})$/i, (m) => `到${m[1]}年`],
  [/^(?:from|between) ((?:19|20)\d{2}) (?:to|and|through) ((?:19|20)\d{2})$/i, (m) => `${m[1]}—${m[2]}年`],
  [/^(?:in )?the (first|second) half of ((?:19|20)\d{2})$/i, (m) => `${m[2]}年${m[1]!.toLowerCase() === 'first' ? '上' : '下'}半年`],
];

/** A period span in Chinese, or undefined when it is not one the rules know. */
export function chineseSpan(text: string): string | undefined {
  const trimmed = text.trim();
  for (const [pattern, write] of SPAN_RULES) {
    const match = pattern.exec(trimmed);
    if (match) {
      const written = write(match);
      return /[A-Za-z]/.test(written) ? undefined : written;
    }
  }
  return undefined;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ZH_CUE: Record<string, [string, string]> = { in: ['', ''], on: ['', ''], since: ['', '以来'], from: ['', '起'], by: ['', '前'] };
const ZH_PART: Record<string, string> = { early: '初', late: '底', 'mid-': '中', 'the end of': '底', 'end of': '底' };

function monthNumber(name: string): number | undefined {
  const at = MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3)));
  return at >= 0 ? at + 1 : undefined;
}

/** A date span read from an English sentence, written in Chinese: "February 24, 2025" → "2025年2月24日", "in 2019" → "2019年". */
export function chineseDate(date: string): string {
  const text = date.trim();
  const cue = /^(in|on|since|from|by)\s+/i.exec(text);
  const [before, after] = cue ? ZH_CUE[cue[1]!.toLowerCase()]! : ['', ''];
  const rest = cue ? text.slice(cue[0].length) : text;
  // An undated report's relative date ("August in the year of the report", event-dates.ts): the month said in
  // Chinese after the report's year (报告当年8月).
  const relative = /^(.*?)\s*(?:(?:\bin\s+)?the year (of|before) the report|\bof the year (before) the report)$/i.exec(rest);
  if (relative) {
    const year = (relative[2] ?? relative[3])!.toLowerCase() === 'of' ? '报告当年' : '报告上一年';
    const month = relative[1] ? chineseDate(relative[1]) : '';
    return `${before}${year}${month === relative[1] ? '' : month}${after}`;
  }
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(rest);
  if (match) return `${before}${match[1]}年${Number(match[2])}月${Number(match[3])}日${after}`;
  match = /^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:, (\d{4}))?$/.exec(rest);
  if (match && monthNumber(match[1]!)) return `${before}${match[3] ? `${match[3]}年` : ''}${monthNumber(match[1]!)}月${Number(match[2])}日${after}`;
  // "late October" without its year (a sentence that leaves the year to its report) is still a month said in Chinese.
  match = /^(early |late |mid-|the end of |end of )?([A-Za-z]+),?(?: (\d{4}))?$/.exec(rest);
  if (match && monthNumber(match[2]!)) return `${before}${match[3] ? `${match[3]}年` : ''}${monthNumber(match[2]!)}月${match[1] ? ZH_PART[match[1].trim()] ?? '' : ''}${after}`;
  match = /^(?:Q([1-4])|(first|second|third|fourth) quarter) (?:of )?(\d{4})$/i.exec(rest);
  if (match) return `${before}${match[3]}年第${ZH_QUARTER[(Number(match[1]) || ['first', 'second', 'third', 'fourth'].indexOf(match[2]!.toLowerCase()) + 1) - 1]}季度${after}`;
  match = /^(early |late |mid-)?((?:19|20)\d{2})$/.exec(rest);
  if (match) return `${before}${match[2]}年${match[1] ? ZH_PART[match[1].trim()] : ''}${after}`;
  return text;
}

/** An undated report's relative period, said relative to the report ("last year" → "in the year before the report"). */
function relativeToReport(text: string, lang: Lang): string | undefined {
  const unit = /quarter|季度/i.test(text) ? 'quarter' : /month|月/i.test(text) ? 'month' : 'year';
  const zhUnit = { year: '年', quarter: '季度', month: '月' }[unit];
  if (/\b(?:last|previous|the past|past) (?:year|quarter|month)\b|去年|上个?季度|上个?月/i.test(text)) return lang === 'en' ? ` in the ${unit} before the report` : `(报告发布的上一${zhUnit === '年' ? '年' : `个${zhUnit}`})`;
  if (/\bnext (?:year|quarter|month)\b|明年|下个?季度/i.test(text)) return lang === 'en' ? ` in the ${unit} after the report` : `(报告发布的下一${zhUnit === '年' ? '年' : `个${zhUnit}`})`;
  if (/\bthis (?:year|quarter|month)\b|今年|本季度|本月/i.test(text)) return lang === 'en' ? ` in the ${unit} of the report` : `(报告当${zhUnit === '年' ? '年' : `季`})`;
  return undefined;
}

export function entityName(aliases: AliasTable, id: string | null, lang: Lang, fallback = ''): string {
  if (!id) return fallback || (lang === 'en' ? 'The report' : '报道');
  const names = aliases.get(id)?.names ?? [id];
  if (lang === 'zh') return names.find((name) => /\p{Script=Han}/u.test(name)) ?? names[0]!;
  return names.find((name) => !/\p{Script=Han}/u.test(name)) ?? names[0]!;
}

export { publisherName } from '../core/index.js';

/** A report named as a reader would: its publisher and date, or its title when it has no masthead. */
export function sourceName(document: ReportDocument | undefined, lang: Lang): string {
  if (!document?.publisher) {
    const title = document?.title ? shortTitle(document.title) : undefined;
    if (title) return lang === 'en' ? `the report “${title}”${document?.date ? ` (${document.date})` : ''}` : `报告《${title}》${document?.date ? `(${document.date})` : ''}`;
    return lang === 'en' ? 'one of the reports' : '其中一篇报告';
  }
  const publisher = publisherName(document.publisher, lang);
  return document.date ? (lang === 'en' ? `${publisher} (${document.date})` : `${publisher}(${document.date})`) : publisher;
}

/** A title short enough to name a report inside a sentence. */
function shortTitle(title: string): string {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  if (trimmed.length <= 70) return trimmed;
  const cut = trimmed.slice(0, 70);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}

const EN: Partial<Record<Metric, string>> = {
  capex: "{S}'s capital expenditure{P} was {V}", investment_plan: '{S} plans to invest {V}{C}{P}', investment: '{S} invested {V}{C}{P}',
  stake: '{S} took a {V} stake{C}{P}', valuation: '{S} was valued at {V}{P}', market_cap: "{S}'s market capitalization{P} was {V}",
  share_price: "{S}'s share price{P} was {V}", revenue: "{S}'s revenue{P} was {V}", revenue_share: '{S} accounted for {V} of revenue{P}',
  growth_rate: '{S}{G} grew {V}{P}', funding: '{S} raised {V}{P}', headcount: '{S} had {V} employees{P}', market_share: "{S}'s market share{P} was {V}",
  cost_reduction: '{S} cut costs by {V}{P}', deal_share: "{S}'s share of deals{P} was {V}", loss: "{S}'s loss{P} was {V}", market_size: 'The market size{P} was {V}',
  orders: '{S} spent {V}{C}{P}', rnd: "{S}'s R&D spending{P} was {V}",
};
const GROWTH_OF: Partial<Record<Metric, [string, string]>> = {
  revenue: ["'s revenue", '营收'], capex: ["'s capital expenditure", '资本开支'], api_calls: ["'s API calls", '调用量'], users: ["'s users", '用户数'],
  rnd: ["'s R&D spending", '研发支出'], loss: ["'s loss", '亏损'], chips: ["'s chip output", '芯片产量'],
};

/** The measures that change period to period, said after a company's name: the growth measures and two more. */
const MEASURE_AFTER_NAME: Partial<Record<Metric, [string, string]>> = { ...GROWTH_OF, headcount: ["'s headcount", '员工人数'], market_cap: ["'s market capitalization", '市值'] };

/** A company's measure said after its name ("'s R&D spending", "的研发支出"). */
export function measureAfterName(metric: Metric, lang: Lang): string | undefined {
  const words = MEASURE_AFTER_NAME[metric];
  return words ? (lang === 'en' ? words[0] : `的${words[1]}`) : undefined;
}
const ZH: Partial<Record<Metric, string>> = {
  capex: '{S}{P}的资本开支为{V}', investment_plan: '{S}计划{P}投入{V}', investment: '{S}{P}{C}投资{V}', stake: '{S}{C}持股{V}',
  valuation: '{S}{P}的估值为{V}', market_cap: '{S}{P}的市值为{V}', share_price: '{S}{P}的股价为{V}', revenue: '{S}{P}的营收为{V}',
  revenue_share: '{S}{P}占营收的{V}', growth_rate: '{S}{P}{G}增长{V}', funding: '{S}{P}融资{V}', headcount: '{S}{P}共有员工{V}人',
  market_share: '{S}{P}的市场份额为{V}', cost_reduction: '{S}{P}成本降低{V}', deal_share: '{S}{P}的投资交易占比为{V}', loss: '{S}{P}亏损{V}',
  market_size: '{P}市场规模为{V}', orders: '{S}{P}{C}支出{V}', rnd: '{S}{P}的研发支出为{V}',
  users: '{S}{P}的{N}数为{V}', models: '{S}{P}的模型数量为{V}', chips: '{S}{P}的芯片数量为{V}', servers: '{S}{P}的服务器数量为{V}',
  api_calls: '{S}{P}的调用量为{V}',
};

/** The measure word a Chinese count of these items takes ("约5万台", "超过5.3万块"). Data. */
const MEASURE_WORD_ZH: Partial<Record<Metric, string>> = { chips: '块', servers: '台', models: '个', api_calls: '次' };

/** A figure in Chinese with its measure word when it counts items ("约5万台"); any other figure as `figure` says it. */
export function countedFigureZh(fact: FigureLike & { metric: Metric }): string {
  const said = figure(fact, 'zh');
  const word = fact.unit === 'count' || fact.unit === 'number' ? MEASURE_WORD_ZH[fact.metric] : undefined;
  return word && /\d[万亿]?$/.test(said) ? `${said}${word}` : said;
}

/** The items a count metric counts, in Chinese, for saying an amount spent on them. */
const ITEM_NOUN_ZH: Partial<Record<Metric, string>> = { chips: '芯片', servers: '服务器', models: '模型', api_calls: '调用' };

const EN_PREFIX: Record<string, string> = { USD: '$', HKD: 'HK$', EUR: '€', GBP: '£' };

/**
 * A table cell in words: "$1,577 million" from "(1,577)" under "(Millions)" — the cell's own digits,
 * the caption's scale and the currency; the sign is said separately, since a cash-flow table's
 * parentheses mark an outflow as often as a loss.
 */
export function tableFigure(fact: Fact, lang: Lang): string {
  const digits = fact.text.replace(/[()$€£¥\s]/g, '').replace(/^[-−–]/, '');
  if (fact.unit === 'percent') return digits.endsWith('%') ? digits : `${digits}%`;
  if (lang === 'zh') return formatChinese(fact.value.replace(/^-/, ''), { unit: fact.unit === 'currency' ? 'currency' : 'count', currency: fact.currency, maxFractionDigits: 4 });
  const scale = fact.scale ? ` ${fact.scale}` : '';
  if (fact.currency === 'CNY') return `${digits}${scale} yuan`;
  const prefix = fact.currency ? EN_PREFIX[fact.currency] ?? '' : '';
  // "$59,268 million" is also said in billions, the way a reader sizes it.
  const magnitude = Math.abs(Number(fact.value));
  const billions = fact.scale && fact.scale !== 'billion' && magnitude >= 1e9 ? ` (${prefix}${formatEnglish(String(magnitude), { unit: 'number', maxFractionDigits: 3 })})` : '';
  return `${prefix}${digits}${scale}${billions}`;
}

function tableClause(fact: Fact, subject: string, lang: Lang): string {
  const negative = fact.value.startsWith('-');
  const label = fact.label ?? fact.table!.row;
  if (lang === 'zh') return `${subject}${periodPhrase(fact.period, lang)}的${fact.table!.row}为${negative ? '负' : ''}${tableFigure(fact, lang)}`;
  const shown = negative ? `, shown in parentheses as a negative figure (${fact.text.replace(/^\$\s?/, '')})` : '';
  return `${subject === 'The report' ? 'The report gives' : `${subject}'s`} ${label}${periodPhrase(fact.period, lang)}${subject === 'The report' ? ' as' : ' was'} ${tableFigure(fact, lang)}${shown}`;
}

/** One sentence stating a fact, without the citation marker or the final stop. */
/** `shown`: the figure as it should be said, when not the fact's own (several figures the report states together). */
export function factClause(fact: Fact, aliases: AliasTable, lang: Lang, shown?: string): string {
  if (fact.table) return tableClause(fact, entityName(aliases, fact.entity, lang, fact.entityName ?? ''), lang);
  // A figure no company's ("the global AI market size reached $120 billion … a 25% year-on-year growth"): its subject is
  // the market the sentence names, or none (never "The report grew 25%").
  const company = fact.entity || fact.entityName ? entityName(aliases, fact.entity, lang, fact.entityName ?? '') : lang === 'en' ? marketNamed(fact) ?? '' : '';
  // "Alibaba's international segment", "阿里巴巴国际业务": a segment's figure is said as the segment's, not the company's.
  const segment = company ? segmentOf(fact, aliases, lang) : undefined;
  const subject = segment ? (lang === 'en' ? `${company}'s ${segment}` : `${company}${segment}`) : company;
  const counterparty = fact.counterparty ? entityName(aliases, fact.counterparty, lang) : '';
  const value = shown ?? (COUNT_METRICS.includes(fact.metric) ? (lang === 'en' ? figureWithItem(fact) : countedFigureZh(fact)) : figure(fact, lang));
  const item = '';
  const grown = fact.growthOf ? GROWTH_OF[fact.growthOf] : undefined;
  // A metric with no verb of its own is still said in a sentence, never as an "Entity: figure" fragment.
  // "$5 billion worth of chips" is money spent on the items, not their number: said as an amount, never as "芯片数量为50亿美元".
  const money = fact.unit === 'currency' && COUNT_METRICS.includes(fact.metric);
  // (A count says what it counts when its sentence names it: "文心一言的应用数为825".)
  const counted = lang === 'zh' ? countedNounZh(fact) : undefined;
  const fallback = lang === 'en' ? (subject ? 'For {S}, the reports give {V}{I}{P}' : 'The reports give {V}{I}{P}') : subject ? (counted ? '{S}{P}的{N}数为{V}' : '报告给出{S}{P}的数字为{V}{I}') : '报告给出{P}的数字为{V}{I}';
  // "only for Google to commit $2 billion in financing": financing the subject gives is no money it raised.
  const gives = fact.metric === 'funding' && givesFunding(fact);
  const template = money ? (lang === 'zh' && ITEM_NOUN_ZH[fact.metric] ? `{S}{P}在${ITEM_NOUN_ZH[fact.metric]}上的金额为{V}` : fallback)
    : !subject && fact.metric !== 'market_size' ? (lang === 'en' && fact.metric === 'growth_rate' ? 'Growth{P} was {V}' : fallback)
    // Only a market the sentence names is "worth" its size: a company's would read as its valuation.
    : subject && !fact.entity && !fact.entityName && fact.metric === 'market_size' && lang === 'en' ? '{S} was worth {V}{P}'
    : gives ? (lang === 'en' ? '{S} committed {V} in financing{C}{P}' : '{S}{P}{C}提供融资{V}')
    // "is expected to increase by 68%": a growth the sentence forecasts is said as one, not as a rise that happened.
    : fact.metric === 'growth_rate' && forecast(fact) ? (lang === 'en' ? '{S}{G} is expected to grow {V}{P}' : '{S}{P}{G}预计增长{V}')
    : (lang === 'en' ? EN : ZH)[fact.metric] ?? fallback;
  return template
    .replace('{S}', subject).replace('{N}', counted ?? '用户/客户').replace('{G}', grown ? (lang === 'en' ? grown[0] : grown[1]) : '').replace('{V}', value).replace('{I}', item).replace('{P}', periodPhrase(fact.period, lang))
    .replace('{C}', counterparty ? (lang === 'en' ? (fact.metric === 'orders' ? ` from ${counterparty}` : ` in ${counterparty}`) : fact.metric === 'stake' ? `在${counterparty}` : `向${counterparty}`) : '');
}

/** Whether the fact's clause, before its figure, forecasts it ("is expected to increase by", "预计增长"). */
function forecast(fact: Fact): boolean {
  const at = figureIndex(fact.quote, fact.text);
  const before = (at >= 0 ? fact.quote.slice(0, at) : fact.quote).split(/[;；。]|,\s+(?=[a-z])/).at(-1) ?? '';
  return /\b(?:expected|forecast|projected|anticipated|estimated|set)\s+to\b|\bwill\b|预计|预期|有望/i.test(before);
}

/** What a count of users counts, in Chinese: the noun its sentence counts ("54,000 developers" → 开发者), else 用户/客户. */
function countedNounZh(fact: Fact): string | undefined {
  const head = countedHeadOf(fact);
  // "290,000 enterprises and developers" counts both: one noun would say less than the figure does.
  const at = figureIndex(fact.quote, fact.text);
  if (at >= 0 && /^\s*(?:[\w-]+\s+){1,3}(?:and|&)\s+[a-z]/i.test(fact.quote.slice(at + fact.text.length))) return undefined;
  return head ? chineseCountedNoun(head) : undefined;
}

/** "the global AI market" in the fact's sentence, before its figure, as a sentence's subject ("The global AI market"). */
function marketNamed(fact: Fact): string | undefined {
  const at = figureIndex(fact.quote, fact.text);
  const before = at >= 0 ? fact.quote.slice(0, at) : fact.quote;
  // The last one before the figure, and a market itself, not "market research" or "market share".
  const found = [...before.matchAll(/\bthe ((?:[A-Za-z][\w-]*\s+){0,4}?(?:market|industry|sector))\b(?!\s+(?:research|share|cap|capitali[sz]ation|value|leaders?|position))/gi)].at(-1);
  return found ? `The ${found[1]}` : undefined;
}

/** A funding figure its sentence has the subject give ("commit $2 billion in financing", "provide …"), not raise; said as committed. */
function givesFunding(fact: Fact): boolean {
  const at = figureIndex(fact.quote, fact.text);
  if (at < 0) return false;
  const before = fact.quote.slice(Math.max(0, at - 30), at);
  return /\b(?:commit(?:s|ted|ting)?|provid(?:e|es|ed|ing)|offer(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|inject(?:s|ed|ing)?)\s+(?:up to\s+|about\s+|over\s+)?$/i.test(before);
}

export const STOP: Record<Lang, string> = { en: '.', zh: '。' };
