/**
 * @module Which documents a question is about: the company it names (when the collection has that
 * company's own filings or reports) and the fiscal year and quarter it asks for. One matching
 * document narrows the search to it; a company whose asked year is missing is answered from another
 * year only with that said.
 */
import type { ReportDocument } from '../core/index.js';
import { companyId, type AliasTable } from '../index/index.js';

export interface DocumentScope {
  /** The company's canonical id and its name as the collection writes it. */
  company: { id: string; name: string };
  /** The documents to answer from: one when the question pins it down, else every one of the company's. */
  docIds: string[];
  askedYears: number[];
  /** Fiscal years of the company's documents, ascending. */
  haveYears: number[];
  /** The question asks for a year none of the company's documents covers. */
  yearMissing: boolean;
}

/** Years before its own that a filing's tables compare with (a 10-K shows two or three). */
const COMPARATIVE_YEARS = 2;
const YEAR = /(?<![\w$])(?:FY\s?|fiscal(?: year)?\s)?((?:19|20)\d{2})(?!\d)|\bFY\s?'?(\d{2})\b|\bQ[1-4]\s?'?((?:19|20)\d{2})\b/gi;
const QUARTER = /\bQ([1-4])(?:\b|(?=\s?'?(?:19|20)\d{2}\b))|\b(first|second|third|fourth)(?: fiscal)? quarter\b/i;
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const TYPE_WORDS: [NonNullable<ReportDocument['docType']>, RegExp][] = [
  ['10-K', /\b10-?K\b|\bannual report\b/i], ['10-Q', /\b10-?Q\b|\bquarterly report\b/i], ['8-K', /\b8-?K\b/i], ['earnings call', /\bearnings\b/i],
];

function askedYearsIn(text: string): number[] {
  // "FY22" is 2022; "Q22023" is the second quarter of 2023.
  const years = [...text.matchAll(YEAR)].map((match) => (match[1] ? Number(match[1]) : match[2] ? 2000 + Number(match[2]) : Number(match[3])));
  return [...new Set(years)].sort((a, b) => a - b);
}

/** Among documents of one fiscal year, the one the question's quarter or document type names, else the annual one. */
function pickOne(documents: ReportDocument[], text: string): ReportDocument[] {
  if (documents.length <= 1) return documents;
  const quarter = QUARTER.exec(text);
  const wantedQuarter = quarter ? `Q${quarter[1] ?? ORDINAL[quarter[2]!.toLowerCase()]}` : undefined;
  const byQuarter = wantedQuarter ? documents.filter((document) => document.fiscalPeriod === wantedQuarter) : [];
  if (byQuarter.length === 1) return byQuarter;
  const wantedType = TYPE_WORDS.find(([, pattern]) => pattern.test(text))?.[0];
  const byType = wantedType ? documents.filter((document) => document.docType === wantedType) : [];
  if (byType.length === 1) return byType;
  if (!wantedQuarter && !wantedType) {
    const annual = documents.filter((document) => document.fiscalPeriod === 'FY');
    if (annual.length === 1) return annual;
  }
  return documents;
}

/**
 * The scope of a question that names exactly one company with documents of its own; undefined when
 * it names none or several (a comparison reads every side) or the collection has no such documents.
 */
export function documentScope(text: string, entities: string[], documents: readonly ReportDocument[], aliases: AliasTable): DocumentScope | undefined {
  const family = (id: string | undefined) => {
    const ids: string[] = [];
    for (let current = id ? aliases.get(id) : undefined; current; current = current.parent ? aliases.get(current.parent) : undefined) ids.push(current.id);
    return ids;
  };
  const owned = new Map<string, ReportDocument[]>();
  for (const document of documents) {
    const id = companyId(aliases.entries, document.company);
    if (!id || !entities.some((entity) => family(entity).includes(id))) continue;
    owned.set(id, [...(owned.get(id) ?? []), document]);
  }
  if (owned.size !== 1) return undefined;
  const [id, own] = [...owned][0]!;
  const askedYears = askedYearsIn(text);
  const haveYears = [...new Set(own.flatMap((document) => (document.fiscalYear ? [document.fiscalYear] : [])))].sort((a, b) => a - b);
  // A filing covers its year and, as comparatives, the two before it. The latest asked year some
  // filing covers decides ("as of FY2021, what will it pay in 2024" is the 2021 filing's), its own
  // year's filing first, else the next one after it.
  const coveringYear = (year: number) => haveYears.find((have) => have >= year && have <= year + COMPARATIVE_YEARS);
  const covered = askedYears.filter((year) => coveringYear(year) !== undefined);
  const latest = covered.at(-1);
  const yearMissing = askedYears.length > 0 && covered.length === 0 && haveYears.length > 0;
  const ofYear = latest === undefined ? [] : own.filter((document) => document.fiscalYear === coveringYear(latest));
  // No year asked (or none the reports have): every one of the company's documents, none preferred.
  const chosen = ofYear.length ? pickOne(ofYear, text) : own;
  return {
    company: { id, name: own[0]!.company!.trim() },
    docIds: chosen.map((document) => document.docId),
    askedYears, haveYears, yearMissing,
  };
}

/** Whether `token` abbreviates `name` by leading letters of its words in order ("JPM" JPMorgan, "AMEX" American Express, "JnJ" Johnson & Johnson). */
function abbreviates(token: string, name: string): boolean {
  const words = name.toLowerCase().replace(/&/g, ' n ').split(/[\s-]+/).filter(Boolean);
  const letters = token.toLowerCase();
  const match = (at: number, word: number): boolean => {
    if (at === letters.length) return word === words.length || word > 0;
    if (word >= words.length) return false;
    const current = words[word]!;
    for (let take = Math.min(current.length, letters.length - at); take >= 1; take--) {
      if (current.slice(0, take) === letters.slice(at, at + take) && match(at + take, word + 1)) return true;
    }
    return false;
  };
  return letters.length >= 3 && match(0, 0);
}

/**
 * Companies with documents of their own that a question names by an abbreviation ("JPM", "AMEX",
 * "JnJ"): a token of three or more letters with at least two capitals that abbreviates exactly one.
 */
export function abbreviatedCompanies(text: string, documents: readonly ReportDocument[], aliases: AliasTable): string[] {
  const companies = new Map<string, string>();
  for (const document of documents) {
    const id = companyId(aliases.entries, document.company);
    if (id && document.company) companies.set(id, document.company.trim());
  }
  const found = new Set<string>();
  for (const [token] of text.matchAll(/\b[A-Za-z&]{3,8}\b/g)) {
    if ((token.match(/[A-Z]/g) ?? []).length < 2 || aliases.ids(token).length) continue;
    const matches = [...companies].filter(([, name]) => abbreviates(token, name));
    if (matches.length === 1) found.add(matches[0]![0]);
  }
  return [...found];
}

/** "The reports have Boeing's 2022 filing, not its 2018 one": said before an answer from another year. */
export function otherYearSentence(scope: DocumentScope, lang: 'en' | 'zh'): string {
  const have = scope.haveYears.join(lang === 'en' ? ' and ' : '、');
  const asked = scope.askedYears.at(-1)!;
  if (lang === 'zh') return `报告中只有${scope.company.name}${have}年的文件,没有${asked}年的;以下内容来自${have}年的文件。`;
  const documents = scope.haveYears.length === 1 ? 'filing' : 'filings';
  return `The reports have ${scope.company.name}'s ${have} ${documents}, not its ${asked} one; this is what ${scope.haveYears.length === 1 ? 'it says' : 'they say'}.`;
}
