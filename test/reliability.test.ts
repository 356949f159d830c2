/**
 * Issue 16's rough edges around the HTTP channel: the admin route, Qdrant down with
 * QDRANT_FALLBACK=fail, zero-width characters, a snapshot path that is a directory, and the
 * rate-limit key behind a trusted proxy.
 */
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Context } from 'hono';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestInThread } from '../channels/cli/ingest-thread.js';
import { createApp } from '../channels/http/app.js';
import { startNodeServer } from '../channels/http/node.js';
import { clientFromForwardedFor, createClientKey } from '../channels/http/client-key.js';
import { BaogaoError, loadConfig, type Answer } from '../core/index.js';
import { createQdrantStore, openIndex } from '../index/index.js';
import { readSnapshotFile, writeSnapshotFile } from '../index/snapshot-file.js';
import { createFakeQdrant } from './fakes/fake-qdrant.js';
import { loadCorpus, REPORTS_DIR } from './helpers/corpus.js';

const QDRANT = 'http://qdrant-reliability.test:6333';
const fakeQdrant = createFakeQdrant(QDRANT);
const msw = setupServer(...fakeQdrant.handlers);
// Our own server on loopback is real; anything else unhandled is a test bug.
beforeAll(() => msw.listen({ onUnhandledRequest: (request, print) => { if (new URL(request.url).hostname !== '127.0.0.1') print.error(); } }));
afterAll(() => msw.close());

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const http = { port: 0, corsOrigins: [], rateLimitPerMinute: 100_000, maxBodyBytes: 65_536, adminToken: undefined };
const TOKEN = 'a-long-enough-secret-token';
const json = { 'content-type': 'application/json' };
const chatOver = (url: string) => fetch(`${url}/api/chat`, { method: 'POST', headers: json, body: JSON.stringify({ messages: [{ role: 'user', content: 'Who founded DeepSeek?' }] }) });
const chat = (app: ReturnType<typeof createApp>, content: string, headers: Record<string, string> = {}) =>
  app.request('/api/chat', { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify({ messages: [{ role: 'user', content }] }) });

