/** @module The Answer contract every agent returns and every channel serves (see DESIGN.md). */
import type { Lang } from './lang.js';

export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

/** Where a paragraph comes from: the fields every citation and search hit carries. */
export interface ParagraphSource {
  paragraphId: string;
  docId: string;
  paragraph: number;
  title: string;
  publisher: string | null;
  date: string | null;
}

export interface Citation extends ParagraphSource {
  n: number;
  /** A verbatim substring of the cited paragraph (its text or its Chinese original). */
  quote: string;
}

export type ToolName = 'search_reports' | 'lookup_facts' | 'capex_calculator';

export interface AnswerStep {
  tool: ToolName;
  input: Record<string, unknown>;
  /** A one-line summary of what came back. */
  output: string;
  ms: number;
}

export interface CalculationOperand {
  name: string;
  text: string;
  value: string;
  factId?: string;
  /** The citation number of the paragraph the operand comes from. */
  citation?: number;
}

export interface AnswerCalculation {
  expression: string;
  operands: CalculationOperand[];
  result: { value: string; english: string; chinese: string };
  steps: { expression: string; result: string }[];
  /** An exchange rate the calculation used, with where it came from. */
  rate?: { pair: string; rate: string; source: string; asOf: string | null; citation?: number };
}

export interface Answer {
  /** Text with [n] markers pointing into `citations`. */
  answer: string;
  citations: Citation[];
  steps: AnswerStep[];
  calculations: AnswerCalculation[];
  /** Every number in `answer` traces to a cited quote, a fact used, or a calculation. */
  grounded: boolean;
  ungroundedNumbers: string[];
  refused: boolean;
  /**
   * How sure the offline agent is of its answer: `high` is stated plainly, `medium` is hedged
   * ("The closest the reports come …"), `low` says the reports don't answer it. The LLM agent omits it.
   */
  confidence?: 'high' | 'medium' | 'low';
  lang: Lang;
  agent: 'offline' | 'llm';
  /** Set when the LLM agent failed and the offline planner answered instead. */
  fallback?: { from: 'llm'; reason: string };
  timings: { totalMs: number; toolsMs: number };
}

export type AgentEvent =
  | { type: 'step'; step: AnswerStep }
  | { type: 'delta'; text: string }
  | { type: 'done'; answer: Answer };
