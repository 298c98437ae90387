import { Fragment } from 'react';
import type { TPmCell, TPmColumn, TPmRow, TPmTable } from '@finsam/domain';
import { StatusIcon, STATUS_LABEL } from '../../../components/status/status-tag.tsx';
import { useHorizontalOverflow } from '../../../components/data-table/use-horizontal-overflow.ts';

/** A header run: consecutive columns under one group (or one column without a group). */
interface THeaderRun {
  group: string | null;
  columns: TPmColumn[];
}

function headerRuns(columns: TPmColumn[]): THeaderRun[] {
  const runs: THeaderRun[] = [];
  for (const column of columns) {
    const last = runs[runs.length - 1];
    if (last && column.group !== null && last.group === column.group) last.columns.push(column);
    else runs.push({ group: column.group, columns: [column] });
  }
  return runs;
}

/** A header's text with a line-break opportunity after each "/" ("Jämlikhet/jämställdhet"). */
function HeaderText({ text }: { text: string }) {
  const parts = text.split('/');
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {part}
          {index < parts.length - 1 ? (
            <>
              /<wbr />
            </>
          ) : null}
        </Fragment>
      ))}
    </>
  );
}

const isFigure = (column: TPmColumn) =>
  column.unit === 'TSEK' || column.unit === 'PERCENT' || column.unit === 'COUNT';

function cellClass(column: TPmColumn): string {
  if (isFigure(column)) return 'pm-table__figure';
  return column.unit === 'DATE' ? 'pm-table__date' : 'pm-table__text';
}

/** A cell's text; a coloured cell also shows the colour's shape and meaning, never colour alone. */
function CellContent({ cell }: { cell: TPmCell | undefined }) {
  if (!cell) return null;
  if (!cell.colour) return <>{cell.text}</>;
  return (
    <span className={`pm-flag pm-flag--${cell.colour.toLowerCase()}`}>
      <StatusIcon status={cell.colour} />
      <span>{cell.text}</span>
      <span className="pm-flag__meaning">({STATUS_LABEL[cell.colour].toLowerCase()})</span>
    </span>
  );
}

function Row({ row, columns }: { row: TPmRow; columns: TPmColumn[] }) {
  const [first, ...rest] = columns;
  return (
    <tr className={row.emphasis ? 'pm-table__row--emphasis' : undefined}>
      {first ? (
        <th scope="row" className={cellClass(first)}>
          <CellContent cell={row.cells[first.key]} />
        </th>
      ) : null}
      {rest.map((column) => (
        <td key={column.key} className={cellClass(column)}>
          <CellContent cell={row.cells[column.key]} />
        </td>
      ))}
    </tr>
  );
}

/**
 * One of the PM's tables (Tabell 1–6) as a real table: "Tabell N. Title" as its caption, grouped
 * header rows from the columns' `group`, each row's first cell its row header, sub-heading rows
 * per row group, bold total rows last (a tbody, not a tfoot, so print does not repeat them on
 * every page), figures right-aligned, the notes under it. Wider than the screen, it scrolls
 * sideways in a named, focusable region with a visible cue.
 */
export function PmTable({ table }: { table: TPmTable }) {
  const scroll = useHorizontalOverflow<HTMLDivElement>();
  const caption = `Tabell ${table.number}. ${table.title}`;
  const runs = headerRuns(table.columns);
  const grouped = runs.some((run) => run.group !== null);
  const width = table.columns.length;
  const wide = width > 8;
  return (
    <div className={wide ? 'pm-table pm-table--wide' : 'pm-table'}>
      {scroll.overflowing ? (
        <p className="pm-table__scroll-hint" aria-hidden="true">
          Tabellen är bredare än skärmen: svep eller rulla i sidled för fler kolumner.
        </p>
      ) : null}
      <div
        ref={scroll.ref}
        className={[
          'pm-table__scroll',
          scroll.overflowing ? 'pm-table__scroll--overflowing' : '',
          scroll.moreToTheRight ? 'pm-table__scroll--more' : '',
        ]
          .filter(Boolean)
          .join(' ')}
        {...(scroll.overflowing
          ? { tabIndex: 0, role: 'region', 'aria-label': `${caption} (rulla i sidled)` }
          : {})}
      >
        <table className="pm-table__table">
          <caption className="pm-table__caption">{caption}</caption>
          <thead>
            {grouped ? (
              <>
                <tr>
                  {runs.map((run) =>
                    run.group === null ? (
                      <th
                        key={run.columns[0]!.key}
                        scope="col"
                        rowSpan={2}
                        className={cellClass(run.columns[0]!)}
                      >
                        <HeaderText text={run.columns[0]!.label} />
                      </th>
                    ) : (
                      <th
                        key={`${run.group}-${run.columns[0]!.key}`}
                        scope="colgroup"
                        colSpan={run.columns.length}
                        className="pm-table__group"
                      >
                        <HeaderText text={run.group} />
                      </th>
                    ),
                  )}
                </tr>
                <tr>
                  {runs
                    .filter((run) => run.group !== null)
                    .flatMap((run) =>
                      run.columns.map((column) => (
                        <th key={column.key} scope="col" className={cellClass(column)}>
                          <HeaderText text={column.label} />
                        </th>
                      )),
                    )}
                </tr>
              </>
            ) : (
              <tr>
                {table.columns.map((column) => (
                  <th key={column.key} scope="col" className={cellClass(column)}>
                    <HeaderText text={column.label} />
                  </th>
                ))}
              </tr>
            )}
          </thead>
          {table.groups.map((group, index) => (
            <tbody key={group.label ?? `group-${index}`}>
              {group.label ? (
                <tr className="pm-table__subheading">
                  <th scope="rowgroup" colSpan={width}>
                    {group.label}
                  </th>
                </tr>
              ) : null}
              {group.rows.map((row) => (
                <Row key={row.key} row={row} columns={table.columns} />
              ))}
            </tbody>
          ))}
          {table.footerRows.length > 0 ? (
            <tbody className="pm-table__footer">
              {table.footerRows.map((row) => (
                <Row key={row.key} row={row} columns={table.columns} />
              ))}
            </tbody>
          ) : null}
        </table>
      </div>
      {table.notes.map((note) => (
        <p key={note} className="pm-table__note">
          {note}
        </p>
      ))}
    </div>
  );
}
