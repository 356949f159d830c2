/**
 * @module Financial measures analysts name without defining them ("fixed asset turnover", "ROA",
 * "unadjusted EBITDA % margin", "3 year average capex as a % of revenue", "year-over-year change in
 * operating income", "2 year revenue CAGR"), read into the same formula language a question's own
 * definition uses, so one evaluator works both out from table cells. The measures are data: a name
 * and its textbook formula over line-item labels, with {Y} for the year asked and {P} for the year before.
 */

export interface StandardMeasure {
  /** How the measure is named in questions, as regular-expression sources (matched case-insensitively). */
  names: string[];
  /** Definition-syntax formula: line items, + - * / ( ), "average X between FY{P} and FY{Y}", other measures' first names. */
  formula: string;
  /** Stated as a percentage (margins); ratios and day counts stay plain numbers. */
  percent?: boolean;
}

const AVERAGE = (item: string) => `(average ${item} between FY{P} and FY{Y})`;

export const STANDARD_MEASURES: StandardMeasure[] = [
  { names: ['fixed asset turnover(?: ratio)?'], formula: `revenue / ${AVERAGE('property, plant and equipment, net')}` },
  { names: ['(?:total )?asset turnover(?: ratio)?'], formula: `revenue / ${AVERAGE('total assets')}` },
  { names: ['inventory turnover(?: ratio)?'], formula: `cost of goods sold / ${AVERAGE('inventories')}` },
  { names: ['return on (?:total )?assets', 'ROA'], formula: `net income / ${AVERAGE('total assets')}` },
  { names: ['return on (?:shareholders[’\']? |stockholders[’\']? )?equity', 'ROE'], formula: `net income / ${AVERAGE('total equity')}` },
  { names: ['days payable outstanding', 'DPO'], formula: `365 * ${AVERAGE('accounts payable')} / (cost of goods sold + change in inventories between FY{P} and FY{Y})` },
  { names: ['days inventory outstanding', 'days sales (?:of|in) inventory', 'DIO'], formula: `365 * ${AVERAGE('inventories')} / cost of goods sold` },
  { names: ['days sales outstanding', 'DSO'], formula: `365 * ${AVERAGE('accounts receivable')} / revenue` },
  { names: ['cash conversion cycle', 'CCC'], formula: 'DIO + DSO - DPO' },
  { names: ['operating cash flow ratio'], formula: 'operating cash flow / total current liabilities' },
  { names: ['current ratio'], formula: 'total current assets / total current liabilities' },
  { names: ['(?:net )?working capital'], formula: 'total current assets - total current liabilities' },
  { names: ['interest coverage(?: ratio)?'], formula: 'operating income / interest expense' },
  { names: ['free cash flow', 'FCF'], formula: 'operating cash flow - capital expenditure' },
  { names: ['(?:unadjusted )?EBITDA'], formula: 'operating income + depreciation and amortization' },
  { names: ['(?:dividend )?payout ratio'], formula: 'cash dividends paid / net income' },
  { names: ['retention ratio'], formula: '(net income - cash dividends paid) / net income' },
  { names: ['effective (?:income )?tax rate'], formula: 'income tax expense / income before income taxes', percent: true },
  { names: ['net (?:profit )?margin', 'net income margin'], formula: 'net income / revenue', percent: true },
  { names: ['operating (?:profit )?margin', 'operating income margin'], formula: 'operating income / revenue', percent: true },
  { names: ['gross (?:profit )?margin'], formula: 'gross profit / revenue', percent: true },
];

const COMPILED = STANDARD_MEASURES.map((measure) => ({
  measure,
  pattern: new RegExp(`(?<![A-Za-z])(?:${measure.names.join('|')})(?![A-Za-z])`, 'i'),
}));

/** The standard measure a phrase names, the longest name winning ("days payable outstanding" over none, "net profit margin" over "margin"). */
export function standardMeasureNamed(text: string): { measure: StandardMeasure; index: number; length: number } | undefined {
  let best: { measure: StandardMeasure; index: number; length: number } | undefined;
  for (const { measure, pattern } of COMPILED) {
    const match = pattern.exec(text);
    if (match && (!best || match[0].length > best.length)) best = { measure, index: match.index, length: match[0].length };
  }
  return best;
}

/** The measure's formula for one year, nested measures ("DIO + DSO - DPO") expanded in brackets. */
export function formulaForYear(measure: StandardMeasure, year: number, depth = 0): string {
  const expanded = measure.formula.replace(/\{Y\}/g, String(year)).replace(/\{P\}/g, String(year - 1));
  if (depth > 2) return expanded;
  return expanded.replace(/\b[A-Z]{3,4}\b/g, (name) => {
    const nested = STANDARD_MEASURES.find((candidate) => candidate !== measure && candidate.names.includes(name));
    return nested ? `(${formulaForYear(nested, year, depth + 1)})` : name;
  });
}

