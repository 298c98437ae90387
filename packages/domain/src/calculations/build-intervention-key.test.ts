import { describe, expect, it } from 'vitest';
import { buildInterventionKey } from './build-intervention-key.ts';

describe('buildInterventionKey', () => {
  it.each([
    ['En väg in – steget vidare', 'en-vag-in-steget-vidare'],
    ['Förstärkt stöd till arbete & studier', 'forstarkt-stod-till-arbete-studier'],
    ['Bryggan - främjar hälsa…, Östhammar', 'bryggan-framjar-halsa-osthammar'],
    ['RegExPro', 'regexpro'],
    ['  Framsteget 2.0  ', 'framsteget-2-0'],
    ['Ung Intro', 'ung-intro'],
    ['–––', 'insats'],
    ['', 'insats'],
    [`${'a'.repeat(99)} b`, 'a'.repeat(99)],
  ])('%s → %s', (name, expected) => {
    expect(buildInterventionKey(name)).toBe(expected);
  });
});
