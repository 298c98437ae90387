import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatDate, formatPeriod, type TReviewQueue } from '@finsam/domain';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import type { TDataColumn } from '../../../components/data-table/data-column.ts';
import { AppLink } from '../../../components/link/app-link.tsx';
import { REPORT_STATUS_LABEL } from '../../../lib/labels.ts';

type TLine = TReviewQueue['overdue'][number];

const columns: TDataColumn<TLine>[] = [
  {
    id: 'intervention',
    header: 'Insats',
    rowHeader: true,
    value: (line) => line.intervention.shortName,
    cell: (line) => (
      <AppLink to={`/granskning/historik/${line.intervention.id}`}>
        {line.intervention.shortName}
      </AppLink>
    ),
  },
  {
    id: 'quarter',
    header: 'Kvartal',
    value: (line) => `${line.year}Q${line.quarter}`,
    cell: (line) => formatPeriod(`${line.year}Q${line.quarter}`),
  },
  {
    id: 'due',
    header: 'Sista dag',
    value: (line) => line.dueDate,
    cell: (line) => formatDate(line.dueDate),
  },
  {
    id: 'status',
    header: 'Läge',
    value: (line) => (line.status ? REPORT_STATUS_LABEL[line.status] : 'Ingen rapport påbörjad'),
  },
];

/**
 * Försenade rapporter: per intervention and quarter, an expected report that is not in although
 * its due date has passed (not started, a draft, or returned and not yet sent back).
 */
export function OverdueReports({ lines, fromYear }: { lines: TLine[]; fromYear: number }) {
  return (
    <section aria-labelledby="overdue-heading" className="review-section">
      <Heading level={2} data-size="sm" id="overdue-heading">
        Försenade rapporter ({lines.length})
      </Heading>
      <Paragraph data-size="sm" className="muted">
        Förväntade kvartalsrapporter från {fromYear} som inte har kommit in fast sista dagen har
        passerat. Rapporteringsgraden per kvartal finns under{' '}
        <AppLink to="/rapporteringsgrad">Rapporteringsgrad</AppLink>.
      </Paragraph>
      <DataTable
        caption="Försenade kvartalsrapporter"
        captionHidden
        columns={columns}
        rows={lines}
        rowKey={(line) => `${line.intervention.id}-${line.year}-${line.quarter}`}
        emptyText="Inga rapporter är försenade."
      />
    </section>
  );
}
