import { ChatOpenAI } from '@langchain/openai';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAliasTable } from '../index/index.js';
import { extractFacts, extractFactsWithModel } from '../ingest/index.js';
import { loadCorpus } from './helpers/corpus.js';

const BASE = 'http://llm.test/v1';
const requests: { tools?: { function: { name: string } }[]; messages: { role: string; content: string }[] }[] = [];
let reply: object = { facts: [] };
const server = setupServer(http.post(`${BASE}/chat/completions`, async ({ request }) => {
  requests.push((await request.json()) as (typeof requests)[number]);
  return HttpResponse.json({
    id: 'chatcmpl-1', object: 'chat.completion', created: 0, model: 'mock-model',
    choices: [{ index: 0, finish_reason: 'tool_calls', message: { role: 'assistant', content: null, tool_calls: [
      { id: 'call_1', type: 'function', function: { name: 'report_facts', arguments: JSON.stringify(reply) } },
    ] } }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  });
}));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('LLM fact extraction (structured output)', () => {
  it('keeps only facts whose quote is verbatim and holds the figure, and skips figures the rules found', async () => {
    const { built } = await loadCorpus();
    const document = built.find((candidate) => candidate.document.source.startsWith('003'))!;
    const paragraph = document.paragraphs.find((p) => p.text.includes('Statista'))!;
    const aliases = createAliasTable();
    const ruleFacts = extractFacts(document.document, [paragraph], aliases);
    reply = { facts: [
      { entity: 'global AI market', metric: 'market_size', figure: '$120 billion', quote: 'According to data from the reputable market research firm Statista, the global AI market size reached $120 billion in 2024 alone, marking a 25% year-on-year growth.' },
      { entity: 'Statista', metric: 'other', figure: '$999 billion', quote: 'Statista says the market is $999 billion.' },
      { entity: 'Alibaba', metric: 'revenue', figure: '$5 trillion', quote: 'From a strategic perspective, the AI industry is currently booming globally at an unprecedented rate.' },
    ] };
    const model = new ChatOpenAI({ model: 'mock-model', apiKey: 'sk-test', configuration: { baseURL: BASE }, maxRetries: 0 });
    const { facts, stats } = await extractFactsWithModel(model, document.document, [paragraph], ruleFacts, aliases);
    expect(stats).toEqual({ proposed: 3, kept: 0, dropped: 3 });
    expect(facts).toEqual([]);
    expect(requests[0]!.tools![0]!.function.name).toBe('report_facts');
    expect(requests[0]!.messages.at(-1)!.content).toBe(paragraph.text);

    const capitalization = document.paragraphs.find((p) => p.text.includes('HK$2.30 trillion'))!;
    reply = { facts: [{ entity: 'Alibaba', metric: 'market_cap', figure: 'HK$2.30 trillion', quote: capitalization.text.match(/[^.]*HK\$2\.30 trillion\./)![0].trim() }] };
    const added = await extractFactsWithModel(model, document.document, [capitalization], [], aliases);
    expect(added.stats.kept).toBe(1);
    expect(added.facts[0]).toMatchObject({ source: 'llm', entity: 'alibaba', value: '2300000000000', currency: 'HKD', metric: 'market_cap' });
    expect(capitalization.text.includes(added.facts[0]!.quote)).toBe(true);
  });
});
