/** @module `npm start`: the app on Node, with the index opened (and built if needed) at start. */
import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createChatModel } from '../../agent/index.js';
import type { Config } from '../../core/index.js';
import type { OpenIndex } from '../../index/index.js';
import { createApp } from './app.js';

export interface NodeServerOptions {
  config: Config;
  openIndex: () => Promise<OpenIndex>;
  reindex?: () => Promise<unknown>;
  log?: (message: string) => void;
  /** Overrides config.http.port (0 picks a free port, for tests). */
  port?: number;
  hostname?: string;
}

export async function startNodeServer(options: NodeServerOptions): Promise<{ server: ServerType; url: string; close: () => Promise<void> }> {
  let index = options.openIndex();
  const model = options.config.openai ? createChatModel(options.config.openai) : undefined;
  const app = createApp({
    http: options.config.http,
    index: () => index,
    model: () => model,
    reindex: options.reindex ? async () => { const summary = await options.reindex!(); index = options.openIndex(); await index; return summary; } : undefined,
    clientKey: (c) => getConnInfo(c).remote.address ?? 'unknown',
    log: options.log,
  });
  await index;
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? options.config.http.port, hostname: options.hostname ?? '127.0.0.1' }, (info) => {
      resolve({
        server,
        url: `http://${info.address.includes(':') ? `[${info.address}]` : info.address}:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
