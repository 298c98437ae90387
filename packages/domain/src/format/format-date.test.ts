import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.ts';

describe('formatDate', () => {
  it.each<[string | null | undefined, string]>([
    ['2024-06-30', '30 juni 2024'],
    ['2024-10-24', '24 oktober 2024'],
    ['2025-01-01', '1 januari 2025'],
    ['2024-03-15', '15 mars 2024'],
    ['2024-04-30T23:30:00Z', '30 april 2024'],
    [null, '\u2013'],
    [undefined, '\u2013'],
  ])('%s → %j', (date, text) => {
    expect(formatDate(date)).toBe(text);
  });

  it('rejects a date that does not exist', () => {
    expect(() => formatDate('2024-02-30')).toThrow(RangeError);
  });
});
