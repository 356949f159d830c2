/** @module Tool failures as data a model can read and recover from, never a thrown stack. */
import { BaogaoError } from '../core/index.js';
import type { z } from 'zod';

export interface ToolError {
  error: { code: string; message: string; field?: string };
}

export function toToolError(error: unknown): ToolError {
  const known = BaogaoError.from(error);
  return { error: { code: known.code, message: known.message, ...(known.field ? { field: known.field } : {}) } };
}

/** Parses tool input with its schema; a failure names the field. */
export function parseToolInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.') || 'input';
  throw new BaogaoError('invalid_input', { message: `${field}: ${issue.message}`, field, cause: parsed.error });
}

/** A tool body for LangChain: the result as JSON, or the error as JSON the model can read. */
export function jsonTool<I, O>(run: (input: I) => O | Promise<O>): (input: I) => Promise<string> {
  return async (input) => {
    try {
      return JSON.stringify(await run(input));
    } catch (error) {
      return JSON.stringify(toToolError(error));
    }
  };
}
