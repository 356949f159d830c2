/** @module Per-client rate limit (token bucket): over the limit is a 429 with Retry-After. */
import type { Context, MiddlewareHandler } from 'hono';
import { errorBody } from './http-errors.js';

export interface RateLimitOptions {
  perMinute: number;
  /** Who the client is; the Node entry passes the socket address, Workers the CF-Connecting-IP header. */
  clientKey: (c: Context) => string;
  now?: () => number;
  /** Buckets kept at most; the oldest are dropped so memory stays bounded under many clients. */
  maxClients?: number;
}

export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const now = options.now ?? Date.now;
  const maxClients = options.maxClients ?? 10_000;
  const refillPerMs = options.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return async function rateLimitMiddleware(c, next) {
    const key = options.clientKey(c);
    const time = now();
    const bucket = buckets.get(key) ?? { tokens: options.perMinute, at: time };
    bucket.tokens = Math.min(options.perMinute, bucket.tokens + (time - bucket.at) * refillPerMs);
    bucket.at = time;
    buckets.delete(key);
    buckets.set(key, bucket);
    if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value!);
    if (bucket.tokens < 1) {
      const retryAfter = Math.ceil((1 - bucket.tokens) / refillPerMs / 1000);
      c.header('Retry-After', String(retryAfter));
      return c.json(errorBody('rate_limited', `Too many requests; try again in ${retryAfter} s.`), 429);
    }
    bucket.tokens -= 1;
    await next();
  };
}
