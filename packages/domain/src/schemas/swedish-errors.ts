import { z } from 'zod/mini';

/**
 * zod's messages in Swedish, for every check a schema does not word itself. Installed once, by
 * importing the schemas (index.ts), so the API and the web app answer alike. Schemas that know
 * their field still say it better ("Ange ett belopp i hela kronor."); this is the floor, so that
 * no English default ("Invalid input: expected string, received number") ever reaches a user.
 * zod's own `z.locales.sv()` exists, but reads as a translation of type names; these speak of
 * what the person should enter.
 */
export function swedishIssueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return invalidTypeMessage(issue.expected, issue.input);
    case 'too_big':
      return tooBigMessage(issue.origin, issue.maximum);
    case 'too_small':
      return tooSmallMessage(issue.origin, issue.minimum);
    case 'invalid_format':
      return invalidFormatMessage(issue.format);
    case 'not_multiple_of':
      return `Värdet måste vara en multipel av ${String(issue.divisor)}.`;
    case 'unrecognized_keys':
      return `Okänt fält: ${issue.keys.join(', ')}. Bara de fält formuläret har tas emot.`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Värdet måste vara ${String(issue.values[0])}.`
        : `Välj ett av: ${issue.values.map(String).join(', ')}.`;
    case 'invalid_union':
      return 'Värdet passar inte något av de tillåtna alternativen.';
    case 'invalid_key':
      return 'En nyckel i uppgifterna är inte giltig.';
    case 'invalid_element':
      return 'Ett värde i listan är inte giltigt.';
    default:
      return 'Värdet är inte giltigt.';
  }
}

function invalidTypeMessage(expected: string, input: unknown): string {
  if (input === undefined) return 'Fältet måste fyllas i.';
  switch (expected) {
    case 'string':
      return 'Ange en text.';
    case 'number':
      return 'Ange ett tal.';
    case 'int':
      return 'Ange ett heltal.';
    case 'boolean':
      return 'Ange ja eller nej (true eller false).';
    case 'array':
      return 'Ange en lista.';
    case 'object':
      return 'Uppgifterna saknas eller har fel form.';
    case 'date':
      return 'Ange ett datum.';
    case 'null':
      return 'Fältet ska vara tomt (null).';
    default:
      return 'Fältet har fel typ.';
  }
}

const count = (value: number | bigint) =>
  typeof value === 'number' ? value.toLocaleString('sv-SE') : value.toString();

function tooBigMessage(origin: string, maximum: number | bigint): string {
  switch (origin) {
    case 'string':
      return `Texten är för lång (högst ${count(maximum)} tecken).`;
    case 'array':
    case 'set':
      return `För många rader (högst ${count(maximum)}).`;
    case 'number':
    case 'int':
    case 'bigint':
      return `Talet är för stort (högst ${count(maximum)}).`;
    default:
      return 'Värdet är för stort.';
  }
}

function tooSmallMessage(origin: string, minimum: number | bigint): string {
  switch (origin) {
    case 'string':
      return Number(minimum) <= 1
        ? 'Fältet får inte vara tomt.'
        : `Texten är för kort (minst ${count(minimum)} tecken).`;
    case 'array':
    case 'set':
      return Number(minimum) <= 1 ? 'Ange minst en rad.' : `Ange minst ${count(minimum)} rader.`;
    case 'number':
    case 'int':
    case 'bigint':
      return `Talet är för litet (minst ${count(minimum)}).`;
    default:
      return 'Värdet är för litet.';
  }
}

function invalidFormatMessage(format: string): string {
  switch (format) {
    case 'email':
      return 'Ange en giltig e-postadress, t.ex. namn@kommun.se.';
    case 'date':
      return 'Ange datumet som ÅÅÅÅ-MM-DD.';
    case 'datetime':
      return 'Ange tidpunkten som ÅÅÅÅ-MM-DDTtt:mm:ssZ.';
    case 'url':
      return 'Ange en giltig webbadress.';
    case 'uuid':
    case 'cuid':
    case 'cuid2':
      return 'Id:t har fel form.';
    default:
      return 'Värdet har fel form.';
  }
}

/** Installs the Swedish messages as zod's global error map (idempotent). */
export function installSwedishErrors(): void {
  z.config({ customError: swedishIssueMessage });
}

installSwedishErrors();
