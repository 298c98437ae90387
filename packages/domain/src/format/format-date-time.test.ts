import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format-date-time.ts';

describe('formatDateTime', () => {
  it.each<[string | null, string]>([
    // CEST (UTC+2): half past midnight on 1 May in Sweden.
    ['2024-04-30T22:30:00.000Z', '1 maj 2024 kl. 00.30'],
    // CET (UTC+1).
    ['2024-12-01T20:05:00Z', '1 december 2024 kl. 21.05'],
    [null, '–'],
    ['inte ett datum', '–'],
  ])('%s → %s', (iso, text) => {
    expect(formatDateTime(iso)).toBe(text);
  });
});
