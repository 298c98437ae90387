import { describe, expect, it } from 'vitest';
import { computeParticipantsInPeriod } from './compute-participants-in-period.ts';

describe('computeParticipantsInPeriod', () => {
  it.each<[string, number | null | undefined, number | null | undefined, number | null]>([
    ['2024-10: "539 deltagare har varit registrerade under perioden" = 412 + 127', 412, 127, 539],
    ['missing ongoing', null, 127, null],
    ['missing ended', 412, undefined, null],
  ])('%s', (_label, ongoing, ended, total) => {
    expect(computeParticipantsInPeriod(ongoing, ended)).toBe(total);
  });

  it('known discrepancy: 2022 PM text "278 individer deltagit", computed 185 + 92 = 277', () => {
    expect(computeParticipantsInPeriod(185, 92)).toBe(277);
  });
});
