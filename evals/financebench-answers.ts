/**
 * @module Answers on a collection nobody here wrote: FinanceBench's open-source sample as one Markdown
 * report per filing, every question asked through the agent, figure answers scored by rule.
 * The collection-building and scoring live here; the CLI (`eval-financebench`) ingests and asks.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { BaogaoError, type Answer } from '../core/index.js';

export const FINANCEBENCH_QUESTION_TYPES = ['metrics-generated', 'domain-relevant', 'novel-generated'] as const;

const rowSchema = z.object({
  financebench_id: z.string().min(1),
  company: z.string().min(1),
  doc_name: z.string().min(1),
  question_type: z.string().min(1),
  question: z.string().min(1),
  answer: z.string(),
  evidence: z.array(z.object({ doc_name: z.string().min(1), evidence_page_num: z.number().int().min(0), evidence_text_full_page: z.string() })).min(1),
});
export type FinanceBenchRow = z.infer<typeof rowSchema>;

/** Every line parsed and validated; the first bad line is a clear error naming its number. */
export async function loadFinanceBenchRows(path: string): Promise<FinanceBenchRow[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new BaogaoError('not_found', { message: `FinanceBench questions not found at ${path} (set FINANCEBENCH_PATH or --questions)`, field: 'questions', cause });
  }
  const rows = text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (cause) {
      throw new BaogaoError('invalid_input', { message: `${path} line ${i + 1}: not JSON`, field: 'questions', cause });
    }
    const parsed = rowSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new BaogaoError('invalid_input', { message: `${path} line ${i + 1}: ${issue.path.join('.') || 'row'}: ${issue.message}`, field: 'questions' });
    }
    return [parsed.data];
  });
  if (!rows.length) throw new BaogaoError('invalid_input', { message: `${path} has no questions`, field: 'questions' });
  return rows;
}

/** "3M_2023Q2_10Q" → 2023: the filing's period is the first four-digit year in its name. */
export function filingYear(docName: string): number | undefined {
  const match = /(?:^|_)((?:19|20)\d{2})(?=Q\d|_|$)/.exec(docName);
  return match ? Number(match[1]) : undefined;
}

export interface CollectionFile {
  docName: string;
  file: string;
  pages: number;
}

/**
 * One Markdown report per filing: `# <company> <doc_name>`, a `Filing year:` line, then a `## Page N`
 * section with each evidence page's full text (pages shared by several questions written once).
 */
export async function buildFinanceBenchCollection(rows: FinanceBenchRow[], dir: string): Promise<CollectionFile[]> {
  const filings = new Map<string, { company: string; pages: Map<number, string> }>();
  for (const row of rows) {
    for (const evidence of row.evidence) {
      const filing = filings.get(evidence.doc_name) ?? { company: row.company, pages: new Map<number, string>() };
      filings.set(evidence.doc_name, filing);
      if (!filing.pages.has(evidence.evidence_page_num)) filing.pages.set(evidence.evidence_page_num, evidence.evidence_text_full_page);
    }
  }
  await mkdir(dir, { recursive: true });
  const files: CollectionFile[] = [];
  for (const [docName, filing] of [...filings].sort(([a], [b]) => a.localeCompare(b))) {
    const year = filingYear(docName);
    const pages = [...filing.pages].sort(([a], [b]) => a - b).map(([n, text]) => `## Page ${n}\n\n${text.trim()}\n`);
    const body = [`# ${filing.company} ${docName}`, '', ...(year ? [`Filing year: ${year}`, ''] : []), ...pages].join('\n');
    const file = join(dir, `${docName}.md`);
    await writeFile(file, body);
    files.push({ docName, file, pages: filing.pages.size });
  }
  return files;
}

/** Maps an index's document ids to the file names they were read from, without extension. */
export function filingsByDocId(documents: readonly { docId: string; source: string }[]): FilingOf {
  const byId = new Map(documents.map((document) => [document.docId, basename(document.source).replace(/\.[^.]+$/, '')]));
  return (docId) => byId.get(docId);
}

/** A figure as written: its value, its decimals (the gold's rounding) and whether it is a percentage. */
export interface Figure {
  value: number;
  decimals: number;
  percent: boolean;
}

const SCALES: Record<string, number> = {
  thousand: 1e3, thousands: 1e3, k: 1e3, million: 1e6, millions: 1e6, mn: 1e6, m: 1e6, mm: 1e6,
  billion: 1e9, billions: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, trillions: 1e12, tn: 1e12,
};

