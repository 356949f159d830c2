/**
 * @module The soak's request mix: ordinary questions and data calls next to hostile ones (runaway
 * calculator input, malformed and oversized bodies, traversal, zero-width messages), each with the
 * statuses it may answer with. Anything else, a 5xx or a dropped connection, is an error.
 */

export interface SoakRequest {
  kind: string;
  hostile: boolean;
  path: string;
  init?: RequestInit;
  /** Statuses that count as handled; for hostile requests, the 4xx that names the problem. */
  expect: number[];
  /** Abort after the first chunk: a client that goes away mid-stream. */
  disconnect?: boolean;
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body),
});
const ask = (content: string) => ({ messages: [{ role: 'user', content }] });
const calc = (expression: string): SoakRequest => ({ kind: `calc ${expression}`, hostile: true, path: '/api/tools/capex_calculator', init: json({ expression }), expect: [200, 400, 413, 422] });

export const SOAK_REQUESTS: SoakRequest[] = [
  { kind: 'chat', hostile: false, path: '/api/chat', init: json(ask("What was Tencent's capital expenditure in Q4 2024?")), expect: [200] },
  { kind: 'chat (zh)', hostile: false, path: '/api/chat', init: json(ask('阿里巴巴未来三年在云和AI基础设施上计划投入多少?')), expect: [200] },
  { kind: 'chat SSE', hostile: false, path: '/api/chat', init: json(ask('Who founded DeepSeek?'), { accept: 'text/event-stream' }), expect: [200] },
  { kind: 'openai', hostile: false, path: '/v1/chat/completions', init: json({ model: 'baogao', ...ask('How much did Alibaba invest in Moonshot AI?') }), expect: [200] },
  { kind: 'search', hostile: false, path: `/api/search?q=${encodeURIComponent('腾讯 第四季度 资本开支')}&k=5`, expect: [200] },
  { kind: 'facts', hostile: false, path: '/api/facts?entity=Tencent&k=10', expect: [200] },
  { kind: 'calc', hostile: false, path: '/api/tools/capex_calculator', init: json({ expression: 'cagr(100, 380, 3)' }), expect: [200] },
  calc('10^10^10'),
  calc('9e9999999999'),
  calc('cagr(1, 2, 0.000000001)'),
  calc('10^1000000'),
  calc('constructor(1) + toString() + __proto__(1)'),
  { kind: 'malformed JSON', hostile: true, path: '/api/chat', init: json('{"messages": [{"role": "user", "content": '), expect: [400] },
  { kind: 'deep nesting', hostile: true, path: '/api/chat', init: json(`${'['.repeat(20_000)}${']'.repeat(20_000)}`), expect: [400] },
  { kind: '300 KB body', hostile: true, path: '/api/chat', init: json(ask('x'.repeat(300_000))), expect: [413] },
  { kind: 'wrong content type', hostile: true, path: '/api/chat', init: { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }, expect: [415] },
  { kind: 'zero-width message', hostile: true, path: '/api/chat', init: json(ask('\u200b\u200d\ufeff')), expect: [400] },
  { kind: 'traversal', hostile: true, path: '/api/paragraphs/..%2F..%2F..%2Fetc%2Fpasswd', expect: [404] },
  { kind: 'unknown tool', hostile: true, path: '/api/tools/__proto__', init: json({}), expect: [400, 404] },
  { kind: 'bare admin token', hostile: true, path: '/api/admin/reindex', init: { method: 'POST', headers: { authorization: 'not-the-token-but-long-enough' } }, expect: [401, 404] },
  { kind: 'SSE disconnect', hostile: true, path: '/api/chat', init: json(ask('Which cloud providers claim the most large-model customers?'), { accept: 'text/event-stream' }), expect: [200], disconnect: true },
];
