import { ChatOpenAI } from '@langchain/openai';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, streamAnswer, SYSTEM_PROMPT } from '../agent/index.js';
import type { AgentEvent } from '../core/index.js';
import { openIndex } from '../index/index.js';
import { citeFor, createFakeOpenAI } from './fakes/fake-openai.js';
import { loadCorpus } from './helpers/corpus.js';

const BASE = 'http://llm.test/v1';
const openai = createFakeOpenAI(BASE);
const server = setupServer(openai.handler);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const model = new ChatOpenAI({ model: 'mock-model', apiKey: 'sk-test', configuration: { baseURL: BASE }, temperature: 0, maxRetries: 0 });
const ask = (question: string, extra: { budgetMs?: number } = {}) => answer([{ role: 'user', content: question }], { index, model, ...extra });
const lookupTencent = { name: 'lookup_facts', arguments: JSON.stringify({ entity: 'Tencent', metric: 'capex', period: 'Q4 2024' }) };

describe('LLM agent', () => {
  it('runs a multi-step, parallel tool loop and maps [n] to the paragraphs the tools returned', async () => {
    openai.run([
      { toolCalls: [lookupTencent, { name: 'search_reports', arguments: JSON.stringify({ query: 'Tencent capital expenditure Q4 2024', k: 3 }) }] },
      { toolCalls: [{ name: 'capex_calculator', arguments: JSON.stringify({ expression: 'prior_from_growth(current, 386%)', operands: { current: '36.578 billion yuan' } }) }] },
      { content: (body) => `The reports differ: 36.578 billion yuan [${citeFor(body, '36578000000')}] versus 39 billion yuan [${citeFor(body, '39000000000')}]. The growth implies about 7.53 billion yuan a year earlier.` },
    ]);
    const result = await ask("What was Tencent's capital expenditure in Q4 2024?");
    expect(result).toMatchObject({ agent: 'llm', grounded: true, refused: false, lang: 'en' });
    expect(result.steps.map((step) => step.tool)).toEqual(['lookup_facts', 'search_reports', 'capex_calculator']);
    expect(result.calculations[0]!.result.english).toBe('7.53 billion yuan');
    expect(result.citations).toHaveLength(2);
    expect(result.citations.map((citation) => citation.quote)).toEqual([
      expect.stringContaining('36.578 billion yuan'), expect.stringContaining('39 billion yuan'),
    ]);
    for (const citation of result.citations) expect(snapshot.paragraphs.find((p) => p.id === citation.paragraphId)!.text).toContain(citation.quote);
    // What was sent: the system prompt, the three tools, and each tool result tied to its call.
    const [first, second] = openai.requests;
    expect(first!.messages[0]).toEqual({ role: 'system', content: SYSTEM_PROMPT });
    expect(first!.tools!.map((tool) => tool.function.name).sort()).toEqual(['capex_calculator', 'lookup_facts', 'search_reports']);
    const toolMessages = second!.messages.filter((message) => message.role === 'tool');
    expect(toolMessages.map((message) => message.tool_call_id)).toEqual(['call_1_0', 'call_1_1']);
    expect(JSON.parse(toolMessages[0]!.content!).facts[0]).toMatchObject({ cite: 1, entity: 'tencent', metric: 'capex' });
  });

  it('answers a malformed tool argument with an error the model can recover from, and drops markers that point nowhere', async () => {
    openai.run([
      { toolCalls: [{ name: 'lookup_facts', arguments: '{"entity": "Tencent", "metric": ' }] },
      { toolCalls: [{ name: 'lookup_facts', arguments: JSON.stringify({ entity: 'Nobody Corp' }) }] },
      { toolCalls: [lookupTencent] },
      { content: (body) => `36.578 billion yuan [${citeFor(body, '36578000000')}][9].` },
    ]);
    const result = await ask("Tencent's Q4 2024 capex?");
    const errors = openai.requests.slice(1, 3).map((request) => JSON.parse(request.messages.at(-1)!.content!).error);
    expect(errors[0]).toMatchObject({ code: 'invalid_input' });
    expect(errors[1]).toMatchObject({ code: 'invalid_input', field: 'entity' });
    expect(result.answer).toBe('36.578 billion yuan [1].');
    expect(result.citations).toHaveLength(1);
  });

  it('gives the model one chance to repair an untraceable figure, then flags it', async () => {
    openai.run([
      { toolCalls: [lookupTencent] },
      { content: 'Tencent spent 50 billion yuan.' },
      { content: (body) => `Tencent spent 36.578 billion yuan [${citeFor(body, '36578000000')}].` },
    ]);
    const repaired = await ask("Tencent's Q4 2024 capex?");
    expect(openai.requests[2]!.messages.at(-1)!.content).toMatch(/not in any tool result: 50 billion yuan/);
    expect(repaired).toMatchObject({ grounded: true, ungroundedNumbers: [] });

    openai.run([{ toolCalls: [lookupTencent] }, { content: 'About 50 billion yuan.' }, { content: 'Still 50 billion yuan.' }]);
    const flagged = await ask("Tencent's Q4 2024 capex?");
    expect(flagged.grounded).toBe(false);
    expect(flagged.ungroundedNumbers).toEqual(['50 billion yuan']);
    expect(flagged.answer).toMatch(/Not verified against the reports: 50 billion yuan/);
  });

  it('falls back to the offline planner on a 429 or a timeout, and says so', async () => {
    openai.run([{ status: 429, error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' } }]);
    const limited = await ask("What was Tencent's capital expenditure in Q4 2024?");
    expect(limited.agent).toBe('offline');
    expect(limited.fallback).toMatchObject({ from: 'llm', reason: expect.stringMatching(/429|rate limit/i) });
    expect(limited.answer).toContain('36.578 billion yuan');

    openai.run([{ delayMs: 3_000 }]);
    const started = performance.now();
    const slow = await ask("What was Tencent's capital expenditure in Q4 2024?", { budgetMs: 300 });
    expect(performance.now() - started).toBeLessThan(2_500);
    expect(slow.agent).toBe('offline');
    expect(slow.fallback?.reason).toMatch(/abort|timeout|time/i);
  });

  it('streams tool steps, then text deltas, then the final Answer', async () => {
    openai.run([{ toolCalls: [lookupTencent] }, { content: (body) => `36.578 billion yuan [${citeFor(body, '36578000000')}]. Caixin gives 39 billion yuan [${citeFor(body, '39000000000')}].` }]);
    const events: AgentEvent[] = [];
    for await (const event of streamAnswer([{ role: 'user', content: "Tencent's Q4 2024 capex?" }], { index, model })) events.push(event);
    expect(events.map((event) => event.type)).toEqual(['step', 'delta', 'delta', 'done']);
    const done = events.at(-1) as Extract<AgentEvent, { type: 'done' }>;
    expect(events.filter((event) => event.type === 'delta').map((event) => (event as { text: string }).text).join('').trim()).toBe(done.answer.answer);
  });
});
