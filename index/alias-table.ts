/** @module The alias table: finds entity mentions in either language and maps them to canonical ids. */
import { ALIAS_SEED, type AliasEntry } from './alias-seed.js';
import { createNameMatcher } from './name-matcher.js';

export interface EntityMention {
  id: string;
  name: string;
  index: number;
}

export interface AliasTable {
  readonly entries: readonly AliasEntry[];
  /** Every mention, longest name first at each position; parents are added as ids too. */
  find(text: string): readonly EntityMention[];
  /** Canonical ids mentioned in `text` (with parents), in order of first mention. */
  ids(text: string): string[];
  get(id: string): AliasEntry | undefined;
}

/** How many texts' mentions the table remembers; a cleared memo costs one pass per text, never a wrong answer. */
const RECENT_TEXTS = 20_000;

export function createAliasTable(entries: readonly AliasEntry[] = ALIAS_SEED): AliasTable {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const recent = new Map<string, readonly EntityMention[]>();
  const match = createNameMatcher(entries.flatMap((entry) => withSpacedForms(entry.names).map((name) => [name, entry] as const)));
  // A spaced form is a name only as people type one, every part capitalised ("Deep Seek"): "we chat" is two words.
  const spaced = new Set(entries.flatMap((entry) => withSpacedForms(entry.names).filter((name) => !entry.names.includes(name)).map((name) => name.toLowerCase())));

  const find = (text: string): readonly EntityMention[] => {
    const known = recent.get(text);
    if (known) return known;
    const mentions: EntityMention[] = [];
    for (const { value: entry, index, length } of match(text)) {
      const name = text.slice(index, index + length);
      if (spaced.has(name.toLowerCase()) && !/^[A-Z]\S*(?:\s+[A-Z]\S*)+$/.test(name)) continue;
      mentions.push({ id: entry.id, name, index });
      let parent = entry.parent ? byId.get(entry.parent) : undefined;
      while (parent) {
        mentions.push({ id: parent.id, name, index });
        parent = parent.parent ? byId.get(parent.parent) : undefined;
      }
    }
    // One answer asks about the same sentences many times over (each scorer, each candidate, each fact's
    // quote when slots are filled: at 100× that scan was a fifth of an answer); frozen, so a caller cannot
    // change what the next one reads.
    if (recent.size >= RECENT_TEXTS) recent.clear();
    recent.set(text, Object.freeze(mentions.map((mention) => Object.freeze(mention))));
    return recent.get(text)!;
  };

  return {
    entries,
    find,
    ids: (text) => [...new Set(find(text).map((mention) => mention.id))],
    get: (id) => byId.get(id),
  };
}

/**
 * A name written as one word from several ("DeepSeek", "MiniMax") is also found spaced, as people type it ("Deep Seek",
 * "Mini Max"). Not one ending in an acronym: "open AI models" is no OpenAI.
 */
function withSpacedForms(names: readonly string[]): string[] {
  const spaced = names.filter((name) => JOINED_WORDS.test(name)).map((name) => name.replace(/(?<=[a-z])(?=[A-Z])/g, ' '));
  return [...new Set([...names, ...spaced])];
}

/** A capitalised word followed by one or more capitalised words with no space between them ("SiliconFlow", "ByteDance"). */
const JOINED_WORDS = /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/;

const STATED_PAIRS = [
  // "Moonshot AI (Chinese: 月之暗面)", "Iluvatar CoreX (燧原科技)"
  /([A-Z0-9][\w.&-]*(?:[ \t]+[A-Z0-9][\w.&-]*){0,4})[ \t]*[(（](?:Chinese:\s*)?([\p{Script=Han}]{2,12})[)）]/gu,
  // "Jingzhunxue, or 精准学 in Chinese"
  /([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}),? or ([\p{Script=Han}]{2,12}) in Chinese/gu,
  // "Deep Lang Technology" is the English translation for "深言科技"
  /"([^"]{2,40})" is the English (?:translation|name) for "([\p{Script=Han}]{2,12})"/gu,
];
/** 深度求索(DeepSeek): the Chinese name first. */
const STATED_PAIRS_HAN_FIRST = /([\p{Script=Han}]{2,12})\s*[(（]([A-Z][\w .-]{1,30})[)）]/gu;

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Adds the English–Chinese pairs the reports spell out to a copy of `entries`. */
export function harvestAliases(texts: string[], entries: readonly AliasEntry[] = ALIAS_SEED): AliasEntry[] {
  const result = entries.map((entry) => ({ ...entry, names: [...entry.names] }));
  const add = (english: string, chinese: string) => {
    const lowerEnglish = english.trim().toLowerCase();
    const existing = result.find((entry) => entry.names.some((name) => name.toLowerCase() === lowerEnglish || name === chinese));
    if (existing) {
      for (const name of [english.trim(), chinese]) if (!existing.names.some((known) => known.toLowerCase() === name.toLowerCase())) existing.names.push(name);
      return;
    }
    const id = slug(english);
    // "AI (人工智能)" is vocabulary, "Ctrip (携程)" a company.
    const kind = /^[A-Z]{1,3}$/.test(english.trim()) ? 'term' : 'company';
    if (id) result.push({ id, kind, names: [english.trim(), chinese] });
  };
  for (const text of texts) {
    for (const pattern of STATED_PAIRS) for (const match of text.matchAll(pattern)) add(match[1]!, match[2]!);
    for (const match of text.matchAll(STATED_PAIRS_HAN_FIRST)) add(match[2]!, match[1]!);
  }
  return result;
}
