import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  ZNotificationPreferences,
  type TNotificationPreferences,
  type TUpdateNotificationPreferencesInput,
} from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { notificationQueryKeys } from './notification-query-keys.ts';

/** PUT /api/notifications/preferences: reminder e-mails on or off (decisions always come). */
export function updateNotificationPreferences(
  input: TUpdateNotificationPreferencesInput,
): Promise<TNotificationPreferences> {
  return apiRequest('/notifications/preferences', {
    method: 'PUT',
    body: input,
    schema: ZNotificationPreferences,
  });
}

export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationPreferences,
    onSuccess: (preferences) =>
      queryClient.setQueryData(notificationQueryKeys.preferences(), preferences),
  });
}
