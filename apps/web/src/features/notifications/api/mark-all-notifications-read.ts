import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZNotificationList, type TNotificationList } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { notificationQueryKeys } from './notification-query-keys.ts';

/** POST /api/notifications/read-all: marks every one of one's own notices read. */
export function markAllNotificationsRead(): Promise<TNotificationList> {
  return apiRequest('/notifications/read-all', { method: 'POST', schema: ZNotificationList });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: (list) => queryClient.setQueryData(notificationQueryKeys.list(), list),
  });
}
