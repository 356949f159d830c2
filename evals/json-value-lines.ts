/** @module Where each value of a JSON text starts (1-based line), keyed by its path ("questions.3.expect"), so errors can name the line. */

/** Line of every value in `text`, keyed by dotted path ('' is the root). Assumes `text` is valid JSON. */
export function jsonValueLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let position = 0;
  let line = 1;
  const skipSpace = () => {
    while (position < text.length && /\s/.test(text[position]!)) {
      if (text[position] === '\n') line++;
      position++;
    }
  };
  const readString = (): string => {
    const start = position;
    position++;
    while (position < text.length && text[position] !== '"') position += text[position] === '\\' ? 2 : 1;
    position++;
    return JSON.parse(text.slice(start, position)) as string;
  };
  const readValue = (path: string): void => {
    skipSpace();
    lines.set(path, line);
    const char = text[position];
    const child = (key: string) => (path ? `${path}.${key}` : key);
    if (char === '{') {
      position++;
      skipSpace();
      while (text[position] !== '}' && position < text.length) {
        skipSpace();
        const key = readString();
        skipSpace();
        position++; // the colon
        readValue(child(key));
        skipSpace();
        if (text[position] === ',') position++;
        skipSpace();
      }
      position++;
    } else if (char === '[') {
      position++;
      skipSpace();
      for (let i = 0; text[position] !== ']' && position < text.length; i++) {
        readValue(child(String(i)));
        skipSpace();
        if (text[position] === ',') position++;
        skipSpace();
      }
      position++;
    } else if (char === '"') {
      readString();
    } else {
      while (position < text.length && !/[\s,\]}]/.test(text[position]!)) position++;
    }
  };
  readValue('');
  return lines;
}

/** The line of the deepest known value on `path` (a field that is missing points at its parent). */
export function lineOf(lines: Map<string, number>, path: (string | number)[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const found = lines.get(path.slice(0, depth).join('.'));
    if (found !== undefined) return found;
  }
  return 1;
}

/** 1-based line of a character offset. */
export function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(offset, text.length); i++) if (text[i] === '\n') line++;
  return line;
}
