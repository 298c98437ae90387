import { Fragment, memo } from 'react';
import { Button, Table } from '@digdir/designsystemet-react';
import {
  formatKronor,
  formatTsek,
  type TBudgetHeadroomColumn,
  type TEconomicPlanColumn,
  type TPlanLineCategory,
} from '@finsam/domain';
import { KronorCellInput } from './kronor-cell-input.tsx';
import type { TPlanEditLine } from './use-plan-drafts.ts';

export interface TEconomicPlanTableProps {
  title: string;
  columns: TEconomicPlanColumn[];
  lines: TPlanEditLine[];
  headroom: { hasPendingApplications: boolean; columns: TBudgetHeadroomColumn[] };
  /** Read-only for a plan that is not the newest: a saved plan is never changed. */
  editable: boolean;
  setCell: (key: string, columnKey: string, text: string) => void;
  /** Editable only: leaves the line out of the new plan. */
  onRemove?: (key: string) => void;
}

type TSum = (column: TBudgetHeadroomColumn) => number | null;

const SECTIONS: { heading: string; categories: TPlanLineCategory[]; sums: [string, TSum][] }[] = [
  {
    heading: 'Intäkter',
    categories: ['MEMBER_FEES', 'ESF_INCOME', 'OTHER_INCOME'],
    sums: [['S:a intäkter', (c) => c.incomeKronor]],
  },
  {
    heading: 'Kostnader',
    categories: ['ELECTED_OFFICIALS', 'ADMINISTRATION', 'ADMINISTRATION_ESF'],
    sums: [
      ['Samverkansinsatser', (c) => c.cooperationKronor],
      ['S:a kostnader', (c) => c.costsKronor],
    ],
  },
  {
    heading: 'Samverkansinsatser',
    categories: ['INTERVENTION', 'UNUSED_FUNDS_FORECAST'],
    sums: [['S:a samverkansinsats', (c) => c.interventionsKronor]],
  },
  {
    heading: 'Övriga samverkansinsatser',
    categories: ['OTHER_COOPERATION'],
    sums: [['S:a övriga samverkansinsatser', (c) => c.otherCooperationKronor]],
  },
];

/**
 * "Ekonomisk information" as in the papers: income, costs, one line per intervention and per
 * övrig samverkansinsats, pending applications, and the beslutsutrymme per column. Cells are
 * typed in kronor; sums and results are shown in TSEK, each cell rounded on its own.
 */
