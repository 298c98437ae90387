import { Link as RouterLink } from 'react-router';
import { Link } from '@digdir/designsystemet-react';
import { useNotifications } from '../api/get-notifications.ts';
import './notifications.css';

/**
 * The bell (notiser) in the header: a link to the notices with the number of unread ones, in its
 * accessible name as well as on screen ("Notiser, 3 olästa").
 */
export function NotificationBell() {
  const { data } = useNotifications();
  const unread = data?.unreadCount ?? 0;
  const label =
    unread === 0 ? 'Notiser' : `Notiser, ${unread} ${unread === 1 ? 'oläst' : 'olästa'}`;
  return (
    <Link asChild>
      <RouterLink to="/notiser" className="notification-bell" aria-label={label}>
        <svg
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 24 24"
          width="24"
          height="24"
          className="notification-bell__icon"
        >
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        <span className="notification-bell__text">Notiser</span>
        {unread > 0 && (
          <span className="notification-bell__count" aria-hidden="true">
            {unread}
          </span>
        )}
      </RouterLink>
    </Link>
  );
}
