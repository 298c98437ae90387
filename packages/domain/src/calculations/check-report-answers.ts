import type { TFieldError, TReportQuestion } from '../schemas/index.ts';

/** An answer as saved or entered: the chosen option (or free text) and an optional explanation. */
export interface TReportAnswerValue {
  value: string;
  text?: string | null;
}

/** 'DRAFT': check only what is given (a draft may be half-filled). 'SUBMIT': also completeness. */
export type TReportAnswerCheckMode = 'DRAFT' | 'SUBMIT';

/** "Vakanser SOF-medel:" → "Vakanser SOF-medel" for use inside a sentence. */
function plainLabel(label: string): string {
  return label.replace(/[\s:]+$/, '');
}

function listOptions(options: readonly string[]): string {
  if (options.length <= 1) return options.join('');
  return `${options.slice(0, -1).join(', ')} eller ${options[options.length - 1]}`;
}

/**
 * Checks a kvartalsrapport's answers against its questions (from `resolveReportQuestions`), one
 * Swedish message per field, paths 'answers.<key>.value' and 'answers.<key>.text':
 * - an answer to a question the report does not have ("Frågan finns inte …");
 * - a value that is not one of the question's options (free-text questions take any value);
 * - SUBMIT only: every question unanswered, and every answer in the question's
 *   `textRequiredFor` ("Nej" on a quality question) without an explanation.
 * Returns [] when all is well. The same rules serve the form in the browser and the API.
 */
export function checkReportAnswers(
  questions: readonly TReportQuestion[],
  answers: Readonly<Record<string, TReportAnswerValue | null | undefined>>,
  mode: TReportAnswerCheckMode,
): TFieldError[] {
  const errors: TFieldError[] = [];
  const byKey = new Map(questions.map((question) => [question.key, question]));
  for (const [key, answer] of Object.entries(answers)) {
    if (answer && !byKey.has(key)) {
      errors.push({
        path: `answers.${key}`,
        message: 'Frågan finns inte i den här kvartalsrapporten.',
      });
    }
  }
  for (const question of questions) {
    const answer = answers[question.key];
    const label = plainLabel(question.label);
    // A question asked per goal names its goal: the same question stands once per goal.
    const where = question.goal ? ` för mål ${question.goal.number}` : '';
    if (!answer || answer.value.trim() === '') {
      if (mode === 'SUBMIT')
        errors.push({
          path: `answers.${question.key}.value`,
          message: `Besvara frågan "${label}"${where}.`,
        });
      continue;
    }
    if (question.options.length > 0 && !question.options.includes(answer.value)) {
      errors.push({
        path: `answers.${question.key}.value`,
        message: `Välj ${listOptions(question.options)} på frågan "${label}"${where}.`,
      });
      continue;
    }
    const text = answer.text?.trim() ?? '';
    if (mode === 'SUBMIT' && question.textRequiredFor.includes(answer.value) && text === '') {
      errors.push({
        path: `answers.${question.key}.text`,
        message: `Förklara svaret "${answer.value}" på frågan "${label}"${where}.`,
      });
    }
  }
  return errors;
}
