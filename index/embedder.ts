/** @module Dense embeddings from any OpenAI-compatible endpoint, batched and cached by content hash. */
import type { OpenAIEmbeddings } from '@langchain/openai';
import { BaogaoError, sha256Hex } from '../core/index.js';

export interface Embedder {
  readonly model: string;
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}

export interface EmbedderOptions {
  apiKey: string;
  model: string;
  baseUrl?: string | undefined;
  batchSize?: number;
  /** Vectors already computed, keyed by `sha256(model + text)`; new ones are added to it. */
  cache?: Map<string, number[]>;
}

export function createEmbedder(options: EmbedderOptions): Embedder {
  // The OpenAI client is loaded on first use: importing the index never loads it.
  let loading: Promise<OpenAIEmbeddings> | undefined;
  const client = () => (loading ??= import('@langchain/openai').then(({ OpenAIEmbeddings }) => new OpenAIEmbeddings({
    model: options.model,
    apiKey: options.apiKey,
    configuration: options.baseUrl ? { baseURL: options.baseUrl } : {},
    batchSize: options.batchSize ?? 64,
    // Without this the SDK asks for base64 and decodes float replies to [0].
    encodingFormat: 'float',
    maxRetries: 2,
  })));
  const cache = options.cache ?? new Map<string, number[]>();
  const wrap = (cause: unknown) => new BaogaoError('upstream_unavailable', { message: `Embeddings request failed: ${cause instanceof Error ? cause.message : String(cause)}`, cause });
  return {
    model: options.model,
    async embedDocuments(texts) {
      const keys = await Promise.all(texts.map((text) => sha256Hex(`${options.model}\n${text}`)));
      const missing = [...new Set(keys.map((key, i) => (cache.has(key) ? -1 : i)).filter((i) => i >= 0))];
      if (missing.length) {
        const vectors = await (await client()).embedDocuments(missing.map((i) => texts[i]!)).catch((cause: unknown) => { throw wrap(cause); });
        missing.forEach((textIndex, i) => cache.set(keys[textIndex]!, vectors[i]!));
      }
      return keys.map((key) => cache.get(key)!);
    },
    async embedQuery(text) {
      return (await client()).embedQuery(text).catch((cause: unknown) => { throw wrap(cause); });
    },
  };
}
