import { describe, expect, it } from 'vitest';
import { splitMemberFees } from './split-member-fees.ts';
import {
  MEMBER_FEES_2022,
  MEMBER_FEES_2024,
  type TMemberFeeYearFixture,
} from './fixtures/member-fees.fixtures.ts';

function split(fixture: TMemberFeeYearFixture) {
  return splitMemberFees({
    totalKronor: fixture.totalKronor,
    stateKeys: ['forsakringskassan', 'arbetsformedlingen'],
    regionKey: 'region-uppsala',
    municipalities: fixture.municipalities,
  });
}

describe('splitMemberFees', () => {
  it('rounds each member on its own and reports the difference', () => {
    const result = splitMemberFees({
      totalKronor: 1000,
      stateKeys: ['fk'],
      regionKey: 'region',
      municipalities: [
        { key: 'a', population: 1 },
        { key: 'b', population: 1 },
        { key: 'c', population: 2 },
      ],
    });
    // 250 kr over populations 1/1/2 = 62.5 / 62.5 / 125 → 63 / 63 / 125.
    expect(result.lines.map((l) => [l.key, l.amountKronor])).toEqual([
      ['fk', 500],
      ['region', 250],
      ['a', 63],
      ['b', 63],
      ['c', 125],
    ]);
    expect(result.municipalRoundingDifferenceKronor).toBe(1);
    expect(result.roundingDifferenceKronor).toBe(1);
  });

  it('the state line is paid by the first state member on behalf of all', () => {
    const [state] = split(MEMBER_FEES_2022).lines;
    expect(state).toMatchObject({
      key: 'forsakringskassan',
      group: 'STATE',
      coversKeys: ['forsakringskassan', 'arbetsformedlingen'],
    });
  });

  it.each([
    ['no state member', { stateKeys: [] as string[] }],
    ['no population', { municipalities: [{ key: 'a', population: 0 }] }],
    [
      'a negative population',
      {
        municipalities: [
          { key: 'a', population: -1 },
          { key: 'b', population: 5 },
        ],
      },
    ],
  ])('rejects %s', (_label, override) => {
    expect(() =>
      splitMemberFees({
        totalKronor: 1000,
        stateKeys: ['fk'],
        regionKey: 'region',
        municipalities: [{ key: 'a', population: 1 }],
        ...override,
      }),
    ).toThrow(RangeError);
  });
});

describe.each([
  ['2021-09 "Preliminära medlemsavgifter 2022"', MEMBER_FEES_2022],
  ['2024-10 delårsrapport Not 1, Helår 2024', MEMBER_FEES_2024],
])('%s: every member', (_paper, fixture) => {
  const result = split(fixture);
  const amount = (key: string) => result.lines.find((l) => l.key === key)?.amountKronor;

  it.each(fixture.municipalities)('$key prints $printedKronor', ({ key, printedKronor }) => {
    expect(amount(key)).toBe(printedKronor);
  });

  it('FK och AF genom FK, Region Uppsala and the municipal total print as the nominal shares', () => {
    expect(amount('forsakringskassan')).toBe(fixture.printed.stateKronor);
    expect(amount('region-uppsala')).toBe(fixture.printed.regionKronor);
    expect(result.municipalitiesNominalKronor).toBe(fixture.printed.municipalitiesKronor);
  });
});

describe('rounding differences are shown, not hidden', () => {
  it('2022: the municipal amounts sum to 5 692 501 against the printed 5 692 500 (+1 kr)', () => {
    const result = split(MEMBER_FEES_2022);
    expect(result.municipalitiesSumKronor).toBe(5_692_501);
    expect(result.municipalRoundingDifferenceKronor).toBe(1);
    expect(result.sumKronor).toBe(22_770_001);
    expect(result.roundingDifferenceKronor).toBe(1);
  });

  it('2024: the municipal amounts sum exactly to 5 830 500', () => {
    const result = split(MEMBER_FEES_2024);
    expect(result.municipalRoundingDifferenceKronor).toBe(0);
    expect(result.roundingDifferenceKronor).toBe(0);
  });
});
