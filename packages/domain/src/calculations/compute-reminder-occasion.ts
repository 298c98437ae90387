import { addDays, daysBetween } from './add-days.ts';

/** Which reminder of a report (påminnelse): before the due date, on it, or while overdue. */
export type TReminderKind = 'DUE_SOON' | 'DUE_TODAY' | 'OVERDUE';

export interface TReminderOffsets {
  /** Days before the due date of the first reminder (the förbund's setting, default 7); 0: none. */
  daysBeforeDue: number;
  /** Days between reminders while overdue (default 7: weekly); the first comes this many days after the due date. */
  overdueEveryDays: number;
}

export interface TReminderOccasion {
  kind: TReminderKind;
  /** The Swedish day this reminder belongs to: with the report and kind, its once-only key. */
  date: string;
}

/**
 * The latest reminder of a not yet submitted report that is due on or before `today` (the Swedish
 * calendar day), or null when none is due yet. Reminders fall on due − daysBeforeDue (DUE_SOON),
 * the due date (DUE_TODAY) and due + n × overdueEveryDays, n ≥ 1 (OVERDUE).
 *
 * Only the latest one is returned: a process that was down for days catches up with one mail
 * about where the report stands now, not one per missed day (a restart on the due date sends the
 * due-date reminder, not also the one from a week before). The caller decides whether the
 * report is still open and keys the sent reminder by report, kind and `date`, so each goes once.
 *
 * @throws RangeError for a malformed date, or offsets that are negative or not whole days.
 */
export function computeReminderOccasion(
  dueDate: string,
  today: string,
  offsets: TReminderOffsets,
): TReminderOccasion | null {
  const { daysBeforeDue, overdueEveryDays } = offsets;
  if (!Number.isInteger(daysBeforeDue) || daysBeforeDue < 0) {
    throw new RangeError(`Ogiltigt antal dagar före förfallodagen: ${daysBeforeDue}.`);
  }
  if (!Number.isInteger(overdueEveryDays) || overdueEveryDays < 1) {
    throw new RangeError(`Ogiltigt intervall för försenade rapporter: ${overdueEveryDays}.`);
  }
  const late = daysBetween(dueDate, today);
  if (late >= overdueEveryDays) {
    const steps = Math.floor(late / overdueEveryDays);
    return { kind: 'OVERDUE', date: addDays(dueDate, steps * overdueEveryDays) };
  }
  if (late >= 0) return { kind: 'DUE_TODAY', date: dueDate };
  if (daysBeforeDue > 0 && -late <= daysBeforeDue) {
    return { kind: 'DUE_SOON', date: addDays(dueDate, -daysBeforeDue) };
  }
  return null;
}
