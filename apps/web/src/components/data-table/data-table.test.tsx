import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NO_BREAK_SPACE } from '@finsam/domain';
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

  it('downloads the rows as shown as CSV with raw values for Swedish Excel', async () => {
    const table = renderTable();
    let blob: Blob | undefined;
    const createObjectURL = vi.fn((object: Blob) => {
      blob = object;
      return 'blob:csv';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('utfall-och-budget.csv');
    });
    await userEvent.click(
      within(within(table).getByRole('columnheader', { name: 'Insats' })).getByRole('button'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Ladda ner CSV' }));
    expect(click).toHaveBeenCalledOnce();
    click.mockRestore();
    expect(blob!.type).toBe('text/csv;charset=utf-8');
    // ignoreBOM keeps the byte order mark in the text instead of swallowing it.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob!.arrayBuffer());
    expect(text).toBe(
      '\uFEFFInsats;Utfall (kr);Förbrukningskvot\r\n' +
        'Förstudie pilotprojekt;115000;\r\n' +
        `Jobbcentrum;955000;${String(955_000 / 1_326_000).replace('.', ',')}\r\n` +
        `Ung Framtid;1993000;${String(1_993_000 / 2_171_000).replace('.', ',')}\r\n`,
    );
  });
});
