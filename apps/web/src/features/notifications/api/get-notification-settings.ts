import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZNotificationSettings, type TNotificationSettings } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { notificationQueryKeys } from './notification-query-keys.ts';

/** GET /api/notification-settings (office): the förbund's reminder offsets. */
export function getNotificationSettings(signal?: AbortSignal): Promise<TNotificationSettings> {
  return apiRequest('/notification-settings', { schema: ZNotificationSettings, signal });
}

export const notificationSettingsQueryOptions = () =>
  queryOptions({
    queryKey: notificationQueryKeys.settings(),
    queryFn: ({ signal }) => getNotificationSettings(signal),
  });

export function useNotificationSettings() {
  return useQuery(notificationSettingsQueryOptions());
}
