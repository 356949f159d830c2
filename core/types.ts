/** @module Shared shapes that cross folder boundaries: documents, paragraphs, facts, search results. */
import type { Lang } from './lang.js';

export type SectionKind = 'body' | 'digest' | 'glossary' | 'timeline';

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
