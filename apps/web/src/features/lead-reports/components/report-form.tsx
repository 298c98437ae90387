import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import {
  baseQuestionKey,
  buildReportFormSchema,
  type TQuarterlyReport,
  type TReportFormValues,
  type TReportQuestion,
  type TReportSection,
} from '@finsam/domain';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { Form } from '../../../components/form/form.tsx';
import { REPORT_SECTION_LABEL } from '../../../lib/labels.ts';
import { usePreviousReport } from '../api/get-previous-report.ts';
import { ReportTextField } from './answer-field.tsx';
import { ConflictPanel } from './conflict-panel.tsx';
import { ReportErrorSummary, summaryItems } from './error-summary.tsx';
import { readLocalDraft } from './local-draft.ts';
import { valuesFromReport } from './report-values.ts';
import { SaveStatus } from './save-status.tsx';
import { SectionQuestions } from './section-questions.tsx';
import { useAutosave } from './use-autosave.ts';

const SECTIONS: TReportSection[] = ['GOALS', 'CONDITIONS', 'QUALITY'];

export interface TReportFormProps {
  report: TQuarterlyReport;
  /** The values are valid and saved: go on to "Granska och skicka". */
  onReview: (values: TReportFormValues, version: number) => void;
  /** Values to start from (back from the review step). */
  initialValues?: TReportFormValues;
}

/** Watches the form and hands every change to the autosave. */
function AutosaveWatcher({
  form,
  onChange,
}: {
  form: UseFormReturn<TReportFormValues>;
  onChange: (values: TReportFormValues) => void;
}) {
  const values = useWatch({ control: form.control });
  const first = useRef(true);
  // Only a change of the values counts: a new callback (the report was re-read) is not an edit.
  const callback = useRef(onChange);
  callback.current = onChange;
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    callback.current(structuredClone(form.getValues()));
  }, [values, form]);
  return null;
}

/** Last quarter's answers for the questions this report has, when they fit its options. */
function fromPrevious(
  questions: readonly TReportQuestion[],
  previous: TQuarterlyReport,
  current: TReportFormValues,
): TReportFormValues {
  const answers = { ...current.answers };
  for (const question of questions) {
    // A goal asked per goal starts from last quarter's one answer when that report had only one.
    const answer =
      previous.answers[question.key] ??
      (question.goal ? previous.answers[baseQuestionKey(question.key)] : undefined);
    if (!answer) continue;
    if (question.options.length > 0 && !question.options.includes(answer.value)) continue;
    answers[question.key] = { value: answer.value, text: answer.text ?? '' };
  }
  return { ...current, answers, comment: current.comment || (previous.comment ?? '') };
}

/**
 * The kvartalsrapport form of an intervention lead: the year's questions per section (Tabell 2
 * mål, Tabell 3 förutsättningar, Tabell 5 kvalitetssäkring), the explanations they require, the
 * summary and, for a slutrapport, final results and lessons learned. Saved automatically to the
 * server (versioned); an edit that cannot be saved is kept in this browser until it can; a
 * conflicting save shows both versions. "Granska och skicka" checks the shared rules first and
 * lists every error at the top with a link to its field.
 */
