import type { TPmCell, TPmColumn, TPmDocument, TPmRow, TPmTable } from '@finsam/domain';
import type { Cell, Worksheet } from 'exceljs';
import type { TPmFile } from './index.ts';
import {
  CELL_FILL,
  GROUP_FILL,
  HEADER_FILL,
  cellNumberKind,
  cellOf,
  coverageNotice,
  headerRows,
  isFigureColumn,
  tableCaption,
} from './pm-layout.ts';

/*
 * The PM as an Excel workbook with exceljs: a first sheet "PM" with the title and the texts, then
 * one sheet per table ("Tabell 1" … "Tabell 6"). Figures are numbers, not text, formatted to show
 * what the PM prints (decision 010): TSEK as value/1000 in `#,##0` (Swedish Excel shows "1 326")
 * with the full precision kept, a ratio or share as the fraction in `0 %`, a count in `#,##0`.
 */

const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Number formats as stored in the file (the locale-neutral codes; Excel shows local separators). */
export const XLSX_FORMATS = {
  TSEK: '#,##0',
  PERCENT: '0 %',
  COUNT: '#,##0',
  DATE: 'yyyy-mm-dd',
} as const;

const argb = (hex: string) => `FF${hex}`;
const solid = (hex: string) => ({
  type: 'pattern' as const,
  pattern: 'solid' as const,
  fgColor: { argb: argb(hex) },
});
const THIN = { style: 'thin' as const, color: { argb: 'FF8A94A6' } };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Writes one PM cell: a number in its format where it is a figure, else the printed text. */
function writeCell(target: Cell, column: TPmColumn, cell: TPmCell): void {
  const kind = cellNumberKind(column, cell);
  if (kind !== null && cell.value !== null) {
    target.value = kind === 'TSEK' ? cell.value / 1000 : cell.value;
    target.numFmt = XLSX_FORMATS[kind];
    return;
  }
  const date = column.unit === 'DATE' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell.text) : null;
  if (date) {
    target.value = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
    target.numFmt = XLSX_FORMATS.DATE;
    return;
  }
  target.value = cell.text === '' ? null : cell.text;
}

function columnWidth(table: TPmTable, column: TPmColumn): number {
  const texts = [...table.groups.flatMap((group) => group.rows), ...table.footerRows].map(
    (row) => cellOf(row.cells, column).text,
  );
  const longest = Math.max(
    ...texts.map((text) => text.length),
    ...column.label.split(/\s+/).map((word) => word.length),
  );
  return Math.min(Math.max(longest + 2, isFigureColumn(column) ? 7 : 8), 60);
}

function writeTableSheet(sheet: Worksheet, table: TPmTable): void {
  const count = table.columns.length;
  sheet.getCell(1, 1).value = tableCaption(table);
  sheet.getCell(1, 1).font = { bold: true, size: 13 };

  const header = headerRows(table.columns);
  const firstHeaderRow = 3;
  header.forEach((cells, index) => {
    const rowNumber = firstHeaderRow + index;
    for (const cell of cells) {
      const column = cell.column + 1;
      const target = sheet.getCell(rowNumber, column);
      target.value = cell.text;
      if (cell.colSpan > 1 || cell.rowSpan > 1) {
        sheet.mergeCells(
          rowNumber,
          column,
          rowNumber + cell.rowSpan - 1,
          column + cell.colSpan - 1,
        );
      }
    }
    for (let column = 1; column <= count; column += 1) {
      const target = sheet.getCell(rowNumber, column);
      const spansGroup =
        header.length > 1 &&
        index === 0 &&
        !cells.some((cell) => cell.column === column - 1 && cell.rowSpan > 1);
      const tableColumn = table.columns[column - 1];
      target.font = { bold: true };
      target.fill = solid(HEADER_FILL);
      target.border = BOX;
      target.alignment = {
        wrapText: true,
        vertical: 'bottom',
        horizontal: spansGroup
          ? 'center'
          : tableColumn && isFigureColumn(tableColumn)
            ? 'right'
            : 'left',
      };
    }
  });
  let rowNumber = firstHeaderRow + header.length;
  // Headers stay in view while scrolling, like the repeated header rows on paper.
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: rowNumber - 1 }];

  const writeRow = (row: TPmRow) => {
    table.columns.forEach((column, index) => {
      const target = sheet.getCell(rowNumber, index + 1);
      const cell = cellOf(row.cells, column);
      writeCell(target, column, cell);
      target.border = BOX;
      if (row.emphasis) target.font = { bold: true };
      if (cell.colour) target.fill = solid(CELL_FILL[cell.colour]);
      target.alignment = {
        horizontal: isFigureColumn(column) ? 'right' : 'left',
        vertical: 'top',
        wrapText: !isFigureColumn(column),
      };
    });
    rowNumber += 1;
  };

  for (const group of table.groups) {
    if (group.label) {
      const target = sheet.getCell(rowNumber, 1);
      target.value = group.label;
      sheet.mergeCells(rowNumber, 1, rowNumber, count);
      target.font = { bold: true, italic: true };
      target.fill = solid(GROUP_FILL);
      target.border = BOX;
      rowNumber += 1;
    }
    group.rows.forEach(writeRow);
  }
  table.footerRows.forEach(writeRow);

  rowNumber += 1;
  for (const note of table.notes) {
    const target = sheet.getCell(rowNumber, 1);
    target.value = note;
    target.font = { italic: true, size: 9 };
    rowNumber += 1;
  }
  table.columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = columnWidth(table, column);
  });
}

/** The PM as .xlsx. exceljs is loaded on the first call, not at API start. */
export async function renderPmXlsx(document: TPmDocument): Promise<TPmFile> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = document.federationName;
  workbook.title = `${document.title} – ${document.subtitle}`;
  workbook.created = new Date(document.generatedAt);

  const pm = workbook.addWorksheet('PM', { properties: { defaultColWidth: 12 } });
  pm.getColumn(1).width = 110;
  const add = (value: string, font: Partial<Cell['font']> = {}, wrap = true) => {
    const row = pm.addRow([value]);
    const cell = row.getCell(1);
    cell.font = font;
    cell.alignment = { wrapText: wrap, vertical: 'top' };
    return cell;
  };
  add(document.title, { bold: true, size: 16 });
  add(document.subtitle, { size: 13 });
  add(document.federationName, { size: 10 });
  const notice = coverageNotice(document);
  if (notice) add(notice, { bold: true });

  const tables: TPmTable[] = [];
  for (const section of document.sections) {
    pm.addRow([]);
    add(section.heading, { bold: true, size: section.level === 2 ? 13 : 11 });
    for (const block of section.blocks) {
      if (block.kind === 'PARAGRAPH') {
        add(block.text);
        continue;
      }
      tables.push(block.table);
      const sheetName = `Tabell ${block.table.number}`;
      const cell = add(
        `${tableCaption(block.table)} – se bladet "${sheetName}"`,
        { italic: true, underline: true, color: { argb: 'FF1F4E99' } },
        false,
      );
      // A link to the table's own sheet.
      cell.value = { text: String(cell.value), hyperlink: `#'${sheetName}'!A1` };
    }
  }

  for (const table of tables)
    writeTableSheet(workbook.addWorksheet(`Tabell ${table.number}`), table);

  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { body, contentType: XLSX_CONTENT_TYPE };
}
