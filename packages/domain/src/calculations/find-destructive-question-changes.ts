import type { TFieldError, TStoredReportQuestionInput } from '../schemas/index.ts';
import { resolveReportQuestions } from './resolve-report-questions.ts';

/** The answers that need a free text, the stored list or the default rule when there is none. */
function effectiveTextRequiredFor(question: TStoredReportQuestionInput): string[] {
  const kind = question.appliesTo?.[0] ?? 'INDIVIDUAL';
  return resolveReportQuestions([question], kind)[0]?.textRequiredFor ?? [];
}

function sameSet(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const left = new Set(a ?? []);
  const right = new Set(b ?? []);
  return left.size === right.size && [...left].every((value) => right.has(value));
}

/**
 * The changes to a year's question set that would change what already submitted kvartalsrapporter
 * mean, one Swedish message per field (paths 'questions.<index>.<field>' of `after`). Allowed on
 * a set in use: the wording of a question, the order of the questions, and answer options added
 * at the end. Refused: a question removed or added (a submitted report would lack or gain an
 * answer), a changed key or section, an answer option removed or renamed, a changed rule for when
 * a free text is required (compared as it applies: the stored list, or the default rule), and
 * changed kinds the question applies to or may answer "–".
 * Returns [] when the change is safe.
 */
export function findDestructiveQuestionChanges(
  before: readonly TStoredReportQuestionInput[],
  after: readonly TStoredReportQuestionInput[],
): TFieldError[] {
  const errors: TFieldError[] = [];
  const afterKeys = new Set(after.map((question) => question.key));
  for (const question of before) {
    if (!afterKeys.has(question.key)) {
      errors.push({
        path: 'questions',
        message: `Frågan "${question.label}" har redan besvarats i inskickade rapporter och kan inte tas bort.`,
      });
    }
  }
  const byKey = new Map(before.map((question) => [question.key, question]));
  after.forEach((question, index) => {
    const path = (field: string) => `questions.${index}.${field}`;
    const old = byKey.get(question.key);
    if (!old) {
      errors.push({
        path: path('key'),
        message: `Frågan "${question.label}" är ny: inskickade rapporter saknar svar på den. Lägg till den i nästa års frågor.`,
      });
      return;
    }
    if (old.section !== question.section) {
      errors.push({
        path: path('section'),
        message: 'Avsnittet kan inte ändras när frågan har besvarats.',
      });
    }
    const oldOptions = old.options ?? [];
    const newOptions = question.options ?? [];
    const kept = oldOptions.every((option, at) => newOptions[at] === option);
    if (!kept) {
      errors.push({
        path: path('options'),
        message:
          'Svarsalternativ som redan har valts kan inte tas bort eller byta namn; nya kan läggas till sist.',
      });
    }
    if (!sameSet(effectiveTextRequiredFor(old), effectiveTextRequiredFor(question))) {
      errors.push({
        path: path('textRequiredFor'),
        message: 'När en förklaring krävs kan inte ändras när frågan har besvarats.',
      });
    }
    if (!sameSet(old.appliesTo, question.appliesTo)) {
      errors.push({
        path: path('appliesTo'),
        message: 'Vilka insatstyper frågan gäller kan inte ändras när frågan har besvarats.',
      });
    }
    if (!sameSet(old.notApplicableFor, question.notApplicableFor)) {
      errors.push({
        path: path('notApplicableFor'),
        message: 'Vilka insatstyper som får svara "–" kan inte ändras när frågan har besvarats.',
      });
    }
  });
  return errors;
}
