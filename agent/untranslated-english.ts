/**
 * @module The "wholly in Chinese" check: runs of English words in a Chinese answer's own sentences.
 * Quotes (the reports' own words), citation markers, names (the alias table's, a report's publisher,
 * capitalised proper nouns), acronyms and units are allowed; a lower-case English phrase is not.
 */
import type { AliasTable } from '../index/index.js';

/** Lower-case words that are units or symbols, not English prose ("GPUs" is an acronym, "bn" is not used). */
const UNIT_WORDS = new Set(['x', 'vs', 'km', 'kg', 'tb', 'gb', 'mb', 'pp']);

/** The answer without quotes, titles and markers: only what the answer says in its own words. */
function ownSentences(answer: string): string {
  // A quoted sentence may quote in turn (“… the “disorderly capital expansion” of tech companies.”): one level of nesting is inside it.
  return answer.replace(/“(?:[^“”]|“[^“”]*”)*”|「[^」]*」|《[^》]*》|"[^"]*"/g, ' ').replace(/\[\d+\]/g, ' ');
}

/**
 * Runs of lower-case English words left once names, acronyms and units are taken out (empty means wholly Chinese).
 * Words the asker wrote in English themselves ("每百万token收费多少?") are theirs, said back as asked: `asked` is the question.
 */
export function untranslatedEnglish(answer: string, aliases: AliasTable, extraNames: string[] = [], asked = ''): string[] {
  let text = ownSentences(answer);
  const names = [...aliases.entries.flatMap((entry) => entry.names), ...extraNames].filter((name) => /[A-Za-z]/.test(name)).sort((a, b) => b.length - a.length);
  for (const name of names) text = text.split(name).join(' ');
  // A token with a capital or a digit is a name, an acronym or a model ("Wang Xingxing", "H20", "Qwen2.5-Max", "iFLYTEK").
  const words = text.replace(/['’]s\b/g, ' ').replace(/[A-Za-z0-9.&'’-]*[A-Z0-9][A-Za-z0-9.&'’-]*/g, ' ');
  const runs = words.match(/[a-z]+(?:[\s,'’-]+[a-z]+)*/g) ?? [];
  const askersOwn = new Set(asked.toLowerCase().match(/[a-z]+/g) ?? []);
  return runs.map((run) => run.trim()).filter((run) => run.length > 1 && !UNIT_WORDS.has(run) && !run.split(/[\s,'’-]+/).every((word) => askersOwn.has(word)));
}
