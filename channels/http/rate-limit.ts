/** @module Per-client rate limit for the HTTP API: over the limit is a 429 with Retry-After. */
import type { Context, MiddlewareHandler } from 'hono';
import { createTokenBuckets } from '../shared/token-buckets.js';
import { errorBody } from './http-errors.js';

export interface RateLimitOptions {
  perMinute: number;
  /** Who the client is; the Node entry passes the socket address, Workers the CF-Connecting-IP header. */
  clientKey: (c: Context) => string;
  now?: () => number;
}

export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const buckets = createTokenBuckets({ perMinute: options.perMinute, ...(options.now ? { now: options.now } : {}) });
  return async function rateLimitMiddleware(c, next) {
    const verdict = buckets.take(options.clientKey(c));
    if (!verdict.ok) {
      c.header('Retry-After', String(verdict.retryAfterSeconds));
      return c.json(errorBody('rate_limited', `Too many requests; try again in ${verdict.retryAfterSeconds} s.`), 429);
    }
    await next();
  };
}
