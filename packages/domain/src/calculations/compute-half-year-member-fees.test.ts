import { describe, expect, it } from 'vitest';
import { computeHalfYearMemberFees } from './compute-half-year-member-fees.ts';
import {
  HALF_YEAR_FEES_2024_H1_PRINTED,
  MEMBER_FEES_2024,
} from './fixtures/member-fees.fixtures.ts';

describe('computeHalfYearMemberFees', () => {
  it.each([
    [305_547, 152_774],
    [3_539_137, 1_769_569],
    [695_314, 347_657],
    [1, 1],
    [0, 0],
  ])('annual %d → half-year %d', (annual, half) => {
    expect(
      computeHalfYearMemberFees([{ key: 'x', amountKronor: annual }]).lines[0]?.amountKronor,
    ).toBe(half);
  });

  it('without a nominal total there is no difference to report', () => {
    expect(
      computeHalfYearMemberFees([{ key: 'x', amountKronor: 3 }]).roundingDifferenceKronor,
    ).toBeNull();
  });
});

describe('2024-10 delårsrapport Not 1, 2024-01-01 – 2024-06-30: every member', () => {
  const annual = [
    ...MEMBER_FEES_2024.municipalities.map((m) => ({ key: m.key, amountKronor: m.printedKronor })),
    { key: 'region-uppsala', amountKronor: MEMBER_FEES_2024.printed.regionKronor },
    { key: 'forsakringskassan', amountKronor: MEMBER_FEES_2024.printed.stateKronor },
  ];
  const result = computeHalfYearMemberFees(annual, MEMBER_FEES_2024.totalKronor);

  it.each(Object.entries(HALF_YEAR_FEES_2024_H1_PRINTED))('%s prints %d', (key, printed) => {
    expect(result.lines.find((l) => l.key === key)?.amountKronor).toBe(printed);
  });

  it('the members sum to 11 661 001 while the paper’s sum row prints the nominal 11 661 000 (+1 kr, Tierp and Uppsala round up)', () => {
    expect(result.sumKronor).toBe(11_661_001);
    expect(result.roundingDifferenceKronor).toBe(1);
  });
});
