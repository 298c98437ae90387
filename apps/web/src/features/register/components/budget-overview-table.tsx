import { formatDate, formatKronor, type TAnnualBudget } from '@finsam/domain';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import type { TDataColumn } from '../../../components/data-table/data-column.ts';
import { BUDGET_ADJUSTMENT_KIND_LABEL } from '../../../lib/labels.ts';

const COLUMNS: TDataColumn<TAnnualBudget>[] = [
  { id: 'year', header: 'År', rowHeader: true, value: (b) => String(b.year) },
  {
    id: 'original',
    header: 'Antagen budget (kr)',
    kind: 'kronor',
    value: (b) => b.originalKronor,
    cell: (b) => formatKronor(b.originalKronor),
  },
  {
    id: 'adjustments',
    header: 'Justeringar',
    sortable: false,
    value: (b) =>
      b.adjustments
        .map(
          (a) =>
            `${a.date} ${BUDGET_ADJUSTMENT_KIND_LABEL[a.kind]} ${a.amountKronor} (${a.source})`,
        )
        .join('; '),
    cell: (b) =>
      b.adjustments.length === 0 ? (
        '–'
      ) : (
        <ul className="app-plain-list">
          {b.adjustments.map((a) => (
            <li key={a.id}>
              {formatDate(a.date)}: {BUDGET_ADJUSTMENT_KIND_LABEL[a.kind]}{' '}
              {a.amountKronor > 0 ? '+' : ''}
              {formatKronor(a.amountKronor, { unit: true })}
              {a.note ? ` – ${a.note}` : ''}{' '}
              <span className="economy-grid-note">Källa: {a.source}</span>
            </li>
          ))}
        </ul>
      ),
  },
  {
    id: 'adjusted',
    header: 'Justerad budget (kr)',
    kind: 'kronor',
    value: (b) => b.adjustedKronor,
    cell: (b) => formatKronor(b.adjustedKronor),
  },
  {
    id: 'granted',
    header: 'Beviljat (kr)',
    kind: 'kronor',
    value: (b) => b.grantedKronor,
    cell: (b) => formatKronor(b.grantedKronor),
  },
];

/** Budgets per year: the adopted amount and the adjusted one side by side, with each dated change. */
export function BudgetOverviewTable({
  caption,
  budgets,
}: {
  caption: string;
  budgets: TAnnualBudget[];
}) {
  return (
    <DataTable
      caption={caption}
      columns={COLUMNS}
      rows={budgets}
      rowKey={(b) => b.id}
      emptyText="Ingen budget är antagen för insatsen."
    />
  );
}
