/**
 * @module Whose document it is and what period it covers, read from its title, file name and header:
 * the company a filing is about, its type (10-K, 10-Q, 8-K, earnings call, research note, news
 * article), its fiscal year and period. Never guessed: a news headline names no "company of the document".
 */
import { escapeRegExp, type DocType } from '../core/index.js';
import { findDate } from './parse-date.js';

export interface DocumentIdentity {
  company: string | null;
  docType: DocType | null;
  fiscalYear: number | null;
  /** "FY" for a full year, "Q1"…"Q4" for a quarter, null when the document does not say which. */
  fiscalPeriod: string | null;
  /** The last day of the period covered ("For the fiscal year ended December 31, 2018"), ISO. */
  periodEnd: string | null;
}

export interface IdentityInput {
  title: string;
  /** File name inside the reports folder. */
  source: string;
  /** `Key: value` lines of the header ("Filing year: 2018", "Company: Acme Tools Inc."), keys lower-cased. */
  fields: Map<string, string>;
  /** The first lines of the body (period headings, cover page). */
  body: string;
  publisher: string | null;
  date: string | null;
}

const FILING_TYPES: [DocType, RegExp][] = [
  ['10-K', /(?<![A-Za-z0-9])10-?K(?![A-Za-z0-9])|\bannual report\b/i],
  ['10-Q', /(?<![A-Za-z0-9])10-?Q(?![A-Za-z0-9])|\bquarterly report\b/i],
  ['8-K', /(?<![A-Za-z0-9])8-?K(?![A-Za-z0-9])|\bcurrent report\b/i],
  ['earnings call', /\bearnings(?: call| release| conference call)?\b|\bconference call transcript\b/i],
];
const RESEARCH = /\b(?:equity research|research note|initiat(?:e|es|ing) coverage|price target|target price|(?:buy|sell|hold|overweight|underweight|neutral) rating)\b/i;
const LEGAL_SUFFIX = String.raw`(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.,? Ltd\.?|Co\.|Group|plc|PLC|Ltd\.?|Limited|Holdings|N\.V\.|S\.A\.|AG|SE)`;
/** "3M Company and Subsidiaries", "Amcor plc", "Acme Tools, Inc.": a legal name on the cover page. */
const LEGAL_NAME = new RegExp(String.raw`\b((?:[A-Z0-9][\w&'’.-]*)(?:\s+(?:[A-Z0-9&][\w&'’.-]*)){0,3}),?\s+${LEGAL_SUFFIX}(?![\w])`);
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
const PERIOD_ENDED = /\bfor the (?:fiscal )?(year|quarter|quarterly period|(?:three|six|nine|twelve) months) ended\s+([A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})/i;

function filingTypeOf(text: string): DocType | null {
  return FILING_TYPES.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

/** "3M 3M_2018_10K" with file stem "3M_2018_10K" → "3M"; "Acme Tools FY2019 10-K" → "Acme Tools". */
function companyFromTitle(title: string, stem: string): string | null {
  const hasStem = stem.length >= 4 && title.toLowerCase().includes(stem.toLowerCase());
  const filingToken = /\b[A-Za-z0-9-]+_[A-Za-z0-9_-]+\b/;
  if (!hasStem && !filingToken.test(title) && !filingTypeOf(title)) return null;
  const rest = title
    .replace(hasStem ? new RegExp(escapeRegExp(stem), 'ig') : filingToken, ' ')
    .replace(/\b(?:Form\s+)?(?:10-?K|10-?Q|8-?K|20-?F)\b|\b(?:annual|quarterly|current) report\b|\bearnings(?: call| release)?\b|\btranscript\b/gi, ' ')
    .replace(/\b(?:FY|fiscal(?: year)?)\s*'?(?:19|20)?\d{2}\b|\b(?:Q[1-4]\s*)?(?:19|20)\d{2}(?:\s*Q[1-4])?\b|\bQ[1-4]\b/gi, ' ')
    .replace(/[|:–—-]+\s*$|^\s*[|:–—-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = rest.split(' ').filter(Boolean);
  // What is left must read as a name: capitalised words ("Johnson & Johnson"), not "on" or "Annual".
  const nameLike = words.every((word) => /^[A-Z0-9]/.test(word) || /^(?:&|and|of|the)$/.test(word)) && !words.some((word) => /^(?:Form|Report|Annual|Quarterly|Current|Filing|Fiscal|Year)$/i.test(word));
  return words.length >= 1 && words.length <= 5 && nameLike && /^[A-Z0-9]/.test(rest) ? rest : null;
}

export function documentIdentity(input: IdentityInput): DocumentIdentity {
  const stem = input.source.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const named = `${input.title} ${stem.replace(/_/g, ' ')}`;
  const field = (...keys: string[]) => keys.map((key) => input.fields.get(key)).find((value) => value?.trim())?.trim();
  const cover = input.body.slice(0, 4000);
  const declaredType = field('document type', 'type', 'form');
  const filing = filingTypeOf(declaredType ?? '') ?? filingTypeOf(named);
  const docType: DocType | null = filing ?? (RESEARCH.test(`${input.title}\n${cover.slice(0, 1500)}`) ? 'research note' : input.publisher || input.date ? 'news article' : null);
  const isFiling = filing !== null;

  const company = field('company', 'issuer', 'registrant') ?? companyFromTitle(input.title, stem)
    ?? (isFiling ? LEGAL_NAME.exec(cover)?.[0].replace(/\s+and\s+Subsidiaries$/i, '').trim() ?? null : null);

  const ended = PERIOD_ENDED.exec(cover);
  const periodEnd = ended ? findDate(ended[2]!)?.iso ?? null : null;
  const declaredYear = field('filing year', 'fiscal year', 'year')?.match(YEAR)?.[1];
  const titleYear = /\bFY\s*'?((?:19|20)\d{2})\b/i.exec(input.title)?.[1] ?? (isFiling ? YEAR.exec(named)?.[1] : undefined);
  const year = declaredYear ?? titleYear ?? periodEnd?.slice(0, 4);
  const quarter = /(?:19|20)\d{2}\s*Q([1-4])\b|\bQ([1-4])\s*(?:FY)?\s*'?(?:19|20)?\d{2}\b/i.exec(named);
  const fiscalPeriod = quarter ? `Q${quarter[1] ?? quarter[2]}`
    : filing === '10-K' || /\bfiscal year ended\b/i.test(ended?.[0] ?? '') ? 'FY' : null;
  return { company, docType, fiscalYear: year ? Number(year) : null, fiscalPeriod, periodEnd };
}
