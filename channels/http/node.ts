/**
 * @module `npm start`: the app on Node. It listens at once; the index opens (or is built) in the
 * background, and a reindex swaps the new index in only when it is ready.
 */
import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createChatModel } from '../../agent/index.js';
import type { Config } from '../../core/index.js';
import type { OpenIndex } from '../../index/index.js';
import { createApp } from './app.js';
import { createClientKey } from './client-key.js';

export interface NodeServerOptions {
  config: Config;
  /** Opens the index (building it first if need be); called at start and after each reindex. */
  openIndex: () => Promise<OpenIndex>;
  /** Rebuilds the snapshot; run it off the main thread (see `ingestInThread`) so requests keep flowing. */
  reindex?: () => Promise<unknown>;
  log?: (message: string) => void;
  /** Overrides config.http.port (0 picks a free port, for tests). */
  port?: number;
  hostname?: string;
}

export interface NodeServer {
  server: ServerType;
  url: string;
  /** The index in service (the first one, until a reindex replaces it). */
  ready: () => Promise<OpenIndex>;
  close: () => Promise<void>;
}

/** The index in service plus at most one reindex in flight; readers keep the old index until the new one opened. */
function createIndexHolder(options: NodeServerOptions) {
  const log = options.log ?? console.error;
  let current = options.openIndex();
  current.catch((error: unknown) => log(`[http] the index could not be opened: ${error instanceof Error ? error.message : String(error)}`));
  let running: Promise<unknown> | undefined;
  const reindex = options.reindex;
  return {
    current: () => current,
    reindex: reindex ? () => (running ??= (async () => {
      try {
        const summary = await reindex();
        const next = options.openIndex();
        await next;
        current = next;
        return summary;
      } finally {
        running = undefined;
      }
    })()) : undefined,
  };
}

export async function startNodeServer(options: NodeServerOptions): Promise<NodeServer> {
  const model = options.config.openai ? createChatModel(options.config.openai) : undefined;
  const holder = createIndexHolder(options);
  const app = createApp({
    http: options.config.http,
    index: holder.current,
    model: () => model,
    reindex: holder.reindex,
    clientKey: createClientKey(options.config.trustProxy, (c) => getConnInfo(c).remote.address ?? 'unknown'),
    log: options.log,
  });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? options.config.http.port, hostname: options.hostname ?? '127.0.0.1' }, (info) => {
      resolve({
        server,
        url: `http://${info.address.includes(':') ? `[${info.address}]` : info.address}:${info.port}`,
        ready: holder.current,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
