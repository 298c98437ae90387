import { describe, expect, it } from 'vitest';
import { buildPmGoalsTable } from './build-pm-goals-table.ts';
import { QUESTIONS, summary } from './fixtures/pm-inputs.fixtures.ts';
import type { TDashboardGoalStatus } from '../schemas/dashboard.ts';

const status = (
  phaseAnswer: string,
  forecastAnswer: string,
  colour: TDashboardGoalStatus['colour'],
): TDashboardGoalStatus => ({
  year: 2024,
  quarter: 2,
  period: '2024Q2',
  reportId: 'r',
  reportStatus: 'APPROVED',
  phaseAnswer,
  phase: null,
  forecastAnswer,
  colour,
});

describe('buildPmGoalsTable (Tabell 2)', () => {
  it.each<
    [
      string,
      TDashboardGoalStatus | null,
      [string, string | null | undefined, string, string | null | undefined],
    ]
  >([
    // 2024 H1 Jobbcentrum: "I stort sett" / "Nej"
    ['in part', status('I stort sett', 'Nej', 'YELLOW'), ['I stort sett', 'YELLOW', 'Nej', 'RED']],
    ['in phase', status('Ja', 'Ja', 'GREEN'), ['Ja', 'GREEN', 'Ja', 'GREEN']],
    ['no report', null, ['–', undefined, '–', undefined]],
  ])('%s', (_, goalStatus, [phase, phaseColour, forecast, forecastColour]) => {
    const table = buildPmGoalsTable(
      [summary('x', 'INDIVIDUAL', 'Enköping', { goalStatus })],
      QUESTIONS,
    );
    const cells = table.groups[0]!.rows[0]!.cells;
    expect([
      cells.phase!.text,
      cells.phase!.colour,
      cells.forecast!.text,
      cells.forecast!.colour,
    ]).toEqual([phase, phaseColour, forecast, forecastColour]);
    // The question texts of the year's set, without the paper's trailing colon.
    expect(table.columns[1]!.label).toBe('Insatsen ligger i fas gällande uppsatta mål');
  });
});
