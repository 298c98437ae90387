import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toXlsx } from './to-xlsx.ts';

describe('toXlsx', () => {
  it('writes a real workbook with numbers as numeric cells, formatted as kronor and percent', async () => {
    const bytes = await toXlsx({
      title: 'Utfall och budget per insats, Kvartal 1–2 2024',
      columns: [
        { header: 'Insats', kind: 'text' },
        { header: 'Utfall (kr)', kind: 'kronor' },
        { header: 'Förbrukningskvot', kind: 'fraction' },
      ],
      rows: [
        ['Jobbcentrum', 955_312, 0.7203],
        ['Förstudie pilotprojekt', 115_000, null],
      ],
    });
    // An .xlsx is a zip file: "PK".
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('Utfall och budget per insats, Kvartal 1–2 2024');
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'Insats',
      'Utfall (kr)',
      'Förbrukningskvot',
    ]);
    expect(sheet.getCell('B3').value).toBe(955_312);
    expect(sheet.getCell('B3').numFmt).toBe('#,##0');
    expect(sheet.getCell('C3').value).toBe(0.7203);
    expect(sheet.getCell('C3').numFmt).toBe('0%');
    expect(sheet.getCell('C4').value).toBeNull();
  });
});