export function ReportForm({ report, onReview, initialValues }: TReportFormProps) {
  const local = useMemo(() => readLocalDraft(report.id), [report.id]);
  const serverValues = useMemo(() => valuesFromReport(report), [report]);
  const restored = !initialValues && local !== null;
  const startValues = initialValues ?? local?.values ?? serverValues;
  const autosave = useAutosave(report, restored ? local.baseVersion : report.version);
  const schema = useMemo(
    () => buildReportFormSchema(report.questions, report.isFinal),
    [report.questions, report.isFinal],
  );
  const previous = usePreviousReport(report.id);
  const formRef = useRef<UseFormReturn<TReportFormValues> | null>(null);
  const [notice, setNotice] = useState<string | null>(
    restored
      ? 'Ändringar som inte hann sparas på servern har lagts tillbaka från den här datorn. De sparas nu.'
      : null,
  );

  // A restored local edit is saved as soon as the form is up.
  useEffect(() => {
    if (restored) autosave.schedule(local.values);
    // Only on mount.
  }, []);

  const status = autosave.status;
  const previousReport = previous.data?.report ?? null;

  return (
    <>
      {status.kind === 'conflict' ? (
        <ConflictPanel
          server={status.server}
          mine={status.mine}
          onKeepMine={() => {
            autosave.resolve(status.server, status.mine);
            setNotice('Dina ändringar sparas över den andra versionen.');
          }}
          onUseServer={() => {
            const values = valuesFromReport(status.server);
            formRef.current?.reset(values);
            autosave.resolve(status.server, values);
            setNotice('Formuläret visar nu den sparade versionen.');
          }}
        />
      ) : null}
      {notice ? (
        <Alert data-color="info">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <Form
        schema={schema}
        defaultValues={startValues}
        submitLabel="Granska och skicka"
        reValidateMode="onChange"
        pendingLabel="Sparar …"
        aria-labelledby="report-form-heading"
        onSubmit={async (values) => {
          const saved = await autosave.flush(values as TReportFormValues);
          if (!saved) {
            throw new Error('Utkastet kunde inte sparas. Se meddelandet ovan och försök igen.');
          }
          onReview(values as TReportFormValues, autosave.version.current);
        }}
      >
        {(form) => {
          formRef.current = form as unknown as UseFormReturn<TReportFormValues>;
          const items = summaryItems(report.questions, form.formState.errors);
          return (
            <>
              <Heading level={2} data-size="sm" id="report-form-heading">
                {report.isFinal ? 'Slutrapport' : 'Kvartalsrapport'}
              </Heading>
              <SaveStatus status={status} />
              {form.formState.submitCount > 0 ? <ReportErrorSummary items={items} /> : null}
              <AutosaveWatcher
                form={form as unknown as UseFormReturn<TReportFormValues>}
                onChange={autosave.schedule}
              />
              {previousReport ? (
                <div className="previous-report">
                  <Paragraph data-size="sm">
                    Förra rapporten ({previousReport.year} kvartal {previousReport.quarter}) kan
                    vara en utgångspunkt. Dina svar ersätts där förra rapporten har ett svar.
                  </Paragraph>
                  <Button
                    variant="secondary"
                    data-size="sm"
                    type="button"
                    onClick={() =>
                      form.reset(
                        fromPrevious(
                          report.questions,
                          previousReport,
                          form.getValues() as TReportFormValues,
                        ),
                        { keepDefaultValues: true },
                      )
                    }
                  >
                    Fyll i med svaren från {previousReport.year} kvartal {previousReport.quarter}
                  </Button>
                </div>
              ) : null}
              {SECTIONS.map((section) => {
                const questions = report.questions.filter((q) => q.section === section);
                if (questions.length === 0) return null;
                return (
                  <section
                    key={section}
                    className="report-section"
                    aria-labelledby={`section-${section}`}
                  >
                    <Heading level={3} data-size="xs" id={`section-${section}`}>
                      {REPORT_SECTION_LABEL[section]}
                    </Heading>
                    <SectionQuestions questions={questions} />
                  </section>
                );
              })}
              <ReportTextField
                name="comment"
                label="Sammanfattning från styrgruppen (frivillig)"
                description="Hur arbetet mot målen går, vad som har hänt under kvartalet."
              />
              {report.isFinal ? (
                <section className="report-section" aria-labelledby="section-final">
                  <Heading level={3} data-size="xs" id="section-final">
                    Slutrapport
                  </Heading>
                  <ReportTextField
                    name="finalResults"
                    label="Slutresultat"
                    description="Vad insatsen har uppnått i förhållande till sina mål."
                  />
                  <ReportTextField
                    name="lessonsLearned"
                    label="Lärdomar"
                    description="Vad förbundet och parterna kan ta med sig till kommande insatser."
                  />
                </section>
              ) : null}
            </>
          );
        }}
      </Form>
    </>
  );
}
