import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remoteAnswerer } from '../channels/wechat/answerers.js';
import { BaogaoError } from '../core/index.js';
import { startTestServer } from './helpers/test-server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => { server = await startTestServer(); });
afterAll(() => server.close());

describe('the WeChat bot answering through a Baogao server (BAOGAO_URL)', () => {
  it('gets answers and the report list over HTTP', async () => {
    const remote = remoteAnswerer(server.url);
    const answer = await remote.answer([{ role: 'user', content: 'Who founded DeepSeek?' }]);
    expect(answer.answer).toContain('Liang Wenfeng');
    expect((await remote.reports()).map((report) => report.docId)).toHaveLength(5);
  });

  it('turns an unreachable or failing server into upstream_unavailable', async () => {
    const unreachable = await remoteAnswerer('http://127.0.0.1:9').answer([{ role: 'user', content: 'x' }]).catch((error: unknown) => error);
    expect(BaogaoError.isInstance(unreachable) && unreachable.code).toBe('upstream_unavailable');
    const failing = await remoteAnswerer(server.url).answer([{ role: 'user', content: '' }]).catch((error: unknown) => error);
    expect(BaogaoError.isInstance(failing) && failing.message).toMatch(/answered 400/);
  });
});
