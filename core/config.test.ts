import { describe, expect, it } from 'vitest';
import { BaogaoError, loadConfig } from './index.js';

describe('loadConfig', () => {
  it('gives the embedded defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      reportsDir: 'reports', dataDir: '.baogao', openai: undefined, embeddingBatchSize: 64, evalReportsDir: 'evals/reports', financeBenchPath: '../shared/benchmarks/financebench/financebench_open_source.jsonl', llmFactExtraction: false, qdrant: undefined, logLevel: 'info',
      wechat: { puppet: 'wechaty-puppet-wechat4u', puppetToken: undefined, prefixes: ['/ask', '问报告'], aliases: [], rooms: [], maxBytes: 2000, maxMessages: 3, baogaoUrl: undefined },
      http: { port: 8787, corsOrigins: [], rateLimitPerMinute: 60, maxBodyBytes: 65_536, adminToken: undefined },
      ingest: { followLinksOutside: false, maxReportBytes: 8 * 1024 * 1024 },
      trustProxy: { mode: 'off' },
    });
  });

  it('refuses an ADMIN_TOKEN with surrounding whitespace (a header can never carry it), naming the variable', () => {
    const error = (() => { try { loadConfig({ ADMIN_TOKEN: 'a-long-enough-secret-token ' }); } catch (e) { return e; } })() as BaogaoError;
    expect(error.code).toBe('invalid_config');
    expect(error.field).toBe('ADMIN_TOKEN');
    expect(error.message).toMatch(/ADMIN_TOKEN: .*whitespace/);
    expect(() => loadConfig({ ADMIN_TOKEN: 'a-long enough-secret-token' })).toThrow(/ADMIN_TOKEN: contains whitespace/);
    expect(loadConfig({ ADMIN_TOKEN: 'a-long-enough-secret-token' }).http.adminToken).toBe('a-long-enough-secret-token');
  });

  it('reads the ingest limits and which proxy to trust', () => {
    expect(loadConfig({ FOLLOW_LINKS_OUTSIDE: '1', MAX_REPORT_BYTES: '1048576' }).ingest).toEqual({ followLinksOutside: true, maxReportBytes: 1_048_576 });
    expect(loadConfig({ TRUST_PROXY: 'cloudflare' }).trustProxy).toEqual({ mode: 'cloudflare' });
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8' }).trustProxy).toEqual({ mode: 'addresses', addresses: ['127.0.0.1/8', '::1/128', '10.0.0.0/8', 'fd00::/8'] });
    for (const bad of ['yes please', '10.0.0.0/99', '300.1.1.1']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
    }
    expect(() => loadConfig({ FOLLOW_LINKS_OUTSIDE: 'maybe' })).toThrow(/FOLLOW_LINKS_OUTSIDE/);
  });

  it('switches on the LLM and Qdrant paths from their variables, treating empty strings as unset', () => {
    const config = loadConfig({ OPENAI_API_KEY: 'sk-x', OPENAI_BASE_URL: 'http://llm.test/v1', OPENAI_EMBEDDING_MODEL: 'emb', QDRANT_URL: 'http://q.test:6333', QDRANT_API_KEY: '' });
    expect(config.openai).toEqual({ apiKey: 'sk-x', baseUrl: 'http://llm.test/v1', model: 'gpt-4o-mini', embeddingModel: 'emb' });
    expect(config.qdrant).toEqual({ url: 'http://q.test:6333', apiKey: undefined, collection: 'baogao', fallback: 'embedded' });
  });

  it('names every bad variable in one error', () => {
    const error = (() => { try { loadConfig({ QDRANT_URL: 'not a url', LOG_LEVEL: 'loud', EMBEDDING_BATCH_SIZE: '0' }); } catch (e) { return e; } })();
    expect(BaogaoError.isInstance(error)).toBe(true);
    const { message, code, field } = error as BaogaoError;
    expect(code).toBe('invalid_config');
    expect(field).toBe('EMBEDDING_BATCH_SIZE');
    for (const name of ['QDRANT_URL', 'LOG_LEVEL', 'EMBEDDING_BATCH_SIZE']) expect(message).toContain(name);
  });
});
