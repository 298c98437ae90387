import type { TApiErrorCode, TFieldError } from '@finsam/domain';

/** Codes the API sends, plus the two failures that never reach it or come back garbled. */
export type TClientErrorCode = TApiErrorCode | 'NETWORK' | 'INVALID_RESPONSE';

/**
 * A failed API call (felsvar) in the one shape the web app handles: the Swedish message to show,
 * the machine code, and per-field messages a form puts back on its inputs.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: TClientErrorCode;
  readonly fields: TFieldError[];
  /** A 409's object as the server has it now (unparsed: the caller knows its schema). */
  readonly current: unknown;

  constructor(
    status: number,
    code: TClientErrorCode,
    message: string,
    fields: TFieldError[] = [],
    current?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.current = current;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A Swedish message for any error a query or mutation throws. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  return 'Något gick fel. Ladda om sidan och försök igen.';
}
