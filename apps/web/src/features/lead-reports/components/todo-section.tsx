import { useQueries } from '@tanstack/react-query';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import {
  formatDate,
  formatPeriod,
  isReportOverdue,
  listReportQuarters,
  toSwedishDate,
  type TInterventionSummary,
  type TQuarterlyReportSummary,
} from '@finsam/domain';
import { AppLink } from '../../../components/link/app-link.tsx';
import { errorMessage } from '../../../lib/api-error.ts';
import { useReportsOfInterventions } from '../../../lib/queries/reports/get-intervention-reports.ts';
import { reportQueryOptions } from '../api/get-report.ts';
import { useCreateReport } from '../api/create-report.ts';

/** What the lead has to do for one intervention and quarter. */
type TTodoState = 'RETURNED' | 'OVERDUE' | 'DUE' | 'DRAFT' | 'SUBMITTED' | 'APPROVED';

interface TTodoRow {
  intervention: TInterventionSummary;
  year: number;
  quarter: number;
  dueDate: string;
  isLast: boolean;
  state: TTodoState;
  report: TQuarterlyReportSummary | null;
}

const STATE_TEXT: Record<TTodoState, string> = {
  RETURNED: 'Återskickad – komplettera',
  OVERDUE: 'Försenad',
  DUE: 'Att lämna',
  DRAFT: 'Utkast',
  SUBMITTED: 'Inskickad',
  APPROVED: 'Godkänd',
};
const ORDER: TTodoState[] = ['RETURNED', 'OVERDUE', 'DUE', 'DRAFT', 'SUBMITTED', 'APPROVED'];

function stateOf(
  report: TQuarterlyReportSummary | null,
  dueDate: string,
  today: string,
): TTodoState {
  if (!report) return isReportOverdue(dueDate, today, null) ? 'OVERDUE' : 'DUE';
  if (report.status === 'RETURNED') return 'RETURNED';
  if (report.status === 'SUBMITTED') return 'SUBMITTED';
  if (report.status === 'APPROVED') return 'APPROVED';
  return report.overdue ? 'OVERDUE' : 'DRAFT';
}

/** The rows of "Att göra": every quarter each intervention reports for, returned ones first. */
export function buildTodoRows(
  interventions: TInterventionSummary[],
  reports: TQuarterlyReportSummary[],
  today: string,
): TTodoRow[] {
  const rows = interventions.flatMap((intervention) =>
    listReportQuarters(intervention.startDate, intervention.endDate, today).map((quarter) => {
      const report =
        reports.find(
          (candidate) =>
            candidate.interventionId === intervention.id &&
            candidate.year === quarter.year &&
            candidate.quarter === quarter.quarter,
        ) ?? null;
      return { intervention, ...quarter, report, state: stateOf(report, quarter.dueDate, today) };
    }),
  );
  return rows.sort(
    (a, b) =>
      ORDER.indexOf(a.state) - ORDER.indexOf(b.state) ||
      b.year - a.year ||
      b.quarter - a.quarter ||
      a.intervention.shortName.localeCompare(b.intervention.shortName, 'sv'),
  );
}

function reportPath(id: string) {
  return `/mina-insatser/rapporter/${encodeURIComponent(id)}`;
}

/**
 * "Att göra" on Mina insatser: per intervention and quarter inside its period, what is due (one
 * month after the quarter), overdue, a draft, submitted, returned (with the office's comment,
 * shown first) or approved. Open items first; the handled ones below, in a list of their own.
 */
export function TodoSection({ interventions }: { interventions: TInterventionSummary[] }) {
  const today = toSwedishDate(new Date());
  const query = useReportsOfInterventions(interventions.map((row) => row.id));
  const rows = buildTodoRows(interventions, query.reports, today);
  const returned = rows.filter((row) => row.state === 'RETURNED' && row.report);
  const comments = useQueries({
    queries: returned.map((row) => reportQueryOptions(row.report!.id)),
  });
  const create = useCreateReport();
  const navigate = useNavigate();
  const open = rows.filter((row) => ['RETURNED', 'OVERDUE', 'DUE', 'DRAFT'].includes(row.state));
  const done = rows.filter((row) => row.state === 'SUBMITTED' || row.state === 'APPROVED');

  const start = (row: TTodoRow) => {
    create.mutate(
      {
        interventionId: row.intervention.id,
        input: { year: row.year, quarter: row.quarter, ...(row.isLast ? { final: true } : {}) },
      },
      { onSuccess: (report) => void navigate(reportPath(report.id)) },
    );
  };

  if (query.isPending) return <Paragraph>Hämtar dina rapporter …</Paragraph>;
  return (
    <section aria-labelledby="todo-heading" className="todo-section">
      <Heading level={2} data-size="sm" id="todo-heading">
        Att göra
      </Heading>
      {query.error ? (
        <Alert data-color="danger">
          <Paragraph>{errorMessage(query.error)}</Paragraph>
        </Alert>
      ) : null}
      {create.error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{errorMessage(create.error)}</Paragraph>
        </Alert>
      ) : null}
      {open.length === 0 ? (
        <Paragraph>Du har inga rapporter att lämna just nu.</Paragraph>
      ) : (
        <ul className="todo-list">
          {open.map((row) => {
            const label = `${row.intervention.shortName}, ${formatPeriod(`${row.year}Q${row.quarter}`).toLowerCase()}`;
            const comment =
              row.state === 'RETURNED'
                ? comments.find((c) => c.data?.id === row.report?.id)?.data?.officeComment
                : null;
            return (
              <li key={`${row.intervention.id}-${row.year}-${row.quarter}`} className="todo-item">
                <Paragraph>
                  <strong>{label}</strong>
                  {row.isLast ? ' (slutrapport)' : ''} – {STATE_TEXT[row.state]}. Sista dag{' '}
                  {formatDate(row.dueDate)}.
                </Paragraph>
                {comment ? (
                  <Paragraph data-size="sm">Kansliets kommentar: {comment}</Paragraph>
                ) : null}
                {row.report ? (
                  <AppLink to={reportPath(row.report.id)}>
                    {row.state === 'RETURNED' ? 'Komplettera' : 'Fortsätt'} rapporten för {label}
                  </AppLink>
                ) : (
                  <Button
                    variant="secondary"
                    data-size="sm"
                    onClick={() => start(row)}
                    loading={
                      create.isPending &&
                      create.variables?.input.year === row.year &&
                      create.variables?.input.quarter === row.quarter &&
                      create.variables?.interventionId === row.intervention.id
                    }
                  >
                    Börja {row.isLast ? 'slutrapporten' : 'rapporten'} för {label}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {done.length > 0 ? (
        <details className="todo-done">
          <summary>Inskickade och godkända rapporter ({done.length})</summary>
          <ul>
            {done.map((row) => (
              <li key={row.report!.id}>
                <AppLink to={reportPath(row.report!.id)}>
                  {row.intervention.shortName},{' '}
                  {formatPeriod(`${row.year}Q${row.quarter}`).toLowerCase()}
                </AppLink>{' '}
                – {STATE_TEXT[row.state]}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
