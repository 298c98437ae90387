import { classifyGoalPhase } from './classify-goal-phase.ts';
import type { TGoalPhase } from '../schemas/index.ts';

/** Answer keys of the goal questions (Tabell 2) in every year's question set. */
export const GOAL_PHASE_KEY = 'goalPhase';
export const GOAL_FORECAST_KEY = 'goalForecast';

/** Between a goal question's key and the goal's id in a per-goal answer key: `goalPhase__<id>`. */
export const GOAL_KEY_SEPARATOR = '__';

/** The answer key of a goal question for one goal of the intervention (mål). */
export function perGoalAnswerKey(questionKey: string, goalId: string): string {
  return `${questionKey}${GOAL_KEY_SEPARATOR}${goalId}`;
}

/** The intervention's one phase and forecast answer of a report, as Tabell 2 prints it. */
export interface TRolledUpGoalAnswers {
  phaseAnswer: string | null;
  forecastAnswer: string | null;
}

type TAnswers = Readonly<Record<string, { value?: unknown } | string | null | undefined>>;

function valueOf(answer: TAnswers[string]): string | null {
  if (typeof answer === 'string') return answer;
  if (answer && typeof answer.value === 'string') return answer.value;
  return null;
}

function perGoalValues(answers: TAnswers, key: string): string[] {
  const prefix = `${key}${GOAL_KEY_SEPARATOR}`;
  return Object.entries(answers)
    .filter(([answerKey]) => answerKey.startsWith(prefix))
    .map(([, answer]) => valueOf(answer))
    .filter((value): value is string => value !== null && value.trim() !== '');
}

// Worst first: one goal out of phase puts the intervention out of phase.
const PHASE_ORDER: readonly TGoalPhase[] = ['NO', 'PARTLY', 'MOSTLY', 'YES'];

/**
 * The intervention's goal status in a report (Tabell 2 "Insatsen ligger i fas gällande uppsatta
 * mål" and "Styrgruppens prognos för måluppfyllelse", one cell each) from its answers:
 * - A report with the one answer `goalPhase` / `goalForecast` (stored before answers per goal, or
 *   an intervention without goals in the register) gives that answer as it is.
 * - Otherwise the per-goal answers `goalPhase__<goalId>` roll up to the **worst** phase
 *   (Nej < Delvis < I stort sett < Ja), returned as the answer given for that goal; the forecast
 *   is "Nej" when any goal's forecast is "Nej", else "Ja" when any is "Ja". The papers print one
 *   cell per intervention and colour it by the weakest goal only in spirit ("red = act"); the worst
 *   rule is chosen so that no goal out of phase is hidden by the others.
 * - Stored JSON is read defensively (not an object: nothing).
 * - Answers with no phase ("–", an unknown text) are ignored; none left gives null.
 */
export function rollUpGoalAnswers(stored: unknown): TRolledUpGoalAnswers {
  if (typeof stored !== 'object' || stored === null)
    return { phaseAnswer: null, forecastAnswer: null };
  const answers = stored as TAnswers;
  const singlePhase = valueOf(answers[GOAL_PHASE_KEY]);
  const singleForecast = valueOf(answers[GOAL_FORECAST_KEY]);
  const phases = perGoalValues(answers, GOAL_PHASE_KEY);
  const forecasts = perGoalValues(answers, GOAL_FORECAST_KEY);

  let phaseAnswer: string | null = singlePhase;
  if (singlePhase === null && phases.length > 0) {
    let worst: { rank: number; value: string } | null = null;
    for (const value of phases) {
      const { phase } = classifyGoalPhase(value);
      if (!phase) continue;
      const rank = PHASE_ORDER.indexOf(phase);
      if (!worst || rank < worst.rank) worst = { rank, value };
    }
    phaseAnswer = worst?.value ?? null;
  }

  let forecastAnswer: string | null = singleForecast;
  if (singleForecast === null && forecasts.length > 0) {
    const normalised = forecasts.map((value) => value.trim().toLowerCase());
    const no = forecasts[normalised.indexOf('nej')];
    const yes = forecasts[normalised.indexOf('ja')];
    forecastAnswer = normalised.includes('nej') ? no! : normalised.includes('ja') ? yes! : null;
  }
  return { phaseAnswer, forecastAnswer };
}
