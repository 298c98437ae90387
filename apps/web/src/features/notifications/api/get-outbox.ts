import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZOutbox, type TOutbox } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { notificationQueryKeys } from './notification-query-keys.ts';

/** GET /api/outbox (office): every e-mail with its recipient, state, attempts and error. */
export function getOutbox(signal?: AbortSignal): Promise<TOutbox> {
  return apiRequest('/outbox', { schema: ZOutbox, signal });
}

export const outboxQueryOptions = () =>
  queryOptions({
    queryKey: notificationQueryKeys.outbox(),
    queryFn: ({ signal }) => getOutbox(signal),
  });

export function useOutbox() {
  return useQuery(outboxQueryOptions());
}
