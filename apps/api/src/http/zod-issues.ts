import type { z } from 'zod/mini';
import type { TFieldError } from '@finsam/domain';

/** Turns zod issues into the API's field errors, prefixed by the request part they belong to. */
export function zodIssuesToFieldErrors(issues: z.core.$ZodIssue[], prefix?: string): TFieldError[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}