/** What happens across the years a question spans. */
export type YearSpan = 'single' | 'average' | 'change' | 'cagr';

export interface MeasureRequest {
  /** The measure as the question names it, for the answer's sentence ("3 year average capex as a % of revenue"). */
  phrase: string;
  /** The measure for one year, in definition syntax, and whether it is a percentage. */
  formulaFor: (year: number) => string;
  percent: boolean;
  span: YearSpan;
  /** First and last fiscal year asked. */
  from: number;
  to: number;
  /**
   * A yes/no question about the measure: its sign ("Does X have positive working capital?") or, for
   * a margin, its direction from the year before ("Does X have an improving gross margin profile?").
   */
  verdict?: Verdict;
}

export type Verdict = 'positive' | 'negative' | 'improving' | 'declining';

const YES_NO = /^\s*(?:(?:[\w\s,()'’-]{0,80}?(?:question|following)\s*:\s*)?)(?:does|do|did|is|are|was|were|has|have)\b/i;
const VERDICTS: [Verdict, RegExp][] = [
  ['positive', /\bpositive\b/i], ['negative', /\bnegative\b/i],
  ['improving', /\b(?:improv(?:ing|ed)|increas(?:ing|ed)|expand(?:ing|ed)|ris(?:ing|en))\b/i],
  ['declining', /\b(?:declin(?:ing|ed)|decreas(?:ing|ed)|worsen(?:ing|ed)|deteriorat(?:ing|ed)|shrink(?:ing)?|contract(?:ing|ed))\b/i],
];

function verdictIn(asked: string): Verdict | undefined {
  if (!YES_NO.test(asked)) return undefined;
  return VERDICTS.find(([, pattern]) => pattern.test(asked))?.[0];
}

const EXPLANATION = /\b(?:why|what (?:drove|drives|caused|explains)|drivers?|reasons?|explain)\b/i;
const COMPANY_DEFINED = /(?<!un)\badjusted\b|\bnon-?GAAP\b|\bcore\b/i;
const YEAR = /\b(?:FY\s?|fiscal (?:year )?)?((?:19|20)\d{2})\b/gi;
const AVERAGE_SPAN = /\b(?:\d|two|three|four|five)[- ]year average\b|\baverage\b/i;
const CAGR_SPAN = /\bCAGR\b|compound(?:ed)? annual growth/i;
const CHANGE_SPAN = /\byear[- ]over[- ]year\b|\bYoY\b|\bgrowth(?: rate)?\b|\bchange in\b|\bincrease in\b|\bdecrease in\b/i;
/** "X % margin", "X margin", "X as a % of (total) revenue", "X as a percentage of sales". */
const SHARE_OF_REVENUE = /(?<![\w'’])((?:[\w&]+[ -]){0,5}?[\w&]+)\s+(?:%\s*margin|margin|as an? (?:%|percent(?:age)?) of (?:total |net )?(?:revenues?|sales))\b/i;

/** Words before a line item that do not change it. */
const QUALIFIERS = /^(?:(?:the|of|average|unadjusted|reported|total|annual|FY\s?\d{4}|(?:19|20)\d{2}|\d|two|three|four|five|year|(?:year[- ]over[- ]year )?(?:change|growth|increase|decrease) in|[- ])+\s)/i;

export type LineItemResolver = (phrase: string) => string | undefined;

/**
 * The measure a question asks for when it names one analysts use (or a line item's share of revenue),
 * with the years it spans; undefined when it names none or no fiscal year. `lineItem` turns a phrase
 * ("capex", "COGS", "unadjusted operating income") into the label a table cell carries.
 */
export function measureRequestIn(question: string, lineItem: LineItemResolver): MeasureRequest | undefined {
  const asked = question.slice(0, question.indexOf('?') + 1 || undefined);
  // "What drove the change in operating margin?" asks for reasons, not the figure; an "adjusted" or
  // non-GAAP measure is the company's own definition, which no textbook formula reproduces.
  if (EXPLANATION.test(asked) || COMPANY_DEFINED.test(asked)) return undefined;
  const years = [...asked.matchAll(YEAR)].map((match) => Number(match[1]));
  if (!years.length) return undefined;
  const verdict = verdictIn(asked);
  const direction = verdict === 'improving' || verdict === 'declining';
  // "Improving as of FY2022" compares FY2022 with the year before it.
  const [from, to] = [Math.min(...years) - (direction && new Set(years).size === 1 ? 1 : 0), Math.max(...years)];
  const spanned = from !== to && !direction;
  const span: YearSpan = !spanned ? 'single' : CAGR_SPAN.test(asked) ? 'cagr' : AVERAGE_SPAN.test(asked) ? 'average' : CHANGE_SPAN.test(asked) ? 'change' : 'single';
  if (spanned && span === 'single') return undefined;
  const named = standardMeasureNamed(asked);
  const share = SHARE_OF_REVENUE.exec(asked);
  // "EBITDA % margin": the named measure is the part, revenue the whole.
  if (share && (!named || /margin|%|percent/i.test(asked.slice(named.index + named.length, named.index + named.length + 4)) || !named.measure.percent && share.index <= named.index)) {
    const partPhrase = share[1]!.replace(QUALIFIERS, '').trim();
    const part = standardMeasureNamed(partPhrase);
    const partLabel = part ? undefined : lineItem(partPhrase);
    if (!part && !partLabel) return undefined;
    const partFormula = (year: number) => (part ? `(${formulaForYear(part.measure, year)})` : partLabel!);
    const measure = /margin/i.test(share[0]!) ? `${partPhrase} margin` : `${partPhrase} as a percentage of revenue`;
    return withVerdict({ phrase: spanPhrase(measure, span), formulaFor: (year) => `${partFormula(year)} / revenue`, percent: true, span, from, to }, verdict);
  }
  if (named) {
    const after = asked.slice(named.index + named.length);
    const combined = COMBINED.exec(after);
    let formulaFor = (year: number) => formulaForYear(named.measure, year);
    let measure = asked.slice(named.index, named.index + named.length);
    if (combined) {
      // "EBITDA less capex": the named measure is one side of the sum the question asks for.
      const other = standardMeasureNamed(combined[2]!);
      const otherLabel = other ? undefined : lineItem(combined[2]!.replace(QUALIFIERS, ''));
      if (!other && !otherLabel) return undefined;
      const operator = /plus/i.test(combined[1]!) ? '+' : '-';
      formulaFor = (year) => `(${formulaForYear(named.measure, year)}) ${operator} ${other ? `(${formulaForYear(other.measure, year)})` : otherLabel}`;
      measure = `${measure} ${combined[1]!.toLowerCase()} ${combined[2]!.trim()}`;
    } else if (/^\s*(?:minus|plus|divided|over|to|times)\b/i.test(after)) return undefined;
    return withVerdict({ phrase: spanPhrase(measure, span), formulaFor, percent: Boolean(named.measure.percent), span, from, to }, verdict);
  }
  // A plain line item across years: its change, average or CAGR ("year-over-year change in revenue from FY2016 to FY2017").
  if (span === 'single') return undefined;
  // "the change in Acme's operating income": the company's possessive is not part of the line item.
  const plain = asked.replace(/(?<![\w&.-])[\w&.-]+(?:'s|’s)\s+/g, '');
  const item = /\b(?:change in|growth in|average(?: of)?|CAGR (?:of|in)|increase in|decrease in)\s+((?:[\w&]+[ -]){0,5}?[\w&]+?)(?=\s+(?:from|between|for|in|over|of)\b|\s*[(?,])/i.exec(plain)
    ?? /(?<![\w'’])((?:[\w&]+[ -]){0,4}?[\w&]+)\s+(?:growth(?: rate)?|CAGR)\b/i.exec(plain);
  const phrase = item?.[1]?.replace(QUALIFIERS, '').trim();
  const label = phrase ? lineItem(phrase) : undefined;
  if (!label) return undefined;
  return { phrase: spanPhrase(label, span), formulaFor: () => label, percent: false, span, from, to };
}

/**
 * A direction is judged only for margins and shares, where higher is plainly better; whether fewer
 * days payable or a lower turnover is an improvement depends on the business, so those are left as figures.
 */
function withVerdict(request: MeasureRequest, verdict: Verdict | undefined): MeasureRequest | undefined {
  if (!verdict) return request;
  if ((verdict === 'improving' || verdict === 'declining') && !request.percent) return request.from === request.to ? request : undefined;
  return { ...request, verdict };
}

/** "EBITDA less capex", "operating income plus depreciation": a second term after the named measure. */
const COMBINED = /^\s+(less|minus|plus)\s+((?:[\w&]+[ -]){0,4}?[\w&]+?)(?=\s+(?:for|in|of|from|during)\b|\s*[?,.(]|$)/i;

function spanPhrase(measure: string, span: YearSpan): string {
  const name = measure.replace(/^(?:the|unadjusted)\s+/i, '').replace(/^[A-Z][a-z]/, (start) => start.toLowerCase());
  return span === 'average' ? `average ${name}` : span === 'change' ? `change in ${name}` : span === 'cagr' ? `${name} compound annual growth rate` : name;
}
