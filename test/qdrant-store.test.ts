import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BaogaoError } from '../core/index.js';
import { createQdrantStore, pointId, queryVector, type IndexedParagraph } from '../index/index.js';
import { runStoreContract } from './contracts/store-contract.js';
import { createFakeQdrant } from './fakes/fake-qdrant.js';

const URL_ = 'http://qdrant.test:6333';
const fake = createFakeQdrant(URL_);
const server = setupServer(...fake.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => fake.failNext(undefined));
afterAll(() => server.close());

let clock = 1_000;
const newStore = () => createQdrantStore({ url: URL_, collection: 'reports', now: () => ++clock, batchSize: 100 });

runStoreContract('qdrant', newStore);

const point = (id: string, docId: string): IndexedParagraph => ({
  paragraph: { id, docId, n: 1, section: null, sectionKind: 'body', text: 'Alibaba capex', lang: 'en' },
  date: '2025-02-25',
  entities: ['alibaba'],
  sparse: { indices: [3, 9], values: [1.2, 0.8] },
});

describe('qdrant store wire format', () => {
  it('creates named sparse (IDF) vectors and payload indexes, upserts deterministic ids, then moves the alias', async () => {
    fake.requests.length = 0;
    const store = createQdrantStore({ url: URL_, collection: 'wire', now: () => 42 });
    await store.sync([point('a#p1', 'a')], { removedDocIds: [], rebuild: true });
    const calls = fake.requests.map((request) => `${request.method} ${request.path}`);
    expect(calls).toEqual([
      'GET /collections/wire/aliases',
      'PUT /collections/wire-42',
      'PUT /collections/wire-42/index?wait=true',
      'PUT /collections/wire-42/index?wait=true',
      'PUT /collections/wire-42/index?wait=true',
      'PUT /collections/wire-42/index?wait=true',
      'PUT /collections/wire-42/points?wait=true',
      'POST /collections/aliases',
    ]);
    expect(fake.requests[1]!.body).toEqual({ vectors: {}, sparse_vectors: { sparse: { modifier: 'idf' } } });
    expect(fake.requests.slice(2, 6).map((request) => request.body)).toEqual([
      { field_name: 'docId', field_schema: 'keyword' }, { field_name: 'langs', field_schema: 'keyword' },
      { field_name: 'entities', field_schema: 'keyword' }, { field_name: 'date', field_schema: 'datetime' },
    ]);
    const upsert = fake.requests[6]!.body as { points: { id: string; vector: unknown; payload: Record<string, unknown> }[] };
    expect(upsert.points[0]!.id).toBe(await pointId('a#p1'));
    expect(upsert.points[0]!.vector).toEqual({ sparse: { indices: [3, 9], values: [1.2, 0.8] } });
    expect(upsert.points[0]!.payload).toMatchObject({ docId: 'a', langs: ['en'], entities: ['alibaba'], date: '2025-02-25T00:00:00Z' });
    expect(fake.requests[7]!.body).toEqual({ actions: [{ create_alias: { collection_name: 'wire-42', alias_name: 'wire' } }] });
  });

  it('a rebuild fills a new collection before the alias moves, then drops the old one', async () => {
    const store = createQdrantStore({ url: URL_, collection: 'swap', now: () => ++clock });
    await store.sync([point('a#p1', 'a')], { removedDocIds: [], rebuild: true });
    const first = fake.aliases.get('swap')!;
    fake.requests.length = 0;
    await store.sync([point('b#p1', 'b')], { removedDocIds: [], rebuild: true });
    const second = fake.aliases.get('swap')!;
    expect(second).not.toBe(first);
    const calls = fake.requests.map((request) => `${request.method} ${request.path}`);
    expect(calls.indexOf(`PUT /collections/${second}/points?wait=true`)).toBeLessThan(calls.indexOf('POST /collections/aliases'));
    expect(calls.at(-1)).toBe(`DELETE /collections/${first}`);
    expect(fake.collections.has(first)).toBe(false);
    const hits = await store.search({ sparse: queryVector(['x']), limit: 5 });
    expect(hits).toEqual([]);
  });

  it('sends a sparse-only query without prefetch, and a hybrid one with prefetch + rrf', async () => {
    const store = createQdrantStore({ url: URL_, collection: 'wire', now: () => 43 });
    fake.requests.length = 0;
    await store.search({ sparse: { indices: [3], values: [1] }, filter: { docId: 'a', lang: 'en' }, limit: 2 });
    await store.search({ sparse: { indices: [3], values: [1] }, dense: [0.1, 0.2], limit: 2 });
    expect(fake.requests[0]!.body).toEqual({
      query: { indices: [3], values: [1] }, using: 'sparse', limit: 2, with_payload: true,
      filter: { must: [{ key: 'docId', match: { any: ['a'] } }, { key: 'langs', match: { value: 'en' } }] },
    });
    expect(fake.requests[1]!.body).toEqual({
      prefetch: [{ query: { indices: [3], values: [1] }, using: 'sparse', limit: 50 }, { query: [0.1, 0.2], using: 'dense', limit: 50 }],
      query: { rrf: { k: 60 } }, limit: 2, with_payload: true,
    });
  });

  it('turns a 5xx or an unreachable server into upstream_unavailable, never a hang', async () => {
    const store = createQdrantStore({ url: URL_, collection: 'wire' });
    fake.failNext(503);
    const failure = await store.search({ sparse: { indices: [3], values: [1] }, limit: 1 }).catch((error: unknown) => error);
    expect(BaogaoError.isInstance(failure) && failure.code).toBe('upstream_unavailable');
    const unreachable = createQdrantStore({ url: 'http://127.0.0.1:9', collection: 'x' });
    server.use();
    const refused = await unreachable.search({ sparse: { indices: [1], values: [1] }, limit: 1 }).catch((error: unknown) => error);
    expect(BaogaoError.isInstance(refused) && refused.code).toBe('upstream_unavailable');
  });
});
