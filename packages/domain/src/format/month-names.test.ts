import { describe, expect, it } from 'vitest';
import { MONTH_NAMES_SV } from './month-names.ts';

describe('MONTH_NAMES_SV', () => {
  it.each(MONTH_NAMES_SV.map((name, i) => [i + 1, name] as const))(
    'month %d is %s, as Intl sv-SE says',
    (month, name) => {
      const intl = new Intl.DateTimeFormat('sv-SE', { month: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2024, month - 1, 15)),
      );
      expect(name).toBe(intl);
    },
  );
});
