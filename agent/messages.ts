/** @module The conversation an agent is given: validated once, at the boundary. */
import { z } from 'zod';
import { BaogaoError, stripInvisible, type ChatMessage } from '../core/index.js';

export const MAX_MESSAGE_CHARS = 2000;
export const MAX_TURNS = 20;

export const chatMessagesSchema = z.array(z.object({
  role: z.enum(['user', 'assistant']),
  // Zero-width characters inside a name ("Ten\u200bcent") would split it; every channel passes through here.
  content: z.string().max(MAX_MESSAGE_CHARS, `at most ${MAX_MESSAGE_CHARS} characters`).transform(stripInvisible).refine((text) => text.trim().length > 0, 'must not be empty'),
}).strict()).min(1, 'at least one message').max(MAX_TURNS, `at most ${MAX_TURNS} messages`)
  .refine((messages) => messages.at(-1)?.role === 'user', { message: 'the last message must be from the user' });

export function parseConversation(input: unknown): ChatMessage[] {
  const parsed = chatMessagesSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = ['messages', ...issue.path].join('.');
  throw new BaogaoError('invalid_input', { message: `${field}: ${issue.message}`, field, cause: parsed.error });
}
