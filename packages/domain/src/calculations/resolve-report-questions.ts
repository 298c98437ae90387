import type { TInterventionKind, TReportQuestion, TReportSection } from '../schemas/index.ts';

/** A question as stored in a year's ReportQuestionSet (seed fixtures' TReportQuestionFixture). */
export interface TStoredReportQuestion {
  key: string;
  section: TReportSection;
  label: string;
  options?: string[];
  appliesTo?: TInterventionKind[];
  /** Answers that need an explanation; when absent, the default rule below applies. */
  textRequiredFor?: string[];
  /**
   * Kinds for which the question may be answered "–" (ej tillämpligt, not applicable): the PM
   * prints "–" for a strukturinsats on kontroll av målgrupp. The question stays on their form.
   */
  notApplicableFor?: TInterventionKind[];
}

/** The "not applicable" answer, printed "–" (U+2013) in the PM's tables. */
export const NOT_APPLICABLE_ANSWER = '–';

// Sections whose "Nej" means something is not as agreed (not in phase with the goals, no
// steering-group meeting, no follow-up …): the PM asks for "fritext för varje Nej" there. In
// Förutsättningar för utfall a "Ja" (there are vacancies) is the answer that needs watching, and
// the PM explains those in its own text, so no explanation is required.
const SECTIONS_EXPLAINING_NO: ReadonlySet<TReportSection> = new Set(['GOALS', 'QUALITY']);

// "Avvikelse målgrupp/metod" (2024), "Avvikelse mål/målgrupp" (2019): here "Nej" is the normal
// answer and a "Ja" must say which deviation (2019: "Ja – målgrupp och insatskaraktär").
const DEVIATION_QUESTION = /^avvikelse\b/i;

function defaultTextRequiredFor(
  section: TReportSection,
  label: string,
  options: readonly string[],
): string[] {
  if (!SECTIONS_EXPLAINING_NO.has(section)) return [];
  const answer = DEVIATION_QUESTION.test(label.trim()) ? 'Ja' : 'Nej';
  return options.includes(answer) ? [answer] : [];
}

/**
 * The questions of a kvartalsrapport for one intervention, in form order: the year's stored set
 * less the questions that do not apply to the intervention's kind (kontroll av målgrupp is "–" for
 * strukturinsatser). Each question gets its effective `textRequiredFor`: the stored list when the
 * set has one; else, in the GOALS and QUALITY sections, "Nej" — or "Ja" for an "Avvikelse …"
 * question, where "Ja" is the answer to explain. CONDITIONS answers need no text.
 */
export function resolveReportQuestions(
  stored: readonly TStoredReportQuestion[],
  interventionKind: TInterventionKind,
): TReportQuestion[] {
  return stored
    .filter((question) => !question.appliesTo || question.appliesTo.includes(interventionKind))
    .map((question) => {
      const stored = question.options ?? [];
      const notApplicable = question.notApplicableFor?.includes(interventionKind) ?? false;
      const options =
        notApplicable && !stored.includes(NOT_APPLICABLE_ANSWER)
          ? [...stored, NOT_APPLICABLE_ANSWER]
          : stored;
      const textRequiredFor = (
        question.textRequiredFor ?? defaultTextRequiredFor(question.section, question.label, stored)
      ).filter((answer) => answer !== NOT_APPLICABLE_ANSWER);
      return {
        key: question.key,
        section: question.section,
        label: question.label,
        options,
        ...(question.appliesTo ? { appliesTo: question.appliesTo } : {}),
        textRequiredFor,
        ...(notApplicable ? { notApplicable: true } : {}),
      };
    });
}
