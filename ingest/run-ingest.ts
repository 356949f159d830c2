/**
 * @module The ingest pipeline: read → clean → paragraphs → facts → (embeddings) → snapshot → store.
 * Incremental by content hash; the old snapshot stays in service until the new one is renamed in.
 */
import { readFile, stat } from 'node:fs/promises';
import { BaogaoError, fingerprint, sha256Hex, type Fact, type Paragraph, type ReportDocument } from '../core/index.js';
import {
  ALIAS_SEED, buildPoints, collectionAliases, createAliasTable, createTokenizer, searchableText, SNAPSHOT_VERSION,
  type Embedder, type IndexSnapshot, type ReportStore,
} from '../index/index.js';
import { readSnapshotFile, writeSnapshotFile } from '../index/snapshot-file.js';
import { buildDocument } from './build-document.js';
import { listReports } from './list-reports.js';

export type IngestEvent =
  | { phase: 'read'; file: string; done: number; total: number; status: 'built' | 'unchanged' | 'skipped' }
  | { phase: 'embed'; done: number; total: number }
  | { phase: 'store'; kind: string }
  | { phase: 'warn'; message: string };

/**
 * Bump the date part when cleaning, splitting, pairing or fact extraction changes: older snapshots are then
 * rebuilt in full. The alias table decides which company owns a fact, so its fingerprint is part of the
 * version too: an edited seed rebuilds the index without anyone remembering to bump.
 */
export const INGEST_VERSION = `2026-12-07.20+aliases.${fingerprint(JSON.stringify(ALIAS_SEED))}`;

/** Larger files are skipped with a reason (MAX_REPORT_BYTES): 8 MB is a long book as text, a thick PDF. */
export const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;

export interface IngestSummary {
  documents: number;
  paragraphs: number;
  pairs: number;
  facts: number;
  built: string[];
  unchanged: string[];
  removed: string[];
  skipped: { file: string; reason: string }[];
  store: 'memory' | 'qdrant';
  seconds: number;
  snapshotPath: string;
}

export interface IngestOptions {
  reportsDir: string;
  dataDir: string;
  store: ReportStore;
  embedder?: Embedder | undefined;
  /** Ignore the previous snapshot and rebuild everything (and a fresh Qdrant collection). */
  rebuild?: boolean;
  /** Follow links that lead out of the reports folder (FOLLOW_LINKS_OUTSIDE=1). */
  followLinksOutside?: boolean;
  /** Files larger than this are skipped (not read) with a reason; default DEFAULT_MAX_FILE_BYTES. */
  maxFileBytes?: number;
  /** Turns a document's paragraphs into facts; ingest stores whatever it returns. */
  extractFacts?: (document: ReportDocument, paragraphs: Paragraph[]) => Fact[] | Promise<Fact[]>;
  onProgress?: (event: IngestEvent) => void;
  clock?: () => number;
}

interface DocumentEntry {
  document: ReportDocument;
  paragraphs: Paragraph[];
  facts: Fact[];
  pairs: number;
}

async function previousSnapshot(dataDir: string, rebuild: boolean, warn: (message: string) => void): Promise<IndexSnapshot | undefined> {
  if (rebuild) return undefined;
  try {
    const snapshot = await readSnapshotFile(dataDir);
    if (snapshot.ingestVersion === INGEST_VERSION) return snapshot;
    warn(`index was built by ingest ${snapshot.ingestVersion}, this is ${INGEST_VERSION}; rebuilding every report`);
    return undefined;
  } catch (error) {
    const wrapped = BaogaoError.from(error);
    // The snapshot's place is taken (a directory): no point reading every report first.
    if (wrapped.code === 'invalid_config') throw wrapped;
    if (wrapped.code === 'index_corrupt') warn(`${wrapped.message}; rebuilding from the reports`);
    return undefined;
  }
}

/** Two reports that slug alike get -2, -3 … in file order, so ids stay stable. */
function withUniqueDocId(entry: DocumentEntry, taken: Set<string>): DocumentEntry {
  let docId = entry.document.docId;
  for (let n = 2; taken.has(docId); n++) docId = `${entry.document.docId}-${n}`;
  taken.add(docId);
  if (docId === entry.document.docId) return entry;
  const paragraphs = entry.paragraphs.map((paragraph) => ({ ...paragraph, docId, id: `${docId}#p${paragraph.n}` }));
  const facts = entry.facts.map((fact) => ({ ...fact, docId, id: fact.id.replace(entry.document.docId, docId), paragraphId: fact.paragraphId.replace(entry.document.docId, docId) }));
  return { ...entry, document: { ...entry.document, docId }, paragraphs, facts };
}

