/**
 * @module The Cloudflare Worker: the same app, with the index bundled at build time (`npm run
 * build:worker` writes it) or searched in Qdrant when QDRANT_URL is set, and the LLM when configured.
 */
import serializedSnapshot from '../../.baogao/worker/index.snapshot';
import { createChatModel } from '../../agent/index.js';
import { loadConfig, type EnvSource } from '../../core/index.js';
import { createEmbedder, createStore, openIndex, parseSnapshot, type OpenIndex } from '../../index/index.js';
import { createApp, type BaogaoApp } from './app.js';

let app: BaogaoApp | undefined;
let index: Promise<OpenIndex> | undefined;

function appFor(env: EnvSource): BaogaoApp {
  if (app) return app;
  const config = loadConfig(env);
  const embedder = config.openai?.embeddingModel
    ? createEmbedder({ apiKey: config.openai.apiKey, baseUrl: config.openai.baseUrl, model: config.openai.embeddingModel })
    : undefined;
  const model = config.openai ? createChatModel(config.openai) : undefined;
  app = createApp({
    http: config.http,
    // Parsed once per isolate, on first use: the checksum is verified before anything is served.
    index: () => (index ??= parseSnapshot(serializedSnapshot, 'bundled index').then((snapshot) => openIndex(snapshot, { store: createStore(config), embedder, fallbackToEmbedded: config.qdrant?.fallback === 'embedded', onFallback: (reason) => console.error(`qdrant unavailable: ${reason}`) }))),
    model: () => model,
    clientKey: (c) => c.req.header('cf-connecting-ip') ?? 'unknown',
    log: (message) => console.error(message),
  });
  return app;
}

export default {
  fetch(request: Request, env: EnvSource, context: unknown) {
    // Workers pass secrets and vars as env; only strings are configuration.
    const strings = Object.fromEntries(Object.entries(env ?? {}).filter(([, value]) => typeof value === 'string')) as EnvSource;
    return appFor(strings).fetch(request, strings, context as never);
  },
};
