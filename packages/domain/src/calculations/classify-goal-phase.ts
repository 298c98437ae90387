import type { TGoalPhase, TStatusColour } from '../schemas/index.ts';

/** Result of `classifyGoalPhase`: null for both when there is no usable answer. */
export interface TGoalPhaseClass {
  phase: TGoalPhase | null;
  colour: TStatusColour | null;
}

// Answers as printed in the papers, and the enum values the report form stores.
const PHASES: Record<string, TGoalPhase> = {
  ja: 'YES',
  yes: 'YES',
  'i stort sett': 'MOSTLY',
  mostly: 'MOSTLY',
  delvis: 'PARTLY',
  partly: 'PARTLY',
  nej: 'NO',
  no: 'NO',
};

/**
 * The PM's colour for "Insatsen ligger i fas gällande uppsatta mål": green = in phase, yellow =
 * keep under watch, red = act / deviation report (DOMAIN.md §3). Mapping chosen here, as the papers
 * colour the cells without a rule: Ja → GREEN; I stort sett and Delvis → YELLOW (not fully in
 * phase, but no deviation called for); Nej → RED. Case and spaces are ignored; anything else
 * ('-', '', 'Ok', null) has no phase and no colour.
 */
export function classifyGoalPhase(answer: string | null | undefined): TGoalPhaseClass {
  const phase =
    typeof answer === 'string'
      ? PHASES[answer.trim().replace(/\s+/g, ' ').toLowerCase()]
      : undefined;
  if (!phase) return { phase: null, colour: null };
  const colour: TStatusColour = phase === 'YES' ? 'GREEN' : phase === 'NO' ? 'RED' : 'YELLOW';
  return { phase, colour };
}
