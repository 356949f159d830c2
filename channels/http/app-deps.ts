/** @module What the HTTP app is built from; the Node and Worker entries supply these. */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Context } from 'hono';
import type { Config } from '../../core/index.js';
import type { OpenIndex } from '../../index/index.js';

export interface AppDeps {
  http: Config['http'];
  /** The opened index; requests wait for it, /readyz reports whether it is there. */
  index: () => Promise<OpenIndex>;
  /** The chat model when an LLM is configured; the offline planner otherwise. */
  model?: (() => BaseChatModel | undefined) | undefined;
  /** Rebuilds the index (POST /api/admin/reindex); absent on runtimes that cannot. */
  reindex?: (() => Promise<unknown>) | undefined;
  clientKey?: ((c: Context) => string) | undefined;
  log?: ((message: string) => void) | undefined;
  now?: (() => number) | undefined;
}
