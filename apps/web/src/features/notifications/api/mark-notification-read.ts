import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZNotificationList, type TNotificationList } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { notificationQueryKeys } from './notification-query-keys.ts';

/** POST /api/notifications/:id/read: marks one of one's own notices read. */
export function markNotificationRead(id: string): Promise<TNotificationList> {
  return apiRequest(`/notifications/${encodeURIComponent(id)}/read`, {
    method: 'POST',
    schema: ZNotificationList,
  });
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: (list) => queryClient.setQueryData(notificationQueryKeys.list(), list),
  });
}
