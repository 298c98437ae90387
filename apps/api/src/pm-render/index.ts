import type { TPmDocument } from '@finsam/domain';

/** A file format of the PM: the .pdf, .xlsx and .docx downloads (`GET /api/pm/:period.<format>`). */
export type TPmFileFormat = 'pdf' | 'xlsx' | 'docx';

export interface TPmFile {
  body: Buffer;
  contentType: string;
}

export type TPmRenderer = (document: TPmDocument) => Promise<TPmFile>;

/**
 * The renderers by format, filled in by the render modules beside this file. The PM routes answer
 * 404 for a format that has no renderer here.
 */
export const pmRenderers: Partial<Record<TPmFileFormat, TPmRenderer>> = {};
