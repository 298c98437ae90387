import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './parse-iso-date.ts';

describe('parseIsoDate', () => {
  it.each([
    ['2024-06-30', { year: 2024, month: 6, day: 30 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2024-04-30T23:30:00Z', { year: 2024, month: 4, day: 30 }],
  ])('%s', (text, parts) => {
    expect(parseIsoDate(text)).toEqual(parts);
  });

  it.each(['2023-02-29', '2024-13-01', '2024-00-10', '2024-06-31', '30 juni 2024', ''])(
    'rejects %j',
    (text) => {
      expect(() => parseIsoDate(text)).toThrow(/Ogiltigt datum/);
    },
  );
});
