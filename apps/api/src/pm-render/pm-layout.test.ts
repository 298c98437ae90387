import type { TPmColumn, TPmTable } from '@finsam/domain';
import { describe, expect, it } from 'vitest';
import { pm2024H1, table4, table6 } from '@finsam/domain/fixtures/pm-2024h1';
import { pm2024H2 } from './fixtures/pm-2024h2.fixture.ts';
import {
  CONTENT_WIDTH,
  cellNumberKind,
  coverageNotice,
  documentTables,
  headerRows,
  layoutTable,
  sectionOrientation,
  tableCaption,
} from './pm-layout.ts';

const column = (
  key: string,
  group: string | null,
  unit: TPmColumn['unit'] = 'TEXT',
): TPmColumn => ({
  key,
  label: key,
  group,
  unit,
});

describe('tableCaption', () => {
  it.each([
    ['Utfall och budget', 'Tabell 4. Utfall och budget'],
    ['Tabell 4. Utfall och budget', 'Tabell 4. Utfall och budget'],
  ])('%s → %s', (title, caption) => {
    expect(tableCaption({ ...table4, title })).toBe(caption);
  });
});

describe('headerRows', () => {
  it('is one row of labels when no column has a group', () => {
    expect(headerRows([column('a', null), column('b', null)])).toEqual([
      [
        { text: 'a', column: 0, colSpan: 1, rowSpan: 1 },
        { text: 'b', column: 1, colSpan: 1, rowSpan: 1 },
      ],
    ]);
  });

  it('spans a run of one group and lets a column without a group span both rows', () => {
    expect(
      headerRows([
        column('a', null),
        column('b', 'G'),
        column('c', 'G'),
        column('d', 'H'),
        column('e', null),
      ]),
    ).toEqual([
      [
        { text: 'a', column: 0, colSpan: 1, rowSpan: 2 },
        { text: 'G', column: 1, colSpan: 2, rowSpan: 1 },
        { text: 'H', column: 3, colSpan: 1, rowSpan: 1 },
        { text: 'e', column: 4, colSpan: 1, rowSpan: 2 },
      ],
      [
        { text: 'b', column: 1, colSpan: 1, rowSpan: 1 },
        { text: 'c', column: 2, colSpan: 1, rowSpan: 1 },
        { text: 'd', column: 3, colSpan: 1, rowSpan: 1 },
      ],
    ]);
  });

  it('does not join two runs of the same group separated by another column', () => {
    const [top] = headerRows([column('a', 'G'), column('b', null), column('c', 'G')]);
    expect(top?.map((cell) => [cell.text, cell.colSpan])).toEqual([
      ['G', 1],
      ['b', 1],
      ['G', 1],
    ]);
  });

  it('gives Tabell 6 five K/M/S:a groups under the reporting period', () => {
    const [top, bottom] = headerRows(table6.columns);
    expect(top?.map((cell) => cell.colSpan)).toEqual([2, 3, 3, 3, 3, 3]);
    expect(bottom).toHaveLength(17);
  });
});

describe('cellNumberKind', () => {
  it.each([
    ['TSEK', { text: '1 326', value: 1_326_000 }, 'TSEK'],
    ['PERCENT', { text: '72 %', value: 0.72 }, 'PERCENT'],
    ['COUNT', { text: '173', value: 173 }, 'COUNT'],
    ['COUNT', { text: '66 %', value: 0.66 }, 'PERCENT'],
    ['PERCENT', { text: '–', value: null }, null],
    ['TEXT', { text: 'Ja', value: null }, null],
    ['TEXT', { text: '12', value: 12 }, null],
    ['TSEK', { text: '–', value: Number.NaN }, null],
  ] as const)('%s %j → %s', (unit, cell, kind) => {
    expect(cellNumberKind(column('x', null, unit), cell)).toBe(kind);
  });
});

describe('layoutTable', () => {
  const layouts = (tables: TPmTable[]) =>
    tables.map((table) => [table.number, layoutTable(table)] as const);

  it.each(layouts(documentTables(pm2024H1)))(
    'Tabell %i fills the page width exactly',
    (_, layout) => {
      const sum = layout.widths.reduce((total, width) => total + width, 0);
      expect(sum).toBeCloseTo(CONTENT_WIDTH[layout.orientation], 6);
      expect(Math.min(...layout.widths)).toBeGreaterThan(20);
    },
  );

  it('prints Tabell 1–4 in portrait and the wide Tabell 5 and 6 in landscape, at 9 pt', () => {
    expect(
      layouts(documentTables(pm2024H1)).map(([number, layout]) => [
        number,
        layout.orientation,
        layout.fontSize,
      ]),
    ).toEqual([
      [1, 'portrait', 9],
      [2, 'portrait', 9],
      [3, 'portrait', 9],
      [4, 'portrait', 9],
      [5, 'landscape', 9],
      [6, 'landscape', 9],
    ]);
  });

  it('prints the year-end nine-column Tabell 4 in landscape', () => {
    const t4 = documentTables(pm2024H2).find((table) => table.number === 4);
    expect(t4 && layoutTable(t4).orientation).toBe('landscape');
  });

  it('steps the text down when a table does not fit landscape at 9 pt', () => {
    const wide: TPmTable = {
      ...table6,
      columns: [
        ...table6.columns,
        ...table6.columns.slice(2).map((c) => ({ ...c, key: `${c.key}.2` })),
      ],
    };
    const layout = layoutTable(wide);
    expect(layout.orientation).toBe('landscape');
    expect(layout.fontSize).toBeLessThan(9);
  });

  it('gives a long name column the width a figure column does not need', () => {
    const { widths } = layoutTable(table4);
    expect(widths[0]).toBeGreaterThan(2 * (widths[2] ?? 0));
  });
});

describe('sectionOrientation and coverageNotice', () => {
  it('turns a section landscape for its wide table only', () => {
    const bySection = Object.fromEntries(
      pm2024H1.sections.map((section) => [section.id, sectionOrientation(section)]),
    );
    expect(bySection).toMatchObject({
      insatser: 'portrait',
      'utfall-budget': 'portrait',
      kvalitetssakring: 'landscape',
      styrgruppsmoten: 'portrait',
      deltagare: 'landscape',
    });
  });

  it.each([
    [true, null, null],
    [false, '2024Q1', 'Preliminär: underlaget omfattar data till och med Kvartal 1 2024.'],
    [false, null, 'Preliminär: underlaget saknar data för halvåret.'],
  ])('complete %s through %s → %s', (complete, dataThroughPeriod, notice) => {
    expect(coverageNotice({ ...pm2024H1, complete, dataThroughPeriod })).toBe(notice);
  });
});
