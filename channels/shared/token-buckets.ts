/** @module Token buckets per key: a steady rate with bursts, bounded memory. Used by the HTTP and WeChat channels. */

export interface TokenBuckets {
  /** Takes one token for `key`; when there is none, says how many seconds until there will be. */
  take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number };
}

export function createTokenBuckets(options: { perMinute: number; now?: () => number; maxKeys?: number }): TokenBuckets {
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? 10_000;
  const refillPerMs = options.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key) {
      const time = now();
      const bucket = buckets.get(key) ?? { tokens: options.perMinute, at: time };
      bucket.tokens = Math.min(options.perMinute, bucket.tokens + (time - bucket.at) * refillPerMs);
      bucket.at = time;
      // Re-inserting keeps the map in least-recently-used order, so the oldest key is dropped first.
      buckets.delete(key);
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value!);
      if (bucket.tokens < 1) return { ok: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / refillPerMs / 1000) };
      bucket.tokens -= 1;
      return { ok: true };
    },
  };
}
