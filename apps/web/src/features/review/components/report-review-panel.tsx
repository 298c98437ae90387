import { useEffect, useRef } from 'react';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import {
  formatDateTime,
  formatPeriod,
  NO_DATA,
  ZReturnQuarterlyReportInput,
  type TQuarterlyReport,
  type TReturnQuarterlyReportInput,
} from '@finsam/domain';
import { Form } from '../../../components/form/form.tsx';
import { QueryState } from '../../../components/query/query-state.tsx';
import { REPORT_SECTION_LABEL } from '../../../lib/labels.ts';
import { useReport } from '../api/get-report.ts';
import { useReturnReport } from '../api/return-report.ts';
import { CommentField } from './comment-field.tsx';
import { ScrollArea } from './scroll-area.tsx';

export interface TReviewOutcome {
  report: TQuarterlyReport;
  action: 'approve' | 'return';
}

/**
 * One submitted kvartalsrapport opened for review: every answer with its explanation, then
 * "Godkänn" or "Skicka tillbaka" with the office's comment (required). The heading takes focus
 * when the panel opens.
 */
export function ReportReviewPanel({
  reportId,
  onApprove,
  onReturned,
  onClose,
}: {
  reportId: string;
  onApprove: (report: TQuarterlyReport) => Promise<void>;
  onReturned: (report: TQuarterlyReport) => void;
  onClose: () => void;
}) {
  const report = useReport(reportId);
  return (
    <QueryState query={report} what="rapporten">
      {(data) => (
        <Panel report={data} onApprove={onApprove} onReturned={onReturned} onClose={onClose} />
      )}
    </QueryState>
  );
}

function Panel({
  report,
  onApprove,
  onReturned,
  onClose,
}: {
  report: TQuarterlyReport;
  onApprove: (report: TQuarterlyReport) => Promise<void>;
  onReturned: (report: TQuarterlyReport) => void;
  onClose: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnReport = useReturnReport();
  useEffect(() => headingRef.current?.focus(), [report.id]);
  const period = formatPeriod(`${report.year}Q${report.quarter}`);
  const title = `${report.interventionName}, ${period.toLowerCase()}`;
  const headingId = `review-${report.id}`;
  return (
    <section aria-labelledby={headingId} className="review-card review-panel">
      <Heading level={3} data-size="sm" id={headingId} ref={headingRef} tabIndex={-1}>
        Granska: {title}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        Inskickad {formatDateTime(report.submittedAt)}
        {report.submittedBy ? ` av ${report.submittedBy.name}` : ''}.
        {report.officeComment ? ` Tidigare kommentar från kansliet: ${report.officeComment}` : ''}
      </Paragraph>
      <ScrollArea label={'Svar i rapporten'}>
        <Table data-size="sm" className="data-table__table">
          <caption className="data-table__caption">Svar i rapporten</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">Fråga</Table.HeaderCell>
              <Table.HeaderCell scope="col">Avsnitt</Table.HeaderCell>
              <Table.HeaderCell scope="col">Svar</Table.HeaderCell>
              <Table.HeaderCell scope="col">Förklaring</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {report.questions.map((question) => {
              const answer = report.answers[question.key];
              return (
                <Table.Row key={question.key}>
                  <Table.HeaderCell scope="row">{question.label}</Table.HeaderCell>
                  <Table.Cell>
                    {REPORT_SECTION_LABEL[question.section] ?? question.section}
                  </Table.Cell>
                  <Table.Cell>{answer?.value ?? NO_DATA}</Table.Cell>
                  <Table.Cell>{answer?.text ?? NO_DATA}</Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </ScrollArea>
      {report.comment ? (
        <Paragraph>
          <strong>Insatsens sammanfattning:</strong> {report.comment}
        </Paragraph>
      ) : null}
      <div className="review-panel__actions">
        <Button type="button" onClick={() => void onApprove(report)}>
          Godkänn rapporten
        </Button>
        <Button type="button" variant="tertiary" onClick={onClose}>
          Stäng
        </Button>
      </div>
      <Heading level={4} data-size="2xs" id={`${headingId}-return`}>
        Skicka tillbaka för komplettering
      </Heading>
      <Form
        schema={ZReturnQuarterlyReportInput}
        defaultValues={{ version: report.version, comment: '' }}
        submitLabel="Skicka tillbaka"
        pendingLabel="Skickar tillbaka …"
        aria-labelledby={`${headingId}-return`}
        onSubmit={async (values) => {
          const returned = await returnReport.mutateAsync({
            id: report.id,
            input: { ...values, version: report.version },
          });
          onReturned(returned);
        }}
      >
        <CommentField<TReturnQuarterlyReportInput>
          name="comment"
          label="Kommentar till insatsen"
          description="Vad behöver kompletteras? Insatsen ser kommentaren först i sin rapport."
        />
      </Form>
    </section>
  );
}
