/** @module An OpenAI-compatible chat-completions endpoint for msw, driven by a script per test. */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';

export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string | null; tool_calls?: { id: string; function: { name: string; arguments: string } }[]; tool_call_id?: string }[];
  tools?: { type: 'function'; function: { name: string; description: string; parameters: unknown } }[];
}

export type ScriptStep =
  | { toolCalls: { name: string; arguments: string }[] }
  | { content: string | ((request: ChatRequestBody) => string) }
  | { status: number; error: { message: string; type: string; code: string } }
  | { delayMs: number };

export function createFakeOpenAI(baseUrl: string) {
  const requests: ChatRequestBody[] = [];
  let script: ScriptStep[] = [];
  const completion = (message: object, finish: string) => ({
    id: `chatcmpl-${requests.length}`, object: 'chat.completion', created: 1_700_000_000, model: 'mock-model',
    choices: [{ index: 0, finish_reason: finish, logprobs: null, message }],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
  });
  const handler: HttpHandler = http.post(`${baseUrl}/chat/completions`, async ({ request }) => {
    const body = (await request.json()) as ChatRequestBody;
    requests.push(body);
    const step = script.shift();
    if (!step) return HttpResponse.json({ error: { message: 'script exhausted', type: 'server_error', code: 'test' } }, { status: 500 });
    if ('delayMs' in step) { await delay(step.delayMs); return HttpResponse.json(completion({ role: 'assistant', content: 'too late' }, 'stop')); }
    if ('status' in step) return HttpResponse.json({ error: step.error }, { status: step.status, headers: { 'retry-after': '1' } });
    if ('toolCalls' in step) {
      return HttpResponse.json(completion({
        role: 'assistant', content: null,
        tool_calls: step.toolCalls.map((call, i) => ({ id: `call_${requests.length}_${i}`, type: 'function', function: { name: call.name, arguments: call.arguments } })),
      }, 'tool_calls'));
    }
    const content = typeof step.content === 'function' ? step.content(body) : step.content;
    return HttpResponse.json(completion({ role: 'assistant', content, refusal: null }, 'stop'));
  });
  return { handler, requests, run(steps: ScriptStep[]) { script = [...steps]; requests.length = 0; } };
}

/** The "cite" number the tools gave the first fact with this value, read from the conversation. */
export function citeFor(body: ChatRequestBody, value: string): number | undefined {
  for (const message of body.messages) {
    if (message.role !== 'tool' || !message.content) continue;
    const parsed = JSON.parse(message.content) as { facts?: { value: string; cite: number }[]; results?: { cite: number; text: string }[] };
    const fact = parsed.facts?.find((candidate) => candidate.value === value);
    if (fact) return fact.cite;
  }
  return undefined;
}
