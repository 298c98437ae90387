import { describe, expect, it } from 'vitest';
import type { TEndReason } from '../schemas/index.ts';
import { checkEndReasonConsistency } from './check-end-reason-consistency.ts';
import type { TGenderCounts } from './gender-counts.ts';

type TReasons = Partial<Record<TEndReason, TGenderCounts>>;

describe('checkEndReasonConsistency', () => {
  it.each<[string, TGenderCounts | undefined, TReasons, { path: string; message: string }[]]>([
    ['no end reasons given', { women: 9, men: 11 }, {}, []],
    [
      'reasons add up to those who ended',
      { women: 9, men: 11 },
      {
        UNSUBSIDISED_WORK: { women: 2, men: 5 },
        STUDIES: { women: 2, men: 5 },
        CONTINUED_REHABILITATION: { women: 5, men: 1 },
      },
      [],
    ],
    [
      'fewer reasons than ended (some unknown)',
      { women: 9, men: 11 },
      { STUDIES: { women: 1, men: 1 } },
      [],
    ],
    [
      'women: reasons exceed ended',
      { women: 9, men: 11 },
      { STUDIES: { women: 6, men: 1 }, ILLNESS: { women: 4, men: 0 } },
      [
        {
          path: 'END_REASONS.women',
          message: 'Kvinnor: avslutsorsakerna är tillsammans 10, fler än avslutade (9).',
        },
      ],
    ],
    [
      'both genders exceed',
      { women: 1, men: 1 },
      { MOVED: { women: 2, men: 3 } },
      [
        {
          path: 'END_REASONS.women',
          message: 'Kvinnor: avslutsorsakerna är tillsammans 2, fler än avslutade (1).',
        },
        {
          path: 'END_REASONS.men',
          message: 'Män: avslutsorsakerna är tillsammans 3, fler än avslutade (1).',
        },
      ],
    ],
    [
      'only totals given (2019 Tabell 7 style)',
      { unspecified: 5 },
      { OTHER: { unspecified: 4 }, STUDIES: { unspecified: 2 } },
      [
        {
          path: 'END_REASONS.total',
          message: 'Totalt: avslutsorsakerna är tillsammans 6, fler än avslutade (5).',
        },
      ],
    ],
    [
      'ended not reported: nothing to compare with',
      undefined,
      { STUDIES: { women: 3, men: 3 } },
      [],
    ],
  ])('%s', (_name, ended, reasons, expected) => {
    const problems = checkEndReasonConsistency(ended, reasons);
    expect(problems.map(({ path, message }) => ({ path, message }))).toEqual(expected);
    for (const problem of problems)
      expect(problem).toMatchObject({ severity: 'ERROR', code: 'PARTS_EXCEED_WHOLE' });
  });
});
