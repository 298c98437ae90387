import { describe, expect, it } from 'vitest';
import { classifyGoalPhase, type TGoalPhaseClass } from './classify-goal-phase.ts';

describe('classifyGoalPhase', () => {
  it.each<[string | null | undefined, TGoalPhaseClass]>([
    // 2024-10 PM Tabell 2: Knivsta "Ja", Jobbcentrum "I stort sett"; 2022 PM Tabell 2: Digital plattform "Delvis".
    ['Ja', { phase: 'YES', colour: 'GREEN' }],
    ['I stort sett', { phase: 'MOSTLY', colour: 'YELLOW' }],
    ['Delvis', { phase: 'PARTLY', colour: 'YELLOW' }],
    ['Nej', { phase: 'NO', colour: 'RED' }],
    [' i  STORT sett ', { phase: 'MOSTLY', colour: 'YELLOW' }],
    ['YES', { phase: 'YES', colour: 'GREEN' }],
    ['PARTLY', { phase: 'PARTLY', colour: 'YELLOW' }],
    ['NO', { phase: 'NO', colour: 'RED' }],
    ['-', { phase: null, colour: null }],
    ['Ok', { phase: null, colour: null }],
    ['', { phase: null, colour: null }],
    [null, { phase: null, colour: null }],
    [undefined, { phase: null, colour: null }],
  ])('%j', (answer, expected) => {
    expect(classifyGoalPhase(answer)).toEqual(expected);
  });
});
