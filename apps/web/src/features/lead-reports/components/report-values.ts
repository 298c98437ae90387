import type {
  TQuarterlyReport,
  TReportFormValues,
  TUpdateQuarterlyReportInput,
} from '@finsam/domain';

/** The form's values from a report as saved: every question present, '' for no answer yet. */
export function valuesFromReport(report: TQuarterlyReport): TReportFormValues {
  return {
    answers: Object.fromEntries(
      report.questions.map((question) => {
        const answer = report.answers[question.key];
        return [question.key, { value: answer?.value ?? '', text: answer?.text ?? '' }];
      }),
    ),
    comment: report.comment ?? '',
    finalResults: report.finalResults ?? '',
    lessonsLearned: report.lessonsLearned ?? '',
  };
}

/**
 * The PATCH body for the form's values at `version`: every question (null clears an unanswered
 * one, so the saved draft is exactly what the form shows), the comment and, for a slutrapport,
 * the final texts.
 */
export function toSaveInput(
  report: Pick<TQuarterlyReport, 'questions' | 'isFinal'>,
  values: TReportFormValues,
  version: number,
): TUpdateQuarterlyReportInput {
  const answers: NonNullable<TUpdateQuarterlyReportInput['answers']> = {};
  for (const question of report.questions) {
    const answer = values.answers[question.key];
    const text = answer?.text.trim() ?? '';
    answers[question.key] =
      answer && answer.value !== '' ? { value: answer.value, ...(text ? { text } : {}) } : null;
  }
  return {
    version,
    answers,
    comment: values.comment.trim() || null,
    ...(report.isFinal
      ? {
          finalResults: values.finalResults.trim() || null,
          lessonsLearned: values.lessonsLearned.trim() || null,
        }
      : {}),
  };
}

/** Values as the comparison of two versions sees them (trimmed, no empty texts). */
export function sameValues(a: TReportFormValues, b: TReportFormValues): boolean {
  const norm = (values: TReportFormValues) =>
    JSON.stringify({
      answers: Object.fromEntries(
        Object.entries(values.answers)
          .sort(([x], [y]) => x.localeCompare(y))
          .map(([key, answer]) => [key, [answer.value, answer.text.trim()]]),
      ),
      comment: values.comment.trim(),
      finalResults: values.finalResults.trim(),
      lessonsLearned: values.lessonsLearned.trim(),
    });
  return norm(a) === norm(b);
}
