/** @module CLI flags validated with zod; the first problem becomes a one-line error naming the flag and, for a number out of range, its limit. */
import type { z } from 'zod';
import { BaogaoError } from '../../core/index.js';

function describeIssue(issue: z.core.$ZodIssue, values: unknown): string {
  const flag = `--${issue.path.join('.')}`;
  const given = (values as Record<string, unknown> | null)?.[String(issue.path[0])];
  // Beyond a limit is refused, never quietly capped: say the limit.
  if (issue.code === 'too_big') return `${flag} ${String(given)} is over the limit: at most ${String(issue.maximum)}${issue.message.startsWith('Too big') ? '' : ` (${issue.message})`}`;
  if (issue.code === 'too_small') return `${flag} ${String(given)} is under the limit: at least ${String(issue.minimum)}`;
  return `${flag}: ${issue.message}`;
}

export function parseFlags<T extends z.ZodType>(schema: T, values: unknown): z.infer<T> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new BaogaoError('invalid_input', { message: describeIssue(issue, values), field: String(issue.path[0] ?? '') });
}
