/**
 * Characters PostgreSQL cannot store in a text column, or that are not text at all: U+0000 (NUL;
 * PostgreSQL refuses it with an error) and a lone UTF-16 surrogate (half of a character; it cannot
 * be encoded as UTF-8). Both arrive only from a broken or hostile client, never from a keyboard.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const UNSAFE_TEXT_MESSAGES = {
  nul: 'Fältet innehåller ett otillåtet tecken (U+0000, NUL). Ta bort det och försök igen.',
  surrogate:
    'Fältet innehåller ett trasigt tecken (ett halvt UTF-16-tecken). Skriv in texten på nytt.',
} as const;

/** The Swedish message for the first unsafe character in `value`, or null when it is clean. */
export function unsafeTextMessage(value: string): string | null {
  if (value.includes('\u0000')) return UNSAFE_TEXT_MESSAGES.nul;
  if (LONE_SURROGATE.test(value)) return UNSAFE_TEXT_MESSAGES.surrogate;
  return null;
}

export interface TUnsafeTextFinding {
  /** Dot path below the scanned value ("answers.0.comment"); "" for the value itself. */
  path: string;
  message: string;
}

/**
 * Every string and object key in a parsed JSON value (or a query object) with an unsafe character.
 * Iterative, so a deeply nested body cannot overflow the stack; stops after `max` findings.
 */
export function findUnsafeText(value: unknown, max = 20): TUnsafeTextFinding[] {
  const findings: TUnsafeTextFinding[] = [];
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0 && findings.length < max) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      const message = unsafeTextMessage(current);
      if (message) findings.push({ path, message });
    } else if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push([item, join(path, String(i))]));
    } else if (current && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        const keyMessage = unsafeTextMessage(key);
        if (keyMessage) findings.push({ path, message: keyMessage });
        else stack.push([item, join(path, key)]);
      }
    }
  }
  return findings;
}

const join = (a: string, b: string) => (a ? `${a}.${b}` : b);

/** The largest whole number an int4 column holds (also `INT4_MAX` in fields.ts). */
const INT4 = 2_147_483_647;

export const UNSTORABLE_NUMBER_MESSAGE = 'Talet är för stort (högst 2 147 483 647).';

/**
 * Every number in a parsed value that no integer column can hold (beyond ±2 147 483 647). Field
 * schemas bound their numbers with their own message; this finds one that a schema forgot, so it
 * ends as a 400 on its field instead of a 500 from the database.
 */
export function findUnstorableNumbers(value: unknown, max = 20): TUnsafeTextFinding[] {
  const findings: TUnsafeTextFinding[] = [];
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0 && findings.length < max) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'number') {
      if (Math.abs(current) > INT4) findings.push({ path, message: UNSTORABLE_NUMBER_MESSAGE });
    } else if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push([item, join(path, String(i))]));
    } else if (current && typeof current === 'object' && !(current instanceof Date)) {
      for (const [key, item] of Object.entries(current)) stack.push([item, join(path, key)]);
    }
  }
  return findings;
}