// A number (commas allowed, optional decimals), optionally in parentheses or after a minus sign, then an optional % or scale word.
const NUMBER = /(\(\s*)?(-|−|–)?\s*\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(\))?\s*(%|percent\b|(?:thousands?|millions?|billions?|trillions?|mn|mm|bn|tn|[kmb])\b)?/gi;

interface WrittenNumber {
  value: number;
  decimals: number;
  percent: boolean;
  scale: number;
}

function numbersIn(text: string): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [, open, minus, whole, fraction, close, unit] = match;
    // A year or a citation marker is not the figure: "FY2018", "[3]".
    const before = text.slice(Math.max(0, match.index - 1), match.index);
    if (/\d/.test(match[0][0]!) && /[[A-Za-z]/.test(before)) continue;
    const magnitude = Number(`${whole!.replace(/,/g, '')}${fraction ?? ''}`);
    const negative = Boolean(minus) || (Boolean(open) && Boolean(close));
    const lower = unit?.toLowerCase();
    const percent = lower === '%' || lower === 'percent';
    found.push({ value: negative ? -magnitude : magnitude, decimals: fraction ? fraction.length - 1 : 0, percent, scale: lower && !percent ? SCALES[lower] ?? 1 : 1 });
  }
  return found;
}

/** The gold answer's figure when the answer is one ("$1577.00", "-0.02", "1.9%", "36%. The answer assumes …"). */
export function goldFigure(gold: string): Figure | undefined {
  const first = firstSentence(gold);
  if (first.split(/\s+/).filter(Boolean).length > 4) return undefined;
  const [number] = numbersIn(first);
  if (!number) return undefined;
  // Gold figures are in the filing's unit (millions for money); a written scale is folded into millions.
  const value = number.scale === 1 ? number.value : (number.value * number.scale) / 1e6;
  return { value, decimals: number.scale === 1 ? number.decimals : 2, percent: number.percent };
}

const ABBREVIATION = /(?:\b(?:Inc|Co|Corp|Ltd|No|vs|approx|Mr|Ms|Dr|St|Jr|U\.S|e\.g|i\.e|etc)|\b[A-Z])\.$/;

