import { useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import {
  formatDate,
  formatDateTime,
  formatPeriod,
  NO_DATA,
  ZReopenReportInput,
  type THistoryEvent,
  type TQuarterlyReportSummary,
  type TReopenReportInput,
} from '@finsam/domain';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import type { TDataColumn } from '../../../components/data-table/data-column.ts';
import { Form } from '../../../components/form/form.tsx';
import { QueryState } from '../../../components/query/query-state.tsx';
import { DEVIATION_KIND_LABEL, REPORT_STATUS_LABEL } from '../../../lib/labels.ts';
import { PageHeader } from '../../../components/dashboards/page-header.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { useInterventionHistory } from '../api/get-intervention-history.ts';
import { useInterventionReports } from '../api/list-intervention-reports.ts';
import { useReopenReport } from '../api/reopen-report.ts';
import { CommentField } from './comment-field.tsx';
import { ACTION_LABEL, statusLabel } from './history-labels.ts';
import '../review.css';

const quarterText = (year: number, quarter: number) => formatPeriod(`${year}Q${quarter}`);

function subjectOf(event: THistoryEvent): string {
  if (event.entity === 'QuarterlyReport')
    return `Kvartalsrapport ${event.subject ? formatPeriod(event.subject).toLowerCase() : ''}`.trim();
  if (event.entity === 'Deviation')
    return `Avvikelse${event.deviationKind ? `: ${DEVIATION_KIND_LABEL[event.deviationKind].toLowerCase()}` : ''}`;
  if (event.entity === 'Intervention') return 'Insatsen';
  return event.entity;
}

const eventColumns: TDataColumn<THistoryEvent>[] = [
  {
    id: 'at',
    header: 'När',
    rowHeader: true,
    value: (e) => e.at,
    cell: (e) => formatDateTime(e.at),
  },
  { id: 'who', header: 'Vem', value: (e) => e.by?.name ?? null },
  { id: 'what', header: 'Gäller', value: subjectOf },
  { id: 'action', header: 'Händelse', value: (e) => ACTION_LABEL[e.action] ?? e.action },
  {
    id: 'status',
    header: 'Status',
    value: (e) => {
      const before = statusLabel(e.entity, e.statusBefore);
      const after = statusLabel(e.entity, e.statusAfter);
      if (!after) return null;
      return before && before !== after ? `${before} → ${after}` : after;
    },
  },
  { id: 'version', header: 'Version', kind: 'count', value: (e) => e.version },
  { id: 'comment', header: 'Kommentar', value: (e) => e.comment },
];

/**
 * Historik för en insats (the office): its kvartalsrapporter — an approved one is locked and can
 * only be reopened here, with a reason — and every step of reports and deviations from the
 * audit log: each saved version, submission, return with its comment, approval, reopening and
 * decision, who and when.
 */
export function InterventionHistoryPage() {
  const { interventionId = '' } = useParams();
  const history = useInterventionHistory(interventionId);
  const name = history.data?.interventionName;
  usePageTitle(name ? `Historik: ${name}` : 'Historik');
  return (
    <>
      <PageHeader
        title={name ? `Historik: ${name}` : 'Historik'}
        crumbs={[{ label: 'Granskning', to: '/granskning' }]}
        lead="Varje rapportversion, beslut och kommentar, vem och när. Nyaste först."
      />
      <Reports interventionId={interventionId} />
      <QueryState query={history} what="historiken">
        {(data) => (
          <section aria-labelledby="events-heading" className="review-section">
            <Heading level={2} data-size="sm" id="events-heading">
              Händelser
            </Heading>
            <DataTable
              caption={`Händelser för ${data.interventionName}`}
              captionHidden
              columns={eventColumns}
              rows={data.events}
              rowKey={(event) => event.id}
              emptyText="Inga händelser är registrerade för insatsen ännu."
            />
          </section>
        )}
      </QueryState>
    </>
  );
}

function Reports({ interventionId }: { interventionId: string }) {
  const reports = useInterventionReports(interventionId);
  const [reopening, setReopening] = useState<TQuarterlyReportSummary | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const reopen = useReopenReport();
  const columns: TDataColumn<TQuarterlyReportSummary>[] = [
    {
      id: 'quarter',
      header: 'Kvartal',
      rowHeader: true,
      value: (r) => `${r.year}Q${r.quarter}`,
      cell: (r) => quarterText(r.year, r.quarter),
    },
    { id: 'status', header: 'Status', value: (r) => REPORT_STATUS_LABEL[r.status] },
    { id: 'due', header: 'Sista dag', value: (r) => r.dueDate, cell: (r) => formatDate(r.dueDate) },
    {
      id: 'reviewed',
      header: 'Granskad',
      value: (r) => r.reviewedAt,
      cell: (r) => (r.reviewedAt ? formatDateTime(r.reviewedAt) : NO_DATA),
    },
    {
      id: 'action',
      header: 'Ändra',
      value: () => null,
      cell: (r) =>
        r.status === 'APPROVED' ? (
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            aria-label={`Öppna ${quarterText(r.year, r.quarter).toLowerCase()} igen`}
            onClick={() => {
              setMessage(null);
              setReopening(r);
            }}
          >
            Öppna igen
          </Button>
        ) : (
          NO_DATA
        ),
    },
  ];
  return (
    <section aria-labelledby="reports-heading" className="review-section">
      <Heading level={2} data-size="sm" id="reports-heading">
        Kvartalsrapporter
      </Heading>
      <Paragraph data-size="sm" className="muted">
        En godkänd rapport är låst. Behöver den ändras öppnar kansliet den igen med ett skäl: den
        går då tillbaka till insatsen som återskickad.
      </Paragraph>
      <p role="status" className="review-section__status">
        {message}
      </p>
      <QueryState query={reports} what="rapporterna">
        {(data) => (
          <DataTable
            caption="Insatsens kvartalsrapporter"
            captionHidden
            columns={columns}
            rows={[...data.reports].reverse()}
            rowKey={(r) => r.id}
            downloads={false}
            emptyText="Insatsen har inga kvartalsrapporter ännu."
          />
        )}
      </QueryState>
      {reopening ? (
        <section aria-labelledby="reopen-heading" className="review-card">
          <Heading level={3} data-size="xs" id="reopen-heading">
            Öppna {quarterText(reopening.year, reopening.quarter).toLowerCase()} igen
          </Heading>
          <Form
            schema={ZReopenReportInput}
            defaultValues={{ version: reopening.version, reason: '' }}
            submitLabel="Öppna rapporten igen"
            pendingLabel="Öppnar …"
            aria-labelledby="reopen-heading"
            onSubmit={async (values) => {
              await reopen.mutateAsync({
                id: reopening.id,
                input: { ...values, version: reopening.version },
              });
              setMessage(
                `${quarterText(reopening.year, reopening.quarter)} är öppnad igen och återskickad till insatsen.`,
              );
              setReopening(null);
            }}
          >
            <CommentField<TReopenReportInput>
              name="reason"
              label="Skäl"
              description="Varför rapporten behöver ändras. Insatsen ser skälet som kansliets kommentar."
            />
          </Form>
        </section>
      ) : null}
    </section>
  );
}
