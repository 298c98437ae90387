import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { formatDate, formatPeriod, type TReportFormValues } from '@finsam/domain';
import { AppLink } from '../../../components/link/app-link.tsx';
import { QueryState } from '../../../components/query/query-state.tsx';
import { errorMessage } from '../../../lib/api-error.ts';
import { REPORT_STATUS_LABEL } from '../../../lib/labels.ts';
import { PageHeader } from '../../../components/dashboards/page-header.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { useInterventions } from '../../../lib/queries/interventions/get-interventions.ts';
import { useReport } from '../api/get-report.ts';
import { useSubmitReport } from '../api/submit-report.ts';
import { ParticipantsSection } from './participants-section.tsx';
import { ReportForm } from './report-form.tsx';
import { ReportSummary } from './report-summary.tsx';
import { valuesFromReport } from './report-values.ts';

type TStep =
  | { kind: 'form'; values?: TReportFormValues }
  | { kind: 'review'; values: TReportFormValues; version: number };

/**
 * The lead's kvartalsrapport (or slutrapport) for one intervention and quarter: the form while it
 * is a draft or returned, then "Granska och skicka" (the whole report read-only), then a receipt.
 * A submitted or approved report is shown read-only.
 */
export function ReportPage() {
  const { reportId = '' } = useParams();
  const query = useReport(reportId);
  const interventions = useInterventions();
  const submit = useSubmitReport();
  const [step, setStep] = useState<TStep>({ kind: 'form' });
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  // Focus moves to "Granska och skicka" once, when the step opens (not on every re-render).
  useEffect(() => {
    if (step.kind === 'review') reviewHeading.current?.focus();
  }, [step.kind]);
  const title = query.data
    ? `${query.data.isFinal ? 'Slutrapport' : 'Kvartalsrapport'} ${formatPeriod(`${query.data.year}Q${query.data.quarter}`).toLowerCase()} – ${query.data.interventionName}`
    : 'Kvartalsrapport';
  usePageTitle(title);

  return (
    <>
      <PageHeader title={title} lead="Rapporten sparas automatiskt medan du fyller i den." />
      <Paragraph>
        <AppLink to="/mina-insatser">Tillbaka till Mina insatser</AppLink>
      </Paragraph>
      <QueryState query={query} what="rapporten">
        {(report) => {
          const kind = interventions.data?.interventions.find(
            (i) => i.id === report.interventionId,
          )?.kind;
          const editable = report.status === 'DRAFT' || report.status === 'RETURNED';
          const facts = (
            <Paragraph data-size="sm">
              Status: {REPORT_STATUS_LABEL[report.status]}. Sista dag {formatDate(report.dueDate)}
              {report.overdue ? ' (försenad)' : ''}. Frågor från {report.questionSetYear}.
            </Paragraph>
          );
          if (submit.data && submit.data.id === report.id && report.status === 'SUBMITTED') {
            return (
              <section aria-labelledby="receipt-heading">
                <Alert data-color="success" role="status">
                  <Heading level={2} data-size="sm" id="receipt-heading">
                    Rapporten är inskickad
                  </Heading>
                  <Paragraph>
                    Kvittens: {report.interventionName},{' '}
                    {formatPeriod(`${report.year}Q${report.quarter}`).toLowerCase()}, inskickad{' '}
                    {report.submittedAt ? formatDate(report.submittedAt.slice(0, 10)) : ''}
                    {report.submittedBy ? ` av ${report.submittedBy.name}` : ''}. Kansliet granskar
                    den och du ser beslutet under Att göra.
                  </Paragraph>
                </Alert>
                <ReportSummary
                  questions={report.questions}
                  values={valuesFromReport(report)}
                  isFinal={report.isFinal}
                />
              </section>
            );
          }
          if (!editable) {
            return (
              <>
                {facts}
                {report.officeComment ? (
                  <Paragraph>Kansliets kommentar: {report.officeComment}</Paragraph>
                ) : null}
                <ReportSummary
                  questions={report.questions}
                  values={valuesFromReport(report)}
                  isFinal={report.isFinal}
                />
              </>
            );
          }
          return (
            <>
              {facts}
              {report.status === 'RETURNED' && report.officeComment ? (
                <Alert data-color="warning">
                  <Heading level={2} data-size="xs">
                    Kansliet har skickat tillbaka rapporten
                  </Heading>
                  <Paragraph>{report.officeComment}</Paragraph>
                </Alert>
              ) : null}
              {step.kind === 'form' ? (
                <ReportForm
                  report={report}
                  initialValues={step.values}
                  onReview={(values, version) => {
                    submit.reset();
                    setStep({ kind: 'review', values, version });
                    window.scrollTo?.(0, 0);
                  }}
                />
              ) : (
                <section aria-labelledby="review-heading">
                  <Heading
                    level={2}
                    data-size="sm"
                    id="review-heading"
                    tabIndex={-1}
                    ref={reviewHeading}
                  >
                    Granska och skicka
                  </Heading>
                  <Paragraph>
                    Kontrollera rapporten. När du skickar in den kan du inte ändra den.
                  </Paragraph>
                  {submit.error ? (
                    <Alert data-color="danger" role="alert">
                      <Paragraph>{errorMessage(submit.error)}</Paragraph>
                    </Alert>
                  ) : null}
                  <ReportSummary
                    questions={report.questions}
                    values={step.values}
                    isFinal={report.isFinal}
                  />
                  <div className="button-row">
                    <Button
                      loading={submit.isPending}
                      onClick={() => submit.mutate({ id: report.id, version: step.version })}
                    >
                      Skicka in rapporten
                    </Button>
                    <Button
                      variant="secondary"
                      onClick={() => setStep({ kind: 'form', values: step.values })}
                    >
                      Tillbaka och ändra
                    </Button>
                  </div>
                </section>
              )}
              {kind === 'INDIVIDUAL' && step.kind === 'form' ? (
                <ParticipantsSection
                  interventionId={report.interventionId}
                  period={`${report.year}Q${report.quarter}`}
                />
              ) : null}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
