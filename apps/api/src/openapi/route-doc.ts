import type { z } from 'zod/mini';
import type { TRole } from '@finsam/domain';

/**
 * The documentation of one route, written beside the router that serves it with the same zod
 * schemas it validates with. `path` uses OpenAPI style: `/interventions/{id}`.
 */
export interface TRouteDoc {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  tag: string;
  /** Roles allowed; omitted = public. */
  roles?: TRole[];
  request?: { body?: z.ZodMiniType; query?: z.ZodMiniType; params?: z.ZodMiniType };
  /** Success responses; the error responses are added from the shared error shape. */
  responses: Partial<
    Record<200 | 201 | 204 | 503, { description: string; schema?: z.ZodMiniType }>
  >;
}
