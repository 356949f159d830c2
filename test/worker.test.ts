import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const offline = { WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };
let outdir: string;
let mf: Miniflare;

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'baogao-worker-'));
  // The real build: ingest, bundle the snapshot, wrangler's dry-run bundle (offline).
  execFileSync('npx', ['tsx', 'scripts/build-worker.ts', outdir], { cwd: ROOT, env: { ...process.env, ...offline }, stdio: 'pipe' });
  mf = new Miniflare({
    scriptPath: join(outdir, 'worker.js'), modulesRoot: outdir, modules: true, modulesRules: [{ type: 'Text', include: ['**/*.snapshot'] }],
    compatibilityDate: '2026-04-01', compatibilityFlags: ['nodejs_compat'], bindings: { RATE_LIMIT_PER_MINUTE: '100' },
  });
}, 90_000);
afterAll(async () => { await mf?.dispose(); rmSync(outdir, { recursive: true, force: true }); });

const chat = (content: string, accept = 'application/json') => mf.dispatchFetch('http://worker/api/chat', {
  method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ messages: [{ role: 'user', content }] }),
});

describe('the Worker in workerd (Miniflare)', () => {
  it('answers /api/chat from the bundled index with the offline planner', async () => {
    const response = await chat("What was Tencent's capital expenditure in Q4 2024?");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { answer: string; agent: string; citations: unknown[]; grounded: boolean };
    expect(body).toMatchObject({ agent: 'offline', grounded: true });
    expect(body.answer).toContain('36.578 billion yuan');
    expect(body.citations).toHaveLength(2);
  });

  it('streams server-sent events and serves the page, the OpenAI models list and readiness', async () => {
    const stream = await (await chat('Who founded DeepSeek?', 'text/event-stream')).text();
    expect(stream).toMatch(/^event: step/);
    expect(stream).toMatch(/event: done\ndata: \{"answer":"Liang Wenfeng/);
    expect(await (await mf.dispatchFetch('http://worker/')).text()).toContain('<form id="ask"');
    expect(await (await mf.dispatchFetch('http://worker/v1/models')).json()).toMatchObject({ data: [{ id: 'baogao' }] });
    expect(await (await mf.dispatchFetch('http://worker/readyz')).json()).toMatchObject({ ready: true, documents: 5 });
  });

  it('rejects bad input the same way as on Node', async () => {
    const response = await chat('   ');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_input', field: 'messages.0.content' } });
  });
});
