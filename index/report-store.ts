/** @module One interface for the two paragraph stores (embedded and Qdrant). */
import type { Paragraph, SearchFilter } from '../core/index.js';
import type { SparseVector } from './bm25.js';

export interface IndexedParagraph {
  paragraph: Paragraph;
  /** The report's date, for date-range filters. */
  date: string | null;
  /** Canonical entity ids mentioned, for entity filters. */
  entities: string[];
  sparse: SparseVector;
  dense?: number[];
}

export interface StoreQuery {
  sparse: SparseVector;
  dense?: number[];
  filter?: SearchFilter;
  limit: number;
}

export interface StoreHit {
  id: string;
  score: number;
  /** Stores that keep the paragraph with the point (Qdrant's payload) return it. */
  paragraph?: Paragraph;
}

export interface SyncPlan {
  /** Documents whose points must go (changed or removed). */
  removedDocIds: string[];
  /** True: build a fresh collection and swap it in; false: update in place. */
  rebuild: boolean;
}

export interface ReportStore {
  readonly kind: 'memory' | 'qdrant';
  /** Makes the store hold exactly `points`. */
  sync(points: IndexedParagraph[], plan: SyncPlan): Promise<void>;
  search(query: StoreQuery): Promise<StoreHit[]>;
  /** Throws `upstream_unavailable` when searches would fail now (a remote store that is down); for /readyz. */
  check?(): Promise<void>;
}

/** How many candidates each side of a hybrid query contributes before fusion. */
export const PREFETCH_LIMIT = 50;
