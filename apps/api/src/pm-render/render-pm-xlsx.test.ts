import type { TPmRow } from '@finsam/domain';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { pm2024H1 } from '@finsam/domain/fixtures/pm-2024h1';
import { pm2024H2 } from './fixtures/pm-2024h2.fixture.ts';
import { pmRenderers } from './index.ts';
import { cellNumberKind, cellOf, documentTables, headerRows, tableCaption } from './pm-layout.ts';
import { renderPmXlsx, XLSX_FORMATS } from './render-pm-xlsx.ts';

/*
 * The workbook read back with exceljs: the "PM" sheet and a sheet per table, header rows with
 * merged group cells, and every cell of every table either the number behind the printed text in
 * the format that prints it (TSEK as value/1000 in #,##0, shares as fractions in 0 %) or the text.
 */

async function read(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** Rows of a table sheet as the renderer lays them out: caption, blank, headers, body, notes. */
const FIRST_HEADER_ROW = 3;

describe('renderPmXlsx: the 2024 H1 PM', () => {
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const file = await renderPmXlsx(pm2024H1);
    expect(file.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    workbook = await read(file.body);
  }, 30_000);

  it('has the sheet "PM" and one sheet per table', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'PM',
      'Tabell 1',
      'Tabell 2',
      'Tabell 3',
      'Tabell 4',
      'Tabell 5',
      'Tabell 6',
    ]);
  });

  it('puts the title, the headings and the paragraphs on "PM", with a link to each table', () => {
    const sheet = workbook.getWorksheet('PM');
    const texts: string[] = [];
    sheet?.eachRow((row) => {
      const value = row.getCell(1).value;
      texts.push(
        typeof value === 'object' && value && 'text' in value ? String(value.text) : String(value),
      );
    });
    expect(texts.slice(0, 2)).toEqual([pm2024H1.title, pm2024H1.subtitle]);
    expect(texts).toContain('Sammanfattning och reflektioner');
    expect(texts).toContain('Inga avvikelser har inkommit under perioden.');
    expect(texts).toContain('Tabell 4. Utfall och budget – se bladet "Tabell 4"');
  });

  it('writes every cell of every table as its number in the printed format, or as its text', () => {
    for (const table of documentTables(pm2024H1)) {
      const sheet = workbook.getWorksheet(`Tabell ${table.number}`);
      if (!sheet) throw new Error(`Tabell ${table.number} missing`);
      expect(sheet.getCell(1, 1).value).toBe(tableCaption(table));

      const header = headerRows(table.columns);
      header.forEach((cells, index) => {
        for (const cell of cells) {
          expect(sheet.getCell(FIRST_HEADER_ROW + index, cell.column + 1).value).toBe(cell.text);
          if (cell.colSpan > 1 || cell.rowSpan > 1) {
            const last = sheet.getCell(
              FIRST_HEADER_ROW + index + cell.rowSpan - 1,
              cell.column + cell.colSpan,
            );
            expect(last.isMerged).toBe(true);
            expect(last.master.address).toBe(
              sheet.getCell(FIRST_HEADER_ROW + index, cell.column + 1).address,
            );
          }
        }
      });

      let rowNumber = FIRST_HEADER_ROW + header.length;
      const check = (row: TPmRow) => {
        table.columns.forEach((column, index) => {
          const source = cellOf(row.cells, column);
          const written = sheet.getCell(rowNumber, index + 1);
          const kind = cellNumberKind(column, source);
          if (kind && source.value !== null) {
            expect(written.value).toBeCloseTo(
              kind === 'TSEK' ? source.value / 1000 : source.value,
              9,
            );
            expect(written.numFmt).toBe(XLSX_FORMATS[kind]);
          } else if (column.unit === 'DATE') {
            expect((written.value as Date).toISOString().slice(0, 10)).toBe(source.text);
            expect(written.numFmt).toBe('yyyy-mm-dd');
          } else {
            expect(written.value).toBe(source.text === '' ? null : source.text);
          }
          expect(Boolean(written.font?.bold)).toBe(row.emphasis);
        });
        rowNumber += 1;
      };
      for (const group of table.groups) {
        if (group.label) {
          expect(sheet.getCell(rowNumber, 1).value).toBe(group.label);
          expect(sheet.getCell(rowNumber, table.columns.length).isMerged).toBe(true);
          rowNumber += 1;
        }
        group.rows.forEach(check);
      }
      table.footerRows.forEach(check);
      table.notes.forEach((note, index) =>
        expect(sheet.getCell(rowNumber + 1 + index, 1).value).toBe(note),
      );
    }
  });

  it('keeps full precision behind the printed TSEK, shares and counts (Tabell 4, Tabell 6)', () => {
    const t4 = workbook.getWorksheet('Tabell 4');
    // Row 5: Jobbcentrum, 955 076 kr utfall of 1 326 000 kr, printed 955 / 1 326 / 72 %.
    expect(t4?.getCell('A5').value).toBe('Jobbcentrum - Din väg fram');
    expect(t4?.getCell('C5').value).toBe(955.076);
    expect(t4?.getCell('C5').numFmt).toBe('#,##0');
    expect(t4?.getCell('D5').value).toBe(1326);
    expect(t4?.getCell('E5').value).toBeCloseTo(955_076 / 1_326_000, 12);
    expect(t4?.getCell('E5').numFmt).toBe('0 %');
    expect(t4?.getCell('E5').fill).toMatchObject({ fgColor: { argb: 'FFFFF1B8' } });
    const forstudie = [5, 6, 7, 8, 9, 10, 11, 12, 13].find(
      (row) => t4?.getCell(row, 1).value === 'Förstudie pilotprojekt',
    );
    expect(t4?.getCell(forstudie ?? 0, 5).value).toBe('–');

    const t6 = workbook.getWorksheet('Tabell 6');
    expect(t6?.getCell('C3').value).toBe('Inregistrerade perioden jan-juni');
    expect(t6?.getCell('E3').isMerged).toBe(true);
    expect(t6?.getCell('D4').value).toBe('M');
    expect(t6?.getCell('A13').value).toBe('Totalt');
    expect(t6?.getCell('E13').value).toBe(262);
    expect(t6?.getCell('E13').numFmt).toBe('#,##0');
    expect(t6?.getCell('A14').value).toBe('Fördelning kvinnor/män');
    expect(t6?.getCell('C14').value).toBeCloseTo(173 / 262, 12);
    expect(t6?.getCell('C14').numFmt).toBe('0 %');
  });
});

describe('renderPmXlsx: the year-end PM', () => {
  it('writes the nine-column Tabell 4 with both merged groups', async () => {
    expect(pmRenderers.xlsx).toBe(renderPmXlsx);
    const workbook = await read((await renderPmXlsx(pm2024H2)).body);
    const t4 = workbook.getWorksheet('Tabell 4');
    expect(t4?.getCell('C3').value).toBe('Q3 - Q4 2024');
    expect(t4?.getCell('F3').value).toBe('Helår 2024 t.o.m. Q4');
    expect(t4?.getCell('H3').master.address).toBe('F3');
    expect(t4?.getCell('G4').value).toBe('Justerad budget TSEK');
    expect(t4?.getCell('G5').value).toBe(2652);
    expect(t4?.getCell('H5').numFmt).toBe('0 %');
  }, 30_000);
});
