import { describe, expect, it } from 'vitest';
import { toCsv, UTF8_BOM } from './to-csv.ts';

describe('toCsv', () => {
  it('writes Swedish-Excel CSV: BOM, semicolons, CRLF, decimal comma, percent, empty cell for no data', () => {
    const csv = toCsv({
      title: 'Utfall och budget per insats, Kvartal 1–2 2024',
      columns: [
        { header: 'Insats', kind: 'text' },
        { header: 'Utfall (kr)', kind: 'kronor' },
        { header: 'Förbrukningskvot (%)', kind: 'fraction' },
      ],
      rows: [
        ['Jobbcentrum', 955_312, 955_312 / 1_326_000],
        ['Förstudie pilotprojekt', 115_000, null],
        ['Ett "citerat"; namn', -2_959_000, { number: 0.5, kind: 'fraction' }],
      ],
    });
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Insats;Utfall (kr);Förbrukningskvot (%)',
      // 955 312 / 1 326 000 = 0,720446… → 72,0 % (one decimal), not 0,7204464555052791.
      'Jobbcentrum;955312;72',
      'Förstudie pilotprojekt;115000;',
      '"Ett ""citerat""; namn";-2959000;50',
      '',
    ]);
  });
});
