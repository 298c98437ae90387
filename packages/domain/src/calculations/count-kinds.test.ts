import { describe, expect, it } from 'vitest';
import { countKinds, type TKindCountInput } from './count-kinds.ts';

const i = (
  kind: TKindCountInput['kind'],
  colour: TKindCountInput['colour'],
  activeInPeriod = true,
) => ({
  kind,
  colour,
  activeInPeriod,
});

describe('countKinds', () => {
  it.each<[string, TKindCountInput[], ReturnType<typeof countKinds>]>([
    [
      '2024 H1: 8 individ (4 green, 4 yellow), 3 struktur, 1 förstudie',
      [
        ...Array.from({ length: 4 }, () => i('INDIVIDUAL', 'GREEN')),
        ...Array.from({ length: 4 }, () => i('INDIVIDUAL', 'YELLOW')),
        ...Array.from({ length: 3 }, () => i('STRUCTURAL', 'GREEN')),
        i('PRE_STUDY', 'GREEN'),
        i('OTHER_COOPERATION', null),
        i('INDIVIDUAL', 'RED', false),
      ],
      [
        { kind: 'INDIVIDUAL', count: 8, green: 4, yellow: 4, red: 0, noStatus: 0 },
        { kind: 'STRUCTURAL', count: 3, green: 3, yellow: 0, red: 0, noStatus: 0 },
        { kind: 'PRE_STUDY', count: 1, green: 1, yellow: 0, red: 0, noStatus: 0 },
      ],
    ],
    [
      'no reports: all without status',
      [i('STRUCTURAL', null)],
      [{ kind: 'STRUCTURAL', count: 1, green: 0, yellow: 0, red: 0, noStatus: 1 }],
    ],
    ['nothing running', [], []],
  ])('%s', (_name, items, expected) => {
    expect(countKinds(items)).toEqual(expected);
  });
});
