import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  ZNotificationSettings,
  type TNotificationSettings,
  type TUpdateNotificationSettingsInput,
} from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { notificationQueryKeys } from './notification-query-keys.ts';

/** PUT /api/notification-settings (office): 400 with field messages, 409 when stale. */
export function updateNotificationSettings(
  input: TUpdateNotificationSettingsInput,
): Promise<TNotificationSettings> {
  return apiRequest('/notification-settings', {
    method: 'PUT',
    body: input,
    schema: ZNotificationSettings,
  });
}

export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationSettings,
    onSuccess: (settings) => queryClient.setQueryData(notificationQueryKeys.settings(), settings),
  });
}
