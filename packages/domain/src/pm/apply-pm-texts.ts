import type { TPmDocument } from '../schemas/pm.ts';

/**
 * The office's edited paragraphs over a generated PM: a paragraph whose id has a stored,
 * non-empty text gets it (`edited` when it differs from the pre-filled one); an empty text, or
 * none, keeps the pre-filled text. Texts for ids the document no longer has are ignored (the
 * data changed: an intervention's paragraph is gone). Returns a new document.
 */
export function applyPmTexts(
  document: TPmDocument,
  texts: Readonly<Record<string, string | undefined>>,
): TPmDocument {
  return {
    ...document,
    sections: document.sections.map((section) => ({
      ...section,
      blocks: section.blocks.map((block) => {
        if (block.kind !== 'PARAGRAPH') return block;
        const stored = texts[block.id];
        const text = stored === undefined || stored.trim() === '' ? block.prefilled : stored;
        return { ...block, text, edited: text !== block.prefilled };
      }),
    })),
  };
}
