import { describe, expect, it } from 'vitest';
import { computeReminderOccasion } from './compute-reminder-occasion.ts';
import type { TReminderOccasion } from './compute-reminder-occasion.ts';

const WEEKLY = { daysBeforeDue: 7, overdueEveryDays: 7 };

describe('computeReminderOccasion', () => {
  // Q1 2025 is due 30 April 2025 (computeReportDueDate).
  it.each<[string, TReminderOccasion | null]>([
    ['2025-04-22', null],
    ['2025-04-23', { kind: 'DUE_SOON', date: '2025-04-23' }],
    // Down on the 23rd, up on the 25th: the missed reminder still goes, keyed by its own day.
    ['2025-04-25', { kind: 'DUE_SOON', date: '2025-04-23' }],
    ['2025-04-30', { kind: 'DUE_TODAY', date: '2025-04-30' }],
    ['2025-05-06', { kind: 'DUE_TODAY', date: '2025-04-30' }],
    ['2025-05-07', { kind: 'OVERDUE', date: '2025-05-07' }],
    ['2025-05-13', { kind: 'OVERDUE', date: '2025-05-07' }],
    ['2025-05-14', { kind: 'OVERDUE', date: '2025-05-14' }],
    // Three weeks missed: one mail about now, not three.
    ['2025-06-01', { kind: 'OVERDUE', date: '2025-05-28' }],
  ])('due 2025-04-30, weekly, today %s → %o', (today, expected) => {
    expect(computeReminderOccasion('2025-04-30', today, WEEKLY)).toEqual(expected);
  });

  it('follows the förbund’s offsets', () => {
    const offsets = { daysBeforeDue: 14, overdueEveryDays: 3 };
    expect(computeReminderOccasion('2025-01-31', '2025-01-17', offsets)).toEqual({
      kind: 'DUE_SOON',
      date: '2025-01-17',
    });
    expect(computeReminderOccasion('2025-01-31', '2025-02-05', offsets)).toEqual({
      kind: 'OVERDUE',
      date: '2025-02-03',
    });
  });

  it('sends no early reminder when daysBeforeDue is 0', () => {
    expect(
      computeReminderOccasion('2025-04-30', '2025-04-29', {
        daysBeforeDue: 0,
        overdueEveryDays: 7,
      }),
    ).toBeNull();
  });

  it('rejects offsets that are not whole, non-negative days', () => {
    expect(() =>
      computeReminderOccasion('2025-04-30', '2025-04-29', {
        daysBeforeDue: -1,
        overdueEveryDays: 7,
      }),
    ).toThrow(RangeError);
    expect(() =>
      computeReminderOccasion('2025-04-30', '2025-04-29', {
        daysBeforeDue: 7,
        overdueEveryDays: 0,
      }),
    ).toThrow(RangeError);
  });
});
