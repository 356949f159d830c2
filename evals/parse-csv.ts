/** @module A small RFC 4180 CSV reader (quoted fields, doubled quotes, newlines inside quotes) that keeps each record's line. */

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
}

/** Records of `text`; blank lines are skipped. Throws with the line when a quote is never closed. */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const source = text.replace(/^\uFEFF/, '');
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0]!.trim() !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') { field += '"'; i++; }
      else if (char === '"') quoted = false;
      else { if (char === '\n') line++; field += char; }
      continue;
    }
    if (char === '"' && field.trim() === '') { quoted = true; quoteLine = line; field = ''; }
    else if (char === ',') { fields.push(field); field = ''; }
    else if (char === '\r' && source[i + 1] === '\n') continue;
    else if (char === '\n' || char === '\r') { endRecord(); line++; recordLine = line; }
    else field += char;
  }
  if (quoted) throw new SyntaxError(`line ${quoteLine}: a quoted field is never closed`);
  endRecord();
  return records;
}
