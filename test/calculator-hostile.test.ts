import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from '../channels/http/app.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';
import { startTestServer } from './helpers/test-server.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const app = createApp({ http: { port: 0, corsOrigins: [], rateLimitPerMinute: 100_000, maxBodyBytes: 65_536, adminToken: undefined }, index: async () => index, log: () => {} });

/** Issue 16's hostile calculator inputs, each with what its refusal must name. */
const HOSTILE: [body: Record<string, unknown>, names: RegExp][] = [
  [{ expression: '10^10^10' }, /limit of 30 digits/],
  [{ expression: '9e9999999999' }, /limit: values must be under 10\^30/],
  [{ expression: 'cagr(1, 2, 0.000000001)' }, /cagr.*limit of 30 digits/],
  [{ expression: '10^1000000' }, /limit of 30 digits/],
  [{ expression: '1e-9999999999' }, /limit: non-zero values must be at least 10\^-30/],
  [{ expression: 'x * 2', operands: { x: '9e99999' } }, /limit/],
  [{ expression: '2^2^2^2^2^2^2^2' }, /limit of 30 digits/],
  [{ expression: 'toString()' }, /Unknown function "toString"/],
  [{ expression: 'constructor(1)' }, /Unknown function "constructor"/],
  [{ expression: '__proto__(1)' }, /Unknown function "__proto__"/],
  [{ expression: 'hasOwnProperty(1)' }, /Unknown function "hasOwnProperty"/],
  [{ expression: 'valueOf(1)' }, /Unknown function "valueOf"/],
  [{ expression: 'toString + 1', operands: { x: 1 } }, /Unknown operand "toString"/],
  [{ expression: 'convert(100, CNY, USD, 0)' }, /positive rate/],
  [{ expression: 'convert(100, CNY, USD, -1)' }, /positive rate/],
  [{ expression: 'cagr(1,2,0)' }, /positive number of years/],
];

const calculate = (target: typeof app.request, body: unknown) => target('/api/tools/capex_calculator', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('hostile calculator input over HTTP (issue 16)', () => {
  it.each(HOSTILE)('%j gets a 4xx JSON naming the limit, quickly and briefly, and /healthz answers right after', async (body, names) => {
    const started = performance.now();
    const response = await calculate(app.request, body);
    const text = await response.text();
    // A guard against unbounded work (a tower of powers would run for hours), not a speed target: speed is
    // the bench's business, and a loaded CI machine must not turn this red.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(response.status).toBe(400);
    expect(text.length).toBeLessThan(1_024);
    const error = (JSON.parse(text) as { error: { code: string; message: string; field?: string } }).error;
    expect(error.code).toBe('calculation_error');
    expect(error.message).toMatch(names);
    const health = await app.request('/healthz');
    expect(health.status).toBe(200);
  });

  it('a real server keeps answering /healthz while every hostile input arrives at once', async () => {
    const server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '100000' });
    try {
      const post = (body: unknown) => fetch(`${server.url}/api/tools/capex_calculator`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const started = performance.now();
      const [responses, health] = await Promise.all([Promise.all(HOSTILE.map(([body]) => post(body))), fetch(`${server.url}/healthz`)]);
      expect(health.status).toBe(200);
      expect(responses.map((response) => response.status)).toEqual(HOSTILE.map(() => 400));
      expect(performance.now() - started).toBeLessThan(15_000);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('answers fuzzed towers, huge and tiny literals and prototype names with a 200 or a named 400, bounded in time and size', async () => {
    const literal = fc.oneof(fc.integer({ min: 0, max: 99 }).map(String), fc.bigInt({ min: 0n, max: 10n ** 12n }).map((exponent) => `9e${exponent}`), fc.bigInt({ min: 0n, max: 10n ** 12n }).map((exponent) => `1e-${exponent}`), fc.constant('0.000000001'));
    const name = fc.constantFrom('toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'sum', 'cagr');
    const expression = fc.oneof(
      fc.array(literal, { minLength: 2, maxLength: 6 }).map((parts) => parts.join('^')),
      fc.tuple(name, fc.array(literal, { minLength: 0, maxLength: 3 })).map(([fn, args]) => `${fn}(${args.join(', ')})`),
      fc.tuple(name, literal).map(([operand, value]) => `${operand} * ${value}`),
    );
    await fc.assert(fc.asyncProperty(expression, async (written) => {
      const started = performance.now();
      const response = await calculate(app.request, { expression: written });
      const text = await response.text();
      expect(performance.now() - started, written).toBeLessThan(5_000);
      expect([200, 400], written).toContain(response.status);
      expect(text.length, written).toBeLessThan(4_096);
      if (response.status === 400) expect((JSON.parse(text) as { error: { code: string } }).error.code).toBe('calculation_error');
      expect((await app.request('/healthz')).status).toBe(200);
    }), { numRuns: 150 });
  });
});
