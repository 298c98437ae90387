import { describe, expect, it } from 'vitest';
import { describePmKindCounts, type TPmKindCounts } from './describe-pm-kind-counts.ts';

describe('describePmKindCounts', () => {
  it.each<[TPmKindCounts, string]>([
    // 2024 H1 PM: "åtta individinsatser, tre är strukturinsatser samt en förstudie"
    [
      { individual: 8, structural: 3, preStudy: 1 },
      'åtta individinsatser, tre strukturinsatser samt en förstudie',
    ],
    [{ individual: 1, structural: 1, preStudy: 0 }, 'en individinsats samt en strukturinsats'],
    [{ individual: 0, structural: 2, preStudy: 2 }, 'två strukturinsatser samt två förstudier'],
    [{ individual: 21, structural: 0, preStudy: 0 }, '21 individinsatser'],
    [{ individual: 0, structural: 0, preStudy: 0 }, ''],
  ])('%j → %s', (counts, text) => {
    expect(describePmKindCounts(counts)).toBe(text);
  });
});
