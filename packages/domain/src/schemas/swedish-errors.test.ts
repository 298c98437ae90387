import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { ZAmountKronor, ZFreeText, ZId, ZName, ZVersion } from './index.ts';

const messages = (schema: z.ZodMiniType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('zod answers in Swedish where a schema gives no message of its own', () => {
  it.each([
    [z.string(), 5, 'Ange en text.'],
    [z.string(), undefined, 'Fältet måste fyllas i.'],
    [z.number(), 'x', 'Ange ett tal.'],
    [z.boolean(), 'ja', 'Ange ja eller nej (true eller false).'],
    [z.array(z.string()), {}, 'Ange en lista.'],
    [z.object({}), 'x', 'Uppgifterna saknas eller har fel form.'],
    [z.string().check(z.maxLength(64)), 'x'.repeat(65), 'Texten är för lång (högst 64 tecken).'],
    [z.string().check(z.minLength(1)), '', 'Fältet får inte vara tomt.'],
    [z.number().check(z.lte(2000)), 5000, 'Talet är för stort (högst 2\u00a0000).'],
    [z.int(), 1.5, 'Ange ett heltal.'],
    [z.enum(['A', 'B']), 'C', 'Välj ett av: A, B.'],
    [z.strictObject({}), { x: 1 }, 'Okänt fält: x. Bara de fält formuläret har tas emot.'],
    [z.email(), 'nej', 'Ange en giltig e-postadress, t.ex. namn@kommun.se.'],
  ])('%# %j → %s', (schema, value, expected) => {
    expect(messages(schema, value)).toEqual([expected]);
  });
});

describe('text and number fields refuse what the database cannot hold', () => {
  it.each([
    [
      ZId,
      'a\u0000b',
      'Fältet innehåller ett otillåtet tecken (U+0000, NUL). Ta bort det och försök igen.',
    ],
    [
      ZFreeText,
      'x\u0000',
      'Fältet innehåller ett otillåtet tecken (U+0000, NUL). Ta bort det och försök igen.',
    ],
    [
      ZName,
      'a\ud800',
      'Fältet innehåller ett trasigt tecken (ett halvt UTF-16-tecken). Skriv in texten på nytt.',
    ],
    [
      ZName,
      '\udc00b',
      'Fältet innehåller ett trasigt tecken (ett halvt UTF-16-tecken). Skriv in texten på nytt.',
    ],
    [ZVersion, 2_147_483_648, 'Versionen finns inte (för stort tal).'],
    [ZAmountKronor, 2 ** 31, 'Beloppet är orimligt stort (högst 1 000 000 000 kr).'],
    [ZAmountKronor, -(2 ** 31), 'Beloppet är orimligt stort (högst 1 000 000 000 kr).'],
  ])('%# %j', (schema, value, expected) => {
    expect(messages(schema, value)).toEqual([expected]);
  });

  it.each([
    [ZName, 'Ung framtid 😀'],
    [ZVersion, 2_147_483_647],
    [ZAmountKronor, 1_000_000_000],
    [ZAmountKronor, -1_000_000_000],
  ])('%# accepts %j', (schema, value) => {
    expect(messages(schema, value)).toEqual([]);
  });
});
