import type { TReportQuestion } from '../schemas/index.ts';
import { GOAL_KEY_SEPARATOR, perGoalAnswerKey } from './roll-up-goal-answers.ts';

/** A goal of the intervention from the register (mål), in its register order. */
export interface TReportGoal {
  id: string;
  text: string;
}

/**
 * The report's questions with the goal questions (section GOALS: "Insatsen ligger i fas …",
 * "Styrgruppens prognos …") asked once **per goal** of the intervention: key
 * `goalPhase__<goalId>`, the goal attached as `goal` (its number from 1 and text), grouped goal by
 * goal in the place of the GOALS section. The answer's text is the free text on that goal's
 * progress.
 *
 * Left as one question each (unchanged) when the intervention has no goals in the register, or
 * when `answers` hold an answer to an unexpanded goal question and none per goal: a report saved
 * before answers per goal keeps the form it was answered in, so it stays readable and can be
 * completed. Answers of both kinds: per goal (the one answer is then an unknown question).
 */
export function expandGoalQuestions(
  questions: readonly TReportQuestion[],
  goals: readonly TReportGoal[],
  answers: Readonly<Record<string, unknown>> = {},
): TReportQuestion[] {
  const goalQuestions = questions.filter((question) => question.section === 'GOALS');
  const answeredPerGoal = Object.keys(answers).some(
    (key) => key.includes(GOAL_KEY_SEPARATOR) && answers[key] != null,
  );
  const answeredAsOne =
    !answeredPerGoal && goalQuestions.some((question) => answers[question.key] != null);
  if (goals.length === 0 || goalQuestions.length === 0 || answeredAsOne) return [...questions];
  const expanded = goals.flatMap((goal, index) =>
    goalQuestions.map((question) => ({
      ...question,
      key: perGoalAnswerKey(question.key, goal.id),
      goal: { id: goal.id, number: index + 1, text: goal.text },
    })),
  );
  const first = questions.findIndex((question) => question.section === 'GOALS');
  const rest = questions.filter((question) => question.section !== 'GOALS');
  return [...rest.slice(0, first), ...expanded, ...rest.slice(first)];
}

/** The goal question's own key of a per-goal answer key (`goalPhase__abc` → `goalPhase`). */
export function baseQuestionKey(key: string): string {
  const at = key.indexOf(GOAL_KEY_SEPARATOR);
  return at === -1 ? key : key.slice(0, at);
}
