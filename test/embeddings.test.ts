import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BaogaoError } from '../core/index.js';
import { createEmbedder } from '../index/index.js';

const BASE = 'http://llm.test/v1';
const bodies: { model: string; input: string[]; encoding_format?: string }[] = [];
let failing = false;
const server = setupServer(
  http.post(`${BASE}/embeddings`, async ({ request }) => {
    const body = (await request.json()) as { model: string; input: string[] | string; encoding_format?: string };
    const input = Array.isArray(body.input) ? body.input : [body.input];
    bodies.push({ ...body, input });
    if (failing) return HttpResponse.json({ error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } }, { status: 429 });
    return HttpResponse.json({
      object: 'list', model: body.model, usage: { prompt_tokens: 1, total_tokens: 1 },
      data: input.map((text, index) => ({ object: 'embedding', index, embedding: [text.length, index, 0.5] })),
    });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('embedder', () => {
  it('asks for floats in batches and serves repeats from the content-hash cache', async () => {
    const embedder = createEmbedder({ apiKey: 'sk-test', baseUrl: BASE, model: 'emb-1', batchSize: 2 });
    const vectors = await embedder.embedDocuments(['aa', 'bbb', 'c']);
    expect(vectors).toEqual([[2, 0, 0.5], [3, 1, 0.5], [1, 0, 0.5]]);
    expect(bodies.map((body) => body.input)).toEqual([['aa', 'bbb'], ['c']]);
    expect(bodies.every((body) => body.model === 'emb-1' && body.encoding_format === 'float')).toBe(true);
    bodies.length = 0;
    expect(await embedder.embedDocuments(['bbb', 'dd'])).toEqual([[3, 1, 0.5], [2, 0, 0.5]]);
    expect(bodies.map((body) => body.input)).toEqual([['dd']]);
  });

  it('reports a provider failure as upstream_unavailable', async () => {
    failing = true;
    const embedder = createEmbedder({ apiKey: 'sk-test', baseUrl: BASE, model: 'emb-1' });
    const error = await embedder.embedQuery('x').catch((e: unknown) => e);
    failing = false;
    expect(BaogaoError.isInstance(error) && error.code).toBe('upstream_unavailable');
  });
});
