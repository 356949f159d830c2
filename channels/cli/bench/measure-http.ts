/** @module Requests per second and latency under load, on loopback only, with the error count. */
import autocannon from 'autocannon';
import { loadConfig } from '../../../core/index.js';
import type { OpenIndex } from '../../../index/index.js';
import { startNodeServer } from '../../http/node.js';

export interface HttpFigures {
  route: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  errors: number;
  non2xx: number;
}

export async function measureHttp(index: OpenIndex, seconds: number, connections = 50): Promise<HttpFigures[]> {
  // The load run must measure the server, not the rate limiter.
  const server = await startNodeServer({ config: loadConfig({ RATE_LIMIT_PER_MINUTE: '100000' }), openIndex: async () => index, port: 0, log: () => {} });
  const targets = [
    { route: 'POST /api/chat', path: '/api/chat', body: { messages: [{ role: 'user', content: "What was Tencent's capital expenditure in Q4 2024?" }] } },
    { route: 'POST /v1/chat/completions', path: '/v1/chat/completions', body: { model: 'baogao', messages: [{ role: 'user', content: '阿里巴巴未来三年在云和AI基础设施上计划投入多少?' }] } },
  ];
  const figures: HttpFigures[] = [];
  try {
    for (const target of targets) {
      const result = await autocannon({ url: `${server.url}${target.path}`, method: 'POST', connections, duration: seconds, headers: { 'content-type': 'application/json' }, body: JSON.stringify(target.body) });
      figures.push({
        route: target.route, connections, seconds, requestsPerSecond: Math.round(result.requests.average),
        latencyP50: result.latency.p50, latencyP99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx,
      });
    }
  } finally {
    await server.close();
  }
  return figures;
}
