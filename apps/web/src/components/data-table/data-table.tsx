import { useEffect, useMemo, useState, type ReactNode, type RefObject } from 'react';
import { Table } from '@digdir/designsystemet-react';
import {
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import type { TExportTable } from '../../lib/export/export-table.ts';
import { DownloadButtons } from './download-buttons.tsx';
import { useHorizontalOverflow } from './use-horizontal-overflow.ts';
import { displayValue, readShownText, toExportTable, type TDataColumn } from './data-column.ts';

export { displayValue };

export interface TDataTableProps<TRow> {
  /** The table's caption (tabellrubrik); also the downloaded file's title. */
  caption: string;
  columns: TDataColumn<TRow>[];
  rows: TRow[];
  /** Rows under the body that are never sorted: totals, distribution rows. */
  footRows?: TRow[];
  rowKey: (row: TRow) => string;
  /** Text shown in the table when there are no rows, with what to do. */
  emptyText?: string;
  /** Off when the surrounding component shows the download buttons itself. */
  downloads?: boolean;
  /** Hides the caption visually when a heading right above already says it. */
  captionHidden?: boolean;
  /**
   * Receives the table's download (rows in the order shown, text as shown), for a surrounding
   * component that shows the download buttons itself.
   */
  exporter?: RefObject<(() => TExportTable) | null>;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/**
 * A sortable table (sorterbar tabell) on Designsystemet's Table: caption, column and row headers
 * with scope, grouped headers, numbers right-aligned, and "Ladda ner CSV/Excel" under it.
 */
export function DataTable<TRow>({
  caption,
  columns,
  rows,
  footRows = [],
  rowKey,
  emptyText = 'Det finns inga uppgifter att visa för den här perioden.',
  downloads = true,
  captionHidden = false,
  exporter,
}: TDataTableProps<TRow>) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const columnDefs = useMemo<ColumnDef<TRow>[]>(
    () =>
      columns.map((column) => ({
        id: column.id,
        accessorFn: (row: TRow) => column.value(row),
        enableSorting: column.sortable !== false,
        sortingFn: (a, b, id) => compareValues(a.getValue(id), b.getValue(id)),
      })),
    [columns],
  );
  const table = useReactTable({
    data: rows,
    columns: columnDefs,
    state: { sorting },
    onSortingChange: setSorting,
    // react-table sorts numbers largest-first on the first click; readers expect ascending first.
    sortDescFirst: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => rowKey(row),
  });
  const grouped = columns.some((column) => column.group);
  const scroll = useHorizontalOverflow<HTMLDivElement>();
  const sortedRows = table.getRowModel().rows.map((row) => row.original);
  const exportTable = () =>
    toExportTable(caption, columns, sortedRows, footRows, {
      rowKey,
      shownText: readShownText(scroll.ref.current),
    });
  useEffect(() => {
    if (exporter) exporter.current = exportTable;
  });

  const firstId = columns[0]?.id;
  const headerCell = (column: TDataColumn<TRow>, rowSpan?: number) => {
    const tableColumn = table.getColumn(column.id);
    const canSort = Boolean(tableColumn?.getCanSort()) && rows.length > 1;
    const direction = tableColumn?.getIsSorted();
    return (
      <Table.HeaderCell
        key={column.id}
        scope="col"
        rowSpan={rowSpan}
        className={cellClass(column, column.id === firstId)}
        sort={canSort ? (direction ? ARIA_SORT[direction] : 'none') : undefined}
        onClick={canSort ? tableColumn?.getToggleSortingHandler() : undefined}
      >
        {column.group && !rowSpan ? <span className="visually-hidden">{column.group} </span> : null}
        {column.header}
      </Table.HeaderCell>
    );
  };

  return (
    <div className="data-table">
      {scroll.overflowing ? (
        <p className="data-table__scroll-hint" aria-hidden="true">
          Tabellen är bredare än skärmen: svep eller rulla i sidled för fler kolumner.
        </p>
      ) : null}
      <div
        ref={scroll.ref}
        className={[
          'data-table__scroll',
          scroll.overflowing ? 'data-table__scroll--overflowing' : '',
          scroll.moreToTheRight ? 'data-table__scroll--more' : '',
        ]
          .filter(Boolean)
          .join(' ')}
        {...(scroll.overflowing
          ? { tabIndex: 0, role: 'region', 'aria-label': `${caption} (rulla i sidled)` }
          : {})}
      >
        <Table zebra border data-size="sm" className="data-table__table">
          <caption className={captionHidden ? 'visually-hidden' : 'data-table__caption'}>
            {caption}
          </caption>
          <Table.Head>
            {grouped ? (
              <>
                <Table.Row>
                  {groupRuns(columns).map((run) =>
                    run.group ? (
                      <Table.HeaderCell
                        key={`group-${run.columns[0]!.id}`}
                        scope="colgroup"
                        colSpan={run.columns.length}
                        className="data-table__group"
                      >
                        {run.group}
                      </Table.HeaderCell>
                    ) : (
                      run.columns.map((column) => headerCell(column, 2))
                    ),
                  )}
                </Table.Row>
                <Table.Row>
                  {columns.filter((column) => column.group).map((column) => headerCell(column))}
                </Table.Row>
              </>
            ) : (
              <Table.Row>{columns.map((column) => headerCell(column))}</Table.Row>
            )}
          </Table.Head>
          <Table.Body>
            {sortedRows.length === 0 ? (
              <Table.Row>
                <Table.Cell colSpan={columns.length}>{emptyText}</Table.Cell>
              </Table.Row>
            ) : (
              sortedRows.map((row) => (
                <BodyRow key={rowKey(row)} rowKey={rowKey(row)} row={row} columns={columns} />
              ))
            )}
          </Table.Body>
          {footRows.length > 0 ? (
            <Table.Foot>
              {footRows.map((row) => (
                <BodyRow key={rowKey(row)} rowKey={rowKey(row)} row={row} columns={columns} />
              ))}
            </Table.Foot>
          ) : null}
        </Table>
      </div>
      {downloads && rows.length + footRows.length > 0 ? (
        <DownloadButtons table={exportTable} />
      ) : null}
    </div>
  );
}

function BodyRow<TRow>({
  row,
  rowKey,
  columns,
}: {
  row: TRow;
  rowKey: string;
  columns: TDataColumn<TRow>[];
}) {
  return (
    <Table.Row data-row-key={rowKey}>
      {columns.map((column, index) => {
        const className = cellClass(column, index === 0);
        const content: ReactNode = column.cell
          ? column.cell(row)
          : displayValue(column.value(row), column.kind ?? 'text');
        return column.rowHeader ? (
          <Table.HeaderCell
            key={column.id}
            scope="row"
            className={className}
            data-column-id={column.id}
          >
            {content}
          </Table.HeaderCell>
        ) : (
          <Table.Cell key={column.id} className={className} data-column-id={column.id}>
            {content}
          </Table.Cell>
        );
      })}
    </Table.Row>
  );
}

/** Numbers right-aligned; the first column (the row's name) stays in view when the table scrolls. */
function cellClass<TRow>(column: TDataColumn<TRow>, first: boolean): string | undefined {
  const classes = [
    column.kind && column.kind !== 'text' ? 'data-table__number' : '',
    first ? 'data-table__sticky' : '',
  ].filter(Boolean);
  return classes.length > 0 ? classes.join(' ') : undefined;
}

function groupRuns<TRow>(columns: TDataColumn<TRow>[]) {
  const runs: { group?: string; columns: TDataColumn<TRow>[] }[] = [];
  for (const column of columns) {
    const last = runs.at(-1);
    if (column.group && last?.group === column.group) last.columns.push(column);
    else runs.push({ group: column.group, columns: [column] });
  }
  return runs;
}

/** Swedish collation for text, numbers by size; rows without a value go after the others. */
function compareValues(a: unknown, b: unknown): number {
  if (a !== null && typeof a === 'object' && 'number' in a) return compareValues(a.number, b);
  if (b !== null && typeof b === 'object' && 'number' in b) return compareValues(a, b.number);
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''), 'sv');
}
