/** @module The shape of an eval question as people write it (lenient) and as the runner uses it (normalised). */
import { z } from 'zod';
import { detectLang, parseQuantities, type Lang } from '../core/index.js';

export const SPLITS = ['train', 'dev', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];

const FIGURE_UNITS = ['currency', 'percent', 'multiple', 'count', 'number'] as const;
const CURRENCIES = ['CNY', 'USD', 'HKD', 'GBP', 'EUR'] as const;
type FigureUnit = (typeof FIGURE_UNITS)[number];
type FigureCurrency = (typeof CURRENCIES)[number];

export interface GoldFigure {
  /** Fully scaled decimal digits ("380000000000"). */
  value: string;
  unit?: FigureUnit | undefined;
  currency?: FigureCurrency | undefined;
  /** Relative; defaults to 0.5% (rounding). */
  tolerance?: number | undefined;
}

const DIGITS = /^-?\d+(\.\d+)?$/;

/** "380000000000", "380000000000 CNY", "27.7%", or a figure as written ("380 billion yuan", "3800亿元"). */
function figureFromText(text: string): GoldFigure | undefined {
  const trimmed = text.trim().replace(/,/g, '');
  if (DIGITS.test(trimmed)) return { value: trimmed };
  const coded = /^(-?\d+(?:\.\d+)?)\s*(CNY|USD|HKD|GBP|EUR)$/i.exec(trimmed);
  if (coded) return { value: coded[1]!, unit: 'currency', currency: coded[2]!.toUpperCase() as FigureCurrency };
  const percent = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(trimmed);
  if (percent) return { value: percent[1]!, unit: 'percent' };
  const [quantity] = parseQuantities(text);
  if (!quantity || quantity.text.trim().length < text.trim().length - 2) return undefined;
  const unit = (FIGURE_UNITS as readonly string[]).includes(quantity.unit) ? (quantity.unit as FigureUnit) : undefined;
  return { value: quantity.value, ...(unit ? { unit } : {}), ...(quantity.currency ? { currency: quantity.currency } : {}) };
}

const FIGURE_HINT = 'a figure: digits ("380000000000"), digits and a currency code ("380000000000 CNY"), a percentage ("27.7%") or an amount as written ("380 billion yuan")';

const figureInput = z.union([
  z.string(),
  z.number(),
  z.object({
    value: z.union([z.string(), z.number()]),
    unit: z.enum(FIGURE_UNITS).optional(),
    currency: z.enum(CURRENCIES).optional(),
    tolerance: z.number().positive().max(0.2).optional(),
  }),
]).transform((input, context): GoldFigure => {
  const written = typeof input === 'object' ? String(input.value) : String(input);
  const parsed = figureFromText(written);
  if (!parsed) {
    context.addIssue({ code: 'custom', message: `"${written}" is not ${FIGURE_HINT}`, path: typeof input === 'object' ? ['value'] : [] });
    return z.NEVER;
  }
  if (typeof input !== 'object') return parsed;
  return { ...parsed, ...(input.unit ? { unit: input.unit } : {}), ...(input.currency ? { currency: input.currency } : {}), ...(input.tolerance ? { tolerance: input.tolerance } : {}) };
});

const message = z.object({ role: z.enum(['user', 'assistant']), content: z.string().trim().min(1) });

/** What a question file may contain: only `question` (or `messages`) and `expect` are required; unknown fields are ignored. */
export const questionInputSchema = z.object({
  id: z.string().trim().min(1).optional(),
  question: z.string().trim().min(1).optional(),
  messages: z.array(message).min(1).refine((turns) => turns.at(-1)?.role === 'user', 'the last message must be from the user').optional(),
  kind: z.string().trim().min(1).optional(),
  subkind: z.string().trim().min(1).optional(),
  lang: z.enum(['en', 'zh']).optional(),
  split: z.enum(SPLITS).optional(),
  /** 1: written alongside the offline planner; 2: written after it; 3 and later: held out, never tuned against. */
  batch: z.number().int().positive().optional(),
  /** Paraphrases of one question share a group. */
  group: z.union([z.string().trim().min(1), z.number()]).transform(String).optional(),
  // Strict: a misspelt expectation ("figure") would otherwise be dropped and the question pass unchecked.
  expect: z.strictObject({
    figures: z.array(figureInput).default([]),
    /** Each group needs one of its alternatives; a plain string is a group of one. */
    terms: z.array(z.union([z.string().min(1).transform((term) => [term]), z.array(z.string().min(1)).min(1)])).default([]),
    paragraphs: z.array(z.object({ doc: z.string(), find: z.string().min(1) })).default([]),
    refusal: z.boolean().default(false),
    calculation: z.boolean().default(false),
    forbidden: z.array(z.string().min(1)).default([]),
    /** A reference answer, for the LLM judge and for people reading the report. */
    answer: z.string().trim().min(1).optional(),
    /** The expected figure or name must be in the first sentence. */
    lead: z.boolean().default(false),
  }),
}).superRefine((input, context) => {
  if (!input.question && !input.messages) context.addIssue({ code: 'custom', message: 'needs "question" (a string) or "messages" (a list of turns)', path: ['question'] });
});
export type QuestionInput = z.infer<typeof questionInputSchema>;

export interface GoldQuestion {
  id: string;
  /** Any label; derived when missing (refusal, followup, multi, figure, open). */
  kind: string;
  subkind?: string | undefined;
  lang: Lang;
  split: Split;
  batch?: number | undefined;
  group?: string | undefined;
  messages: { role: 'user' | 'assistant'; content: string }[];
  expect: QuestionInput['expect'];
  /** The file (relative label) and line the question came from. */
  source?: { file: string; line: number } | undefined;
}

export interface NormaliseContext {
  /** Used for a question without `split` or `batch`. */
  defaultSplit: Split;
  /** Used for a question without `batch` (the built-in set's first batch has none). */
  defaultBatch?: number | undefined;
  /** Fallback id, e.g. "myfile-3". */
  fallbackId: string;
  source?: { file: string; line: number } | undefined;
}

export function splitForBatch(batch: number): Split {
  return batch <= 2 ? 'train' : 'heldout';
}

function deriveKind(input: QuestionInput, messages: GoldQuestion['messages']): string {
  if (input.expect.refusal) return 'refusal';
  if (messages.some((turn) => turn.role === 'assistant')) return 'followup';
  if (input.expect.calculation) return 'calculation';
  if (input.expect.figures.length > 1) return 'multi';
  if (input.expect.figures.length === 1) return 'figure';
  return 'open';
}

export function normaliseQuestion(input: QuestionInput, context: NormaliseContext): GoldQuestion {
  const messages = input.messages ?? [{ role: 'user' as const, content: input.question! }];
  const batch = input.batch ?? context.defaultBatch;
  const lastUser = messages.filter((turn) => turn.role === 'user').at(-1)!.content;
  return {
    id: input.id ?? context.fallbackId,
    kind: input.kind ?? deriveKind(input, messages),
    ...(input.subkind ? { subkind: input.subkind } : {}),
    lang: input.lang ?? detectLang(lastUser),
    split: input.split ?? (batch !== undefined ? splitForBatch(batch) : context.defaultSplit),
    ...(batch !== undefined ? { batch } : {}),
    ...(input.group !== undefined ? { group: input.group } : {}),
    messages,
    expect: input.expect,
    ...(context.source ? { source: context.source } : {}),
  };
}
