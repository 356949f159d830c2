/** @module One error type for the whole project, with a closed set of codes callers can switch on. */

export type BaogaoErrorCode =
  | 'invalid_config'
  | 'invalid_input'
  | 'not_found'
  | 'reports_missing'
  | 'unreadable_file'
  | 'index_missing'
  | 'index_corrupt'
  | 'upstream_unavailable'
  | 'calculation_error'
  | 'internal';

export interface BaogaoErrorOptions {
  message: string;
  /** The input field, env variable or operand that was wrong, when there is one. */
  field?: string;
  cause?: unknown;
}

const MARKER = Symbol.for('baogao.error');

export class BaogaoError extends Error {
  readonly code: BaogaoErrorCode;
  readonly field: string | undefined;
  readonly [MARKER] = true;

  constructor(code: BaogaoErrorCode, options: BaogaoErrorOptions) {
    super(options.message, { cause: options.cause });
    this.name = 'BaogaoError';
    this.code = code;
    this.field = options.field;
  }

  /** Works across module copies (bundled Worker + Node tests), unlike `instanceof`. */
  static isInstance(value: unknown): value is BaogaoError {
    return typeof value === 'object' && value !== null && MARKER in value;
  }

  /** Wraps an unknown throw once, keeping it as the cause. */
  static from(value: unknown, code: BaogaoErrorCode = 'internal'): BaogaoError {
    if (BaogaoError.isInstance(value)) return value;
    const message = value instanceof Error ? value.message : String(value);
    return new BaogaoError(code, { message, cause: value });
  }
}
