/** @module CSV question files: one question a row, a header naming the columns; rows become the same objects a JSON file holds. */
import type { CsvRecord } from './parse-csv.js';

/** Column names people write → the field they fill. */
const COLUMNS: Record<string, string> = {
  id: 'id', question: 'question', kind: 'kind', subkind: 'subkind', lang: 'lang', split: 'split', batch: 'batch', group: 'group',
  figures: 'figures', expected_figures: 'figures',
  terms: 'terms', expected_terms: 'terms',
  refusal: 'refusal', refuse: 'refusal',
  answer: 'answer', expected_answer: 'answer', reference_answer: 'answer',
  lead: 'lead', forbidden: 'forbidden', calculation: 'calculation', paragraphs: 'paragraphs',
};
const EXPECT_FIELDS = new Set(['figures', 'terms', 'refusal', 'answer', 'lead', 'forbidden', 'calculation', 'paragraphs']);
export const CSV_COLUMN_NAMES = [...new Set(Object.values(COLUMNS))];

export interface CsvRow {
  line: number;
  value: Record<string, unknown>;
  /** The column (as written in the header) for a field path such as "expect.figures". */
  columnFor: (path: (string | number)[]) => string | undefined;
}

export class CsvHeaderError extends Error {}

const list = (cell: string) => cell.split(';').map((part) => part.trim()).filter(Boolean);
const TRUE = /^(true|yes|y|1)$/i;
const FALSE = /^(false|no|n|0)$/i;
/** "yes" → true, "" → left out (the default), anything else kept as text so the schema names it. */
const flag = (cell: string): unknown => (TRUE.test(cell) ? true : FALSE.test(cell) ? false : cell);

function cellValue(field: string, cell: string): unknown {
  switch (field) {
    case 'figures': case 'forbidden': return list(cell);
    case 'terms': return list(cell).map((group) => group.split('|').map((term) => term.trim()).filter(Boolean));
    case 'paragraphs': return list(cell).map((part) => { const colon = part.indexOf(':'); return colon < 0 ? { doc: '', find: part } : { doc: part.slice(0, colon).trim(), find: part.slice(colon + 1).trim() }; });
    case 'refusal': case 'lead': case 'calculation': return flag(cell);
    case 'batch': return /^\d+$/.test(cell) ? Number(cell) : cell;
    default: return cell;
  }
}

/** Figures and terms separated by ";", a term's alternatives by "|", paragraphs as "doc: text"; yes/no or true/false flags. */
export function csvRowsToQuestions(records: CsvRecord[]): CsvRow[] {
  const [header, ...rows] = records;
  if (!header) return [];
  const fields = header.fields.map((name) => COLUMNS[name.trim().toLowerCase().replace(/[\s-]+/g, '_')]);
  const unknown = header.fields.filter((_, i) => !fields[i]);
  if (unknown.length) throw new CsvHeaderError(`line ${header.line}: unknown column "${unknown[0]!.trim()}" (columns: ${CSV_COLUMN_NAMES.join(', ')})`);
  if (!fields.includes('question')) throw new CsvHeaderError(`line ${header.line}: no "question" column (columns: ${CSV_COLUMN_NAMES.join(', ')})`);
  const columnOf = new Map(fields.map((field, i) => [field!, header.fields[i]!.trim()]));
  return rows.map((record) => {
    const value: Record<string, unknown> = {};
    const expect: Record<string, unknown> = {};
    record.fields.forEach((raw, i) => {
      const field = fields[i];
      const cell = raw.trim();
      if (!field || cell === '') return;
      (EXPECT_FIELDS.has(field) ? expect : value)[field] = cellValue(field, cell);
    });
    value.expect = expect;
    return {
      line: record.line, value,
      columnFor: (path) => columnOf.get(String(path[0] === 'expect' ? path[1] : path[0])),
    };
  });
}
