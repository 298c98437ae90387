import { ErrorSummary } from '@digdir/designsystemet-react';
import type { TReportFormValues, TReportQuestion } from '@finsam/domain';
import type { FieldErrors } from 'react-hook-form';
import { answerFieldId } from './answer-field.tsx';

interface TSummaryItem {
  href: string;
  message: string;
}

/** The form's errors in form order, each with the id of the input it belongs to. */
export function summaryItems(
  questions: readonly TReportQuestion[],
  errors: FieldErrors<TReportFormValues>,
): TSummaryItem[] {
  const items: TSummaryItem[] = [];
  for (const question of questions) {
    const answer = errors.answers?.[question.key];
    if (answer?.value?.message)
      items.push({
        href: `#${answerFieldId(question.key, 'value')}`,
        message: answer.value.message,
      });
    if (answer?.text?.message)
      items.push({ href: `#${answerFieldId(question.key, 'text')}`, message: answer.text.message });
  }
  for (const name of ['comment', 'finalResults', 'lessonsLearned'] as const) {
    const message = errors[name]?.message;
    if (message) items.push({ href: `#report-${name}`, message });
  }
  return items;
}

/**
 * "Rätta följande" at the top of the form: every error as a link to its field (Designsystemet's
 * ErrorSummary, which takes focus when it appears so a screen reader reads it).
 */
export function ReportErrorSummary({ items }: { items: TSummaryItem[] }) {
  if (items.length === 0) return null;
  return (
    <ErrorSummary>
      <ErrorSummary.Heading>
        Rapporten kan inte skickas in ännu. Rätta{' '}
        {items.length === 1 ? 'felet' : `de ${items.length} felen`}:
      </ErrorSummary.Heading>
      <ErrorSummary.List>
        {items.map((item) => (
          <ErrorSummary.Item key={item.href}>
            <ErrorSummary.Link href={item.href}>{item.message}</ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
