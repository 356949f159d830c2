/** @module What every offline plan works with: the index, the tools, the citation book and the answer's language. */
import type { AnswerCalculation, Comparable, Lang, Paragraph, ReportDocument } from '../../core/index.js';
import type { AliasTable, OpenIndex } from '../../index/index.js';
import type { CitationBook } from '../citation-book.js';
import type { QuestionFrame } from '../question-frame.js';
import type { ToolRunner } from '../tool-runner.js';

export interface PlannerContext {
  index: OpenIndex;
  aliases: AliasTable;
  tools: ToolRunner;
  book: CitationBook;
  lang: Lang;
  /** Shared by every question on the snapshot (`snapshotLookups`): read, never written. */
  documents: ReadonlyMap<string, ReportDocument>;
  paragraphs: ReadonlyMap<string, Paragraph>;
  /** Amounts the answer may state beyond its quotes: facts used and calculation results. */
  amounts: Comparable[];
  calculations: AnswerCalculation[];
}

/** What a plan produces: sentences with their [n] markers already in place. */
export interface PlanResult {
  sentences: string[];
  /** The same answer as a medium-confidence reply opens it, when the plan words that itself. */
  hedged?: string[];
  refused?: boolean;
  /** The passage states the typed answer asked for (an enumerated list): said plainly, not hedged. */
  direct?: boolean;
  /** A list whose every member the sentences describe as the kind of member asked ("Which smartphone makers …"). */
  kindChecked?: boolean;
}

export type Plan = (frame: QuestionFrame, context: PlannerContext) => Promise<PlanResult | undefined>;
