import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZQualitySummary } from '@finsam/domain';
import type { TQualitySummary } from '@finsam/domain';
import { createTestApp, signIn } from '../test-support/test-app.ts';
import type { TSignedInClient, TTestApp } from '../test-support/test-app.ts';

let t: TTestApp;
let office: TSignedInClient;
let board: TSignedInClient;
let lead: TSignedInClient;

beforeAll(async () => {
  t = await createTestApp();
  office = await signIn(t.app, 'kansli@demo.se');
  board = await signIn(t.app, 'styrelse@demo.se');
  lead = await signIn(t.app, 'knivsta@demo.se');
});
afterAll(async () => {
  await t.close();
});

const byKey = (summary: TQualitySummary, key: string) => {
  const question = summary.questions.find((q) => q.key === key)!;
  return {
    answered: question.answered,
    notApplicable: question.notApplicable,
    counts: Object.fromEntries(question.counts.map((c) => [c.value, c.count])),
  };
};

describe('GET /api/review/quality-summary (Tabell 5, "i N av M insatser")', () => {
  it('reproduces the 2024 H1 PM: the eleven rows of Tabell 5 among twelve reporting interventions', async () => {
    const summary = ZQualitySummary.parse(
      (await board.get('/api/review/quality-summary?period=2024H1').expect(200)).body,
    );
    expect(summary).toMatchObject({ period: '2024H1', questionSetYear: 2024 });
    expect(summary.interventionCount).toBe(12);
    // Twelve sent a report; one of them (no row in Tabell 5) has no quality answers.
    expect(summary.reportedCount).toBe(12);
    expect(summary.questions.map((q) => q.key)).toContain('regularRepresentation');
    // "… frånvarande vid ett eller flera möten vid åtta av insatsernas styrgruppsmöten".
    expect(byKey(summary, 'regularRepresentation')).toEqual({
      answered: 11,
      notApplicable: 0,
      counts: { Ja: 3, Nej: 8 },
    });
    expect(byKey(summary, 'steeringMeetings').counts).toEqual({ Ja: 11, Nej: 0 });
    // The two Lokussamordnare answer "–" on kontroll metod: 9 of 9.
    expect(byKey(summary, 'methodChecked')).toMatchObject({ answered: 9, notApplicable: 2 });
    expect(byKey(summary, 'equality').counts).toEqual({ Ja: 8, Nej: 0, Ok: 3 });
    expect(byKey(summary, 'implementationDiscussed').counts).toEqual({ Ja: 8, Nej: 3 });
    expect(summary.questions.find((q) => q.key === 'steeringMeetings')!.label).toBeTruthy();
  });

  it('is the same for the office; a lead may not (403); a bad period is a Swedish 400', async () => {
    const fromOffice = (await office.get('/api/review/quality-summary?period=2024H1').expect(200))
      .body;
    expect(fromOffice.reportedCount).toBe(12);
    await lead.get('/api/review/quality-summary?period=2024H1').expect(403);
    const bad = await office.get('/api/review/quality-summary?period=2024X').expect(400);
    expect(bad.body.error.fields[0].path).toBe('query.period');
  });
});
