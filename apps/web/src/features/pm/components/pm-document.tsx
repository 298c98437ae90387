import type { ReactNode } from 'react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TPmDocument, TPmParagraphBlock, TPmSection } from '@finsam/domain';
import { halfYearLabel } from './pm-periods.ts';
import { PmTable } from './pm-table.tsx';
import './pm.css';

/** "kvartal 1 2024" for '2024Q1'; the PM's coverage sentence. */
function quarterText(period: string): string {
  const match = /^(\d{4})Q([1-4])$/.exec(period);
  return match ? `kvartal ${match[2]} ${match[1]}` : period;
}

export interface TPmDocumentProps {
  document: TPmDocument;
  /** 1 on a page of its own (a published version); 2 under the office's page heading. */
  titleLevel: 1 | 2;
  /** The office's editor of a paragraph; without it paragraphs are read-only text. */
  renderParagraph?: (block: TPmParagraphBlock, section: TPmSection, index: number) => ReactNode;
}

/**
 * The PM rendered as the document it prints as: title, subtitle, "Data t.o.m. …" when the
 * half-year's last quarter has no data yet, every section with its heading (chapters one level
 * under the title, their parts one more), paragraphs and tables in the papers' order.
 */
export function PmDocument({ document, titleLevel, renderParagraph }: TPmDocumentProps) {
  const offset = titleLevel - 1;
  return (
    <article className="pm-document" aria-labelledby="pm-document-title">
      <header className="pm-document__header">
        <Heading level={titleLevel} data-size="lg" id="pm-document-title">
          {document.title}
        </Heading>
        <Paragraph data-size="lg" className="pm-document__subtitle">
          {document.subtitle || halfYearLabel(document.period)}
        </Paragraph>
        {!document.complete && document.dataThroughPeriod ? (
          <Paragraph className="pm-document__coverage">
            Data t.o.m. {quarterText(document.dataThroughPeriod)}. Siffrorna gäller till och med det
            som är registrerat; senare kvartal räknas inte som 0.
          </Paragraph>
        ) : null}
      </header>
      {document.sections.map((section) => {
        let paragraphIndex = 0;
        return (
          <section
            key={section.id}
            className={`pm-section pm-section--level-${section.level}`}
            aria-labelledby={`pm-section-${section.id}`}
          >
            <Heading
              level={(section.level + offset) as 2 | 3 | 4}
              data-size={section.level === 2 ? 'md' : 'sm'}
              id={`pm-section-${section.id}`}
              className="pm-section__heading"
            >
              {section.heading}
            </Heading>
            {section.blocks.map((block) => {
              if (block.kind === 'TABLE')
                return <PmTable key={`table-${block.table.number}`} table={block.table} />;
              paragraphIndex += 1;
              return renderParagraph ? (
                <div key={block.id}>{renderParagraph(block, section, paragraphIndex)}</div>
              ) : (
                <Paragraph key={block.id} className="pm-paragraph">
                  {block.text}
                </Paragraph>
              );
            })}
          </section>
        );
      })}
    </article>
  );
}
