/** Query keys of notices, the outbox and the reminder settings; the one place they are spelled. */
export const notificationQueryKeys = {
  all: ['notifications'] as const,
  list: () => [...notificationQueryKeys.all, 'list'] as const,
  preferences: () => [...notificationQueryKeys.all, 'preferences'] as const,
  outbox: () => [...notificationQueryKeys.all, 'outbox'] as const,
  settings: () => [...notificationQueryKeys.all, 'settings'] as const,
};
