import { Paragraph } from '@digdir/designsystemet-react';
import {
  formatCount,
  formatPeriod,
  formatTsek,
  parsePeriod,
  type TDashboardMoney,
  type TDashboardMoneyRow,
} from '@finsam/domain';
import { BarChartFrame } from '../chart/bar-chart-frame.tsx';
import { CHART_COLOURS } from '../chart/chart-theme.ts';
import { ChartWithTable } from '../chart/chart-with-table.tsx';
import { DataTable } from '../data-table/data-table.tsx';
import type { TDataColumn } from '../data-table/data-column.ts';
import { AppLink } from '../link/app-link.tsx';
import { thresholdsText } from '../money/consumption-cell.tsx';
import {
  MONEY_TOTAL_BASIS_LABEL,
  moneyColumns,
  moneyRowLine,
  moneyTotalLine,
  type TMoneyLine,
} from '../money/money-columns.tsx';

/** One line of Tabell 4 as shown: an intervention, or the "Totalt" line. */
interface TInterventionMoneyLine extends TMoneyLine {
  name: string;
  href: string | null;
  owner: string;
}

export interface TMoneySectionProps {
  money: TDashboardMoney;
  period: string;
  /** Shown in the heading: "per insats" on the förbund page, "Knivstas insatser" on a kommun page. */
  title?: string;
}

/** A row without budget and without utfall from January: the year's kvot cannot be formed. */
const lacksYear = (row: TDashboardMoneyRow) =>
  row.reason === 'NO_BUDGET' && row.outcomeKronor === null;

/**
 * Utfall och budget (PM Tabell 4): utfall from 1 January to the period end against the linear
 * share of the adjusted budget, each förbrukningskvot with the PM's flag, and the total — which
 * says it is measured against the adjusted budget (the key figure above uses the adopted one).
 * A period not starting in January (the year-end PM) also shows the period's own utfall.
 */
export function MoneySection({
  money,
  period,
  title = 'Utfall och budget per insats',
}: TMoneySectionProps) {
  const range = parsePeriod(period);
  const lines = money.rows.map((row) => toLine(row, period));
  const total: TInterventionMoneyLine = {
    ...moneyTotalLine(
      'total',
      money.totalAdjusted,
      money.rows.some((row) => row.outcomeEstimated),
    ),
    name: `Totalt ${MONEY_TOTAL_BASIS_LABEL[money.totalAdjusted.basis]}`,
    href: null,
    owner: '',
  };
  const otherLines = money.otherCooperationRows.map((row) => toLine(row, period));
  const otherTotal: TInterventionMoneyLine = {
    ...moneyTotalLine(
      'total-other',
      money.otherCooperationTotal,
      money.otherCooperationRows.some((row) => row.outcomeEstimated),
    ),
    name: `Totalt övriga ${MONEY_TOTAL_BASIS_LABEL[money.otherCooperationTotal.basis]}`,
    href: null,
    owner: '',
  };
  const ownMonths =
    range.startMonth > 1
      ? `Utfall ${formatPeriod(period)
          .toLowerCase()
          .replace(/ \d{4}$/, '')} TSEK`
      : undefined;
  const columns = nameColumns().concat(
    moneyColumns<TInterventionMoneyLine>({
      thresholds: money.thresholds,
      periodOutcomeHeader: ownMonths,
    }),
  );
  const chartData = lines.map((line) => ({
    name: line.name,
    Utfall: (ownMonths ? line.periodOutcomeKronor : line.outcomeKronor) ?? 0,
    Budget: line.expectedBudgetKronor ?? 0,
  }));
  const heading = `${title}, ${formatPeriod(period)}`;
  const withoutYear = money.rows.filter(lacksYear).length;

  return (
    <>
      <ChartWithTable
        title={heading}
        defaultView="table"
        description={
          <>
            Utfall från årets början till periodens slut jämfört med en linjär förbrukning av årets
            justerade budget. Målvärdet är 100 %. {thresholdsText(money.thresholds)}
            {withoutYear > 0 ? (
              <>
                {' '}
                För {formatCount(withoutYear)} av {formatCount(lines.length)} insatser finns varken
                årets budget eller utfallet från januari registrerat: deras utfall för perioden
                visas, men förbrukningskvoten för året kan inte beräknas (–).
              </>
            ) : null}
          </>
        }
        chartLabel={`Liggande stapeldiagram: utfall och budget i TSEK för ${lines.length} insatser, ${formatPeriod(period)}`}
        chart={
          <BarChartFrame
            layout="vertical"
            data={chartData}
            categoryKey="name"
            formatValue={formatTsek}
            unit=" TSEK"
            series={[
              { dataKey: 'Budget', name: 'Budget för perioden', fill: CHART_COLOURS.secondary },
              {
                dataKey: 'Utfall',
                name: ownMonths ? 'Utfall under perioden' : 'Utfall',
                fill: CHART_COLOURS.primary,
              },
            ]}
          />
        }
        table={{
          caption: heading,
          columns,
          rows: lines,
          footRows: lines.length > 0 ? [total] : [],
          rowKey: (line) => line.key,
          emptyText: 'Inget utfall eller budget är registrerat för perioden. Välj en annan period.',
        }}
      />
      {otherLines.length > 0 ? (
        <DataTable
          caption={`Förbundets övriga samverkansinsatser, ${formatPeriod(period)}`}
          columns={columns}
          rows={otherLines}
          footRows={[otherTotal]}
          rowKey={(line) => line.key}
        />
      ) : null}
    </>
  );
}

