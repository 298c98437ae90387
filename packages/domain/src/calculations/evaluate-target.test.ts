import { describe, expect, it } from 'vitest';
import type { TComparison } from '../schemas/index.ts';
import { evaluateTarget, type TTargetEvaluation } from './evaluate-target.ts';

describe('evaluateTarget', () => {
  it.each<[string, TComparison, number, number | null, TTargetEvaluation | null]>([
    // Verksamhetsplan 2024 targets against the 2024 delårsrapport's outcomes.
    ['2024: ≥ 35 % to work/studies, 59 of 127', 'GTE', 0.35, 59 / 127, 'MET'],
    ['2024: ≥ 90 % with a rehab plan, 98 %', 'GTE', 0.9, 0.98, 'MET'],
    ['2024: ≥ 15 kompetenshöjande aktiviteter, 7 by June', 'GTE', 15, 7, 'NOT_MET'],
    ['2019: ≥ 80 % with a plan, 90 %', 'GTE', 0.8, 0.9, 'MET'],
    ['exactly on the target', 'GTE', 0.35, 7 / 20, 'MET'],
    ['just below, though shown "35 %"', 'GTE', 0.35, 0.3496, 'NOT_MET'],
    ['LTE met', 'LTE', 0.1, 0.05, 'MET'],
    ['LTE not met', 'LTE', 0.1, 0.15, 'NOT_MET'],
    ['EQ within float noise', 'EQ', 0.3, 0.1 + 0.2, 'MET'],
    ['EQ not met', 'EQ', 15, 14, 'NOT_MET'],
    ['no data', 'GTE', 0.35, null, null],
  ])('%s', (_label, comparison, target, actual, expected) => {
    expect(evaluateTarget({ comparison, target, actual })).toBe(expected);
  });
});

describe('evaluateTarget for a running count part of the year', () => {
  it.each<[string, TComparison, number, number, TTargetEvaluation]>([
    ['2024 H1: 7 of "minst 15 aktiviteter under året" — not yet met', 'GTE', 15, 7, 'NOT_YET_MET'],
    ['already at the yearly minimum by June', 'GTE', 15, 15, 'MET'],
    ['a maximum passed early stays passed', 'LTE', 10, 12, 'NOT_MET'],
  ])('%s', (_label, comparison, target, actual, expected) => {
    expect(evaluateTarget({ comparison, target, actual, partOfYearCount: true })).toBe(expected);
  });
});
