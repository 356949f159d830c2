/** @module Everything a reader needs from a snapshot: aliases, tokenizer, store and searcher, wired once. */
import { createAliasTable, type AliasTable } from './alias-table.js';
import type { Embedder } from './embedder.js';
import { createMemoryStore } from './memory-store.js';
import type { ReportStore } from './report-store.js';
import { withFallback } from './fallback-store.js';
import { buildPointsInSlices, createSearcher, type Searcher } from './searcher.js';
import type { IndexSnapshot } from './snapshot.js';
import { createTokenizer, type Tokenizer } from './tokenizer.js';

export interface OpenIndex {
  snapshot: IndexSnapshot;
  aliases: AliasTable;
  tokenizer: Tokenizer;
  searcher: Searcher;
  store: ReportStore;
}

/**
 * The embedded store is filled from the snapshot here; a remote store (Qdrant) is already
 * filled by ingest and is only queried.
 */
export interface OpenIndexOptions {
  store?: ReportStore | undefined;
  embedder?: Embedder | undefined;
  /** With a remote store: search the snapshot in memory when the remote one fails. */
  fallbackToEmbedded?: boolean;
  onFallback?: (reason: string) => void;
}

export async function openIndex(snapshot: IndexSnapshot, options: OpenIndexOptions = {}): Promise<OpenIndex> {
  const aliases = createAliasTable(snapshot.aliases);
  const tokenizer = createTokenizer(aliases);
  let store = options.store ?? createMemoryStore();
  // In slices: a server opening a rebuilt index keeps answering from the old one meanwhile.
  if (store.kind === 'memory') await store.sync(await buildPointsInSlices(snapshot, tokenizer, aliases), { removedDocIds: [], rebuild: true });
  else if (options.fallbackToEmbedded) {
    const embedded = createMemoryStore();
    await embedded.sync(await buildPointsInSlices(snapshot, tokenizer, aliases), { removedDocIds: [], rebuild: true });
    store = withFallback(store, embedded, options.onFallback);
  }
  return { snapshot, aliases, tokenizer, store, searcher: createSearcher({ snapshot, store, tokenizer, embedder: options.embedder }) };
}
