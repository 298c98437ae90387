import type { TFieldError } from '../schemas/index.ts';

/**
 * A slutrapport (final report) needs its final results and lessons learned before it is
 * submitted; an ordinary kvartalsrapport needs neither. Paths 'finalResults' and
 * 'lessonsLearned', one Swedish message each. Blank text (spaces only) counts as missing.
 */
export function checkFinalReport(report: {
  isFinal: boolean;
  finalResults?: string | null;
  lessonsLearned?: string | null;
}): TFieldError[] {
  if (!report.isFinal) return [];
  const errors: TFieldError[] = [];
  if (!report.finalResults?.trim())
    errors.push({ path: 'finalResults', message: 'Beskriv insatsens slutresultat.' });
  if (!report.lessonsLearned?.trim())
    errors.push({ path: 'lessonsLearned', message: 'Beskriv lärdomarna från insatsen.' });
  return errors;
}
