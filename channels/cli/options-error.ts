/** @module CLI flags validated with zod; the first problem becomes a one-line error naming the flag. */
import type { z } from 'zod';
import { BaogaoError } from '../../core/index.js';

export function parseFlags<T extends z.ZodType>(schema: T, values: unknown): z.infer<T> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new BaogaoError('invalid_input', { message: `--${issue.path.join('.')}: ${issue.message}`, field: String(issue.path[0] ?? '') });
}
