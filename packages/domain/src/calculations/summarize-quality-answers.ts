/** One intervention's answers of one report: question key → the chosen value ('Ja', 'Nej', '-' …). */
export type TAnswerRow = Readonly<Record<string, { value: string } | undefined>>;

/** How the interventions answered one question ("i N av M insatser …"). */
export interface TQuestionSummary {
  key: string;
  /** M: interventions the question applies to that answered it. */
  answered: number;
  /** Interventions for which the question does not apply ("–" in the PM). */
  notApplicable: number;
  /** Interventions with no answer at all (a report not in, a question not asked). */
  unanswered: number;
  /** N per answer value, in the order first met among `options`, then any others. */
  counts: { value: string; count: number }[];
}

/** Answers that mean "not applicable" ("–" in the PM; the papers print a hyphen). */
export const NOT_APPLICABLE_VALUES: readonly string[] = ['-', '–', 'Ej tillämpligt'];

/**
 * The Tabell 5 summary (kvalitetssäkring) the PM writes as "i N av M insatser …": per question,
 * how many interventions gave each answer, out of those the question applies to. A
 * not-applicable answer ("–": kontroll av målgrupp for a strukturinsats) is left out of M; so is
 * a missing answer, counted as unanswered. Values are compared as given ('Ok' is its own answer).
 *
 * The count is per intervention, not per meeting: two interventions sharing one steering group
 * both count (2024: eight "Nej" on ordinarie representation, which the PM calls seven meetings).
 */
export function summarizeQualityAnswers(
  questions: readonly { key: string; options?: readonly string[] }[],
  rows: readonly TAnswerRow[],
): TQuestionSummary[] {
  return questions.map((question) => {
    const counts = new Map<string, number>(
      (question.options ?? [])
        .filter((option) => !NOT_APPLICABLE_VALUES.includes(option))
        .map((option) => [option, 0]),
    );
    let notApplicable = 0;
    let unanswered = 0;
    for (const row of rows) {
      const value = row[question.key]?.value.trim();
      if (value === undefined || value === '') unanswered += 1;
      else if (NOT_APPLICABLE_VALUES.includes(value)) notApplicable += 1;
      else counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const list = [...counts].map(([value, count]) => ({ value, count }));
    return {
      key: question.key,
      answered: list.reduce((sum, item) => sum + item.count, 0),
      notApplicable,
      unanswered,
      counts: list,
    };
  });
}
