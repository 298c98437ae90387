import { describe, expect, it } from 'vitest';
import type { TGender, TParticipantMeasure } from '../schemas/index.ts';
import {
  aggregateParticipantFigures,
  type TParticipantFigureInput,
} from './aggregate-participant-figures.ts';
import type { TParticipantMeasureCounts } from './gender-counts.ts';

const fig = (
  startMonth: number,
  endMonth: number,
  measure: TParticipantMeasure,
  gender: TGender,
  count: number,
): TParticipantFigureInput => ({ startMonth, endMonth, measure, gender, count });

// 2024-10 PM Tabell 6, Knivsta (En väg in – steget vidare), Q1–Q2 2024.
const KNIVSTA_2024_H1: TParticipantFigureInput[] = [
  fig(1, 6, 'REGISTERED', 'WOMEN', 13),
  fig(1, 6, 'REGISTERED', 'MEN', 8),
  fig(1, 6, 'ENDED', 'WOMEN', 9),
  fig(1, 6, 'ENDED', 'MEN', 11),
  fig(1, 6, 'ONGOING', 'WOMEN', 15),
  fig(1, 6, 'ONGOING', 'MEN', 8),
];

describe('aggregateParticipantFigures', () => {
  it.each<
    [
      string,
      TParticipantFigureInput[],
      { startMonth: number; endMonth: number },
      TParticipantMeasureCounts | null,
    ]
  >([
    ['nothing stored', [], { startMonth: 1, endMonth: 6 }, null],
    [
      'the half-year as stored',
      KNIVSTA_2024_H1,
      { startMonth: 1, endMonth: 6 },
      {
        REGISTERED: { women: 13, men: 8 },
        ENDED: { women: 9, men: 11 },
        ONGOING: { women: 15, men: 8 },
      },
    ],
    [
      'a half-year does not answer a quarter',
      KNIVSTA_2024_H1,
      { startMonth: 1, endMonth: 3 },
      null,
    ],
    [
      'months make a quarter: flows summed, ongoing from the last month',
      [
        fig(4, 4, 'REGISTERED', 'WOMEN', 2),
        fig(4, 4, 'ONGOING', 'WOMEN', 10),
        fig(5, 5, 'REGISTERED', 'WOMEN', 3),
        fig(5, 5, 'ONGOING', 'WOMEN', 12),
        fig(6, 6, 'REGISTERED', 'WOMEN', 1),
        fig(6, 6, 'ONGOING', 'WOMEN', 11),
        fig(6, 6, 'ENDED_WHOLE_PERIOD', 'MEN', 40),
      ],
      { startMonth: 4, endMonth: 6 },
      { REGISTERED: { women: 6 }, ONGOING: { women: 11 }, ENDED_WHOLE_PERIOD: { men: 40 } },
    ],
    [
      'a förbund-level total without gender ("59 individer")',
      [fig(1, 6, 'ENDED_TO_WORK_OR_STUDIES', 'UNSPECIFIED', 59)],
      { startMonth: 1, endMonth: 6 },
      { ENDED_TO_WORK_OR_STUDIES: { unspecified: 59 } },
    ],
    [
      'a missing month is no data',
      [fig(4, 4, 'REGISTERED', 'WOMEN', 2), fig(6, 6, 'REGISTERED', 'WOMEN', 1)],
      { startMonth: 4, endMonth: 6 },
      null,
    ],
    [
      'a reported 0 stays 0',
      [fig(1, 6, 'ENDED', 'WOMEN', 0), fig(1, 6, 'ENDED', 'MEN', 0)],
      { startMonth: 1, endMonth: 6 },
      { ENDED: { women: 0, men: 0 } },
    ],
  ])('%s', (_label, figures, range, expected) => {
    expect(aggregateParticipantFigures(figures, range)).toEqual(expected);
  });
});
