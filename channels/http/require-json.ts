/** @module POST bodies must say they are JSON; anything else is a 415 naming the header. */
import type { MiddlewareHandler } from 'hono';
import { errorBody } from './http-errors.js';

export function requireJson(): MiddlewareHandler {
  return async function requireJsonMiddleware(c, next) {
    if (c.req.method === 'POST' && !/^application\/(?:[\w.+-]+\+)?json\b/i.test(c.req.header('content-type') ?? '')) {
      return c.json(errorBody('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json', 'content-type'), 415);
    }
    await next();
  };
}
