import type { TApiErrorCode, TFieldError } from '@finsam/domain';

/** A failure the client can act on. Services throw these; the error middleware maps them. */
export class AppError extends Error {
  constructor(
    readonly code: TApiErrorCode,
    message: string,
    readonly fields?: TFieldError[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class ValidationError extends AppError {
  constructor(
    fields: TFieldError[],
    message = 'Uppgifterna är inte giltiga. Rätta de markerade fälten.',
  ) {
    super('VALIDATION', message, fields);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Du behöver logga in.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Du har inte behörighet till detta.') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Det du söker finns inte.') {
    super('NOT_FOUND', message);
  }
}

/** A stale version or a state that no longer allows the change. Nothing was changed. */
export class ConflictError extends AppError {
  constructor(
    message = 'Någon annan har ändrat uppgifterna sedan du hämtade dem. Ladda om och försök igen.',
    /** The object as saved now, sent with the 409 so the client can show both versions. */
    readonly current?: unknown,
  ) {
    super('CONFLICT', message);
  }
}

export class RateLimitedError extends AppError {
  constructor(
    message = 'För många försök. Vänta en stund och försök igen.',
    /** Sent as Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    super('RATE_LIMITED', message);
  }
}

/** A body that is not JSON in UTF-8 (a form post, text/plain, charset=latin1). */
export class UnsupportedMediaTypeError extends AppError {
  constructor(
    message = 'Innehållet måste skickas som JSON i UTF-8 (Content-Type: application/json).',
  ) {
    super('UNSUPPORTED_MEDIA_TYPE', message, [{ path: 'body', message }]);
  }
}

/** The database does not answer (restart, network, overload). Nothing was changed; retry later. */
export class ServiceUnavailableError extends AppError {
  constructor(
    message = 'Tjänsten kan inte nå databasen just nu. Inget har ändrats. Försök igen om en stund.',
  ) {
    super('UNAVAILABLE', message);
  }
}

export const STATUS_BY_CODE: Record<TApiErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};
