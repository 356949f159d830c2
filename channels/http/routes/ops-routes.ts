/** @module Liveness, readiness, and the token-protected reindex. */
import type { OpenAPIHono} from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps.js';
import { errorBody } from '../http-errors.js';
import { ErrorSchema } from '../schemas.js';

const health = createRoute({ method: 'get', path: '/healthz', tags: ['ops'], summary: 'The process is up', responses: { 200: { description: 'ok', content: { 'application/json': { schema: z.object({ ok: z.boolean() }) } } } } });
const ready = createRoute({ method: 'get', path: '/readyz', tags: ['ops'], summary: 'The index is loaded', responses: { 200: { description: 'ready', content: { 'application/json': { schema: z.object({ ready: z.boolean(), documents: z.number(), paragraphs: z.number(), facts: z.number() }) } } }, 503: { description: 'not ready', content: { 'application/json': { schema: ErrorSchema } } } } });
const reindex = createRoute({
  method: 'post', path: '/api/admin/reindex', tags: ['ops'], summary: 'Rebuild the index (needs ADMIN_TOKEN as a Bearer token)',
  responses: { 200: { description: 'Ingest summary', content: { 'application/json': { schema: z.object({}).passthrough() } } }, 401: { description: 'Missing or wrong token', content: { 'application/json': { schema: ErrorSchema } } }, 404: { description: 'Disabled: no ADMIN_TOKEN configured', content: { 'application/json': { schema: ErrorSchema } } } },
});

/** Compares without an early exit, so the time taken says nothing about how much of the token matched. */
export function sameSecret(given: string, expected: string): boolean {
  const a = new TextEncoder().encode(given);
  const b = new TextEncoder().encode(expected);
  let difference = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) difference |= (a[i] ?? 0) ^ b[i]!;
  return difference === 0;
}

export function opsRoutes(app: OpenAPIHono, deps: AppDeps) {
  app.openapi(health, (c) => c.json({ ok: true }, 200));
  app.openapi(ready, async (c) => {
    const opening = deps.index().then((index) => ({ index }), () => ({ failed: true as const }));
    const state = await Promise.race([opening, new Promise<undefined>((resolve) => setTimeout(resolve, 50, undefined))]);
    // A failed open is not "loading": it will not get better by waiting (the cause is in the log).
    if (state && 'failed' in state) return c.json(errorBody('unavailable', 'The index could not be opened; see the server log'), 503);
    const index = state?.index;
    if (!index) return c.json(errorBody('not_ready', 'The index is still loading'), 503);
    // A remote store that is down (with no embedded fallback) means questions would fail: not ready.
    const problem = await index.store.check?.().then(() => undefined, (error: unknown) => error);
    if (problem) {
      deps.log?.(`[http] not ready: ${problem instanceof Error ? problem.message : String(problem)}`);
      return c.json(errorBody('unavailable', 'The search store is not answering'), 503);
    }
    return c.json({ ready: true, documents: index.snapshot.documents.length, paragraphs: index.snapshot.paragraphs.length, facts: index.snapshot.facts.length }, 200);
  });
  return app.openapi(reindex, async (c) => {
    const token = deps.http.adminToken;
    if (!token || !deps.reindex) return c.json(errorBody('disabled', 'Reindexing is disabled: set ADMIN_TOKEN to enable it'), 404);
    // The scheme is required (RFC 6750); a bare token is refused like a wrong one.
    const given = c.req.header('authorization')?.match(/^Bearer +(\S+)$/i)?.[1];
    if (given === undefined || !sameSecret(given, token)) return c.json(errorBody('unauthorized', 'Missing or wrong admin token', 'authorization'), 401);
    return c.json({ reindexed: await deps.reindex() }, 200);
  });
}
