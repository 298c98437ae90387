import { describe, expect, it } from 'vitest';
import { buildPmParticipantsTable } from './build-pm-participants-table.ts';
import { participants } from './fixtures/pm-inputs.fixtures.ts';

describe('buildPmParticipantsTable (Tabell 6)', () => {
  it.each<[1 | 2, string, string]>([
    [1, 'Inregistrerade perioden jan-juni', 'Rapportering januari till och med 30 juni 2024.'],
    [2, 'Inregistrerade perioden jan-dec', 'Rapportering januari till och med 31 december 2024.'],
  ])('half %s: headers and note', (half, group, note) => {
    const table = buildPmParticipantsTable(half, 2024, participants());
    expect(table.columns[2]).toEqual({ key: 'registered.women', label: 'K', group, unit: 'COUNT' });
    expect(table.notes).toEqual([note]);
  });

  it('rows, Totalt and Fördelning kvinnor/män (2024 Jobbcentrum 27 / 18 / 45)', () => {
    const table = buildPmParticipantsTable(1, 2024, participants());
    const jc = table.groups[0]!.rows[0]!;
    expect(
      ['registered.women', 'registered.men', 'registered.total'].map((k) => jc.cells[k]!.text),
    ).toEqual(['27', '18', '45']);
    const [total, distribution] = table.footerRows;
    expect(total!.cells['registered.total']).toEqual({ text: '140', value: 140 });
    expect(distribution!.cells['registered.women']!.text).toBe('87\u00a0%');
    expect(distribution!.cells['registered.total']!.text).toBe('');
  });

  it('the year-end PM adds the half-year own avslutade beside the year', () => {
    const table = buildPmParticipantsTable(2, 2019, participants(), participants());
    expect(table.columns.map((c) => c.key)).toContain('half.ended.total');
    expect(table.groups[0]!.rows[0]!.cells['half.ended.total']!.text).toBe('16');
    expect(
      buildPmParticipantsTable(1, 2024, participants(), participants()).columns.map((c) => c.key),
    ).not.toContain('half.ended.total');
  });
});