export function EconomicPlanTable({
  title,
  columns,
  lines,
  headroom,
  editable,
  setCell,
  onRemove,
}: TEconomicPlanTableProps) {
  const byKey = new Map(headroom.columns.map((c) => [c.key, c]));
  const sumRow = (label: string, sum: TSum, testId?: string) => (
    <Table.Row key={label} className="economy-plan-sum">
      <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
      {columns.map((column) => (
        <Table.Cell
          key={column.key}
          data-numeric=""
          data-testid={testId ? `${testId}-${column.key}` : undefined}
        >
          {formatTsek(sum(byKey.get(column.key)!))}
        </Table.Cell>
      ))}
    </Table.Row>
  );
  const lineRow = (line: TPlanEditLine) => (
    <PlanLineRow
      key={line.key}
      line={line}
      columns={columns}
      editable={editable}
      setCell={setCell}
      onRemove={onRemove}
    />
  );
  const pending = lines.filter((line) => line.category === 'PENDING_APPLICATION');

  return (
    <div className="economy-scroll" tabIndex={0} role="region" aria-label={title}>
      <Table className="economy-plan-table" data-size="sm" border>
        <caption>{title}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">Post</Table.HeaderCell>
            {columns.map((column) => (
              <Table.HeaderCell key={column.key} scope="col">
                {column.label}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {SECTIONS.map((section) => (
            <Fragment key={section.heading}>
              <Table.Row>
                <Table.HeaderCell scope="colgroup" colSpan={columns.length + 1}>
                  {section.heading}
                </Table.HeaderCell>
              </Table.Row>
              {lines.filter((line) => section.categories.includes(line.category)).map(lineRow)}
              {section.sums.map(([label, sum]) => sumRow(label, sum))}
            </Fragment>
          ))}
          <Table.Row>
            <Table.HeaderCell scope="colgroup" colSpan={columns.length + 1}>
              Resultat och beslutsutrymme
            </Table.HeaderCell>
          </Table.Row>
          {sumRow('Årets beräknade resultat', (c) => c.yearResultKronor, 'resultat')}
          {sumRow('Över-/underskott från tidigare år', (c) => c.openingSurplusKronor, 'ingaende')}
          {sumRow(
            headroom.hasPendingApplications
              ? 'Kvarvarande beslutsutrymme före föreslagna ansökningar'
              : 'Kvarvarande beslutsutrymme',
            (c) => c.remainingHeadroomKronor,
            'kvarvarande',
          )}
          <Table.Row>
            <Table.HeaderCell scope="colgroup" colSpan={columns.length + 1}>
              Ansökningar (ej beviljade)
            </Table.HeaderCell>
          </Table.Row>
          {pending.map(lineRow)}
          {headroom.hasPendingApplications ? (
            <>
              {sumRow('S:a ny ansökning', (c) => c.pendingApplicationsKronor)}
              {sumRow(
                'Beslutsutrymme efter föreslagna ansökningar',
                (c) => c.remainingHeadroomAfterApplicationsKronor,
                'efter',
              )}
            </>
          ) : null}
        </Table.Body>
      </Table>
    </div>
  );
}

interface TPlanLineRowProps {
  line: TPlanEditLine;
  columns: TEconomicPlanColumn[];
  editable: boolean;
  setCell: TEconomicPlanTableProps['setCell'];
  onRemove?: TEconomicPlanTableProps['onRemove'];
}

/**
 * One line of the plan. Drawn again only when its own cells change: a keystroke in one cell
 * re-rendered all ~180 inputs of the plan (and the sums, which do change).
 */
const PlanLineRow = memo(function PlanLineRow({
  line,
  columns,
  editable,
  setCell,
  onRemove,
}: TPlanLineRowProps) {
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">
        {line.label}
        {line.ownerLabel ? <span className="economy-grid-note">{line.ownerLabel}</span> : null}
        {editable && onRemove ? (
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            aria-label={`Ta bort raden ${line.label}`}
            onClick={() => onRemove(line.key)}
          >
            Ta bort
          </Button>
        ) : null}
      </Table.HeaderCell>
      {columns.map((column) => {
        const error = line.errors[column.key];
        return (
          <Table.Cell key={column.key} data-numeric="">
            {editable ? (
              <KronorCellInput
                id={`plan-${line.key}-${column.key}`}
                label={`${line.label}, ${column.label}, kronor`}
                invalid={Boolean(error)}
                message={error ?? null}
                value={line.texts[column.key] ?? ''}
                onChange={(text) => setCell(line.key, column.key, text)}
              />
            ) : (
              formatKronor(line.amounts[column.key] ?? null)
            )}
          </Table.Cell>
        );
      })}
    </Table.Row>
  );
}, samePlanLine);

/** The line is rebuilt on every keystroke; what it shows is its texts (errors and amounts follow). */
function samePlanLine(before: TPlanLineRowProps, after: TPlanLineRowProps): boolean {
  const a = before.line;
  const b = after.line;
  return (
    before.columns === after.columns &&
    before.editable === after.editable &&
    before.setCell === after.setCell &&
    before.onRemove === after.onRemove &&
    a.key === b.key &&
    a.label === b.label &&
    a.ownerLabel === b.ownerLabel &&
    after.columns.every((column) => a.texts[column.key] === b.texts[column.key])
  );
}
