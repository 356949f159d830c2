/** @module POST /api/chat: the Answer JSON, or server-sent events (step, delta, done) when asked for. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { answer, streamAnswer } from '../../../agent/index.js';
import { BaogaoError } from '../../../core/index.js';
import type { AppDeps } from '../app-deps.js';
import { streamErrorBody } from '../http-errors.js';
import { AnswerSchema, ChatRequestSchema, ErrorSchema } from '../schemas.js';

const chatRoute = createRoute({
  method: 'post', path: '/api/chat', tags: ['chat'],
  summary: 'Answer a question from the reports, with citations',
  description: 'Stateless: send the whole conversation. With `Accept: text/event-stream` the answer streams as server-sent events `step`, `delta` and `done` (the full Answer).',
  request: { body: { required: true, content: { 'application/json': { schema: ChatRequestSchema } } } },
  responses: {
    200: { description: 'The answer', content: { 'application/json': { schema: AnswerSchema }, 'text/event-stream': { schema: AnswerSchema } } },
    400: { description: 'Invalid request', content: { 'application/json': { schema: ErrorSchema } } },
    429: { description: 'Rate limited (see Retry-After)', content: { 'application/json': { schema: ErrorSchema } } },
  },
});

export function chatRoutes(app: OpenAPIHono, deps: AppDeps) {
  return app.openapi(chatRoute, async (c) => {
    const { messages } = c.req.valid('json');
    const index = await deps.index();
    const model = deps.model?.();
    if (!/text\/event-stream/.test(c.req.header('accept') ?? '')) return c.json(await answer(messages, { index, model }), 200);
    return streamSSE(c, async (stream) => {
      try {
        for await (const event of streamAnswer(messages, { index, model })) {
          await stream.writeSSE({ event: event.type, data: JSON.stringify(event.type === 'step' ? event.step : event.type === 'delta' ? { text: event.text } : event.answer) });
        }
      } catch (error) {
        const known = BaogaoError.from(error);
        deps.log?.(`[http] stream failed: ${known.code}: ${known.message}`);
        await stream.writeSSE({ event: 'error', data: JSON.stringify(streamErrorBody(known)) });
      }
    }) as never;
  });
}