/** The answer's first sentence, citation markers removed; "Inc." and "U.S." do not end it. */
export function firstSentence(text: string): string {
  const plain = text.replace(/\s*\[\d+(?:[,\s]+\d+)*\]/g, '').trim();
  const boundary = /[.!?。！？](?=\s|$)|[。！？]/g;
  for (const match of plain.matchAll(boundary)) {
    const upTo = plain.slice(0, match.index + 1);
    if (match[0] === '.' && ABBREVIATION.test(upTo)) continue;
    return upTo.trim();
  }
  return plain;
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function close(candidate: number, gold: Figure): boolean {
  if (gold.value === 0) return Math.abs(candidate) < 0.005;
  if (Math.abs(candidate - gold.value) <= 0.01 * Math.abs(gold.value)) return true;
  // The gold's rounding: 24.257 states the gold 24.26.
  return roundTo(candidate, gold.decimals) === roundTo(gold.value, gold.decimals);
}

const DECREASE = /\b(?:declin|decreas|fell|fall|drop|lower|loss|negative|down|shr[ua]nk|reduc)/i;

/**
 * True when `sentence` states the gold figure: a number within 1% of it (or equal at the gold's
 * rounding), after $, commas, "(1,577)" negatives and a scale word (folded into millions) are read.
 * A sentence that says the figure fell may state a negative gold as its magnitude.
 */
export function statesFigure(sentence: string, gold: Figure): boolean {
  const saysDecrease = DECREASE.test(sentence);
  return numbersIn(sentence).some((number) => {
    const readings = number.scale === 1 ? [number.value] : [number.value, (number.value * number.scale) / 1e6, number.value * number.scale];
    return readings.some((value) => close(value, gold) || (gold.value < 0 && saysDecrease && close(-value, gold)));
  });
}

/** The longest first sentence that counts as stating a figure. */
export const MAX_STATED_CHARS = 400;

export type FinanceBenchOutcome = 'correct' | 'wrong' | 'refused' | 'needs_judge';

export interface FinanceBenchScore {
  figure: boolean;
  outcome: FinanceBenchOutcome;
  /** Any citation is from the gold filing. */
  filingCited: boolean;
}

/** The filing (report file name without extension) a citation's document came from. */
export type FilingOf = (docId: string) => string | undefined;

export function scoreFinanceBenchAnswer(
  row: Pick<FinanceBenchRow, 'answer' | 'doc_name'>, answer: Pick<Answer, 'answer' | 'refused' | 'citations'>, filingOf: FilingOf,
): FinanceBenchScore {
  const gold = goldFigure(row.answer);
  const filingCited = answer.citations.some((citation) => filingOf(citation.docId) === row.doc_name);
  if (answer.refused) return { figure: Boolean(gold), outcome: 'refused', filingCited };
  if (!gold) return { figure: false, outcome: 'needs_judge', filingCited };
  // A "first sentence" longer than this is a pasted passage (a table page), not a figure stated.
  const first = firstSentence(answer.answer);
  return { figure: true, outcome: first.length <= MAX_STATED_CHARS && statesFigure(first, gold) ? 'correct' : 'wrong', filingCited };
}

/** One JSONL line for an independent grader. */
export interface FinanceBenchAnswerLine {
  id: string;
  question: string;
  question_type: string;
  company: string;
  doc_name: string;
  gold: string;
  answer: string;
  citations: { n: number; docId: string; filing: string | null; quote: string }[];
  refused: boolean;
  confidence: Answer['confidence'] | null;
  score: FinanceBenchScore;
}

export function answerLineFor(row: FinanceBenchRow, answer: Answer, filingOf: FilingOf): FinanceBenchAnswerLine {
  return {
    id: row.financebench_id, question: row.question, question_type: row.question_type, company: row.company, doc_name: row.doc_name, gold: row.answer,
    answer: answer.answer, citations: answer.citations.map((citation) => ({ n: citation.n, docId: citation.docId, filing: filingOf(citation.docId) ?? null, quote: citation.quote })),
    refused: answer.refused, confidence: answer.confidence ?? null, score: scoreFinanceBenchAnswer(row, answer, filingOf),
  };
}

export interface FinanceBenchTypeRow {
  type: string;
  n: number;
  figures: number;
  correct: number;
  wrong: number;
  refused: number;
  needsJudge: number;
  answered: number;
  filingCited: number;
}

export interface FinanceBenchAnswerSummary {
  rows: FinanceBenchTypeRow[];
  total: FinanceBenchTypeRow;
  /** The issue's targets: metrics-generated correct share, wrong share of all answers, right filing among answered. */
  metricsCorrectShare: number;
  wrongShare: number;
  filingCitedShare: number;
}

function tally(type: string, lines: FinanceBenchAnswerLine[]): FinanceBenchTypeRow {
  const count = (outcome: FinanceBenchOutcome) => lines.filter((line) => line.score.outcome === outcome).length;
  const answered = lines.filter((line) => !line.refused);
  return {
    type, n: lines.length, figures: lines.filter((line) => line.score.figure).length,
    correct: count('correct'), wrong: count('wrong'), refused: count('refused'), needsJudge: count('needs_judge'),
    answered: answered.length, filingCited: answered.filter((line) => line.score.filingCited).length,
  };
}

const share = (part: number, whole: number) => (whole ? part / whole : 0);

export function summariseFinanceBench(lines: FinanceBenchAnswerLine[]): FinanceBenchAnswerSummary {
  const types = [...new Set([...FINANCEBENCH_QUESTION_TYPES, ...lines.map((line) => line.question_type)])];
  const rows = types.map((type) => tally(type, lines.filter((line) => line.question_type === type))).filter((row) => row.n > 0);
  const total = tally('all', lines);
  const metrics = rows.find((row) => row.type === 'metrics-generated');
  return {
    rows, total,
    metricsCorrectShare: share(metrics?.correct ?? 0, metrics?.n ?? 0),
    wrongShare: share(total.wrong, total.n),
    filingCitedShare: share(total.filingCited, total.answered),
  };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export function renderFinanceBenchMarkdown(summary: FinanceBenchAnswerSummary, heading = 'FinanceBench answers'): string {
  const line = (row: FinanceBenchTypeRow) =>
    `| ${row.type} | ${row.n} | ${row.figures} | ${row.correct} | ${row.wrong} | ${row.refused} | ${row.needsJudge} | ${row.filingCited}/${row.answered} (${percent(share(row.filingCited, row.answered))}) |`;
  return [
    `## ${heading}`, '',
    '| question type | n | figure golds | correct | wrong | refused | answered, needs judge | right filing cited (of answered) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...summary.rows.map(line), line(summary.total), '',
    `- metrics-generated correct with the figure in the first sentence: ${percent(summary.metricsCorrectShare)} (target ≥ 40%)`,
    `- wrong (figure golds answered without the figure) of all ${summary.total.n}: ${percent(summary.wrongShare)} (target ≤ 10%; non-figure answers need a judge)`,
    `- right filing cited among answered: ${percent(summary.filingCitedShare)} (target ≥ 70%)`, '',
  ].join('\n');
}
