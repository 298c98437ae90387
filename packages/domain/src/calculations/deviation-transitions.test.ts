import { describe, expect, it } from 'vitest';
import type { TDeviationStatus } from '../schemas/enums.ts';
import { deviationTransition, nextDeviationStatus } from './deviation-transitions.ts';
import type { TDeviationAction } from './deviation-transitions.ts';

describe('nextDeviationStatus', () => {
  it.each<[TDeviationStatus, TDeviationAction, TDeviationStatus | null]>([
    ['SUBMITTED', 'review', 'UNDER_REVIEW'],
    ['UNDER_REVIEW', 'review', null],
    ['APPROVED', 'review', null],
    ['SUBMITTED', 'approve', 'APPROVED'],
    ['UNDER_REVIEW', 'approve', 'APPROVED'],
    ['APPROVED', 'approve', null],
    ['REJECTED', 'approve', null],
    ['SUBMITTED', 'reject', 'REJECTED'],
    ['UNDER_REVIEW', 'reject', 'REJECTED'],
    ['REJECTED', 'reject', null],
    ['APPROVED', 'reject', null],
  ])('%s --%s--> %s', (status, action, next) => {
    expect(nextDeviationStatus(status, action)).toBe(next);
  });

  it.each<[TDeviationAction, boolean, boolean]>([
    ['review', false, false],
    ['approve', false, true],
    ['reject', true, false],
  ])('%s: reason required %s, applies its effect %s', (action, reasonRequired, appliesEffect) => {
    expect(deviationTransition(action)).toMatchObject({ reasonRequired, appliesEffect });
  });
});
