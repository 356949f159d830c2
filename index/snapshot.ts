/** @module The index snapshot: documents, paragraphs, aliases and facts, checksummed as one JSON file. */
import { z } from 'zod';
import { BaogaoError, sha256Hex, type Fact, type Paragraph, type ReportDocument } from '../core/index.js';
import type { AliasEntry } from './alias-seed.js';
import { shareRepeatedStrings } from './share-strings.js';

export const SNAPSHOT_VERSION = 1;

export interface IndexSnapshot {
  version: typeof SNAPSHOT_VERSION;
  /** Which ingest logic produced the paragraphs and facts; a different one means nothing can be reused. */
  ingestVersion: string;
  createdAt: string;
  documents: ReportDocument[];
  paragraphs: Paragraph[];
  aliases: AliasEntry[];
  facts: Fact[];
  /** Dense vectors by paragraph id, when an embeddings endpoint was configured at ingest. */
  embeddings?: { model: string; vectors: Record<string, number[]> };
}

const envelopeSchema = z.object({
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  snapshot: z.object({
    version: z.literal(SNAPSHOT_VERSION),
    ingestVersion: z.string(),
    createdAt: z.string(),
    documents: z.array(z.object({ docId: z.string(), source: z.string(), contentHash: z.string() }).loose()),
    paragraphs: z.array(z.object({ id: z.string(), docId: z.string(), n: z.number(), text: z.string() }).loose()),
    aliases: z.array(z.object({ id: z.string(), names: z.array(z.string()) }).loose()),
    facts: z.array(z.object({ id: z.string(), paragraphId: z.string() }).loose()),
  }).loose(),
});

export async function serializeSnapshot(snapshot: IndexSnapshot): Promise<string> {
  const body = JSON.stringify(snapshot);
  return `{"checksum":"${await sha256Hex(body)}","snapshot":${body}}`;
}

/** Parses and verifies a serialized snapshot; a truncated or edited file is refused, never half-used. */
export async function parseSnapshot(serialized: string, source = 'index'): Promise<IndexSnapshot> {
  let raw: unknown;
  try {
    raw = JSON.parse(serialized);
  } catch (cause) {
    throw new BaogaoError('index_corrupt', { message: `${source} is not valid JSON (truncated?)`, cause });
  }
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) {
    throw new BaogaoError('index_corrupt', { message: `${source} has the wrong shape: ${parsed.error.issues[0]?.message}`, cause: parsed.error });
  }
  const body = serialized.slice(serialized.indexOf('"snapshot":') + '"snapshot":'.length, -1);
  if ((await sha256Hex(body)) !== parsed.data.checksum) {
    throw new BaogaoError('index_corrupt', { message: `${source} failed its checksum` });
  }
  return shareRepeatedStrings(parsed.data.snapshot as unknown as IndexSnapshot);
}
