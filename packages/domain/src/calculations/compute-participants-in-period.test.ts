import { describe, expect, it } from 'vitest';
import { computeParticipantsInPeriod } from './compute-participants-in-period.ts';

describe('computeParticipantsInPeriod', () => {
  it.each<
    [
      string,
      number | null | undefined,
      number | null | undefined,
      number | null | undefined,
      number | null,
    ]
  >([
    [
      '2024-10: "539 deltagare har varit registrerade under perioden" = 412 + 127',
      412,
      127,
      undefined,
      539,
    ],
    ['moved on to the successor: they took part too', 22, 4, 4, 30],
    ['none reported as moved on (null) adds nothing', 412, 127, null, 539],
    ['0 moved on', 412, 127, 0, 539],
    ['missing ongoing', null, 127, 4, null],
    ['missing ended', 412, undefined, 4, null],
  ])('%s', (_label, ongoing, ended, moved, total) => {
    expect(computeParticipantsInPeriod(ongoing, ended, moved)).toBe(total);
  });

  it('known discrepancy: 2022 PM text "278 individer deltagit", computed 185 + 92 = 277', () => {
    expect(computeParticipantsInPeriod(185, 92)).toBe(277);
  });
});
