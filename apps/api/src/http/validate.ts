import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { ValidationError } from '../errors/app-errors.ts';
import { zodIssuesToFieldErrors } from './zod-issues.ts';

interface TRequestSchemas {
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
}

/**
 * Validates body, query and params with the shared zod schemas and replaces them with the parsed
 * values. Every problem of every part is reported at once, each under its own path
 * (`body.amountKronor`, `query.period`).
 */
export function validate(schemas: TRequestSchemas): RequestHandler {
  return (req, _res, next) => {
    const fields = [];
    const parsed: Record<string, unknown> = {};
    for (const part of ['params', 'query', 'body'] as const) {
      const schema = schemas[part];
      if (!schema) continue;
      const result = schema.safeParse(req[part] ?? {});
      if (result.success) parsed[part] = result.data;
      else fields.push(...zodIssuesToFieldErrors(result.error.issues, part));
    }
    if (fields.length > 0) return next(new ValidationError(fields));
    if ('body' in parsed) req.body = parsed.body;
    // Express 5 makes req.query a getter: keep the parsed copy beside it.
    if ('query' in parsed)
      Object.defineProperty(req, 'query', { value: parsed.query, writable: true });
    if ('params' in parsed) req.params = parsed.params as typeof req.params;
    next();
  };
}
