import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { formatDate, toSwedishDate, type TEmailMessage, type TEmailStatus } from '@finsam/domain';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import type { TDataColumn } from '../../../components/data-table/data-column.ts';
import { QueryState } from '../../../components/query/query-state.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { useNotificationSettings } from '../api/get-notification-settings.ts';
import { useOutbox } from '../api/get-outbox.ts';
import { NotificationSettingsForm } from './notification-settings-form.tsx';

const STATUS: Record<
  TEmailStatus,
  { label: string; color: 'neutral' | 'info' | 'success' | 'warning' | 'danger' }
> = {
  OUTBOX: { label: 'I utkorgen (ingen e-postserver)', color: 'neutral' },
  QUEUED: { label: 'Köad', color: 'info' },
  SENDING: { label: 'Skickas', color: 'info' },
  SENT: { label: 'Skickad', color: 'success' },
  RETRYING: { label: 'Misslyckades, försöker igen', color: 'warning' },
  FAILED: { label: 'Misslyckades', color: 'danger' },
};

const day = (iso: string | null) => (iso ? formatDate(toSwedishDate(new Date(iso))) : '–');

const columns: TDataColumn<TEmailMessage>[] = [
  { id: 'createdAt', header: 'Skapad', value: (m) => m.createdAt, cell: (m) => day(m.createdAt) },
  {
    id: 'to',
    header: 'Mottagare',
    value: (m) => `${m.toName} <${m.toAddress}>`,
    cell: (m) => (
      <>
        {m.toName}
        <br />
        <span className="outbox__address">{m.toAddress}</span>
      </>
    ),
  },
  { id: 'subject', header: 'Ämne', rowHeader: true, value: (m) => m.subject },
  {
    id: 'status',
    header: 'Status',
    value: (m) => STATUS[m.status].label,
    cell: (m) => (
      <Tag data-color={STATUS[m.status].color} data-size="sm">
        {STATUS[m.status].label}
      </Tag>
    ),
  },
  { id: 'attempts', header: 'Försök', kind: 'count', value: (m) => m.attempts },
  { id: 'sentAt', header: 'Skickad', value: (m) => m.sentAt, cell: (m) => day(m.sentAt) },
  {
    id: 'error',
    header: 'Fel',
    value: (m) => m.lastError,
    cell: (m) =>
      m.lastError
        ? `${m.lastError}${m.nextAttemptAt ? ` (nytt försök ${day(m.nextAttemptAt)})` : ''}`
        : '–',
  },
];

/**
 * Utskick (the office): every e-mail the system made — to whom, what, its state, attempts and the
 * last error. Without an SMTP server everything stays here, so nothing is lost and a demo shows
 * what would have been sent.
 */
export function OutboxPage() {
  usePageTitle('Utskick');
  const outbox = useOutbox();
  const settings = useNotificationSettings();
  return (
    <>
      <Heading level={1} data-size="lg">
        Utskick
      </Heading>
      <Paragraph>
        Alla e-postmeddelanden som systemet har skapat: påminnelser, besked och
        veckosammanställningar.
      </Paragraph>
      <QueryState query={outbox} what="utskicken">
        {(data) => (
          <>
            {!data.smtpConfigured && (
              <Alert data-color="info">
                <Paragraph>
                  Ingen e-postserver är inställd (SMTP_URL): meddelandena skickas inte utan sparas
                  här.
                </Paragraph>
              </Alert>
            )}
            <DataTable
              caption="Utskick, nyaste först"
              columns={columns}
              rows={data.messages}
              rowKey={(m) => m.id}
              emptyText="Inga meddelanden ännu."
            />
          </>
        )}
      </QueryState>
      <QueryState query={settings} what="inställningarna för påminnelser">
        {(data) => <NotificationSettingsForm settings={data} />}
      </QueryState>
    </>
  );
}
