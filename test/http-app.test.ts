import { describe, expect, it } from 'vitest';
import { createApp } from '../channels/http/app.js';
import { sameSecret } from '../channels/http/routes/ops-routes.js';
import type { Answer } from '../core/index.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const http = { port: 0, corsOrigins: [], rateLimitPerMinute: 1000, maxBodyBytes: 8192, adminToken: undefined };
const app = createApp({ http, index: async () => index, log: () => {} });
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const ask = (content: string) => post('/api/chat', { messages: [{ role: 'user', content }] });

function parseEvents(text: string) {
  return text.trim().split('\n\n').map((block) => ({
    event: block.match(/^event: (.*)$/m)?.[1] ?? 'message',
    data: JSON.parse(block.match(/^data: (.*)$/m)![1]!) as unknown,
  }));
}

describe('POST /api/chat', () => {
  it('returns the Answer JSON with verbatim citations', async () => {
    const response = await ask("What was Tencent's capital expenditure in Q4 2024?");
    expect(response.status).toBe(200);
    const body = (await response.json()) as Answer;
    expect(body).toMatchObject({ agent: 'offline', grounded: true, refused: false, lang: 'en' });
    expect(body.answer).toContain('36.578 billion yuan');
    for (const citation of body.citations) expect(snapshot.paragraphs.find((p) => p.id === citation.paragraphId)!.text).toContain(citation.quote);
  });

  it('streams step, delta and done events when asked for text/event-stream', async () => {
    const response = await post('/api/chat', { messages: [{ role: 'user', content: 'Who founded DeepSeek?' }] }, { accept: 'text/event-stream' });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = parseEvents(await response.text());
    expect(events[0]!.event).toBe('step');
    expect(events.at(-1)!.event).toBe('done');
    const deltas = events.filter((event) => event.event === 'delta').map((event) => (event.data as { text: string }).text).join('').trim();
    expect(deltas).toBe((events.at(-1)!.data as Answer).answer);
  });

  it.each([
    ['malformed JSON', '{"messages": [', 'invalid_json', undefined],
    ['wrong types', { messages: 'hello' }, 'invalid_input', 'messages'],
    ['an empty message', { messages: [{ role: 'user', content: '   ' }] }, 'invalid_input', 'messages.0.content'],
    ['a message over the limit', { messages: [{ role: 'user', content: 'x'.repeat(2001) }] }, 'invalid_input', 'messages.0.content'],
    ['too many turns', { messages: Array.from({ length: 21 }, () => ({ role: 'user', content: 'x' })) }, 'invalid_input', 'messages'],
    ['an unknown role', { messages: [{ role: 'system', content: 'x' }] }, 'invalid_input', 'messages.0.role'],
    ['a last turn from the assistant', { messages: [{ role: 'user', content: 'a' }, { role: 'assistant', content: 'b' }] }, 'invalid_input', 'messages'],
  ])('rejects %s with a 400 naming the problem', async (_name, body, code, field) => {
    const response = await post('/api/chat', body);
    expect(response.status).toBe(400);
    const error = ((await response.json()) as { error: { code: string; field?: string; message: string } }).error;
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
    expect(error.message.length).toBeGreaterThan(5);
  });

  it('rejects a wrong content type (415) and an oversized body (413)', async () => {
    const wrongType = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(wrongType.status).toBe(415);
    expect(((await wrongType.json()) as { error: { field: string } }).error.field).toBe('content-type');
    const huge = await post('/api/chat', { messages: [{ role: 'user', content: 'x'.repeat(9000) }] });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
  });
});

