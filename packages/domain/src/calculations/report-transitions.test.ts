import { describe, expect, it } from 'vitest';
import type { TReportStatus } from '../schemas/enums.ts';
import { nextReportStatus, reportTransition } from './report-transitions.ts';
import type { TReportAction } from './report-transitions.ts';

describe('nextReportStatus', () => {
  it.each<[TReportStatus, TReportAction, TReportStatus | null]>([
    ['DRAFT', 'submit', 'SUBMITTED'],
    ['RETURNED', 'submit', 'SUBMITTED'],
    ['SUBMITTED', 'submit', null],
    ['APPROVED', 'submit', null],
    ['SUBMITTED', 'approve', 'APPROVED'],
    ['DRAFT', 'approve', null],
    ['RETURNED', 'approve', null],
    ['APPROVED', 'approve', null],
    ['SUBMITTED', 'return', 'RETURNED'],
    ['DRAFT', 'return', null],
    ['APPROVED', 'return', null],
    ['APPROVED', 'reopen', 'RETURNED'],
    ['SUBMITTED', 'reopen', null],
    ['DRAFT', 'reopen', null],
    ['RETURNED', 'reopen', null],
  ])('%s --%s--> %s', (status, action, next) => {
    expect(nextReportStatus(status, action)).toBe(next);
  });

  it.each<[TReportAction, 'REPORTER' | 'OFFICE', boolean]>([
    ['submit', 'REPORTER', false],
    ['approve', 'OFFICE', false],
    ['return', 'OFFICE', true],
    ['reopen', 'OFFICE', true],
  ])('%s is done by %s, comment required: %s', (action, by, commentRequired) => {
    expect(reportTransition(action)).toMatchObject({ by, commentRequired });
  });
});
