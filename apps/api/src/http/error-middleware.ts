import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { TApiError } from '@finsam/domain';
import {
  AppError,
  ConflictError,
  NotFoundError,
  RateLimitedError,
  ServiceUnavailableError,
  STATUS_BY_CODE,
  UnsupportedMediaTypeError,
} from '../errors/app-errors.ts';
import { isDatabaseUnavailable } from '../errors/database-unavailable.ts';

/** Unknown /api routes answer in the API's error shape, not with Express's HTML page. */
export const apiNotFound: RequestHandler = (_req, _res, next) => {
  next(new NotFoundError('Adressen finns inte i API:t.'));
};

/**
 * The one place errors become responses. Typed errors keep their Swedish message; anything else
 * is logged and answered with a generic 500 — no stack trace or SQL ever reaches the client.
 */
export const errorMiddleware: ErrorRequestHandler = (err, req, res, _next) => {
  const appError = toAppError(err);
  if (appError.code === 'INTERNAL') req.log?.error({ err }, 'unhandled error');
  if (appError instanceof RateLimitedError && appError.retryAfterSeconds) {
    res.set('Retry-After', String(appError.retryAfterSeconds));
  }
  if (appError.code === 'UNAVAILABLE') {
    req.log?.warn({ err }, 'database unavailable');
    res.set('Retry-After', '5');
  }
  const body: TApiError = {
    error: {
      code: appError.code,
      message: appError.message,
      ...(appError.fields ? { fields: appError.fields } : {}),
      ...(appError instanceof ConflictError && appError.current !== undefined
        ? { current: appError.current }
        : {}),
    },
  };
  res.status(STATUS_BY_CODE[appError.code]).json(body);
};

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as { type?: string; status?: number; code?: string; message?: string } | undefined;
  // Two writers racing for the same unique row (two PUTs creating one year's budget): the loser
  // hits the unique index inside its transaction, which rolled back; nothing was changed.
  if (e?.code === 'P2002') {
    return new ConflictError(
      'Uppgiften skapades samtidigt av någon annan. Ladda om och försök igen; inget ändrades.',
    );
  }
  // body-parser's own errors: a body over the size limit, or malformed JSON.
  if (e?.type === 'entity.too.large') {
    return new AppError('PAYLOAD_TOO_LARGE', 'Förfrågan är för stor.');
  }
  if (e?.type === 'entity.parse.failed') {
    return new AppError('VALIDATION', 'Förfrågan innehåller ogiltig JSON.', [
      { path: 'body', message: 'Ogiltig JSON.' },
    ]);
  }
  // A charset other than UTF-8, or a Content-Encoding body-parser does not know.
  if (e?.type === 'charset.unsupported' || e?.type === 'encoding.unsupported') {
    return new UnsupportedMediaTypeError();
  }
  // Any other client error Express or body-parser recognised (a path that is not valid
  // percent-encoding, a body shorter than its Content-Length): the request is at fault.
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    const inPath = e.message?.includes('decode param') || err instanceof URIError;
    const message = inPath
      ? 'Adressen kunde inte läsas (ogiltig procentkodning).'
      : 'Innehållet kunde inte läsas. Skicka det som JSON i UTF-8.';
    return new AppError(
      'VALIDATION',
      'Förfrågan kunde inte läsas. Kontrollera adressen och innehållet.',
      [{ path: inPath ? 'path' : 'body', message }],
    );
  }
  if (isDatabaseUnavailable(err)) return new ServiceUnavailableError();
  return new AppError('INTERNAL', 'Något gick fel hos oss. Försök igen om en stund.');
}
