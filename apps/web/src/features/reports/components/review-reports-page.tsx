import { useState } from 'react';
import { Field, Label, Select } from '@digdir/designsystemet-react';
import {
  buildPeriod,
  formatDate,
  formatPeriod,
  type TInterventionSummary,
  type TQuarterlyReportSummary,
  type TReportStatus,
} from '@finsam/domain';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import type { TDataColumn } from '../../../components/data-table/data-column.ts';
import { AppLink } from '../../../components/link/app-link.tsx';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  QueryState,
} from '../../../components/query/query-state.tsx';
import { StatusTag } from '../../../components/status/status-tag.tsx';
import { REPORT_STATUS_LABEL } from '../../../lib/labels.ts';
import { PageHeader } from '../../../components/dashboards/page-header.tsx';
import { useInterventions } from '../../../lib/queries/interventions/get-interventions.ts';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { useReportsOfInterventions } from '../../../lib/queries/reports/get-intervention-reports.ts';

interface TReportLine {
  report: TQuarterlyReportSummary;
  intervention: TInterventionSummary;
  period: string;
}

const STATUS_ORDER: TReportStatus[] = ['SUBMITTED', 'RETURNED', 'DRAFT', 'APPROVED'];

/**
 * Granska rapporter (the office): every intervention's quarterly reports by state, those waiting
 * for review first, with due dates and lateness. Each links to the insats page with its answers.
 */
export function ReviewReportsPage() {
  usePageTitle('Granska rapporter');
  const interventions = useInterventions();
  return (
    <>
      <PageHeader
        title="Granska rapporter"
        lead="Kvartalsrapporter från insatserna. Inskickade rapporter väntar på kansliets granskning."
      />
      <QueryState query={interventions} what="insatserna">
        {(data) => <ReportsOf interventions={data.interventions} />}
      </QueryState>
    </>
  );
}

function ReportsOf({ interventions }: { interventions: TInterventionSummary[] }) {
  const [status, setStatus] = useState<TReportStatus | ''>('SUBMITTED');
  const reports = useReportsOfInterventions(interventions.map((intervention) => intervention.id));
  if (reports.isPending) return <LoadingState what="rapporterna" />;
  if (reports.error)
    return <ErrorState error={reports.error} what="rapporterna" onRetry={reports.refetch} />;

  const byId = new Map(interventions.map((intervention) => [intervention.id, intervention]));
  const lines: TReportLine[] = reports.reports
    .filter((report) => status === '' || report.status === status)
    .flatMap((report) => {
      const intervention = byId.get(report.interventionId);
      if (!intervention) return [];
      const period = buildPeriod('QUARTER', report.year, (report.quarter - 1) * 3 + 1).period;
      return [{ report, intervention, period }];
    })
    .sort((a, b) => a.report.dueDate.localeCompare(b.report.dueDate));

  const columns: TDataColumn<TReportLine>[] = [
    {
      id: 'intervention',
      header: 'Insats',
      rowHeader: true,
      value: (line) => line.intervention.shortName,
      cell: (line) => (
        <AppLink to={`/insatser/${line.intervention.key}?period=${line.period}`}>
          {line.intervention.shortName}
        </AppLink>
      ),
    },
    {
      id: 'owner',
      header: 'Insatsägare',
      value: (line) => line.intervention.owner?.shortName ?? 'Förbundet',
    },
    {
      id: 'period',
      header: 'Kvartal',
      value: (line) => line.period,
      cell: (line) => formatPeriod(line.period),
    },
    { id: 'status', header: 'Status', value: (line) => REPORT_STATUS_LABEL[line.report.status] },
    {
      id: 'due',
      header: 'Sista dag',
      value: (line) => line.report.dueDate,
      cell: (line) => formatDate(line.report.dueDate),
    },
    {
      id: 'submitted',
      header: 'Inskickad',
      value: (line) => line.report.submittedAt?.slice(0, 10) ?? null,
      cell: (line) =>
        line.report.submittedAt ? formatDate(line.report.submittedAt.slice(0, 10)) : '–',
    },
    {
      id: 'late',
      header: 'I tid',
      value: (line) => (line.report.overdue ? 'Försenad' : 'I tid'),
      cell: (line) =>
        line.report.overdue ? (
          <StatusTag status="YELLOW" label="Försenad" />
        ) : (
          <StatusTag status="GREEN" label="I tid" />
        ),
    },
  ];

  return (
    <>
      <div className="filters">
        <Field>
          <Label>Visa rapporter</Label>
          <Select
            width="auto"
            value={status}
            onChange={(event) => setStatus(event.target.value as TReportStatus | '')}
          >
            {STATUS_ORDER.map((value) => (
              <Select.Option key={value} value={value}>
                {REPORT_STATUS_LABEL[value]}
              </Select.Option>
            ))}
            <Select.Option value="">Alla</Select.Option>
          </Select>
        </Field>
      </div>
      <p role="status" className="filters__count">
        {lines.length === 1 ? '1 rapport.' : `${lines.length} rapporter.`}
      </p>
      {lines.length === 0 ? (
        <EmptyState
          title={status === 'SUBMITTED' ? 'Inga rapporter att granska' : 'Inga rapporter'}
        >
          {status === 'SUBMITTED'
            ? 'Inga kvartalsrapporter väntar på granskning just nu. Välj ”Alla” för att se tidigare rapporter.'
            : 'Det finns inga rapporter med den statusen. Välj en annan status ovan.'}
        </EmptyState>
      ) : (
        <DataTable
          caption={
            status === ''
              ? 'Alla kvartalsrapporter'
              : `Kvartalsrapporter: ${REPORT_STATUS_LABEL[status].toLowerCase()}`
          }
          columns={columns}
          rows={lines}
          rowKey={(line) => line.report.id}
          emptyText={
            status === 'SUBMITTED'
              ? 'Inga rapporter väntar på granskning just nu.'
              : 'Inga rapporter med den statusen. Välj en annan status ovan.'
          }
        />
      )}
    </>
  );
}
