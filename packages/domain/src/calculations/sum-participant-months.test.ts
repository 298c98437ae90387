import { describe, expect, it } from 'vitest';
import { sumParticipantMonths } from './sum-participant-months.ts';
import type { TParticipantMonth } from './sum-participant-months.ts';

const month = (
  period: string,
  registered: number,
  ended: number,
  ongoing: number,
): TParticipantMonth => ({
  period,
  measures: {
    REGISTERED: { women: registered, men: 1 },
    ENDED: { women: ended, men: 0 },
    ONGOING: { women: ongoing, men: 5 },
    ENDED_WHOLE_PERIOD: { women: 10 + ended, men: 3 },
  },
  endReasons: { STUDIES: { women: ended, men: 0 } },
});

describe('sumParticipantMonths', () => {
  it.each<[string, string, TParticipantMonth[], object]>([
    [
      'a whole quarter: flows summed, stocks from the last month',
      '2024Q2',
      [month('2024-04', 3, 1, 12), month('2024-05', 2, 2, 12), month('2024-06', 4, 0, 16)],
      {
        measures: {
          REGISTERED: { women: 9, men: 3 },
          ENDED: { women: 3, men: 0 },
          ONGOING: { women: 16, men: 5 },
          ENDED_WHOLE_PERIOD: { women: 10, men: 3 },
        },
        endReasons: { STUDIES: { women: 3, men: 0 } },
        months: ['2024-04', '2024-05', '2024-06'],
        missingMonths: [],
      },
    ],
    [
      'the last month missing: no stocks, the months there are summed',
      '2024Q2',
      [month('2024-04', 3, 1, 12), month('2024-05', 2, 2, 12)],
      {
        measures: { REGISTERED: { women: 5, men: 2 }, ENDED: { women: 3, men: 0 } },
        endReasons: { STUDIES: { women: 3, men: 0 } },
        months: ['2024-04', '2024-05'],
        missingMonths: ['2024-06'],
      },
    ],
    [
      'months outside the period are ignored',
      '2024Q1',
      [month('2024-03', 1, 0, 7), month('2024-04', 9, 9, 9)],
      {
        measures: {
          REGISTERED: { women: 1, men: 1 },
          ENDED: { women: 0, men: 0 },
          ONGOING: { women: 7, men: 5 },
          ENDED_WHOLE_PERIOD: { women: 10, men: 3 },
        },
        endReasons: { STUDIES: { women: 0, men: 0 } },
        months: ['2024-03'],
        missingMonths: ['2024-01', '2024-02'],
      },
    ],
    [
      'no months at all: nothing, not zeros',
      '2024H1',
      [],
      {
        measures: {},
        endReasons: {},
        months: [],
        missingMonths: ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'],
      },
    ],
  ])('%s', (_name, period, months, expected) => {
    expect(sumParticipantMonths(period, months)).toEqual(expected);
  });

  it('keeps a field no month reports missing rather than 0', () => {
    const result = sumParticipantMonths('2024Q1', [
      { period: '2024-01', measures: { REGISTERED: { women: 2 } } },
      { period: '2024-02', measures: { REGISTERED: { women: 1, men: 4 } } },
    ]);
    expect(result.measures.REGISTERED).toEqual({ women: 3, men: 4 });
    expect(result.measures.ENDED).toBeUndefined();
  });
});
