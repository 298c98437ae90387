import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZNotificationList, type TNotificationList } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { notificationQueryKeys } from './notification-query-keys.ts';

/** GET /api/notifications: the signed-in user's notices, newest first, and the unread count. */
export function getNotifications(signal?: AbortSignal): Promise<TNotificationList> {
  return apiRequest('/notifications', { schema: ZNotificationList, signal });
}

export const notificationsQueryOptions = () =>
  queryOptions({
    queryKey: notificationQueryKeys.list(),
    queryFn: ({ signal }) => getNotifications(signal),
    // The bell picks up new notices while the page stays open.
    refetchInterval: 60_000,
  });

export function useNotifications() {
  return useQuery(notificationsQueryOptions());
}