export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const progress = options.onProgress ?? (() => {});
  const warn = (message: string) => progress({ phase: 'warn', message });
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const listed = await listReports(options.reportsDir, { followLinksOutside: options.followLinksOutside ?? false });
  const previous = await previousSnapshot(options.dataDir, options.rebuild ?? false, warn);
  const previousBySource = new Map(previous?.documents.map((document) => [document.source, document]) ?? []);
  const skipped = [...listed.skipped, ...listed.unsupported.map((file) => ({ file, reason: 'unsupported file type' }))];
  for (const file of skipped) warn(`skipping ${file.file}: ${file.reason}`);

  const entries: DocumentEntry[] = [];
  const built: string[] = [];
  const unchanged: string[] = [];
  for (const [index, file] of listed.files.entries()) {
    const report = (status: 'built' | 'unchanged' | 'skipped') => progress({ phase: 'read', file: file.name, done: index + 1, total: listed.files.length, status });
    try {
      const size = (await stat(file.path)).size;
      if (size > maxFileBytes) {
        throw new BaogaoError('unreadable_file', { message: `${size.toLocaleString('en')} bytes, over the ${maxFileBytes.toLocaleString('en')}-byte limit (MAX_REPORT_BYTES)`, field: file.name });
      }
      const bytes = new Uint8Array(await readFile(file.path));
      const known = previousBySource.get(file.name);
      if (previous && known && known.contentHash === (await sha256Hex(bytes))) {
        const paragraphs = previous.paragraphs.filter((paragraph) => paragraph.docId === known.docId);
        const ids = new Set(paragraphs.map((paragraph) => paragraph.id));
        entries.push({ document: known, paragraphs, facts: previous.facts.filter((fact) => ids.has(fact.paragraphId)), pairs: paragraphs.filter((p) => p.original).length });
        unchanged.push(file.name);
        report('unchanged');
        continue;
      }
      const document = await buildDocument(file.name, bytes);
      if (document.paragraphs.length === 0) throw new BaogaoError('unreadable_file', { message: `${file.name} has no paragraphs after cleaning` });
      const facts = (await options.extractFacts?.(document.document, document.paragraphs)) ?? [];
      entries.push({ document: document.document, paragraphs: document.paragraphs, facts, pairs: document.pairs });
      built.push(file.name);
      report('built');
    } catch (error) {
      const reason = BaogaoError.from(error, 'unreadable_file').message;
      skipped.push({ file: file.name, reason });
      warn(`skipping ${file.name}: ${reason}`);
      report('skipped');
    }
  }

  const taken = new Set<string>();
  const unique = entries.map((entry) => withUniqueDocId(entry, taken));
  const paragraphs = unique.flatMap((entry) => entry.paragraphs);
  const keptSources = new Set(unique.map((entry) => entry.document.source));
  const removed = [...previousBySource.values()].filter((document) => !keptSources.has(document.source)).map((document) => document.source);
  const snapshot: IndexSnapshot = {
    version: SNAPSHOT_VERSION,
    ingestVersion: INGEST_VERSION,
    createdAt: new Date().toISOString(),
    documents: unique.map((entry) => entry.document),
    paragraphs,
    // The collection's own companies and legal names, the stated pairs, and the seed as an overlay.
    aliases: collectionAliases(unique.map((entry) => entry.document), paragraphs.map(searchableText)),
    facts: unique.flatMap((entry) => entry.facts),
  };
  if (options.embedder) {
    const vectors: Record<string, number[]> = {};
    const texts = paragraphs.map(searchableText);
    const embedded = await options.embedder.embedDocuments(texts);
    paragraphs.forEach((paragraph, i) => { vectors[paragraph.id] = embedded[i]!; });
    progress({ phase: 'embed', done: paragraphs.length, total: paragraphs.length });
    snapshot.embeddings = { model: options.embedder.model, vectors };
  }

  if (options.store.kind !== 'memory') {
    progress({ phase: 'store', kind: options.store.kind });
    const aliases = createAliasTable(snapshot.aliases);
    const changedOrRemoved = previous?.documents.filter((document) => built.includes(document.source) || removed.includes(document.source)).map((document) => document.docId) ?? [];
    await options.store.sync(buildPoints(snapshot, createTokenizer(aliases), aliases), { removedDocIds: changedOrRemoved, rebuild: options.rebuild ?? !previous });
  }
  const snapshotPath = await writeSnapshotFile(options.dataDir, snapshot);
  return {
    documents: snapshot.documents.length,
    paragraphs: paragraphs.length,
    pairs: unique.reduce((sum, entry) => sum + entry.pairs, 0),
    facts: snapshot.facts.length,
    built,
    unchanged,
    removed,
    skipped,
    store: options.store.kind,
    seconds: Number(((clock() - started) / 1000).toFixed(3)),
    snapshotPath,
  };
}
