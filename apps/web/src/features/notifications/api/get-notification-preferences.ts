import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZNotificationPreferences, type TNotificationPreferences } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { notificationQueryKeys } from './notification-query-keys.ts';

/** GET /api/notifications/preferences: whether the user gets reminder e-mails. */
export function getNotificationPreferences(
  signal?: AbortSignal,
): Promise<TNotificationPreferences> {
  return apiRequest('/notifications/preferences', { schema: ZNotificationPreferences, signal });
}

export const notificationPreferencesQueryOptions = () =>
  queryOptions({
    queryKey: notificationQueryKeys.preferences(),
    queryFn: ({ signal }) => getNotificationPreferences(signal),
  });

export function useNotificationPreferences() {
  return useQuery(notificationPreferencesQueryOptions());
}
