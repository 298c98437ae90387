import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZPmPublication, ZPmView, type TPmPublication, type TPmView } from '@finsam/domain';
import { z } from 'zod/mini';
import { apiRequest } from '../../../lib/api-client.ts';
import { pmQueryKeys } from './pm-query-keys.ts';

/**
 * What GET /api/pm/:period answers: the office gets the live document (`ZPmView`, `kind:
 * 'LIVE'`); the contract says everyone else gets "the newest version" of a published PM, which
 * may come as a ZPmView or as the ZPmPublication itself, so both are accepted and told apart.
 */
export type TPmPeriodAnswer =
  ({ kind: 'LIVE' } & TPmView) | ({ kind: 'PUBLISHED' } & { publication: TPmPublication });

// ZPmView is tried first: a publication has no `textsVersion`, a view has no `version`.
const ZPmPeriodAnswer = z.pipe(
  z.union([ZPmView, ZPmPublication]),
  z.transform((answer): TPmPeriodAnswer =>
    'textsVersion' in answer
      ? { kind: 'LIVE', ...answer }
      : { kind: 'PUBLISHED', publication: answer },
  ),
);

/** GET /api/pm/:period ('2024H1'). */
export function getPm(period: string, signal?: AbortSignal): Promise<TPmPeriodAnswer> {
  return apiRequest(`/pm/${encodeURIComponent(period)}`, { schema: ZPmPeriodAnswer, signal });
}

export const pmQueryOptions = (period: string) =>
  queryOptions({
    queryKey: pmQueryKeys.view(period),
    queryFn: ({ signal }) => getPm(period, signal),
  });

export function usePm(period: string) {
  return useQuery(pmQueryOptions(period));
}