function toLine(row: TDashboardMoneyRow, period: string): TInterventionMoneyLine {
  return {
    ...moneyRowLine(row, row.intervention.id, lacksYear),
    name: row.intervention.shortName,
    // Only what the viewer may open is a link (a lead: their own interventions).
    href:
      row.intervention.mayOpen === false
        ? null
        : `/insatser/${row.intervention.key}?period=${encodeURIComponent(period)}`,
    owner: row.owner?.shortName ?? 'Förbundet',
  };
}

function nameColumns(): TDataColumn<TInterventionMoneyLine>[] {
  return [
    {
      id: 'name',
      header: 'Insats',
      rowHeader: true,
      value: (line) => line.name,
      cell: (line) => (line.href ? <AppLink to={line.href}>{line.name}</AppLink> : line.name),
    },
    { id: 'owner', header: 'Insatsägare', value: (line) => line.owner },
  ];
}

/**
 * Whether any row has an utfall for the period. A period can have data without money (a quarter
 * whose participant figures are in but whose utfall is not yet): its key figure then says so,
 * never "Utfall 0 av 0 TSEK".
 */
export function hasOutcome(money: TDashboardMoney): boolean {
  return money.rows.some((row) => row.outcomeKronor !== null);
}

export const NO_OUTCOME_TEXT = 'Inget utfall är registrerat för perioden.';

/**
 * The key figure's sentence, saying which budget it is measured against (the delårsrapport's
 * driftsredovisning uses the adopted budgets): "Utfall 9 628 av 10 329 TSEK mot antagen budget".
 */
export function moneySummary(money: TDashboardMoney): string {
  return `Utfall ${formatTsek(money.total.outcomeKronor)} av ${formatTsek(money.total.expectedBudgetKronor)} TSEK ${MONEY_TOTAL_BASIS_LABEL[money.total.basis]}`;
}

/**
 * Which rows a total covers, when not all: "Räknat på 2 av 21 insatser; övriga saknar årets
 * budget eller utfall från januari." ('' when every listed row has a kvot or utfall to date).
 */
export function moneyCoverageText(money: TDashboardMoney): string {
  const measured = money.rows.filter((row) => row.outcomeKronor !== null).length;
  return measured < money.rows.length && measured > 0
    ? ` Räknat på ${formatCount(measured)} av ${formatCount(money.rows.length)} insatser; övriga saknar årets budget eller utfall från januari.`
    : '';
}

/** Kept for pages that show a one-line note about the money table. */
export function MoneyBasisNote({ money }: { money: TDashboardMoney }) {
  return (
    <Paragraph data-size="sm">
      Tabellens totalrad räknas {MONEY_TOTAL_BASIS_LABEL[money.totalAdjusted.basis]} (
      {formatTsek(money.totalAdjusted.expectedBudgetKronor)} TSEK), nyckeltalet{' '}
      {MONEY_TOTAL_BASIS_LABEL[money.total.basis]} ({formatTsek(money.total.expectedBudgetKronor)}{' '}
      TSEK).
    </Paragraph>
  );
}
