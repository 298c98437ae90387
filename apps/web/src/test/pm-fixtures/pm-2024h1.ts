import { pm2024H1 } from '@finsam/domain/fixtures/pm-2024h1';
import { ZPmDocument, type TPmDocument } from '@finsam/domain';

/*
 * The 2024 H1 PM as the API sends it to the office: the shared transcription of the paper
 * (packages/domain/src/pm/fixtures, also used by the renderers' tests) with one paragraph edited —
 * the paper's text is the office's edit of a shorter prefilled sentence, as the PM service would
 * prefill it from the data.
 */

/** The one paragraph the office has edited in the fixture (the paper's text is the edit). */
export const EDITED_BLOCK_ID = 'utfall-budget.5';

const EDITED_PREFILLED = 'Förbrukningskvoten är 90 % eller högre för 9 av 11 insatser med budget.';

export const pm2024H1Document: TPmDocument = ZPmDocument.parse({
  ...pm2024H1,
  generatedAt: '2024-10-10T08:00:00.000Z',
  sections: pm2024H1.sections.map((section) => ({
    ...section,
    blocks: section.blocks.map((block) =>
      block.kind === 'PARAGRAPH' && block.id === EDITED_BLOCK_ID
        ? { ...block, prefilled: EDITED_PREFILLED, edited: true }
        : block,
    ),
  })),
});
