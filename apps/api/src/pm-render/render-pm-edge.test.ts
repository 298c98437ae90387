import type { TPmDocument } from '@finsam/domain';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { pm2024H1, table4 } from '@finsam/domain/fixtures/pm-2024h1';
import { pmRenderers } from './index.ts';

/*
 * What a live draft may look like before the half-year is complete: a notice instead of the last
 * quarter's data, a table with no rows yet, a row missing a cell, a section with no blocks. Every
 * format still renders, and says it is preliminary.
 */
const draft: TPmDocument = {
  ...structuredClone(pm2024H1),
  complete: false,
  dataThroughPeriod: '2024Q1',
  sections: [
    { id: 'tom', heading: 'Tom sektion', level: 2, blocks: [] },
    {
      id: 'utfall-budget',
      heading: 'Utfall av beviljad budget',
      level: 2,
      blocks: [
        { kind: 'TABLE', table: { ...table4, groups: [{ label: null, rows: [] }], notes: [] } },
        {
          kind: 'TABLE',
          table: {
            ...table4,
            number: 7,
            groups: [
              {
                label: 'Individinsatser',
                rows: [
                  {
                    key: 'x',
                    cells: { name: { text: 'Bara namn', value: null } },
                    emphasis: false,
                  },
                ],
              },
            ],
          },
        },
      ],
    },
  ],
};
const NOTICE = 'Preliminär: underlaget omfattar data till och med Kvartal 1 2024.';

describe('the renderers on an incomplete draft', () => {
  it('render every format with the notice', async () => {
    const pdf = await pmRenderers.pdf?.(draft);
    expect(pdf?.body.subarray(0, 5).toString()).toBe('%PDF-');

    const docx = await pmRenderers.docx?.(draft);
    const xml = await (
      await JSZip.loadAsync(docx?.body ?? Buffer.alloc(0))
    )
      .file('word/document.xml')
      ?.async('string');
    expect(xml).toContain(NOTICE);
    expect(xml).toContain('Bara namn');

    const xlsx = await pmRenderers.xlsx?.(draft);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((xlsx?.body ?? Buffer.alloc(0)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['PM', 'Tabell 4', 'Tabell 7']);
    expect(workbook.getWorksheet('PM')?.getCell('A4').value).toBe(NOTICE);
  }, 30_000);
});
