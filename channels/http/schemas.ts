/** @module Request and response shapes of the HTTP API, in zod, served as OpenAPI at /openapi.json. */
import { z } from '@hono/zod-openapi';
import { MAX_MESSAGE_CHARS, MAX_TURNS } from '../../agent/index.js';
import { METRICS, stripInvisible } from '../../core/index.js';

export const ErrorSchema = z.object({
  error: z.object({
    code: z.string().openapi({ example: 'invalid_input' }),
    message: z.string().openapi({ example: 'messages.0.content: must not be empty' }),
    field: z.string().optional().openapi({ example: 'messages.0.content' }),
  }),
}).openapi('Error');

export const ChatMessageSchema = z.object({
  role: z.enum(['user', 'assistant']),
  // Zero-width characters go before anything reads the text: inside a word they hide a name from
  // entity matching, and a message of nothing else is empty.
  content: z.string().max(MAX_MESSAGE_CHARS, `at most ${MAX_MESSAGE_CHARS} characters`).transform(stripInvisible).refine((text) => text.trim().length > 0, 'must not be empty'),
}).strict().openapi('ChatMessage');

export const ChatRequestSchema = z.object({
  messages: z.array(ChatMessageSchema).min(1, 'at least one message').max(MAX_TURNS, `at most ${MAX_TURNS} messages`)
    .refine((messages) => messages.at(-1)?.role === 'user', 'the last message must be from the user'),
}).openapi('ChatRequest', { example: { messages: [{ role: 'user', content: "What was Tencent's capital expenditure in Q4 2024?" }] } });

export const CitationSchema = z.object({
  n: z.number().int(), paragraphId: z.string(), docId: z.string(), paragraph: z.number().int(),
  title: z.string(), publisher: z.string().nullable(), date: z.string().nullable(), quote: z.string(),
}).openapi('Citation');

export const AnswerSchema = z.object({
  answer: z.string().openapi({ description: 'Answer text with [n] markers pointing into citations' }),
  citations: z.array(CitationSchema),
  steps: z.array(z.object({ tool: z.string(), input: z.record(z.string(), z.unknown()), output: z.string(), ms: z.number() })),
  calculations: z.array(z.object({
    expression: z.string(),
    operands: z.array(z.object({ name: z.string(), text: z.string(), value: z.string(), factId: z.string().optional(), citation: z.number().optional() })),
    result: z.object({ value: z.string(), english: z.string(), chinese: z.string() }),
    steps: z.array(z.object({ expression: z.string(), result: z.string() })),
    rate: z.object({ pair: z.string(), rate: z.string(), source: z.string(), asOf: z.string().nullable(), citation: z.number().optional() }).optional(),
  })),
  grounded: z.boolean(),
  ungroundedNumbers: z.array(z.string()),
  refused: z.boolean(),
  confidence: z.enum(['high', 'medium', 'low']).optional().openapi({ description: 'Offline agent only: high = stated plainly, medium = hedged, low = the reports do not say' }),
  lang: z.enum(['en', 'zh']),
  agent: z.enum(['offline', 'llm']),
  fallback: z.object({ from: z.literal('llm'), reason: z.string() }).optional(),
  timings: z.object({ totalMs: z.number(), toolsMs: z.number() }),
}).openapi('Answer');

export const SearchQuerySchema = z.object({
  q: z.string().max(500).transform((text) => stripInvisible(text).trim()).refine((text) => text.length > 0, 'must not be empty').openapi({ example: '阿里巴巴 3800亿' }),
  k: z.coerce.number().int().min(1).max(20).default(5),
  entity: z.string().optional(),
  docId: z.string().optional(),
  lang: z.enum(['en', 'zh']).optional(),
});

export const FactsQuerySchema = z.object({
  entity: z.string().optional().openapi({ example: 'Tencent' }),
  metric: z.enum(METRICS).optional(),
  period: z.string().optional().openapi({ example: 'Q4 2024' }),
  query: z.string().max(300).optional(),
  docId: z.string().optional(),
  k: z.coerce.number().int().min(1).max(50).default(10),
});

export const ToolParamsSchema = z.object({ name: z.enum(['search_reports', 'lookup_facts', 'capex_calculator']).openapi({ example: 'capex_calculator' }) });

const OpenAIContentPart = z.object({ type: z.string(), text: z.string().optional() }).passthrough();
export const OpenAIChatRequestSchema = z.object({
  model: z.string().min(1).default('baogao'),
  messages: z.array(z.object({
    role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
    content: z.union([z.string(), z.array(OpenAIContentPart), z.null()]),
  }).passthrough()).min(1).max(MAX_TURNS * 2),
  stream: z.boolean().default(false),
}).passthrough().openapi('OpenAIChatCompletionRequest');
