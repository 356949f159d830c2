/** @module POST bodies must say they are JSON; anything else is a 415 naming the header. A POST with no body has nothing to declare. */
import type { MiddlewareHandler } from 'hono';
import { errorBody } from './http-errors.js';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

export function requireJson(): MiddlewareHandler {
  return async function requireJsonMiddleware(c, next) {
    // Length headers are not reliable here (a chunked request has none, nor has an in-process
    // request), so the body is read: the body limit before this middleware keeps that bounded.
    if (c.req.method === 'POST' && !JSON_TYPE.test(c.req.header('content-type') ?? '') && (await c.req.text()).length > 0) {
      return c.json(errorBody('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json', 'content-type'), 415);
    }
    await next();
  };
}
