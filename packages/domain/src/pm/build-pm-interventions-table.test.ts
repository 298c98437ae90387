import { describe, expect, it } from 'vitest';
import { buildPmInterventionsTable, pmFullName } from './build-pm-interventions-table.ts';
import { summary } from './fixtures/pm-inputs.fixtures.ts';

describe('buildPmInterventionsTable (Tabell 1)', () => {
  it.each<[string | null, string]>([
    ['Enköping', 'Enköping, Insats x'],
    [null, 'Insats x'],
  ])('full name with owner %s → %s', (owner, name) => {
    expect(pmFullName(summary('x', 'INDIVIDUAL', owner))).toBe(name);
  });

  it('rows with start and "till och med" as ISO dates, grouped by kind', () => {
    const table = buildPmInterventionsTable([
      summary('pilot', 'PRE_STUDY', 'Uppsala', { startDate: '2024-03-15', endDate: '2024-06-15' }),
      summary('kha', 'INDIVIDUAL', 'Uppsala', { startDate: '2023-08-01', endDate: '2025-07-31' }),
    ]);
    expect(table.number).toBe(1);
    expect(table.columns.map((c) => c.label)).toEqual(['Insats', 'Start', 'Till och med']);
    expect(
      table.groups.map((g) => [
        g.label,
        g.rows.map((r) => [r.cells.start!.text, r.cells.end!.text]),
      ]),
    ).toEqual([
      ['Individinsatser', [['2023-08-01', '2025-07-31']]],
      ['Förstudie', [['2024-03-15', '2024-06-15']]],
    ]);
  });
});
