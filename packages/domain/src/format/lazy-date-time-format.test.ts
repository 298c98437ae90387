import { describe, expect, it } from 'vitest';
import { lazyDateTimeFormat } from './lazy-date-time-format.ts';

describe('lazyDateTimeFormat', () => {
  it.each<[string, Intl.DateTimeFormatOptions, string, string]>([
    // 22:30 UTC on 30 April is 00:30 on 1 May in Stockholm (CEST).
    [
      'en-GB',
      { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
      '2024-04-30T22:30:00Z',
      '00:30',
    ],
    // Winter time: UTC+1.
    [
      'en-GB',
      { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
      '2024-01-15T11:05:00Z',
      '12:05',
    ],
    [
      'en-US',
      { timeZone: 'Europe/Stockholm', year: 'numeric', month: 'numeric', day: 'numeric' },
      '2024-04-30T22:30:00Z',
      '5/1/2024',
    ],
  ])('%s %j formats %s as %j', (locale, options, iso, text) => {
    expect(lazyDateTimeFormat(locale, options)().format(new Date(iso))).toBe(text);
  });

  it('builds the formatter once, on the first call', () => {
    const format = lazyDateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm' });
    expect(format()).toBe(format());
  });
});
