import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { TReportFormValues, TReportQuestion, TReportSection } from '@finsam/domain';
import { REPORT_SECTION_LABEL } from '../../../lib/labels.ts';
import { questionLabel } from './section-questions.tsx';

const SECTIONS: TReportSection[] = ['GOALS', 'CONDITIONS', 'QUALITY'];

/** The whole report read-only, per section: what "Granska och skicka" and the receipt show. */
export function ReportSummary({
  questions,
  values,
  isFinal,
}: {
  questions: readonly TReportQuestion[];
  values: TReportFormValues;
  isFinal: boolean;
}) {
  return (
    <div className="report-summary">
      {SECTIONS.map((section) => {
        const inSection = questions.filter((question) => question.section === section);
        if (inSection.length === 0) return null;
        return (
          <Table key={section} data-size="sm" className="report-summary-table">
            <caption>{REPORT_SECTION_LABEL[section]}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">Fråga</Table.HeaderCell>
                <Table.HeaderCell scope="col">Svar</Table.HeaderCell>
                <Table.HeaderCell scope="col">Kommentar</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {inSection.map((question) => {
                const answer = values.answers[question.key];
                return (
                  <Table.Row key={question.key}>
                    <Table.HeaderCell scope="row">{questionLabel(question)}</Table.HeaderCell>
                    <Table.Cell>{answer?.value || '–'}</Table.Cell>
                    <Table.Cell>{answer?.text.trim() || ''}</Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        );
      })}
      <Heading level={3} data-size="2xs">
        Sammanfattning
      </Heading>
      <Paragraph>{values.comment.trim() || '–'}</Paragraph>
      {isFinal ? (
        <>
          <Heading level={3} data-size="2xs">
            Slutresultat
          </Heading>
          <Paragraph>{values.finalResults.trim() || '–'}</Paragraph>
          <Heading level={3} data-size="2xs">
            Lärdomar
          </Heading>
          <Paragraph>{values.lessonsLearned.trim() || '–'}</Paragraph>
        </>
      ) : null}
    </div>
  );
}
