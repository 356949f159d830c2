/** @module Every failure becomes one JSON shape here: 4xx names the problem, 5xx stays generic. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { BaogaoError, type BaogaoErrorCode } from '../../core/index.js';

const STATUS: Partial<Record<BaogaoErrorCode, ContentfulStatusCode>> = {
  invalid_input: 400, calculation_error: 400, not_found: 404, upstream_unavailable: 503, index_missing: 503, reports_missing: 503,
  // At request time a configuration problem (the index path taken by a directory) waits on an operator.
  invalid_config: 503,
};

export function errorBody(code: string, message: string, field?: string) {
  return { error: { code, message, ...(field ? { field } : {}) } };
}

/** zod issues → 400 naming the first bad field ("messages.0.content"). */
export function validationResponse(c: Context, issues: { path: PropertyKey[]; message: string }[], where: string) {
  const issue = issues[0]!;
  const field = issue.path.length ? issue.path.map(String).join('.') : where;
  return c.json(errorBody('invalid_input', `${field}: ${issue.message}`, field), 400);
}

/** 5xx bodies stay generic; only whether to retry later shows through. */
function serverErrorBody(error: BaogaoError) {
  return STATUS[error.code] === 503
    ? errorBody('unavailable', 'The service could not answer; try again later.')
    : errorBody('internal', 'Something went wrong on our side.');
}

/** The `error` event of a stream that had already begun: the same codes a plain response would carry. */
export function streamErrorBody(error: BaogaoError) {
  const status = STATUS[error.code] ?? 500;
  return status < 500 ? errorBody(error.code, error.message, error.field) : serverErrorBody(error);
}

export function handleError(error: unknown, c: Context, log: (message: string) => void = console.error) {
  if (error instanceof HTTPException) {
    const status = error.status;
    // Hono's JSON validator throws a 400 for a body that is not JSON.
    const code = status === 400 && /json/i.test(error.message) ? 'invalid_json' : status === 413 ? 'payload_too_large' : status === 429 ? 'rate_limited' : 'http_error';
    return c.json(errorBody(code, error.message || 'Request failed'), status as ContentfulStatusCode, error.res ? Object.fromEntries(error.res.headers) : undefined);
  }
  if (BaogaoError.isInstance(error)) {
    const status = STATUS[error.code] ?? 500;
    if (status >= 500) log(`[http] ${error.code}: ${error.message}${error.cause ? ` (cause: ${String(error.cause)})` : ''}`);
    return status < 500 ? c.json(errorBody(error.code, error.message, error.field), status) : c.json(serverErrorBody(error), status);
  }
  log(`[http] unexpected: ${error instanceof Error ? error.stack : String(error)}`);
  return c.json(errorBody('internal', 'Something went wrong on our side.'), 500);
}
