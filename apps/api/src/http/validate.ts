import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod/mini';
import { findUnsafeText, findUnstorableNumbers } from '@finsam/domain';
import type { TFieldError } from '@finsam/domain';
import { ValidationError } from '../errors/app-errors.ts';
import { zodIssuesToFieldErrors } from './zod-issues.ts';

export interface TRequestSchemas {
  body?: z.ZodMiniType;
  query?: z.ZodMiniType;
  params?: z.ZodMiniType;
}

type TPart<TSchema, TFallback> = TSchema extends z.ZodMiniType ? z.output<TSchema> : TFallback;

/** The parsed request parts a typed handler receives: exactly what its schemas produce. */
export interface TValidated<TSchemas extends TRequestSchemas> {
  params: TPart<TSchemas['params'], Record<string, string>>;
  query: TPart<TSchemas['query'], Record<string, unknown>>;
  body: TPart<TSchemas['body'], undefined>;
}

export type TValidatedHandler<TSchemas extends TRequestSchemas> = (
  input: TValidated<TSchemas>,
  req: Request,
  res: Response,
) => unknown;

/**
 * Validates body, query and params with the shared zod schemas. Every problem of every part is
 * reported at once, each under its own path (`body.amountKronor`, `query.period`, `params.id`).
 *
 * Two ways to call it:
 * - `validate(schemas, async ({ params, body }, req, res) => …)` — the handler gets the parsed,
 *   typed parts; no casts. Prefer this.
 * - `validate(schemas)` — middleware that replaces req.body, req.query and req.params with the
 *   parsed values (older routes; the handler must cast).
 */
export function validate<TSchemas extends TRequestSchemas>(
  schemas: TSchemas,
  handler: TValidatedHandler<TSchemas>,
): RequestHandler;
export function validate(schemas: TRequestSchemas): RequestHandler;
export function validate<TSchemas extends TRequestSchemas>(
  schemas: TSchemas,
  handler?: TValidatedHandler<TSchemas>,
): RequestHandler {
  return async (req, res, next) => {
    const parsed = parseRequest(req, schemas);
    if (parsed instanceof ValidationError) return next(parsed);
    if (!handler) {
      if (schemas.body) req.body = parsed.body;
      // Express 5 makes req.query a getter: keep the parsed copy beside it.
      if (schemas.query)
        Object.defineProperty(req, 'query', { value: parsed.query, writable: true });
      if (schemas.params) req.params = parsed.params as typeof req.params;
      return next();
    }
    // Express 5 passes a rejected promise to the error middleware.
    await handler(parsed, req, res);
  };
}

function parseRequest<TSchemas extends TRequestSchemas>(
  req: Request,
  schemas: TSchemas,
): TValidated<TSchemas> | ValidationError {
  const fields: TFieldError[] = [];
  const parsed: Record<string, unknown> = {
    params: req.params,
    query: req.query,
    body: undefined,
  };
  for (const part of ['params', 'query', 'body'] as const) {
    const schema = schemas[part];
    if (!schema) continue;
    // Text the database cannot store is refused before any schema sees it, for every field of
    // every route, whatever its schema says (a z.string() without our refinements included).
    const unsafe = findUnsafeText(req[part]);
    if (unsafe.length > 0) {
      fields.push(
        ...unsafe.map((f) => ({
          path: [part, f.path].filter(Boolean).join('.'),
          message: f.message,
        })),
      );
      continue;
    }
    const result = schema.safeParse(req[part] ?? {});
    if (!result.success) {
      fields.push(...zodIssuesToFieldErrors(result.error.issues, part));
      continue;
    }
    // A number no int4 column holds, in a field whose schema did not bound it itself.
    const unstorable = findUnstorableNumbers(result.data);
    if (unstorable.length > 0) {
      fields.push(
        ...unstorable.map((f) => ({
          path: [part, f.path].filter(Boolean).join('.'),
          message: f.message,
        })),
      );
      continue;
    }
    parsed[part] = result.data;
  }
  if (fields.length > 0) return new ValidationError(fields);
  return parsed as unknown as TValidated<TSchemas>;
}
