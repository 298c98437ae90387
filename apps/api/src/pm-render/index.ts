import type { TPmDocument } from '@finsam/domain';
import { renderPmDocx } from './render-pm-docx.ts';
import { renderPmPdf } from './render-pm-pdf.ts';
import { renderPmXlsx } from './render-pm-xlsx.ts';

/** A file format of the PM: the .pdf, .xlsx and .docx downloads (`GET /api/pm/:period.<format>`). */
export type TPmFileFormat = 'pdf' | 'xlsx' | 'docx';

export interface TPmFile {
  body: Buffer;
  contentType: string;
}

export type TPmRenderer = (document: TPmDocument) => Promise<TPmFile>;

/**
 * The renderers by format (decision 010). Each loads its library (pdfmake, docx, exceljs) with a
 * dynamic `import()` on its first call, so importing this map costs the API's start nothing. The
 * PM routes answer 404 for a format that has no renderer here.
 */
export const pmRenderers: Partial<Record<TPmFileFormat, TPmRenderer>> = {
  pdf: renderPmPdf,
  docx: renderPmDocx,
  xlsx: renderPmXlsx,
};
