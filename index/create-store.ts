/** @module Picks the store from config, so nothing else branches on whether Qdrant is set. */
import type { Config } from '../core/index.js';
import { createMemoryStore } from './memory-store.js';
import { createQdrantStore } from './qdrant-store.js';
import type { ReportStore } from './report-store.js';

export function createStore(config: Pick<Config, 'qdrant'>): ReportStore {
  return config.qdrant ? createQdrantStore(config.qdrant) : createMemoryStore();
}
