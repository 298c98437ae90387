import { describe, expect, it } from 'vitest';
import { pickEconomicPlanForPeriod } from './pick-economic-plan-for-period.ts';

const plan2021 = { key: '2021-09', asOfDate: '2021-09-16', columnYears: [2021, 2022, 2023, 2024] };
const plan2024 = {
  key: '2024-10',
  asOfDate: '2024-10-24',
  columnYears: [2024, 2025, 2026, 2027, 2028],
};
const plans = [plan2024, plan2021];

describe('pickEconomicPlanForPeriod', () => {
  it.each<[number, string | null]>([
    [2024, '2024-10'],
    [2022, '2021-09'],
    [2023, '2021-09'],
    [2021, '2021-09'],
    [2026, '2024-10'],
    [2019, null],
  ])('%i → %s', (year, expected) => {
    const picked = pickEconomicPlanForPeriod(plans, { year });
    expect(picked?.key ?? null).toBe(expected);
  });
  it('never a plan drawn up after the year ended', () => {
    expect(pickEconomicPlanForPeriod([plan2024], { year: 2023 })).toBeNull();
  });
});
