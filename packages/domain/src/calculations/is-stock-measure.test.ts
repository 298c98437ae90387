import { describe, expect, it } from 'vitest';
import { ZParticipantMeasure } from '../schemas/index.ts';
import { isStockMeasure } from './is-stock-measure.ts';

describe('isStockMeasure', () => {
  it.each([
    ['ONGOING', true],
    ['ENDED_WHOLE_PERIOD', true],
    ['REGISTERED', false],
    ['ENDED', false],
    ['ENDED_TO_WORK_OR_STUDIES', false],
    ['ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING', false],
    ['ANONYMOUS_REGISTERED', false],
  ] as const)('%s → %s', (measure, expected) => {
    expect(isStockMeasure(measure)).toBe(expected);
  });

  it('knows every measure', () => {
    expect(ZParticipantMeasure.options.filter(isStockMeasure)).toEqual([
      'ENDED_WHOLE_PERIOD',
      'ONGOING',
    ]);
  });
});
