/** @module Shared shapes that cross folder boundaries: documents, paragraphs, facts, search results. */
import type { Lang } from './lang.js';
import type { Currency, Quantity } from './numbers/index.js';

export type SectionKind = 'body' | 'digest' | 'glossary' | 'timeline';

/** What kind of document a report is, when its title, file name or header says. */
export const DOC_TYPES = ['10-K', '10-Q', '8-K', 'earnings call', 'research note', 'news article'] as const;
export type DocType = (typeof DOC_TYPES)[number];

export interface ReportDocument {
  /** Readable, stable slug from publisher, date and title. */
  docId: string;
  /** File name inside the reports folder. */
  source: string;
  title: string;
  /** False when no title line exists and the title was taken from the first sentence. */
  titleFromText: boolean;
  publisher: string | null;
  /** ISO date (YYYY-MM-DD) as printed in the report, or null when the report gives none. */
  date: string | null;
  authors: string[];
  /** The report ends in a paywall or subscription stub: what follows it is not in the text. */
  truncated: boolean;
  lang: Lang;
  contentHash: string;
  paragraphCount: number;
  /** The company the document is about (a filing's issuer), when its title, file name or header names one; null for news. */
  company?: string | null;
  docType?: DocType | null;
  /** The fiscal year the document covers ("Filing year: 2018", "For the fiscal year ended …", "FY2018"). */
  fiscalYear?: number | null;
  /** "FY" or "Q1"…"Q4", when the document says. */
  fiscalPeriod?: string | null;
}

export interface Paragraph {
  /** `${docId}#p${n}` */
  id: string;
  docId: string;
  /** 1-based, in reading order. */
  n: number;
  section: string | null;
  sectionKind: SectionKind;
  /** The text, in English when a translation exists; verbatim (up to whitespace) from the source. */
  text: string;
  lang: Lang;
  /** The Chinese original when the report gives the paragraph in both languages. */
  original?: string;
  /** `[para. N]` back-references a digest item carries to the full article. */
  backRefs?: number[];
  /** Set when the paragraph is rows of a table: what its columns are and the unit its cells are in. */
  table?: TableContext;
}

/** One table row as written: its label, its text (verbatim in the paragraph) and one cell per column. */
export interface TableRow {
  label: string;
  text: string;
  /** Cells as written ("(1,577)", "$ 5,363", "—"); a row whose cells do not fill the columns has none. */
  cells: string[];
}

/** What a reader needs to read a few rows of a table cut out of it: the caption, the columns and the unit. */
export interface TableContext {
  /** The table's title and unit line as written ("Consolidated Statement of Cash Flows (Millions)"), or null. */
  caption: string | null;
  /** One period per value column, from the header ("2018", "Fiscal Years Ended … 2019"). */
  columns: Period[];
  /** The scale the caption gives every money cell ("million"), or null. */
  scale: string | null;
  currency: Currency | null;
  rows: TableRow[];
}

export interface SearchFilter {
  docId?: string | string[];
  lang?: Lang;
  /** Canonical entity ids from the alias table, e.g. `alibaba`. */
  entities?: string[];
  dateFrom?: string;
  dateTo?: string;
}

export interface ScoredParagraph {
  paragraph: Paragraph;
  score: number;
}

export const METRICS = [
  'capex', 'investment_plan', 'investment', 'stake', 'valuation', 'market_cap', 'revenue', 'revenue_share',
  'growth_rate', 'funding', 'headcount', 'chips', 'servers', 'users', 'market_share', 'cost_reduction',
  'api_calls', 'models', 'deal_share', 'loss', 'market_size', 'share_price', 'orders', 'rnd', 'other',
] as const;
export type Metric = (typeof METRICS)[number];

/** A period as written, and as dates where the report lets it be resolved (never guessed). */
export interface Period {
  text: string | null;
  /** ISO date of the first day, or null when it cannot be resolved. */
  from: string | null;
  /** ISO date of the last day, or null. */
  to: string | null;
}

export interface Fact extends Pick<Quantity, 'value' | 'high' | 'unit' | 'currency' | 'scale' | 'qualifier' | 'text' | 'item'> {
  /** `${paragraphId}/f${k}` */
  id: string;
  /** Canonical entity id from the alias table, or null for a market-wide figure. */
  entity: string | null;
  entityName: string | null;
  /** The other party of an investment or stake ("in Moonshot AI"). */
  counterparty: string | null;
  metric: Metric;
  /**
   * The open metric: a table row's label or the noun phrase a figure qualifies, normalised through the
   * synonym table ("purchases of property, plant and equipment" → "capital expenditure"). `metric`
   * stays the closed category the seed questions are planned on; this is what any collection names.
   */
  label?: string;
  /** For a table cell: its row label and column heading as written. */
  table?: { row: string; column: string | null };
  /** For a growth rate: the metric that grew, when the sentence says. */
  growthOf: Metric | null;
  period: Period;
  /** The report's date: what "this year" means. */
  asOf: string | null;
  docId: string;
  paragraph: number;
  paragraphId: string;
  /** The sentence that states the figure, verbatim from the paragraph. */
  quote: string;
  /** The sentence reports the figure as a rumour or says it was denied. */
  disputed: boolean;
  source: 'rules' | 'llm';
}
