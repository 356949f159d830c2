import { ChatOpenAI } from '@langchain/openai';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './helpers/test-server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => { server = await startTestServer(); });
afterAll(() => server.close());

describe('OpenAI-compatible endpoint on a real socket', () => {
  it('answers the official openai client, with footnotes and a citations field', async () => {
    const client = new OpenAI({ apiKey: 'not-needed', baseURL: `${server.url}/v1`, maxRetries: 0 });
    const models = await client.models.list();
    expect(models.data.map((model) => model.id)).toEqual(['baogao']);
    const completion = await client.chat.completions.create({
      model: 'baogao',
      messages: [{ role: 'system', content: 'You are helpful.' }, { role: 'user', content: "What was Tencent's capital expenditure in Q4 2024?" }],
    });
    const content = completion.choices[0]!.message.content!;
    expect(completion.object).toBe('chat.completion');
    expect(completion.choices[0]!.finish_reason).toBe('stop');
    expect(content).toContain('36.578 billion yuan');
    expect(content).toMatch(/\n\n\[1\] 定焦One, 2025-10-09 — .*¶5: “/);
    const citations = (completion as unknown as { citations: { n: number; quote: string }[] }).citations;
    expect(citations.map((citation) => citation.n)).toEqual([1, 2]);
    expect(completion.usage!.total_tokens).toBeGreaterThan(0);
  });

  it('streams chunks the openai client assembles into the same answer', async () => {
    const client = new OpenAI({ apiKey: 'not-needed', baseURL: `${server.url}/v1`, maxRetries: 0 });
    const stream = await client.chat.completions.create({ model: 'baogao', stream: true, messages: [{ role: 'user', content: '阿里巴巴未来三年在云和AI基础设施上计划投入多少?' }] });
    let text = '';
    let finish: string | null = null;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect(finish).toBe('stop');
    expect(text).toContain('3800亿元');
    expect(text).toMatch(/\[1\] /);
  });

  it('works as the model behind LangChain ChatOpenAI, with follow-ups', async () => {
    const model = new ChatOpenAI({ model: 'baogao', apiKey: 'not-needed', configuration: { baseURL: `${server.url}/v1` }, maxRetries: 0 });
    const reply = await model.invoke([
      { role: 'user', content: 'How many employees did Alibaba have at the end of 2024?' },
      { role: 'assistant', content: '194,320.' },
      { role: 'user', content: 'And a year earlier?' },
    ]);
    expect(String(reply.content)).toContain('219,260');
  });

  it('refuses an unusable request with an OpenAI-style 400 the client surfaces', async () => {
    const client = new OpenAI({ apiKey: 'not-needed', baseURL: `${server.url}/v1`, maxRetries: 0 });
    const failure = await client.chat.completions.create({ model: 'baogao', messages: [{ role: 'system', content: 'only a system prompt' }] }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OpenAI.BadRequestError);
    expect((failure as InstanceType<typeof OpenAI.BadRequestError>).status).toBe(400);
  });
});
