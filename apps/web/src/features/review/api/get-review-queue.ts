import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZReviewQueue, type TReviewQueue } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { reviewQueryKeys } from './review-query-keys.ts';

/** GET /api/review-queue: submitted reports, overdue reports and open deviations of the förbund. */
export function getReviewQueue(signal?: AbortSignal): Promise<TReviewQueue> {
  return apiRequest('/review-queue', { schema: ZReviewQueue, signal });
}

export const reviewQueueQueryOptions = () =>
  queryOptions({
    queryKey: reviewQueryKeys.queue(),
    queryFn: ({ signal }) => getReviewQueue(signal),
  });

export function useReviewQueue() {
  return useQuery(reviewQueueQueryOptions());
}
