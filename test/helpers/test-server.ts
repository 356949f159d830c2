/** @module A real Baogao server on a free loopback port, over the real report collection. */
import { startNodeServer } from '../../channels/http/node.js';
import { loadConfig, type EnvSource } from '../../core/index.js';
import { openIndex } from '../../index/index.js';
import { loadCorpus } from './corpus.js';

export async function startTestServer(env: EnvSource = {}) {
  const { snapshot } = await loadCorpus();
  return startNodeServer({ config: loadConfig(env), openIndex: () => openIndex(snapshot), port: 0, log: () => {} });
}
