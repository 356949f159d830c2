/**
 * @module A snapshot's paragraphs and documents by id, built once per snapshot and shared by every
 * question: at 100× the reports a fresh map of 26,000 paragraphs per question cost more than answering it.
 * Read-only: callers share one map.
 */
import type { Paragraph, ReportDocument } from '../core/index.js';
import type { IndexSnapshot } from './snapshot.js';

export interface SnapshotLookups {
  paragraphs: ReadonlyMap<string, Paragraph>;
  documents: ReadonlyMap<string, ReportDocument>;
}

const built = new WeakMap<IndexSnapshot, SnapshotLookups>();

export function snapshotLookups(snapshot: IndexSnapshot): SnapshotLookups {
  let lookups = built.get(snapshot);
  if (!lookups) {
    lookups = {
      paragraphs: new Map(snapshot.paragraphs.map((paragraph) => [paragraph.id, paragraph])),
      documents: new Map(snapshot.documents.map((document) => [document.docId, document])),
    };
    built.set(snapshot, lookups);
  }
  return lookups;
}