describe('data and tool routes', () => {
  it('serves search, facts, reports, paragraphs and tools', async () => {
    const search = (await (await app.request('/api/search?q=%E6%9C%88%E4%B9%8B%E6%9A%97%E9%9D%A2&k=2')).json()) as { results: unknown[] };
    expect(search.results).toHaveLength(2);
    const facts = (await (await app.request('/api/facts?entity=Tencent&metric=capex')).json()) as { facts: unknown[]; conflicts: unknown[] };
    expect(facts.facts).toHaveLength(2);
    expect(facts.conflicts).toHaveLength(1);
    const reports = (await (await app.request('/api/reports')).json()) as { reports: { docId: string }[] };
    expect(reports.reports).toHaveLength(5);
    const id = snapshot.paragraphs[3]!.id;
    const paragraph = (await (await app.request(`/api/paragraphs/${encodeURIComponent(id)}`)).json()) as { paragraph: { id: string } };
    expect(paragraph.paragraph.id).toBe(id);
    const calc = (await (await post('/api/tools/capex_calculator', { expression: 'per_year(x, 3)', operands: { x: '380 billion yuan' } })).json()) as { result: { english: string } };
    expect(calc.result.english).toBe('126.67 billion yuan');
  });

  it('names the problem on bad data requests', async () => {
    const cases: [Response | Promise<Response>, number, string | undefined][] = [
      [app.request('/api/search?q='), 400, 'q'],
      [app.request('/api/search?q=x&k=99'), 400, 'k'],
      [app.request('/api/facts?metric=vibes'), 400, 'metric'],
      [app.request('/api/facts?entity=Acme%20Widgets'), 400, 'entity'],
      [app.request('/api/paragraphs/nope%23p1'), 404, 'id'],
      [post('/api/tools/rm_rf', {}), 400, 'name'],
      [post('/api/tools/capex_calculator', { expression: '1/0' }), 400, 'expression'],
      [post('/api/tools/search_reports', { query: '' }), 400, 'query'],
      [app.request('/api/nothing-here'), 404, undefined],
    ];
    for (const [request, status, field] of cases) {
      const response = await request;
      const body = (await response.json()) as { error: { field?: string } };
      expect([response.status, body.error.field]).toEqual([status, field]);
    }
  });
});

describe('hardening', () => {
  it('limits each client with a 429 and Retry-After', async () => {
    let time = 0;
    const limited = createApp({ http: { ...http, rateLimitPerMinute: 2 }, index: async () => index, clientKey: (c) => c.req.header('x-client') ?? 'a', now: () => time });
    const hit = (client: string) => limited.request('/api/reports', { headers: { 'x-client': client } });
    expect((await hit('a')).status).toBe(200);
    expect((await hit('a')).status).toBe(200);
    const third = await hit('a');
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('30');
    expect((await hit('b')).status).toBe(200);
    time += 31_000;
    expect((await hit('a')).status).toBe(200);
  });

  it('sends security headers, and CORS only for configured origins', async () => {
    const page = await app.request('/');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect((await app.request('/api/reports', { headers: { origin: 'https://example.com' } })).headers.get('access-control-allow-origin')).toBeNull();
    const open = createApp({ http: { ...http, corsOrigins: ['https://chat.example.com'] }, index: async () => index });
    const allowed = await open.request('/api/reports', { headers: { origin: 'https://chat.example.com' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://chat.example.com');
  });

  it('keeps reindexing disabled without ADMIN_TOKEN and checks the token when set', async () => {
    expect((await post('/api/admin/reindex', {})).status).toBe(404);
    let calls = 0;
    const admin = createApp({ http: { ...http, adminToken: 'a-long-enough-secret-token' }, index: async () => index, reindex: async () => ({ documents: ++calls }) });
    const call = (token?: string) => admin.request('/api/admin/reindex', { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: '{}' });
    expect((await call()).status).toBe(401);
    expect((await call('a-long-enough-secret-tokem')).status).toBe(401);
    expect(calls).toBe(0);
    const ok = await call('a-long-enough-secret-token');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ reindexed: { documents: 1 } });
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abcd', 'abc')).toBe(false);
  });

  it('publishes OpenAPI, a docs page, health and readiness', async () => {
    const spec = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/chat', '/v1/chat/completions', '/v1/models', '/api/search', '/api/facts', '/api/reports', '/api/tools/{name}', '/healthz', '/readyz']));
    expect(Object.keys(spec.components.schemas)).toEqual(expect.arrayContaining(['Answer', 'ChatRequest', 'Citation', 'Error']));
    expect(await (await app.request('/docs')).text()).toContain('/openapi.json');
    expect(await (await app.request('/healthz')).json()).toEqual({ ok: true });
    expect(await (await app.request('/readyz')).json()).toMatchObject({ ready: true, documents: 5 });
    const waiting = createApp({ http, index: () => new Promise(() => {}) });
    expect((await waiting.request('/readyz')).status).toBe(503);
  });

  it('serves the chat page with example questions and no external scripts', async () => {
    const html = await (await app.request('/')).text();
    expect(html).toContain('<form id="ask"');
    expect(html).toContain('阿里巴巴未来三年');
    expect(html).not.toMatch(/<script src=/);
  });
});
