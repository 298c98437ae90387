import { Input } from '@digdir/designsystemet-react';
import {
  formatConsumptionReason,
  formatPercent,
  formatPeriod,
  formatTsek,
  type TOutcomeGrid,
} from '@finsam/domain';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import type { TDataColumn } from '../../../components/data-table/data-column.ts';
import { KronorCellInput } from './kronor-cell-input.tsx';
import { pasteIntoGrid } from './paste-into-grid.ts';
import type { TGridDraft, TGridLine } from './use-outcome-grid-drafts.ts';

export interface TOutcomeGridTableProps {
  grid: TOutcomeGrid;
  lines: TGridLine[];
  /** Messages from the API per intervention (a 409's per-row diff, a 400's field errors). */
  serverMessages: Record<string, string>;
  setCell: (interventionId: string, change: Partial<TGridDraft>) => void;
  onPasteProblems: (problems: string[]) => void;
}

const inputId = (interventionId: string) => `utfall-${interventionId}`;

/**
 * Utfall för en period: one row per intervention, the amount typed or pasted from Excel, the
 * estimated flag, and the förbrukningskvot from 1 January computed as it is typed.
 */
export function OutcomeGridTable({
  grid,
  lines,
  serverMessages,
  setCell,
  onPasteProblems,
}: TOutcomeGridTableProps) {
  const periodLabel = formatPeriod(grid.period);

  const onPaste = (index: number) => (event: React.ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.trim())) return; // one value: the browser's own paste
    event.preventDefault();
    const result = pasteIntoGrid(
      text,
      lines.map((line) => ({ interventionId: line.row.interventionId, names: line.row.names })),
      index,
    );
    for (const cell of result.cells) {
      setCell(cell.interventionId, {
        text: cell.text,
        ...(cell.estimated === undefined ? {} : { estimated: cell.estimated }),
      });
    }
    onPasteProblems(result.problems);
  };

  const columns: TDataColumn<TGridLine>[] = [
    {
      id: 'name',
      header: 'Insats',
      rowHeader: true,
      value: (line) => line.row.shortName,
    },
    {
      id: 'amount',
      header: `Utfall ${periodLabel} (kr)`,
      kind: 'kronor',
      sortable: false,
      value: (line) => line.kronor,
      cell: (line) => {
        const index = lines.indexOf(line);
        const id = inputId(line.row.interventionId);
        const message = line.error ?? serverMessages[line.row.interventionId] ?? null;
        return (
          <KronorCellInput
            id={id}
            label={`Utfall ${periodLabel} för ${line.row.shortName}, kronor`}
            invalid={Boolean(line.error)}
            message={message}
            value={line.text}
            onChange={(text) => setCell(line.row.interventionId, { text })}
            onPaste={onPaste(index)}
          />
        );
      },
    },
    {
      id: 'estimated',
      header: 'Beräknat',
      sortable: false,
      value: (line) => (line.estimated ? 'Ja' : 'Nej'),
      cell: (line) => (
        <Input
          type="checkbox"
          aria-label={`Beräknat belopp för ${line.row.shortName}`}
          checked={line.estimated}
          onChange={(event) =>
            setCell(line.row.interventionId, { estimated: event.target.checked })
          }
        />
      ),
    },
    {
      id: 'ratio',
      header: 'Förbrukningskvot',
      kind: 'fraction',
      value: (line) => line.consumption.ratio,
      cell: (line) => (
        <span data-testid={`kvot-${line.row.key}`} aria-live="polite">
          {formatPercent(line.consumption.ratio)}
          {line.consumption.reason && line.consumption.reason !== 'NO_OUTCOME' ? (
            <span className="economy-grid-note">
              {' '}
              {formatConsumptionReason(line.consumption.reason)}
            </span>
          ) : null}
        </span>
      ),
    },

    {
      id: 'toDate',
      header: `Utfall hittills ${grid.year} (TSEK)`,
      kind: 'kronor',
      value: (line) => line.consumption.outcomeToDateKronor,
      cell: (line) =>
        `${formatTsek(line.consumption.outcomeToDateKronor)}${line.consumption.estimated ? ' (beräknat)' : ''}`,
    },
    {
      id: 'budget',
      header: `Budget ${grid.year}, justerad (TSEK)`,
      kind: 'kronor',
      value: (line) => line.row.adjustedBudgetKronor,
      cell: (line) => formatTsek(line.row.adjustedBudgetKronor),
    },
  ];

  return (
    <DataTable
      caption={`Utfall ${periodLabel} per insats`}
      columns={columns}
      rows={lines}
      rowKey={(line) => line.row.interventionId}
      emptyText="Inga insatser pågår under perioden."
    />
  );
}
