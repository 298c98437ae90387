import type { TExportKind, TExportTable } from './export-table.ts';

/** Excel number formats per kind: the cell holds the number, the format only shows it. */
const NUMBER_FORMATS: Record<TExportKind, string | undefined> = {
  text: undefined,
  kronor: '#,##0',
  count: '0',
  fraction: '0%',
};

/**
 * The table as a real .xlsx workbook (bytes). exceljs is large, so it is imported on first use
 * only and stays out of the main bundle. Numbers are numeric cells: kronor unrounded, a fraction
 * as the unrounded ratio in a percent format, so the sheet shows "72 %" as the page does and
 * computes with the exact value.
 */
export async function toXlsx(table: TExportTable): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Finsam Uppföljning';
  // Sheet names are limited to 31 characters and may not contain []:*?/\
  const sheet = workbook.addWorksheet(
    table.title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Tabell',
  );
  sheet.addRow([table.title]).font = { bold: true, size: 13 };
  const header = sheet.addRow(table.columns.map((column) => column.header));
  header.font = { bold: true };
  table.columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    const format = NUMBER_FORMATS[column.kind];
    if (format) sheetColumn.numFmt = format;
    sheetColumn.width = Math.min(48, Math.max(12, column.header.length + 2));
  });
  for (const values of table.rows) {
    const row = sheet.addRow(
      values.map((value) => (value !== null && typeof value === 'object' ? value.number : value)),
    );
    values.forEach((value, index) => {
      const own =
        value !== null && typeof value === 'object' ? NUMBER_FORMATS[value.kind] : undefined;
      if (own) row.getCell(index + 1).numFmt = own;
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
