import { describe, expect, it } from 'vitest';
import type { TDashboardFigureSource, TTargetMetric } from '../schemas/index.ts';
import { measureTarget, type TTargetMeasureInputs } from './measure-target.ts';

/** Only the fields measureTarget reads; the rest of the DTOs does not matter here. */
function inputs(given: {
  ended?: number | null;
  toWork?: number | null;
  withPlan?: number | null;
  sources?: Partial<
    Record<'ended' | 'endedToWorkOrStudies' | 'endedWithRehabilitationPlan', TDashboardFigureSource>
  >;
  preRehabRows?: [plan: number | null, ended: number | null][];
  structural?: ('GREEN' | 'YELLOW' | 'RED' | null)[];
  outcomes?: [kind: string, periodKronor: number | null, yearToDateKronor: number | null][];
  federationMetrics?: TTargetMeasureInputs['federationMetrics'];
}): TTargetMeasureInputs {
  const total = (value: number | null | undefined) => ({ total: value ?? null });
  return {
    participants: {
      totals: {
        ended: total(given.ended),
        endedToWorkOrStudies: total(given.toWork),
        endedWithRehabilitationPlan: total(given.withPlan),
      },
      sources: {
        ended: 'INTERVENTION_ROWS',
        endedToWorkOrStudies: 'INTERVENTION_ROWS',
        endedWithRehabilitationPlan: 'NONE',
        ...given.sources,
      },
      rows: (given.preRehabRows ?? []).map(([plan, ended]) => ({
        aim: 'PRE_REHABILITATION',
        counts: { endedWithRehabilitationPlan: total(plan), ended: total(ended) },
      })),
    } as unknown as TTargetMeasureInputs['participants'],
    money: {
      rows: (given.outcomes ?? []).map(([kind, periodOutcomeKronor, outcomeKronor]) => ({
        kind,
        periodOutcomeKronor,
        outcomeKronor,
      })),
      otherCooperationRows: [],
    } as unknown as TTargetMeasureInputs['money'],
    interventions: (given.structural ?? []).map((colour) => ({
      activeInPeriod: true,
      kind: 'STRUCTURAL',
      goalStatus: colour ? { colour } : null,
    })) as unknown as TTargetMeasureInputs['interventions'],
    federationMetrics: given.federationMetrics ?? [],
  };
}

describe('measureTarget', () => {
  it.each<
    [
      string,
      TTargetMetric,
      TTargetMeasureInputs,
      number | null,
      number | null,
      number | null,
      TDashboardFigureSource,
    ]
  >([
    // 2024 delårsrapport: 59 of 127 avslutade to work or studies (46 %).
    [
      '2024 H1 to work/studies, 59 of 127',
      'SHARE_TO_WORK_OR_STUDIES',
      inputs({ ended: 127, toWork: 59 }),
      59 / 127,
      59,
      127,
      'INTERVENTION_ROWS',
    ],
    [
      'to work/studies from the förbund-level figure',
      'SHARE_TO_WORK_OR_STUDIES',
      inputs({ ended: 127, toWork: 59, sources: { endedToWorkOrStudies: 'FEDERATION_FIGURE' } }),
      59 / 127,
      59,
      127,
      'FEDERATION_FIGURE',
    ],
    [
      'no one ended: no share, not 0 %',
      'SHARE_TO_WORK_OR_STUDIES',
      inputs({ ended: 0, toWork: 0 }),
      null,
      0,
      0,
      'NONE',
    ],
    [
      'rehab plan summed over förrehabiliterande rows',
      'SHARE_WITH_REHABILITATION_PLAN',
      inputs({
        preRehabRows: [
          [9, 10],
          [null, 4],
          [3, 5],
        ],
      }),
      12 / 15,
      12,
      15,
      'INTERVENTION_ROWS',
    ],
    [
      // 2024 H1: "98 % har en plan", printed without counts.
      'rehab plan only as a förbund-level result',
      'SHARE_WITH_REHABILITATION_PLAN',
      inputs({
        federationMetrics: [
          { metric: 'SHARE_WITH_REHABILITATION_PLAN', value: 0.98, note: '98 % har en plan' },
        ],
      }),
      0.98,
      null,
      null,
      'FEDERATION_FIGURE',
    ],
    [
      'rehab plan without any figure',
      'SHARE_WITH_REHABILITATION_PLAN',
      inputs({}),
      null,
      null,
      null,
      'NONE',
    ],
    [
      'structural goals: 2 in phase of 3 answered',
      'SHARE_STRUCTURAL_GOALS_MET',
      inputs({ structural: ['GREEN', 'GREEN', 'RED', null] }),
      2 / 3,
      2,
      3,
      'REPORT_ANSWERS',
    ],
    [
      // 2024 H1: 7 kompetenshöjande aktiviteter (a förbund-level count).
      'competence activities from the förbund-level count',
      'COMPETENCE_ACTIVITIES',
      inputs({ federationMetrics: [{ metric: 'COMPETENCE_ACTIVITIES', value: 7, note: null }] }),
      7,
      null,
      null,
      'FEDERATION_FIGURE',
    ],
    [
      'share of funds: the period’s own utfall, else year to date',
      'SHARE_OF_FUNDS_INDIVIDUAL',
      inputs({
        outcomes: [
          ['INDIVIDUAL', 600, 900],
          ['STRUCTURAL', null, 300],
          ['OTHER_COOPERATION', 100, 100],
        ],
      }),
      600 / 1000,
      600,
      1000,
      'INTERVENTION_ROWS',
    ],
    ['share of funds without utfall', 'SHARE_OF_FUNDS_STRUCTURAL', inputs({}), null, 0, 0, 'NONE'],
  ])('%s', (_label, metric, given, actual, part, whole, source) => {
    const measured = measureTarget(metric, given);
    if (actual === null) expect(measured.actual).toBeNull();
    else expect(measured.actual).toBeCloseTo(actual, 12);
    expect([measured.part, measured.whole, measured.source]).toEqual([part, whole, source]);
    expect(measured.note).not.toBe('');
  });
});
