import { z } from 'zod/mini';

/** Machine-readable error codes of the API; each maps to one HTTP status. */
export const ZApiErrorCode = z.enum([
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'INTERNAL',
  /** The database does not answer: 503, retry later. */
  'UNAVAILABLE',
]);
export type TApiErrorCode = z.infer<typeof ZApiErrorCode>;

/** One message per invalid field; `path` is dot-separated ("answers.goalPhase.value"). */
export const ZFieldError = z.object({ path: z.string(), message: z.string() });
export type TFieldError = z.infer<typeof ZFieldError>;

/**
 * The one error shape every API error has, in Swedish. The web app parses failed responses with it
 * and puts `fields` back on the form inputs they belong to.
 */
export const ZApiError = z.object({
  error: z.object({
    code: ZApiErrorCode,
    message: z.string(),
    fields: z.optional(z.array(ZFieldError)),
    /**
     * 409 on a stale version: the object as the server has it now, so the client can show the
     * user both versions instead of overwriting either (a DTO of the resource's own schema).
     */
    current: z.optional(z.unknown()),
  }),
});
export type TApiError = z.infer<typeof ZApiError>;
