/** @module Any folder of reports (or files given as bytes), built into a snapshot and opened, as ingest would. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionAliases, openIndex, searchableText, SNAPSHOT_VERSION, type IndexSnapshot, type OpenIndex } from '../../index/index.js';
import { buildDocument, extractFactsForIngest, INGEST_VERSION, type BuiltDocument } from '../../ingest/index.js';

/** Built documents as ingest would store them, with a fixed creation time so snapshots compare equal. */
export function snapshotOf(built: readonly BuiltDocument[]): IndexSnapshot {
  const paragraphs = built.flatMap((document) => document.paragraphs);
  return {
    version: SNAPSHOT_VERSION,
    ingestVersion: INGEST_VERSION,
    createdAt: '2026-01-01T00:00:00.000Z',
    documents: built.map((document) => document.document),
    paragraphs,
    aliases: collectionAliases(built.map((document) => document.document), paragraphs.map(searchableText)),
    facts: built.flatMap((document) => extractFactsForIngest(document.document, document.paragraphs)),
  };
}

export async function buildCollection(files: { name: string; bytes: Uint8Array }[]): Promise<{ snapshot: IndexSnapshot; built: BuiltDocument[]; index: OpenIndex }> {
  const built = await Promise.all(files.map((file) => buildDocument(file.name, file.bytes)));
  const snapshot = snapshotOf(built);
  return { snapshot, built, index: await openIndex(snapshot) };
}

export function readFolder(dir: string, pattern = /\.(?:md|txt|html?|pdf)$/i): { name: string; bytes: Uint8Array }[] {
  return readdirSync(dir).filter((name) => pattern.test(name)).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}
