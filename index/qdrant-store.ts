/**
 * @module The Qdrant store: named `dense` and `sparse` (IDF modifier) vectors, payload indexes,
 * deterministic point ids, hybrid queries with prefetch + RRF, and rebuilds that swap an alias.
 */
import type { QdrantClient } from '@qdrant/js-client-rest';
import { BaogaoError, type Paragraph, type SearchFilter } from '../core/index.js';
import { RRF_K } from './bm25.js';
import { PREFETCH_LIMIT, type IndexedParagraph, type ReportStore, type StoreHit, type SyncPlan } from './report-store.js';

export interface QdrantStoreOptions {
  url: string;
  apiKey?: string | undefined;
  /** The alias readers query; the real collections are `${collection}-${timestamp}`. */
  collection: string;
  /** Injected for tests and Workers; defaults to a client built from url and apiKey. */
  client?: QdrantClient;
  now?: () => number;
  batchSize?: number;
  /** Per request; a Qdrant that does not answer in time is down, not slow. */
  timeoutMs?: number;
}

type QdrantFilter = { must: Record<string, unknown>[] };

/** A UUID derived from the paragraph id, so re-ingest overwrites instead of duplicating. */
export async function pointId(paragraphId: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(paragraphId)));
  const hex = [...digest.subarray(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function toQdrantFilter(filter: SearchFilter | undefined): QdrantFilter | undefined {
  if (!filter) return undefined;
  const must: Record<string, unknown>[] = [];
  if (filter.docId !== undefined) must.push({ key: 'docId', match: { any: Array.isArray(filter.docId) ? filter.docId : [filter.docId] } });
  if (filter.lang) must.push({ key: 'langs', match: { value: filter.lang } });
  if (filter.entities?.length) must.push({ key: 'entities', match: { any: filter.entities } });
  if (filter.dateFrom || filter.dateTo) {
    must.push({ key: 'date', range: { ...(filter.dateFrom ? { gte: `${filter.dateFrom}T00:00:00Z` } : {}), ...(filter.dateTo ? { lte: `${filter.dateTo}T23:59:59Z` } : {}) } });
  }
  return must.length ? { must } : undefined;
}

async function toPoint(point: IndexedParagraph) {
  const { paragraph } = point;
  return {
    id: await pointId(paragraph.id),
    vector: { sparse: point.sparse, ...(point.dense ? { dense: point.dense } : {}) },
    payload: {
      paragraph,
      paragraphId: paragraph.id,
      docId: paragraph.docId,
      langs: paragraph.original ? [paragraph.lang, 'zh'] : [paragraph.lang],
      entities: point.entities,
      ...(point.date ? { date: `${point.date}T00:00:00Z` } : {}),
    },
  };
}

function upstream(message: string, cause: unknown): BaogaoError {
  return new BaogaoError('upstream_unavailable', { message, cause });
}

export function createQdrantStore(options: QdrantStoreOptions): ReportStore {
  // The client library is loaded on first use: a CLI command or server on the embedded store never loads it.
  let loading: Promise<QdrantClient> | undefined = options.client ? Promise.resolve(options.client) : undefined;
  const qdrant = () => (loading ??= import('@qdrant/js-client-rest').then(({ QdrantClient }) => new QdrantClient({ url: options.url, apiKey: options.apiKey, checkCompatibility: false, timeout: options.timeoutMs ?? 5_000 })));
  const alias = options.collection;
  const now = options.now ?? Date.now;
  const batchSize = options.batchSize ?? 256;

  async function createCollection(name: string, denseSize: number | undefined) {
    await (await qdrant()).createCollection(name, {
      ...(denseSize ? { vectors: { dense: { size: denseSize, distance: 'Cosine' as const } } } : { vectors: {} }),
      sparse_vectors: { sparse: { modifier: 'idf' } },
    });
    for (const [field, schema] of [['docId', 'keyword'], ['langs', 'keyword'], ['entities', 'keyword'], ['date', 'datetime']] as const) {
      await (await qdrant()).createPayloadIndex(name, { field_name: field, field_schema: schema, wait: true });
    }
  }

  async function upsertAll(name: string, points: IndexedParagraph[]) {
    for (let start = 0; start < points.length; start += batchSize) {
      const batch = await Promise.all(points.slice(start, start + batchSize).map(toPoint));
      await (await qdrant()).upsert(name, { wait: true, points: batch });
    }
  }

  async function currentCollection(): Promise<string | undefined> {
    const { aliases } = await (await qdrant()).getCollectionAliases(alias).catch(() => ({ aliases: [] as { collection_name: string }[] }));
    return aliases[0]?.collection_name;
  }

  return {
    kind: 'qdrant',
    async sync(points: IndexedParagraph[], plan: SyncPlan) {
      try {
        const existing = await currentCollection();
        if (plan.rebuild || !existing) {
          const fresh = `${alias}-${now()}`;
          await createCollection(fresh, points.find((point) => point.dense)?.dense?.length);
          await upsertAll(fresh, points);
          // Readers switch in one step: the alias moves only once the new collection is complete.
          await (await qdrant()).updateCollectionAliases({
            actions: [
              ...(existing ? [{ delete_alias: { alias_name: alias } }] : []),
              { create_alias: { collection_name: fresh, alias_name: alias } },
            ],
          });
          if (existing) await (await qdrant()).deleteCollection(existing);
          return;
        }
        if (plan.removedDocIds.length) {
          await (await qdrant()).delete(existing, { wait: true, filter: { must: [{ key: 'docId', match: { any: plan.removedDocIds } }] } });
        }
        await upsertAll(existing, points);
      } catch (cause) {
        throw BaogaoError.isInstance(cause) ? cause : upstream(`Qdrant sync failed: ${cause instanceof Error ? cause.message : String(cause)}`, cause);
      }
    },
    async check() {
      // The cheapest request that goes the way searches go: through the alias to a collection.
      try {
        await (await qdrant()).query(alias, { limit: 1, with_payload: false });
      } catch (cause) {
        throw upstream(`Qdrant is not answering: ${cause instanceof Error ? cause.message : String(cause)}`, cause);
      }
    },
    async search(query): Promise<StoreHit[]> {
      const filter = toQdrantFilter(query.filter);
      const sparse = { query: query.sparse, using: 'sparse' };
      const request = query.dense
        ? {
            prefetch: [{ ...sparse, limit: PREFETCH_LIMIT, ...(filter ? { filter } : {}) }, { query: query.dense, using: 'dense', limit: PREFETCH_LIMIT, ...(filter ? { filter } : {}) }],
            query: { rrf: { k: RRF_K } },
          }
        : { ...sparse, ...(filter ? { filter } : {}) };
      try {
        const result = await (await qdrant()).query(alias, { ...request, limit: query.limit, with_payload: true });
        return result.points.map((point) => {
          const paragraph = (point.payload as { paragraph?: Paragraph } | null | undefined)?.paragraph;
          const id = (point.payload as { paragraphId?: string } | null | undefined)?.paragraphId ?? String(point.id);
          return { id, score: point.score, ...(paragraph ? { paragraph } : {}) };
        });
      } catch (cause) {
        throw upstream(`Qdrant search failed: ${cause instanceof Error ? cause.message : String(cause)}`, cause);
      }
    },
  };
}
