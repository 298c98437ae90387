import type { z } from 'zod/mini';
import { CSRF_HEADER, ZApiError } from '@finsam/domain';
import { ApiError } from './api-error.ts';
import { getCsrfToken } from './csrf-token.ts';

type THttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface TApiRequest<TSchema extends z.ZodMiniType | undefined> {
  method?: THttpMethod;
  body?: unknown;
  /** The domain DTO schema the response must satisfy; omit for 204 responses. */
  schema?: TSchema;
  signal?: AbortSignal;
}

type TResult<TSchema> = TSchema extends z.ZodMiniType ? z.output<TSchema> : undefined;

const FALLBACK_MESSAGES: Record<number, string> = {
  401: 'Du är inte inloggad. Logga in och försök igen.',
  403: 'Du har inte behörighet till det här.',
  404: 'Det du söker finns inte, eller så har du inte tillgång till det.',
};

/**
 * Calls the API at `/api{path}` with the session cookie and, for writes, the CSRF header. Every
 * response is parsed with its domain schema, and every failure becomes an `ApiError` with the
 * API's Swedish message, so no component sees an unchecked payload.
 */
export async function apiRequest<TSchema extends z.ZodMiniType | undefined = undefined>(
  path: string,
  { method = 'GET', body, schema, signal }: TApiRequest<TSchema> = {},
): Promise<TResult<TSchema>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const csrf = getCsrfToken();
  if (method !== 'GET' && csrf) headers[CSRF_HEADER] = csrf;

  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (isAbort(cause)) throw cause;
    throw new ApiError(
      0,
      'NETWORK',
      'Det gick inte att nå servern. Kontrollera din internetanslutning och försök igen.',
    );
  }

  if (!response.ok) throw await toApiError(response);
  if (!schema || response.status === 204) return undefined as TResult<TSchema>;

  const json: unknown = await response.json().catch((cause: unknown) => {
    // A query cancelled while its body streams in (the reader navigated on) is not a malformed
    // answer: react-query discards it, so nothing may be reported.
    if (isAbort(cause)) throw cause;
    return undefined;
  });
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    // A warning, not an error: the UI shows a Swedish message, developers get the details.
    console.warn(`Oväntat svar från ${method} /api${path}`, parsed.error.issues);
    throw new ApiError(
      response.status,
      'INVALID_RESPONSE',
      'Svaret från servern hade ett oväntat format. Ladda om sidan; hjälper det inte, kontakta kansliet.',
    );
  }
  return parsed.data as TResult<TSchema>;
}

function isAbort(cause: unknown): boolean {
  return cause instanceof DOMException && cause.name === 'AbortError';
}

async function toApiError(response: Response): Promise<ApiError> {
  const json: unknown = await response.json().catch(() => undefined);
  const parsed = ZApiError.safeParse(json);
  if (parsed.success) {
    const { code, message, fields, current } = parsed.data.error;
    return new ApiError(response.status, code, message, fields ?? [], current);
  }
  return new ApiError(
    response.status,
    response.status >= 500 ? 'INTERNAL' : 'VALIDATION',
    FALLBACK_MESSAGES[response.status] ?? 'Något gick fel hos servern. Försök igen om en stund.',
  );
}
