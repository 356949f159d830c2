/** @module A remote store with the embedded one behind it: when Qdrant is down, answers keep coming. */
import { BaogaoError } from '../core/index.js';
import type { ReportStore } from './report-store.js';

export function withFallback(primary: ReportStore, fallback: ReportStore, onFallback: (reason: string) => void = () => {}): ReportStore {
  return {
    kind: primary.kind,
    sync: (points, plan) => primary.sync(points, plan),
    // The embedded copy answers whenever the remote store cannot, so there is nothing to report.
    check: async () => {},
    async search(query) {
      try {
        return await primary.search(query);
      } catch (error) {
        if (!BaogaoError.isInstance(error) || error.code !== 'upstream_unavailable') throw error;
        onFallback(error.message);
        return fallback.search(query);
      }
    },
  };
}
