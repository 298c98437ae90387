import { z } from 'zod/mini';
import { checkFinalReport } from '../calculations/check-final-report.ts';
import { checkReportAnswers } from '../calculations/check-report-answers.ts';
import type { TReportQuestion } from './reports.ts';
import { ZFreeText } from './fields.ts';

const ZFormAnswer = z.object({ value: z.string(), text: ZFreeText });

/**
 * The schema of the kvartalsrapport form at "Granska och skicka": the same rules the API applies
 * at submit (checkReportAnswers in SUBMIT mode, checkFinalReport for a slutrapport), so the form
 * shows each message beside its field before anything is sent. Empty answers are allowed while
 * drafting; only this schema (at submit) asks for completeness.
 */
export function buildReportFormSchema(questions: readonly TReportQuestion[], isFinal: boolean) {
  return z
    .object({
      answers: z.record(z.string(), ZFormAnswer),
      comment: ZFreeText,
      finalResults: ZFreeText,
      lessonsLearned: ZFreeText,
    })
    .check(
      z.superRefine((values, ctx) => {
        const answers = Object.fromEntries(
          Object.entries(values.answers).filter(([, answer]) => answer.value !== ''),
        );
        for (const error of [
          ...checkReportAnswers(questions, answers, 'SUBMIT'),
          ...checkFinalReport({ isFinal, ...values }),
        ]) {
          ctx.addIssue({ code: 'custom', path: error.path.split('.'), message: error.message });
        }
      }),
    );
}
