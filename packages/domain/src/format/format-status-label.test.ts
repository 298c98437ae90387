import { describe, expect, it } from 'vitest';
import type { TStatusColour } from '../schemas/enums.ts';
import { formatStatusLabel } from './format-status-label.ts';

describe('formatStatusLabel', () => {
  it.each<[TStatusColour | null | undefined, string]>([
    ['GREEN', 'I fas'],
    ['YELLOW', 'Håll under uppsikt'],
    ['RED', 'Åtgärda'],
    [null, ''],
    [undefined, ''],
  ])('%s → "%s"', (status, label) => {
    expect(formatStatusLabel(status)).toBe(label);
  });
});
