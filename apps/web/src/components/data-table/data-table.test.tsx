import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NO_BREAK_SPACE, formatDate } from '@finsam/domain';
import { StatusTag } from '../status/status-tag.tsx';
import { DataTable } from './data-table.tsx';
import type { TDataColumn } from './data-column.ts';

interface TRow {
  name: string;
  outcomeKronor: number;
  ratio: number | null;
}

// 2024-10 PM Tabell 4, three rows (kronor as the seed holds them).
const rows: TRow[] = [
  { name: 'Jobbcentrum', outcomeKronor: 955_000, ratio: 955_000 / 1_326_000 },
  { name: 'Förstudie pilotprojekt', outcomeKronor: 115_000, ratio: null },
  { name: 'Ung Framtid', outcomeKronor: 1_993_000, ratio: 1_993_000 / 2_171_000 },
];
const columns: TDataColumn<TRow>[] = [
  { id: 'name', header: 'Insats', rowHeader: true, value: (row) => row.name },
  {
    id: 'outcome',
    header: 'Utfall TSEK',
    exportHeader: 'Utfall (kr)',
    kind: 'kronor',
    value: (row) => row.outcomeKronor,
  },
  { id: 'ratio', header: 'Förbrukningskvot', kind: 'fraction', value: (row) => row.ratio },
];

function renderTable() {
  render(
    <DataTable
      caption="Utfall och budget"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.name}
    />,
  );
  return screen.getByRole('table', { name: 'Utfall och budget' });
}

const names = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('DataTable', () => {
  it('formats each kind with the domain formatters and shows "–" for no data', () => {
    const table = renderTable();
    const cells = [...within(table).getAllByRole('row')[1]!.querySelectorAll('td')].map(
      (cell) => cell.textContent,
    );
    expect(cells).toEqual(['955', `72${NO_BREAK_SPACE}%`]);
    expect(within(table).getAllByRole('row')[2]!.querySelectorAll('td')[1]!.textContent).toBe('–');
  });

  it('sorts by a column with aria-sort on the header, keeping empty values last', async () => {
    const table = renderTable();
    const header = within(table).getByRole('columnheader', { name: 'Förbrukningskvot' });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(names(table)).toEqual(['Jobbcentrum', 'Ung Framtid', 'Förstudie pilotprojekt']);
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(names(table)[0]).toBe('Förstudie pilotprojekt');
  });

  it('downloads the rows as shown as CSV: kronor unrounded under "(kr)", ratios as percent', async () => {
    const table = renderTable();
    await userEvent.click(
      within(within(table).getByRole('columnheader', { name: 'Insats' })).getByRole('button'),
    );
    const text = await downloadCsv(screen.getByRole('button', { name: 'Ladda ner CSV' }));
    // 955 000 / 1 326 000 = 0,72021… → 72,0 %; 1 993 000 / 2 171 000 = 0,91801… → 91,8 %.
    expect(text).toBe(
      '\uFEFFInsats;Utfall (kr);Förbrukningskvot (%)\r\n' +
        'Förstudie pilotprojekt;115000;\r\n' +
        'Jobbcentrum;955000;72\r\n' +
        'Ung Framtid;1993000;91,8\r\n',
    );
  });

  it('downloads what a cell shows, not its sort key: a colour as its Swedish text, a whole period', async () => {
    // Insatser och måluppfyllelse 2024 H1 (seed): colours sort green → red by a number 0/1/2.
    interface TStatusRow {
      name: string;
      colour: 'GREEN' | 'YELLOW' | null;
      startDate: string;
      endDate: string;
      budgetKronor: number;
    }
    const statusRows: TStatusRow[] = [
      {
        name: 'Jobbcentrum',
        colour: 'YELLOW',
        startDate: '2024-01-01',
        endDate: '2025-12-31',
        budgetKronor: 1_326_000,
      },
      {
        name: 'Ung Framtid',
        colour: 'GREEN',
        startDate: '2023-01-01',
        endDate: '2024-12-31',
        budgetKronor: 2_171_000,
      },
      {
        name: 'Förstudie pilotprojekt',
        colour: null,
        startDate: '2024-03-01',
        endDate: '2024-08-31',
        budgetKronor: 115_500,
      },
    ];
    const order = { GREEN: 0, YELLOW: 1 } as const;
    render(
      <DataTable
        caption="Insatser och måluppfyllelse, Kvartal 1–2 2024"
        rowKey={(row) => row.name}
        rows={statusRows}
        columns={[
          { id: 'name', header: 'Insats', rowHeader: true, value: (row) => row.name },
          {
            id: 'dates',
            header: 'Period',
            value: (row) => row.startDate,
            cell: (row) => `${formatDate(row.startDate)} – ${formatDate(row.endDate)}`,
          },
          {
            id: 'status',
            header: 'I fas med målen',
            value: (row) => (row.colour ? order[row.colour] : null),
            cell: (row) =>
              row.colour ? <StatusTag status={row.colour} /> : <span>Ingen rapport</span>,
          },
          { id: 'budget', header: 'Budget TSEK', kind: 'kronor', value: (row) => row.budgetKronor },
        ]}
      />,
    );
    const table = screen.getByRole('table', {
      name: 'Insatser och måluppfyllelse, Kvartal 1–2 2024',
    });
    await userEvent.click(
      within(within(table).getByRole('columnheader', { name: 'I fas med målen' })).getByRole(
        'button',
      ),
    );
    const text = await downloadCsv(screen.getByRole('button', { name: 'Ladda ner CSV' }));
    expect(text.slice(1).split('\r\n')).toEqual([
      'Insats;Period;I fas med målen;Budget (kr)',
      `Ung Framtid;${formatDate('2023-01-01')} – ${formatDate('2024-12-31')};I fas;2171000`,
      `Jobbcentrum;${formatDate('2024-01-01')} – ${formatDate('2025-12-31')};Håll under uppsikt;1326000`,
      `Förstudie pilotprojekt;${formatDate('2024-03-01')} – ${formatDate('2024-08-31')};Ingen rapport;115500`,
      '',
    ]);
    expect(text).not.toMatch(/;[012];/);
  });
});

/** Clicks a CSV button and returns the file's text as the browser would save it. */
async function downloadCsv(button: HTMLElement): Promise<string> {
  let blob: Blob | undefined;
  const createObjectURL = vi.fn((object: Blob) => {
    blob = object;
    return 'blob:csv';
  });
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  await userEvent.click(button);
  // The file's code loads on the first click (download-buttons.tsx).
  await waitFor(() => expect(click).toHaveBeenCalledOnce());
  click.mockRestore();
  expect(blob!.type).toBe('text/csv;charset=utf-8');
  // ignoreBOM keeps the byte order mark in the text instead of swallowing it.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob!.arrayBuffer());
}
