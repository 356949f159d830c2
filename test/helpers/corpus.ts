/** @module The real report collection, built once per test file into a snapshot. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { IndexSnapshot } from '../../index/index.js';
import { buildDocument, type BuiltDocument } from '../../ingest/index.js';
import { snapshotOf } from './collection.js';

export const REPORTS_DIR = fileURLToPath(new URL('../../reports', import.meta.url));

let cached: Promise<{ snapshot: IndexSnapshot; built: BuiltDocument[] }> | undefined;

export function loadCorpus(): Promise<{ snapshot: IndexSnapshot; built: BuiltDocument[] }> {
  cached ??= (async () => {
    const files = readdirSync(REPORTS_DIR).filter((name) => name.endsWith('.txt')).sort();
    const built = await Promise.all(files.map((name) => buildDocument(name, readFileSync(join(REPORTS_DIR, name)))));
    return { snapshot: snapshotOf(built), built };
  })();
  return cached;
}

/** A deterministic stand-in for an embedding model: hashed bag of terms, 32 dimensions. */
export function fakeEmbedding(text: string): number[] {
  const vector = new Array<number>(32).fill(0);
  for (const word of text.toLowerCase().match(/[a-z]+|\p{Script=Han}/gu) ?? []) {
    let hash = 7;
    for (const char of word) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    vector[hash % 32]! += 1;
  }
  return vector;
}
