import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import {
  formatDate,
  formatPeriod,
  type TDashboardReport,
  type TDashboardReportAnswer,
} from '@finsam/domain';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import type { TDataColumn } from '../../../components/data-table/data-column.ts';
import { REPORT_SECTION_LABEL, REPORT_STATUS_LABEL } from '../../../lib/labels.ts';

/** Question, answer and the steering group's text, in the order of the year's question set. */
const ANSWER_COLUMNS: TDataColumn<TDashboardReportAnswer>[] = [
  {
    id: 'question',
    header: 'Fråga',
    rowHeader: true,
    sortable: false,
    value: (answer) => answer.label,
  },
  { id: 'answer', header: 'Svar', sortable: false, value: (answer) => answer.value },
  { id: 'text', header: 'Kommentar', sortable: false, value: (answer) => answer.text ?? '' },
];

/**
 * Kvartalsrapporter, newest first: each a disclosure with its answers per section (Tabell 2, 3
 * and 5 questions, labelled as in the year's question set) and their texts.
 */
export function ReportList({ reports }: { reports: TDashboardReport[] }) {
  if (reports.length === 0) {
    return <Paragraph>Insatsen har inga kvartalsrapporter ännu.</Paragraph>;
  }
  return (
    <div className="report-list">
      {reports.map((report, index) => (
        <Details key={report.id} defaultOpen={index === 0}>
          <Details.Summary>
            {formatPeriod(report.period)} · {REPORT_STATUS_LABEL[report.status]}
            {report.overdue ? ' · försenad' : ''}
          </Details.Summary>
          <Details.Content>
            <Paragraph data-size="sm">
              Sista dag för rapporten: {formatDate(report.dueDate)}.
              {report.submittedAt
                ? ` Inskickad ${formatDate(report.submittedAt.slice(0, 10))}.`
                : ''}
            </Paragraph>
            {sections(report.answers).map(([section, answers]) => (
              <DataTable
                key={section}
                caption={`${REPORT_SECTION_LABEL[section] ?? 'Övriga frågor'} – ${formatPeriod(report.period)}`}
                columns={ANSWER_COLUMNS}
                rows={answers}
                rowKey={(answer) => answer.key}
              />
            ))}
            {report.comment ? (
              <>
                <Heading level={3} data-size="2xs">
                  Styrgruppens kommentar
                </Heading>
                <Paragraph>{report.comment}</Paragraph>
              </>
            ) : null}
            {report.officeComment ? (
              <>
                <Heading level={3} data-size="2xs">
                  Kansliets kommentar
                </Heading>
                <Paragraph>{report.officeComment}</Paragraph>
              </>
            ) : null}
          </Details.Content>
        </Details>
      ))}
    </div>
  );
}

/** Answers grouped by section, in the order the sections first appear. */
function sections(answers: TDashboardReportAnswer[]): [string, TDashboardReportAnswer[]][] {
  const groups = new Map<string, TDashboardReportAnswer[]>();
  for (const answer of answers) {
    const key = answer.section ?? 'OTHER';
    groups.set(key, [...(groups.get(key) ?? []), answer]);
  }
  return [...groups.entries()];
}
