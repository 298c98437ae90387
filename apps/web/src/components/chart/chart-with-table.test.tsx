import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatPeriod } from '@finsam/domain';
import { ChartWithTable } from './chart-with-table.tsx';

interface TPoint {
  period: string;
  outcomeKronor: number;
  ratio: number;
}

// Insats En väg in – steget vidare, utfall per halvår (seed, kronor).
const points: TPoint[] = [
  { period: '2023H2', outcomeKronor: 712_431, ratio: 712_431 / 800_000 },
  { period: '2024H1', outcomeKronor: 655_102, ratio: 655_102 / 700_000 },
];

describe('ChartWithTable', () => {
  it('downloads from the chart view what the table shows: "Kvartal 1–2 2024", not "2024H1"', async () => {
    render(
      <ChartWithTable
        title="Utfall per halvår"
        chartLabel="Stapeldiagram: utfall per halvår i TSEK"
        chart={<svg />}
        table={{
          caption: 'Utfall per halvår',
          rowKey: (point) => point.period,
          rows: points,
          columns: [
            {
              id: 'period',
              header: 'Period',
              rowHeader: true,
              value: (point) => point.period,
              cell: (point) => formatPeriod(point.period),
            },
            {
              id: 'outcome',
              header: 'Utfall TSEK',
              kind: 'kronor',
              value: (point) => point.outcomeKronor,
            },
            { id: 'ratio', header: 'Förbrukning', kind: 'fraction', value: (point) => point.ratio },
          ],
        }}
      />,
    );
    // The chart view: the table is not shown (nor in the accessibility tree).
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    let blob: Blob | undefined;
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (object: Blob) => {
          blob = object;
          return 'blob:csv';
        },
        revokeObjectURL: () => {},
      }),
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await userEvent.click(screen.getByRole('button', { name: 'Ladda ner CSV' }));
    click.mockRestore();
    const text = new TextDecoder().decode(await blob!.arrayBuffer());
    // 712 431 / 800 000 = 89,05…% → 89,1; 655 102 / 700 000 = 93,586…% → 93,6.
    expect(text.split('\r\n')).toEqual([
      'Period;Utfall (kr);Förbrukning (%)',
      `${formatPeriod('2023H2')};712431;89,1`,
      `${formatPeriod('2024H1')};655102;93,6`,
      '',
    ]);
    expect(formatPeriod('2024H1')).toBe('Kvartal 1–2 2024');
  });
});