describe('admin reindex route', () => {
  let calls = 0;
  const admin = createApp({ http: { ...http, adminToken: TOKEN }, index: async () => index, reindex: async () => ({ documents: ++calls }), log: () => {} });
  const reindex = (headers: Record<string, string>, body?: string) => admin.request('/api/admin/reindex', { method: 'POST', headers, ...(body === undefined ? {} : { body }) });

  it('wants the Bearer scheme, not a bare token', async () => {
    const bare = await reindex({ authorization: TOKEN });
    expect(bare.status).toBe(401);
    expect(((await bare.json()) as { error: { field: string } }).error.field).toBe('authorization');
    expect((await reindex({ authorization: `Basic ${TOKEN}` })).status).toBe(401);
    expect(calls).toBe(0);
  });

  it('takes an empty body with no content type, or JSON', async () => {
    const empty = await reindex({ authorization: `Bearer ${TOKEN}` });
    expect(empty.status).toBe(200);
    expect(await empty.json()).toEqual({ reindexed: { documents: 1 } });
    expect((await reindex({ authorization: `bearer ${TOKEN}`, ...json }, '{}')).status).toBe(200);
    expect((await reindex({ authorization: `Bearer ${TOKEN}`, ...json }, '')).status).toBe(200);
    // A body that is there still has to say what it is.
    expect((await reindex({ authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' }, 'go')).status).toBe(415);
  });
});

describe('Qdrant down with QDRANT_FALLBACK=fail', () => {
  const strict = () => createApp({ http, index: async () => openIndex(snapshot, { store: createQdrantStore({ url: QDRANT, collection: 'down', timeoutMs: 1_000 }) }), log: () => {} });

  it('streams an `unavailable` error, not `internal`', async () => {
    fakeQdrant.failNext(503);
    try {
      const response = await chat(strict(), 'Who founded DeepSeek?', { accept: 'text/event-stream' });
      const text = await response.text();
      const error = text.split('\n\n').find((block) => block.startsWith('event: error'));
      expect(error).toBeDefined();
      expect(JSON.parse(error!.match(/^data: (.*)$/m)![1]!)).toEqual({ error: { code: 'unavailable', message: 'The service could not answer; try again later.' } });
    } finally {
      fakeQdrant.failNext(undefined);
    }
  });

  it('is not ready while Qdrant is down, and ready again once it is back', async () => {
    fakeQdrant.collections.set('up-1', new Map());
    fakeQdrant.aliases.set('up', 'up-1');
    const remote = await openIndex(snapshot, { store: createQdrantStore({ url: QDRANT, collection: 'up', timeoutMs: 1_000 }) });
    const app = createApp({ http, index: async () => remote, log: () => {} });
    fakeQdrant.failNext(503);
    try {
      const down = await app.request('/readyz');
      expect(down.status).toBe(503);
      expect(((await down.json()) as { error: { code: string } }).error.code).toBe('unavailable');
    } finally {
      fakeQdrant.failNext(undefined);
    }
    expect((await app.request('/readyz')).status).toBe(200);
    // With the embedded fallback the service can answer, so it stays ready.
    const withFallback = await openIndex(snapshot, { store: createQdrantStore({ url: QDRANT, collection: 'down', timeoutMs: 1_000 }), fallbackToEmbedded: true });
    const degraded = createApp({ http, index: async () => withFallback, log: () => {} });
    fakeQdrant.failNext(503);
    try {
      expect((await degraded.request('/readyz')).status).toBe(200);
    } finally {
      fakeQdrant.failNext(undefined);
    }
  });
});

describe('zero-width characters', () => {
  const app = createApp({ http, index: async () => index, log: () => {} });

  it('rejects a message of only zero-width characters, naming the field', async () => {
    for (const content of ['\u200b\u200b', '\u200b \u200d\ufeff\u2060', ' \u200c ']) {
      const response = await chat(app, content);
      expect(response.status, JSON.stringify(content)).toBe(400);
      expect(((await response.json()) as { error: { field: string } }).error.field).toBe('messages.0.content');
    }
    const openai = await app.request('/v1/chat/completions', { method: 'POST', headers: json, body: JSON.stringify({ model: 'baogao', messages: [{ role: 'user', content: '\u200b\u200b' }] }) });
    expect(openai.status).toBe(400);
  });

  it('strips them inside words before entities and terms are matched', async () => {
    const plain = (await (await chat(app, "What was Tencent's capital expenditure in Q4 2024?")).json()) as Answer;
    const hidden = (await (await chat(app, "What was Ten\u200bcent's capi\u200dtal expen\ufeffditure in Q4 2024?")).json()) as Answer;
    expect(hidden.answer).toBe(plain.answer);
    const search = (await (await app.request(`/api/search?q=${encodeURIComponent('Ten\u200bcent GP\u200bUs')}`)).json()) as { results: { text: string }[] };
    expect(search.results.length).toBeGreaterThan(0);
    const tool = (await (await app.request('/api/tools/search_reports', { method: 'POST', headers: json, body: JSON.stringify({ query: 'Ten\u200bcent GP\u200bUs' }) })).json()) as { results: { text: string }[] };
    expect(tool.results.map((result) => result.text)).toEqual(search.results.map((result) => result.text));
    expect(index.tokenizer.terms('Ten\u200bcent')).toEqual(index.tokenizer.terms('Tencent'));
  });
});

describe('snapshot path taken by a directory', () => {
  it('says so plainly on read and on write, and leaves no temp file', async () => {
    const data = await mkdtemp(join(tmpdir(), 'baogao-snapshot-dir-'));
    try {
      await mkdir(join(data, 'index.json'));
      const read = await readSnapshotFile(data).catch((error: unknown) => error);
      expect(BaogaoError.isInstance(read) && read.code).toBe('invalid_config');
      expect((read as Error).message).toMatch(/index\.json is a directory.*remove it.*BAOGAO_DATA_DIR/);
      const write = await writeSnapshotFile(data, snapshot).catch((error: unknown) => error);
      expect(BaogaoError.isInstance(write) && write.code).toBe('invalid_config');
      expect((write as Error).message).toMatch(/index\.json is a directory/);
      expect(await readdir(data)).toEqual(['index.json']);
    } finally {
      await rm(data, { recursive: true, force: true });
    }
  });
});

describe('rate-limit key behind a proxy (TRUST_PROXY)', () => {
  const contextWith = (headers: Record<string, string>) => ({ req: { header: (name: string) => headers[name.toLowerCase()] } }) as unknown as Context;
  const keyFor = (trust: string, peer: string, headers: Record<string, string>) =>
    createClientKey(loadConfig({ TRUST_PROXY: trust }).trustProxy, () => peer)(contextWith(headers));

  it('ignores forwarding headers by default', () => {
    expect(keyFor('off', '203.0.113.9', { 'x-forwarded-for': '198.51.100.1', 'cf-connecting-ip': '198.51.100.2' })).toBe('203.0.113.9');
    expect(keyFor('off', '::ffff:203.0.113.9', {})).toBe('203.0.113.9');
  });

  it('takes the rightmost untrusted X-Forwarded-For hop from a trusted proxy, and only from one', () => {
    // nginx on loopback appends the address it saw; whatever the client wrote sits to its left.
    expect(keyFor('loopback', '127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 198.51.100.7' })).toBe('198.51.100.7');
    expect(keyFor('loopback, 10.0.0.0/8', '::ffff:127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 198.51.100.7, 10.1.2.3' })).toBe('198.51.100.7');
    expect(keyFor('loopback', '203.0.113.9', { 'x-forwarded-for': '198.51.100.7' })).toBe('203.0.113.9');
    expect(keyFor('loopback', '127.0.0.1', {})).toBe('127.0.0.1');
    expect(clientFromForwardedFor('not-an-ip', () => false)).toBeUndefined();
  });

  it('takes CF-Connecting-IP when told the proxy is Cloudflare', () => {
    expect(keyFor('cloudflare', '172.68.1.1', { 'cf-connecting-ip': '198.51.100.7' })).toBe('198.51.100.7');
    expect(keyFor('cloudflare', '172.68.1.1', { 'cf-connecting-ip': 'garbage' })).toBe('172.68.1.1');
  });

  it('gives each client behind the proxy its own bucket', async () => {
    const key = createClientKey(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy, () => '127.0.0.1');
    const app = createApp({ http: { ...http, rateLimitPerMinute: 2 }, index: async () => index, clientKey: key, log: () => {} });
    const from = (client: string) => app.request('/api/reports', { headers: { 'x-forwarded-for': client } });
    expect((await from('198.51.100.1')).status).toBe(200);
    expect((await from('198.51.100.1')).status).toBe(200);
    expect((await from('198.51.100.1')).status).toBe(429);
    expect((await from('198.51.100.2')).status).toBe(200);
  });
});

describe('reindex and first build off the request path', () => {
  /**
   * Polls /healthz until `until` settles; returns the time between one answer and the next, in ms.
   * The poller shares the server's thread, so a blocked thread shows as a long gap between answers
   * (a slow response alone would miss a block that fell between two polls).
   */
  async function healthGaps(url: string, until: Promise<unknown>): Promise<{ gaps: number[]; failures: number }> {
    let settled = false;
    void until.finally(() => { settled = true; });
    const gaps: number[] = [];
    let failures = 0;
    let last = performance.now();
    while (!settled) {
      const response = await fetch(`${url}/healthz`).catch(() => undefined);
      gaps.push(performance.now() - last);
      last = performance.now();
      if (response?.status !== 200) failures++;
      await response?.arrayBuffer();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { gaps, failures };
  }

  it('answers /healthz and questions throughout a reindex, then serves the new index', async () => {
    const root = await mkdtemp(join(tmpdir(), 'baogao-reindex-'));
    try {
      const reports = join(root, 'reports');
      const data = join(root, 'data');
      await cp(REPORTS_DIR, reports, { recursive: true, dereference: true });
      // Enough figures that ingest takes seconds: on the main thread it would stall every request.
      let figures = '';
      for (let i = 0; figures.length < 400_000; i++) figures += `Alibaba's capital expenditure reached ${(30 + (i % 50) / 7).toFixed(3)} billion yuan in Q${1 + (i % 4)} ${2020 + (i % 6)}, up ${(i % 90) + 3}% year on year. `;
      await writeFile(join(reports, 'figures.txt'), `Caixin\nFigures\nJun. 23, 2025\n\n${figures}\n`);
      let opened = 0;
      const server = await startNodeServer({
        config: loadConfig({ ADMIN_TOKEN: TOKEN, RATE_LIMIT_PER_MINUTE: '100000' }),
        openIndex: async () => (opened++ === 0 ? index : openIndex(await readSnapshotFile(data))),
        reindex: () => ingestInThread({ REPORTS_DIR: reports, BAOGAO_DATA_DIR: data }),
        port: 0, log: () => {},
      });
      try {
        await server.ready();
        const reindexing = fetch(`${server.url}/api/admin/reindex`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
        const asked = (async () => {
          const statuses: number[] = [];
          await new Promise((resolve) => setTimeout(resolve, 200));
          for (let i = 0; i < 3; i++) {
            const response = await fetch(`${server.url}/api/chat`, { method: 'POST', headers: json, body: JSON.stringify({ messages: [{ role: 'user', content: 'Who founded DeepSeek?' }] }) });
            statuses.push(response.status);
            await response.arrayBuffer();
          }
          return statuses;
        })();
        const { gaps, failures } = await healthGaps(server.url, reindexing);
        const response = await reindexing;
        expect(response.status).toBe(200);
        const summary = ((await response.json()) as { reindexed: { documents: number } }).reindexed;
        // Polls are 20 ms apart: a gap over 100 ms is time the thread was busy with something else.
        const total = gaps.reduce((sum, gap) => sum + gap, 0);
        const blocked = gaps.filter((gap) => gap > 100).reduce((sum, gap) => sum + gap, 0);
        console.info(`reindex: ${(total / 1000).toFixed(1)} s, ${gaps.length} health checks, slowest gap ${Math.max(...gaps).toFixed(0)} ms, blocked ${(100 * blocked / total).toFixed(0)}% of the time`);
        expect(failures).toBe(0);
        expect(gaps.length).toBeGreaterThan(10);
        // No bound on the slowest single gap: on a loaded machine one GC or a scheduler stall exceeds any
        // fixed figure (it failed at 1,254 ms under load). The share of time blocked is what tells ingest
        // on the main thread apart. With ingest on the main thread this share was 77% (measured); off it, what is left is
        // answering the questions above and reading the new snapshot (about 25% on a busy machine).
        expect(blocked / total).toBeLessThan(0.5);
        expect(await asked).toEqual([200, 200, 200]);
        expect(summary.documents).toBe(snapshot.documents.length + 1);
        const served = (await (await fetch(`${server.url}/api/reports`)).json()) as { reports: unknown[] };
        expect(served.reports.length).toBe(snapshot.documents.length + 1);
      } finally {
        await server.close();
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 90_000);

  it('brings an ingest thread\'s error back with its code, field and message', async () => {
    const error = await ingestInThread({ REPORTS_DIR: join(tmpdir(), 'baogao-no-such-folder'), BAOGAO_DATA_DIR: join(tmpdir(), 'baogao-no-such-data') }).catch((caught: unknown) => caught);
    expect(BaogaoError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'reports_missing', field: 'REPORTS_DIR', message: expect.stringMatching(/does not exist/) });
  });

  it('listens before the index is ready: /healthz at once, /readyz 503 until it opens', async () => {
    let open!: (value: typeof index) => void;
    const server = await startNodeServer({ config: loadConfig({}), openIndex: () => new Promise((resolve) => { open = resolve; }), port: 0, log: () => {} });
    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const waiting = await fetch(`${server.url}/readyz`);
      expect(waiting.status).toBe(503);
      expect(((await waiting.json()) as { error: { code: string } }).error.code).toBe('not_ready');
      open(index);
      await server.ready();
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('keeps serving the old index when a reindex fails, and runs one reindex for calls that overlap', async () => {
    let runs = 0;
    let fail = true;
    let finish!: () => void;
    const server = await startNodeServer({
      config: loadConfig({ ADMIN_TOKEN: TOKEN }), openIndex: async () => index, port: 0, log: () => {},
      reindex: async () => {
        runs++;
        if (fail) throw new BaogaoError('unreadable_file', { message: 'disk on fire' });
        await new Promise<void>((resolve) => { finish = resolve; });
        return { documents: 5 };
      },
    });
    const reindex = () => fetch(`${server.url}/api/admin/reindex`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
    try {
      const failed = await reindex();
      expect(failed.status).toBe(500);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      expect((await chatOver(server.url)).status).toBe(200);
      fail = false;
      const first = reindex();
      const second = reindex();
      await new Promise((resolve) => setTimeout(resolve, 100));
      finish();
      expect(await Promise.all([first, second].map(async (response) => (await response).json()))).toEqual([{ reindexed: { documents: 5 } }, { reindexed: { documents: 5 } }]);
      expect(runs).toBe(2);
    } finally {
      await server.close();
    }
  });

  it('says the index failed rather than "still loading" when it cannot be opened', async () => {
    const server = await startNodeServer({ config: loadConfig({}), openIndex: async () => { throw new BaogaoError('invalid_config', { message: 'index.json is a directory' }); }, port: 0, log: () => {} });
    try {
      await server.ready().catch(() => {});
      const failed = await fetch(`${server.url}/readyz`);
      expect(failed.status).toBe(503);
      expect(await failed.json()).toEqual({ error: { code: 'unavailable', message: 'The index could not be opened; see the server log' } });
      const question = await chatOver(server.url);
      expect(question.status).toBe(503);
      expect(((await question.json()) as { error: { code: string } }).error.code).toBe('unavailable');
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('an oversized body', () => {
  it('gets a 413 that closes its connection, so requests after it on the same client never hit a dead socket', async () => {
    const server = await startNodeServer({ config: loadConfig({ RATE_LIMIT_PER_MINUTE: '100000' }), openIndex: async () => index, port: 0, log: () => {} });
    try {
      const oversized = await fetch(`${server.url}/api/chat`, { method: 'POST', headers: json, body: JSON.stringify({ messages: [{ role: 'user', content: 'x'.repeat(300_000) }] }) });
      expect(oversized.status).toBe(413);
      expect(oversized.headers.get('connection')).toBe('close');
      await oversized.arrayBuffer();
      const statuses = await Promise.all(Array.from({ length: 40 }, async (_, i) => {
        const response = i % 4 === 0
          ? await fetch(`${server.url}/api/chat`, { method: 'POST', headers: json, body: JSON.stringify({ messages: [{ role: 'user', content: 'x'.repeat(300_000) }] }) })
          : await fetch(`${server.url}/api/reports`);
        await response.arrayBuffer();
        return response.status;
      }).map((request) => request.catch((error: Error) => `${error.message}: ${(error.cause as Error | undefined)?.message}`)));
      expect(statuses.filter((status) => status !== 200 && status !== 413)).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
