/**
 * @module Entities learned from the collection itself: each document's company (from its title, file
 * name or header) and the legal names the reports print ("Acme Tools, Inc.", "Birch Foods Corporation",
 * "Ant Group", "Volcano Co., Ltd."), merged with the English–Chinese pairs the reports state. The
 * seeded table is an optional overlay on top, never the only vocabulary.
 */
import { ALIAS_SEED, type AliasEntry } from './alias-seed.js';
import { harvestAliases } from './alias-table.js';

/** What a document contributes: the company it is about, when ingest found one. */
export interface EntitySource {
  company?: string | null | undefined;
}

const LEGAL_SUFFIX = String.raw`(?:Inc\.?|Incorporated|Corporation|Corp\.|Company|Co\.,? Ltd\.?|Group|plc|PLC|Ltd\.|Limited|Holdings)`;
// Up to four capitalised words, then a legal suffix: "Acme Tools, Inc.", "The Coca-Cola Company".
const LEGAL_NAME = new RegExp(String.raw`\b((?:[A-Z][\w&'’-]*|\d[\w&-]*[A-Za-z][\w&-]*)(?:\s+(?:[A-Z][\w&'’-]*|&|of|and)){0,3}),?\s+(${LEGAL_SUFFIX})(?![\w])`, 'g');
/** First words that make a legal-looking phrase generic ("The Company", "Parent Holdings", "Each Group"). */
const GENERIC_START = /^(?:The|This|That|These|Our|Its|Their|Such|Each|Any|All|Other|Parent|Holding|Operating|Subsidiary|Subsidiaries|Investment|Trust|Business|Segment|Global|International|National|Total|New|In|At|On|For|By|With|From|And|Of|A|An)$/;
const TITLE_OR_LINK = /^(?:of|and|&|CEO|CFO|COO|CTO|Chairman|Chairwoman|Chair|President|Director|Head|Chief|Founder|Co-founder|Vice|Executive|Senior|Former|Mr|Ms|Dr)$/i;
/** A legal name printed at least this often across the collection becomes an entity. */
const MIN_MENTIONS = 2;

export function entitySlug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

interface LegalName {
  words: string[];
  suffix: string;
  comma: boolean;
}

function legalNames(texts: readonly string[]): Map<string, { name: LegalName; count: number }> {
  const found = new Map<string, { name: LegalName; count: number }>();
  for (const text of texts) {
    for (const match of text.matchAll(LEGAL_NAME)) {
      const words = match[1]!.trim().split(/\s+/);
      // "CEO of Alibaba Group" is Alibaba's; "The Company", "Parent Holdings" name no one.
      while (words.length && (GENERIC_START.test(words[0]!) || TITLE_OR_LINK.test(words[0]!))) words.shift();
      if (!words.length || /^(?:&|of|and)$/i.test(words.at(-1)!)) continue;
      const name: LegalName = { words, suffix: match[2]!, comma: match[0].includes(',') };
      const key = `${words.join(' ')}|${name.suffix}`;
      const entry = found.get(key) ?? { name, count: 0 };
      entry.count++;
      found.set(key, entry);
    }
  }
  return found;
}

/**
 * Words the reports write in lower case at least as often as capitalised ("Consolidated", "Services"):
 * not a name's first word. "Advanced" in "Advanced Micro Devices" is capitalised far more often.
 */
function commonWords(texts: readonly string[]): Set<string> {
  const counts = new Map<string, { lower: number; upper: number }>();
  for (const text of texts) {
    for (const match of text.matchAll(/(?<![\w'’-])[A-Za-z][a-z'’-]+/g)) {
      const word = match[0].toLowerCase();
      const count = counts.get(word) ?? { lower: 0, upper: 0 };
      if (match[0][0] === word[0]) count.lower++;
      else count.upper++;
      counts.set(word, count);
    }
  }
  return new Set([...counts].filter(([, count]) => count.lower >= 2 && count.lower >= count.upper).map(([word]) => word));
}

/**
 * The collection's alias table: the seed (unless `seed` is empty), the pairs the reports state, each
 * document's company, and legal names printed at least twice. A legal name whose tail is a known
 * entity ("Contents The Boeing Company" → Boeing) becomes another name of it; one that starts with
 * a known entity ("Amcor Flexibles North America, Inc.") is a new entity with that one as its parent.
 */
export function collectionAliases(documents: readonly EntitySource[], texts: readonly string[], seed: readonly AliasEntry[] = ALIAS_SEED): AliasEntry[] {
  const result = harvestAliases([...texts], seed);
  const byName = new Map<string, AliasEntry>();
  for (const entry of result) for (const name of entry.names) byName.set(name.toLowerCase(), entry);
  const ids = new Set(result.map((entry) => entry.id));
  const addNames = (entry: AliasEntry, names: string[]) => {
    for (const name of names) {
      if (byName.has(name.toLowerCase())) continue;
      entry.names.push(name);
      byName.set(name.toLowerCase(), entry);
    }
  };
  const create = (names: string[], parent?: string) => {
    if (names.every((name) => byName.has(name.toLowerCase()))) return;
    const base = entitySlug(names[0]!);
    if (!base) return;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    const made: AliasEntry = { id, kind: 'company', names: [], ...(parent ? { parent } : {}) };
    result.push(made);
    addNames(made, names);
  };
  const common = commonWords(texts);
  for (const document of documents) {
    const company = document.company?.trim();
    if (!company) continue;
    // "Coca-Cola" is also written "Coca Cola"; "AES Corporation" is also "AES".
    const short = company.replace(new RegExp(String.raw`,?\s+${LEGAL_SUFFIX}$`), '').trim();
    const variants = [company, company.replace(/-/g, ' '), ...(short !== company && short.length >= 2 && !common.has(short.toLowerCase()) ? [short] : [])];
    const names = [...new Set(variants)];
    const known = names.map((name) => byName.get(name.toLowerCase())).find(Boolean);
    if (known) addNames(known, names);
    else create(names);
  }
  for (const { name, count } of legalNames(texts).values()) {
    if (count < MIN_MENTIONS) continue;
    const full = (words: string[]) => `${words.join(' ')}${name.comma ? ',' : ''} ${name.suffix}`;
    // The shortest known tail names it: "Contents The Boeing" → "Boeing".
    const known = (words: string[]) => byName.get(words.join(' ').toLowerCase()) ?? byName.get(full(words).toLowerCase());
    const tail = name.words.map((_, i) => name.words.slice(i)).find((words) => known(words));
    if (tail) {
      addNames(known(tail)!, [full(tail)]);
      continue;
    }
    // A name that starts with a common word is more likely a heading run into a name ("Consolidated
    // Statements Acme Inc.", "Current Health Ltd."): left out rather than guessed.
    const words = name.words;
    if (common.has(words[0]!.toLowerCase())) continue;
    const parent = words.map((_, i) => words.slice(0, words.length - 1 - i)).find((head) => head.length && byName.has(head.join(' ').toLowerCase()));
    create([words.join(' '), full(words)], parent ? byName.get(parent.join(' ').toLowerCase())!.id : undefined);
  }
  return result;
}

/** The entity id a document's company has in `entries`, when it has one. */
export function companyId(entries: readonly AliasEntry[], company: string | null | undefined): string | undefined {
  if (!company) return undefined;
  const lower = company.trim().toLowerCase();
  return entries.find((entry) => entry.names.some((name) => name.toLowerCase() === lower))?.id;
}
