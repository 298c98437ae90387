import {
  ZPmList,
  ZPmPublication,
  ZPmView,
  type TPmDocument,
  type TPmPublication,
  type TPmView,
} from '@finsam/domain';
import { pm2024H1Document } from './pm-2024h1.ts';

export { EDITED_BLOCK_ID, pm2024H1Document } from './pm-2024h1.ts';

/** The office's GET /api/pm/2024H1: the live document, texts at version 3, one publication. */
export function pmView(overrides: Partial<TPmView> & { document?: TPmDocument } = {}): TPmView {
  return ZPmView.parse({
    document: pm2024H1Document,
    textsVersion: 3,
    publications: [publicationSummary(1)],
    ...overrides,
  });
}

export function publicationSummary(version: number) {
  const { document, ...summary } = pmPublication(version);
  return { ...summary, title: document.title, subtitle: document.subtitle };
}

/** A frozen version of the 2024 H1 PM, published by the office. */
export function pmPublication(version: number): TPmPublication {
  return ZPmPublication.parse({
    id: `pm-2024H1-v${version}`,
    period: '2024H1',
    version,
    publishedAt: `2024-10-1${version}T09:30:00.000Z`,
    publishedBy: 'Kansli Demo',
    document: pm2024H1Document,
  });
}

/** GET /api/pm: the published PMs, newest period first, newest version first. */
export const pmList = ZPmList.parse({
  publications: [publicationSummary(2), publicationSummary(1)],
});
