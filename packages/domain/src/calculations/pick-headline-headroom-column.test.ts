import { describe, expect, it } from 'vitest';
import { pickHeadlineHeadroomColumn } from './pick-headline-headroom-column.ts';

const columns = [
  { key: 'B2024', year: 2024, kind: 'BUDGET' as const },
  { key: 'P2024', year: 2024, kind: 'PROGNOSIS' as const },
  { key: 'B2025', year: 2025, kind: 'BUDGET' as const },
  { key: 'O2023', year: 2023, kind: 'OUTCOME' as const },
];

describe('pickHeadlineHeadroomColumn', () => {
  it.each<[number, string | null]>([
    [2024, 'P2024'],
    [2025, 'B2025'],
    [2023, 'O2023'],
    [2022, null],
  ])('%i → %s', (year, expected) => {
    expect(pickHeadlineHeadroomColumn(columns, year)?.key ?? null).toBe(expected);
  });
});
