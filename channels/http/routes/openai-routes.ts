/**
 * @module OpenAI-compatible /v1/chat/completions and /v1/models, so existing clients, chat UIs and
 * WeChat bridges can use Baogao as a model. Citations come as footnotes and in a `citations` field.
 */
import type { OpenAPIHono} from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { answer } from '../../../agent/index.js';
import { sourceLabel, splitSentences, stripInvisible, type Answer, type ChatMessage } from '../../../core/index.js';
import type { AppDeps } from '../app-deps.js';
import { errorBody } from '../http-errors.js';
import { ErrorSchema, OpenAIChatRequestSchema } from '../schemas.js';

export const MODEL_ID = 'baogao';

const completionsRoute = createRoute({
  method: 'post', path: '/v1/chat/completions', tags: ['openai'],
  summary: 'OpenAI-compatible chat completions (streaming and not)',
  request: { body: { required: true, content: { 'application/json': { schema: OpenAIChatRequestSchema } } } },
  responses: {
    200: { description: 'A chat.completion, or chat.completion.chunk events when stream is true', content: { 'application/json': { schema: z.object({}).passthrough() } } },
    400: { description: 'Invalid request', content: { 'application/json': { schema: ErrorSchema } } },
  },
});
const modelsRoute = createRoute({ method: 'get', path: '/v1/models', tags: ['openai'], summary: 'The one model Baogao serves', responses: { 200: { description: 'Model list', content: { 'application/json': { schema: z.object({}).passthrough() } } } } });

/** User and assistant turns as text; system prompts and tool turns are not ours to follow. */
function toConversation(messages: z.infer<typeof OpenAIChatRequestSchema>['messages']): ChatMessage[] {
  return messages.flatMap((message): ChatMessage[] => {
    if (message.role !== 'user' && message.role !== 'assistant') return [];
    const text = stripInvisible(typeof message.content === 'string' ? message.content : (message.content ?? []).map((part) => part.text ?? '').join(''));
    return text.trim() ? [{ role: message.role, content: text }] : [];
  });
}

export function footnotes(result: Answer): string {
  if (!result.citations.length) return '';
  return `\n\n${result.citations.map((citation) => `[${citation.n}] ${sourceLabel(citation, result.lang)}, ¶${citation.paragraph}: “${citation.quote}”`).join('\n')}`;
}

const tokens = (text: string) => Math.ceil(text.length / 4);

export function openaiRoutes(app: OpenAPIHono, deps: AppDeps) {
  app.openapi(modelsRoute, (c) => c.json({ object: 'list', data: [{ id: MODEL_ID, object: 'model', created: 1_735_689_600, owned_by: 'baogao' }] }, 200));
  return app.openapi(completionsRoute, async (c) => {
    const body = c.req.valid('json');
    const conversation = toConversation(body.messages);
    if (!conversation.length || conversation.at(-1)!.role !== 'user') {
      return c.json(errorBody('invalid_input', 'messages: the last user or assistant message must be from the user and not empty', 'messages'), 400);
    }
    const result = await answer(conversation, { index: await deps.index(), model: deps.model?.() });
    const content = `${result.answer}${footnotes(result)}`;
    const id = `chatcmpl-${crypto.randomUUID()}`;
    const created = Math.floor((deps.now?.() ?? Date.now()) / 1000);
    const promptTokens = tokens(conversation.map((m) => m.content).join(' '));
    if (!body.stream) {
      return c.json({
        id, object: 'chat.completion', created, model: MODEL_ID, system_fingerprint: null,
        choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
        usage: { prompt_tokens: promptTokens, completion_tokens: tokens(content), total_tokens: promptTokens + tokens(content) },
        citations: result.citations,
      }, 200);
    }
    return streamSSE(c, async (stream) => {
      const chunk = (delta: Record<string, unknown>, finish: string | null, extra: Record<string, unknown> = {}) =>
        stream.writeSSE({ data: JSON.stringify({ id, object: 'chat.completion.chunk', created, model: MODEL_ID, system_fingerprint: null, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], ...extra }) });
      await chunk({ role: 'assistant', content: '' }, null);
      for (const sentence of splitSentences(result.answer)) await chunk({ content: `${sentence.text} ` }, null);
      await chunk({ content: footnotes(result) }, null);
      await chunk({}, 'stop', { citations: result.citations });
      await stream.writeSSE({ data: '[DONE]' });
    }) as never;
  });
}
