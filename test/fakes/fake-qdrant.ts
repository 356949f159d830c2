/**
 * @module An in-memory Qdrant behind msw: the REST shapes of Qdrant's published API (envelope
 * `{result, status, time}`), sparse vectors with the IDF modifier, prefetch + RRF, keyword/datetime
 * filters and collection aliases. It records every request so tests can assert on what was sent.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';

interface StoredPoint {
  id: string;
  vector: { sparse?: { indices: number[]; values: number[] }; dense?: number[] };
  payload: Record<string, unknown>;
}

interface Condition {
  key: string;
  match?: { value?: unknown; any?: unknown[] };
  range?: { gte?: string; lte?: string };
}

interface QueryBody {
  query?: { indices: number[]; values: number[] } | number[] | { rrf: { k?: number } } | { fusion: string };
  using?: string;
  prefetch?: QueryBody[];
  filter?: { must?: Condition[] };
  limit?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
}

const ok = (result: unknown) => HttpResponse.json({ result, status: 'ok', time: 0 });

export function createFakeQdrant(baseUrl: string) {
  const collections = new Map<string, Map<string, StoredPoint>>();
  const aliases = new Map<string, string>();
  const requests: RecordedRequest[] = [];
  let failWith: number | undefined;

  const resolve = (name: string) => collections.get(aliases.get(name) ?? name);

  const matches = (point: StoredPoint, filter: QueryBody['filter']) =>
    (filter?.must ?? []).every((condition) => {
      const value = point.payload[condition.key];
      const values = Array.isArray(value) ? value : [value];
      if (condition.match?.any) return values.some((v) => condition.match!.any!.includes(v));
      if (condition.match && 'value' in condition.match) return values.includes(condition.match.value);
      if (condition.range) {
        if (typeof value !== 'string') return false;
        return (!condition.range.gte || value >= condition.range.gte) && (!condition.range.lte || value <= condition.range.lte);
      }
      return true;
    });

  const sparseSearch = (points: StoredPoint[], all: StoredPoint[], query: { indices: number[]; values: number[] }) => {
    const df = new Map<number, number>();
    for (const point of all) for (const index of point.vector.sparse?.indices ?? []) df.set(index, (df.get(index) ?? 0) + 1);
    return points.map((point) => {
      let score = 0;
      const sparse = point.vector.sparse!;
      query.indices.forEach((index, i) => {
        const at = sparse.indices.indexOf(index);
        if (at < 0) return;
        const n = df.get(index) ?? 0;
        score += Math.log(1 + (all.length - n + 0.5) / (n + 0.5)) * sparse.values[at]! * query.values[i]!;
      });
      return { point, score };
    }).filter((hit) => hit.score > 0);
  };

  const denseSearch = (points: StoredPoint[], query: number[]) => points.filter((point) => point.vector.dense).map((point) => {
    const dense = point.vector.dense!;
    const dot = dense.reduce((sum, v, i) => sum + v * query[i]!, 0);
    const norm = Math.sqrt(dense.reduce((s, v) => s + v * v, 0) * query.reduce((s, v) => s + v * v, 0));
    return { point, score: norm ? dot / norm : 0 };
  });

  const order = (all: StoredPoint[]) => (a: { point: StoredPoint; score: number }, b: { point: StoredPoint; score: number }) =>
    b.score - a.score || all.indexOf(a.point) - all.indexOf(b.point);

  const runQuery = (all: StoredPoint[], body: QueryBody): { point: StoredPoint; score: number }[] => {
    const limit = body.limit ?? 10;
    const candidates = all.filter((point) => matches(point, body.filter));
    const query = body.query;
    if (query && typeof query === 'object' && 'rrf' in query) {
      const k = query.rrf.k ?? 2;
      const fused = new Map<StoredPoint, number>();
      for (const prefetch of body.prefetch ?? []) {
        runQuery(all, prefetch).forEach((hit, rank) => fused.set(hit.point, (fused.get(hit.point) ?? 0) + 1 / (k + rank + 1)));
      }
      return [...fused].map(([point, score]) => ({ point, score })).sort(order(all)).slice(0, limit);
    }
    if (Array.isArray(query)) return denseSearch(candidates, query).sort(order(all)).slice(0, limit);
    if (query && 'indices' in query) return sparseSearch(candidates, all, query).sort(order(all)).slice(0, limit);
    return [];
  };

  const handlers: HttpHandler[] = [
    http.all(`${baseUrl}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const body = request.method === 'GET' || request.method === 'DELETE' ? undefined : await request.clone().json().catch(() => undefined);
      requests.push({ method: request.method, path: url.pathname + url.search, body });
      if (failWith) return HttpResponse.json({ status: { error: 'injected failure' }, time: 0 }, { status: failWith });
      return undefined;
    }),
    http.post(`${baseUrl}/collections/aliases`, async ({ request }) => {
      const { actions } = (await request.json()) as { actions: Record<string, { alias_name: string; collection_name?: string }>[] };
      for (const action of actions) {
        if (action.delete_alias) aliases.delete(action.delete_alias.alias_name);
        if (action.create_alias) aliases.set(action.create_alias.alias_name, action.create_alias.collection_name!);
      }
      return ok(true);
    }),
    http.get(`${baseUrl}/collections/:name/aliases`, ({ params }) => {
      const name = String(params.name);
      return ok({ aliases: [...aliases].filter(([alias, target]) => alias === name || target === name).map(([alias_name, collection_name]) => ({ alias_name, collection_name })) });
    }),
    http.put(`${baseUrl}/collections/:name/index`, () => ok({ operation_id: 0, status: 'completed' })),
    http.put(`${baseUrl}/collections/:name/points`, async ({ params, request }) => {
      const collection = resolve(String(params.name));
      if (!collection) return HttpResponse.json({ status: { error: 'Not found: Collection' }, time: 0 }, { status: 404 });
      const { points } = (await request.json()) as { points: StoredPoint[] };
      for (const point of points) collection.set(point.id, point);
      return ok({ operation_id: 1, status: 'completed' });
    }),
    http.post(`${baseUrl}/collections/:name/points/delete`, async ({ params, request }) => {
      const collection = resolve(String(params.name));
      const { filter } = (await request.json()) as { filter: QueryBody['filter'] };
      for (const [id, point] of collection ?? []) if (matches(point, filter)) collection!.delete(id);
      return ok({ operation_id: 2, status: 'completed' });
    }),
    http.post(`${baseUrl}/collections/:name/points/query`, async ({ params, request }) => {
      const collection = resolve(String(params.name));
      if (!collection) return HttpResponse.json({ status: { error: 'Not found: Collection' }, time: 0 }, { status: 404 });
      const hits = runQuery([...collection.values()], (await request.json()) as QueryBody);
      return ok({ points: hits.map(({ point, score }) => ({ id: point.id, version: 0, score, payload: point.payload })) });
    }),
    http.put(`${baseUrl}/collections/:name`, ({ params }) => {
      collections.set(String(params.name), new Map());
      return ok(true);
    }),
    http.delete(`${baseUrl}/collections/:name`, ({ params }) => ok(collections.delete(String(params.name)))),
  ];

  return {
    handlers,
    requests,
    collections,
    aliases,
    /** Make every following request fail with this HTTP status (undefined to stop). */
    failNext(status: number | undefined) { failWith = status; },
  };
}
