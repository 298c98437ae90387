import { Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router';
import { formatDate, formatPeriod, toSwedishDate, type TReportingRateList } from '@finsam/domain';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import type { TDataColumn } from '../../../components/data-table/data-column.ts';
import { QueryState } from '../../../components/query/query-state.tsx';
import { PageHeader } from '../../../components/dashboards/page-header.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { useReportingRate } from '../api/get-reporting-rate.ts';
import { QualitySummarySection } from './quality-summary-section.tsx';

type TRow = TReportingRateList['quarters'][number];

const columns: TDataColumn<TRow>[] = [
  {
    id: 'quarter',
    header: 'Kvartal',
    rowHeader: true,
    value: (row) => `${row.year}Q${row.quarter}`,
    cell: (row) => formatPeriod(`${row.year}Q${row.quarter}`),
  },
  {
    id: 'due',
    header: 'Sista dag',
    value: (row) => row.dueDate,
    cell: (row) => formatDate(row.dueDate),
  },
  { id: 'expected', header: 'Förväntade', kind: 'count', value: (row) => row.expected },
  { id: 'submitted', header: 'Inkomna', kind: 'count', value: (row) => row.submitted },
  { id: 'onTime', header: 'I tid', kind: 'count', value: (row) => row.onTime },
  { id: 'late', header: 'Försenade', kind: 'count', value: (row) => row.late },
  { id: 'missing', header: 'Saknas', kind: 'count', value: (row) => row.missing },
  { id: 'notYetDue', header: 'Ej förfallna', kind: 'count', value: (row) => row.notYetDue },
  {
    id: 'submittedShare',
    header: 'Rapporteringsgrad',
    kind: 'fraction',
    value: (row) => row.submittedShare,
  },
  {
    id: 'onTimeShare',
    header: 'Rapporteringsgrad i tid',
    kind: 'fraction',
    value: (row) => row.onTimeShare,
  },
];

/** Years the office can look at: from the first seeded paper's year to next year. */
function yearsUpTo(thisYear: number): number[] {
  const years: number[] = [];
  for (let year = thisYear + 1; year >= 2019; year -= 1) years.push(year);
  return years;
}

/**
 * Rapporteringsgrad (the office), as DHIS2 shows a data set's reporting rate: per quarter the
 * expected kvartalsrapporter (interventions running in the quarter), those in, on time, late,
 * missing after the due date and not yet due, with the shares of expected. Which are missing is
 * listed under the table.
 */
export function ReportingRatePage() {
  usePageTitle('Rapporteringsgrad');
  const thisYear = Number(toSwedishDate(new Date()).slice(0, 4));
  const [params, setParams] = useSearchParams();
  const parsed = Number(params.get('ar'));
  const year = Number.isInteger(parsed) && parsed >= 2000 && parsed <= 2100 ? parsed : thisYear;
  const rate = useReportingRate(year);
  const half = params.get('halvar') === '2' ? 2 : 1;
  return (
    <>
      <PageHeader
        title="Rapporteringsgrad"
        lead="Kvartalsrapporter per kvartal: förväntade, inkomna, i tid, försenade och saknade. En rapport ska lämnas senast en månad efter kvartalets slut."
      />
      <div className="filters">
        <Field>
          <Label>År</Label>
          <Select
            width="auto"
            value={String(year)}
            onChange={(event) => setParams({ ar: event.target.value })}
          >
            {yearsUpTo(thisYear).map((option) => (
              <Select.Option key={option} value={String(option)}>
                {option}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <QueryState query={rate} what={`rapporteringsgraden ${year}`}>
        {(data) => (
          <>
            <DataTable
              caption={`Rapporteringsgrad per kvartal ${data.year}, beräknad ${formatDate(data.today)}`}
              columns={columns}
              rows={data.quarters}
              rowKey={(row) => `${row.year}Q${row.quarter}`}
            />
            <section aria-labelledby="missing-heading" className="section-gap">
              <Heading level={2} data-size="sm" id="missing-heading">
                Saknade rapporter {data.year}
              </Heading>
              {data.quarters.every((row) => row.missing === 0) ? (
                <Paragraph>Inga rapporter saknas för {data.year}.</Paragraph>
              ) : (
                data.quarters
                  .filter((row) => row.missing > 0)
                  .map((row) => (
                    <div key={row.quarter}>
                      <Heading level={3} data-size="2xs">
                        {formatPeriod(`${row.year}Q${row.quarter}`)} (sista dag{' '}
                        {formatDate(row.dueDate)})
                      </Heading>
                      <ul className="plain-list">
                        {row.missingInterventions.map((intervention) => (
                          <li key={intervention.id}>{intervention.shortName}</li>
                        ))}
                      </ul>
                    </div>
                  ))
              )}
            </section>
          </>
        )}
      </QueryState>
      <QualitySummarySection
        year={year}
        half={half}
        onHalfChange={(next) => setParams({ ar: String(year), halvar: String(next) })}
      />
    </>
  );
}
