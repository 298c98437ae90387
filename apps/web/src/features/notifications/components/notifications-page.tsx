import { Button, Checkbox, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { formatDate, toSwedishDate, type TNotification } from '@finsam/domain';
import { AppLink } from '../../../components/link/app-link.tsx';
import { QueryState } from '../../../components/query/query-state.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { useNotifications } from '../api/get-notifications.ts';
import { useNotificationPreferences } from '../api/get-notification-preferences.ts';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read.ts';
import { useMarkNotificationRead } from '../api/mark-notification-read.ts';
import { useUpdateNotificationPreferences } from '../api/update-notification-preferences.ts';
import './notifications.css';

/**
 * Notiser: the signed-in user's notices (reminders, returned and approved reports, decisions,
 * submissions), newest first; each links to its report or deviation and can be marked read.
 * Below, the user's own choice about reminder e-mails.
 */
export function NotificationsPage({ isOffice }: { isOffice: boolean }) {
  usePageTitle('Notiser');
  const notifications = useNotifications();
  const markAll = useMarkAllNotificationsRead();
  return (
    <>
      <Heading level={1} data-size="lg">
        Notiser
      </Heading>
      <Paragraph>
        Påminnelser om kvartalsrapporter och besked om rapporter och avvikelser. Samma meddelanden
        skickas med e-post.
        {isOffice && (
          <>
            {' '}
            Allt som skickats finns under <AppLink to="/utskick">Utskick</AppLink>.
          </>
        )}
      </Paragraph>
      <QueryState
        query={notifications}
        what="notiserna"
        isEmpty={(data) => data.notifications.length === 0}
        empty={<Paragraph>Du har inga notiser.</Paragraph>}
      >
        {(data) => (
          <>
            <div className="notification-page__actions">
              <Paragraph data-size="sm" role="status">
                {data.unreadCount === 0
                  ? 'Alla notiser är lästa.'
                  : `${data.unreadCount} ${data.unreadCount === 1 ? 'oläst notis' : 'olästa notiser'}.`}
              </Paragraph>
              {data.unreadCount > 0 && (
                <Button
                  variant="secondary"
                  data-size="sm"
                  onClick={() => markAll.mutate()}
                  loading={markAll.isPending}
                >
                  Markera alla som lästa
                </Button>
              )}
            </div>
            <ul className="notification-list" aria-label="Notiser">
              {data.notifications.map((notification) => (
                <NotificationItem key={notification.id} notification={notification} />
              ))}
            </ul>
          </>
        )}
      </QueryState>
      <ReminderPreference />
    </>
  );
}

function NotificationItem({ notification }: { notification: TNotification }) {
  const markRead = useMarkNotificationRead();
  const unread = notification.readAt === null;
  return (
    <li className={`notification-item${unread ? ' notification-item--unread' : ''}`}>
      <Heading level={2} data-size="xs">
        {notification.title}
      </Heading>
      <Paragraph className="notification-item__body" data-size="sm">
        {notification.body}
      </Paragraph>
      <div className="notification-item__meta">
        <Paragraph data-size="sm">
          {formatDate(toSwedishDate(new Date(notification.createdAt)))}
        </Paragraph>
        {unread ? (
          <Tag data-color="info" data-size="sm">
            Oläst
          </Tag>
        ) : (
          <Tag data-color="neutral" data-size="sm">
            Läst
          </Tag>
        )}
        <AppLink to={notification.link}>Öppna</AppLink>
        {unread && (
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() => markRead.mutate(notification.id)}
            loading={markRead.isPending}
            aria-label={`Markera som läst: ${notification.title}`}
          >
            Markera som läst
          </Button>
        )}
      </div>
    </li>
  );
}

function ReminderPreference() {
  const preferences = useNotificationPreferences();
  const update = useUpdateNotificationPreferences();
  return (
    <section aria-labelledby="reminder-preference" className="notification-preference">
      <Heading level={2} data-size="sm" id="reminder-preference">
        E-post
      </Heading>
      <QueryState query={preferences} what="ditt val om e-post">
        {(data) => (
          <Checkbox
            label="Skicka påminnelser till mig med e-post"
            description="Gäller påminnelser om rapporter och kansliets veckosammanställning. Besked om rapporter och avvikelser skickas alltid."
            checked={data.reminderEmails}
            disabled={update.isPending}
            onChange={(event) => update.mutate({ reminderEmails: event.target.checked })}
          />
        )}
      </QueryState>
    </section>
  );
}
