import { describe, expect, it } from 'vitest';
import { toSwedishDate } from './to-swedish-date.ts';

describe('toSwedishDate', () => {
  it.each([
    // Summer time (CEST, UTC+2): 30 April 23:59 Swedish time is still 30 April.
    ['2024-04-30T21:59:00Z', '2024-04-30'],
    ['2024-04-30T22:00:00Z', '2024-05-01'],
    // Winter time (CET, UTC+1): the Q4 due date 31 January.
    ['2025-01-31T22:59:59Z', '2025-01-31'],
    ['2025-01-31T23:00:00Z', '2025-02-01'],
    ['2024-12-31T23:30:00Z', '2025-01-01'],
    ['2024-07-31T10:00:00Z', '2024-07-31'],
  ])('%s → %s', (instant, day) => {
    expect(toSwedishDate(new Date(instant))).toBe(day);
  });
});
