import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZQuarterlyReport } from '@finsam/domain';
import type { TQuarterlyReport } from '@finsam/domain';
import { interventionId } from '../test-support/other-federation.ts';
import { createTestApp, signIn } from '../test-support/test-app.ts';
import type { TSignedInClient, TTestApp } from '../test-support/test-app.ts';

let t: TTestApp;
let lead: TSignedInClient;
let board: TSignedInClient;
let knivstaId: string;
let goals: { id: string; text: string }[];

/** The 2024 set's questions other than Tabell 2, answered. */
const REST_2024 = {
  vacanciesFunded: { value: 'Nej' },
  vacanciesCoFinanced: { value: 'Nej' },
  budgetDeviations: { value: 'Nej' },
  steeringMeetings: { value: 'Ja' },
  regularRepresentation: { value: 'Ja' },
  followUpPerAgreement: { value: 'Ja' },
  methodChecked: { value: 'Ja' },
  targetGroupChecked: { value: 'Ja' },
  equality: { value: 'Ja' },
  implementationDiscussed: { value: 'Ja' },
  targetGroupOrMethodDeviation: { value: 'Nej' },
};

beforeAll(async () => {
  t = await createTestApp();
  lead = await signIn(t.app, 'knivsta@demo.se');
  board = await signIn(t.app, 'styrelse@demo.se');
  knivstaId = await interventionId(t.db, 'en-vag-in-steget-vidare');
  // A second goal, so that the roll-up has something to choose between.
  await t.db.prisma.goal.create({
    data: {
      interventionId: knivstaId,
      level: 'RESULT',
      text: 'Alla deltagare har en handlingsplan vid avslut.',
      sortOrder: 99,
    },
  });
  goals = await t.db.prisma.goal.findMany({
    where: { interventionId: knivstaId },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    select: { id: true, text: true },
  });
});
afterAll(async () => {
  await t.close();
});

describe('goal status per goal (Tabell 2)', () => {
  let report: TQuarterlyReport;

  it('keeps a report stored with one goal answer as it was (2024 Q2, Ja / Ja)', async () => {
    const row = await t.db.prisma.quarterlyReport.findUniqueOrThrow({
      where: { interventionId_year_quarter: { interventionId: knivstaId, year: 2024, quarter: 2 } },
      select: { id: true },
    });
    const old = ZQuarterlyReport.parse((await lead.get(`/api/reports/${row.id}`).expect(200)).body);
    expect(old.questions.filter((q) => q.section === 'GOALS').map((q) => q.key)).toEqual([
      'goalPhase',
      'goalForecast',
    ]);
    expect(old.answers.goalPhase).toEqual({ value: 'Ja' });
  });

  it('asks phase and forecast once per goal of the register in a new draft', async () => {
    expect(goals.length).toBeGreaterThanOrEqual(2);
    report = ZQuarterlyReport.parse(
      (
        await lead
          .post(`/api/interventions/${knivstaId}/reports`, { year: 2024, quarter: 3 })
          .expect(201)
      ).body,
    );
    const goalQuestions = report.questions.filter((q) => q.section === 'GOALS');
    expect(goalQuestions.map((q) => q.key)).toEqual(
      goals.flatMap((goal) => [`goalPhase__${goal.id}`, `goalForecast__${goal.id}`]),
    );
    expect(goalQuestions[0]).toMatchObject({
      label: 'Insatsen ligger i fas gällande uppsatta mål',
      options: ['Ja', 'I stort sett', 'Delvis', 'Nej'],
      textRequiredFor: ['Nej'],
      goal: { id: goals[0]!.id, number: 1, text: goals[0]!.text },
    });
  });

  it('refuses to submit until every goal is answered, naming the field per goal', async () => {
    const first = goals[0]!.id;
    const saved = await lead
      .patch(`/api/reports/${report.id}`, {
        version: report.version,
        answers: {
          ...REST_2024,
          [`goalPhase__${first}`]: { value: 'Ja', text: 'Fler deltagare än väntat.' },
          [`goalForecast__${first}`]: { value: 'Ja' },
        },
      })
      .expect(200);
    report = ZQuarterlyReport.parse(saved.body);
    const response = await lead
      .post(`/api/reports/${report.id}/submit`, { version: report.version })
      .expect(400);
    const paths = response.body.error.fields.map((f: { path: string }) => f.path);
    expect(paths).toContain(`answers.goalPhase__${goals[1]!.id}.value`);
    expect(paths).toContain(`answers.goalForecast__${goals[1]!.id}.value`);
    expect(paths).not.toContain(`answers.goalPhase__${first}.value`);
  });

  it('refuses one answer for the whole intervention beside answers per goal', async () => {
    const response = await lead
      .patch(`/api/reports/${report.id}`, {
        version: report.version,
        answers: { goalPhase: { value: 'Ja' } },
      })
      .expect(400);
    expect(response.body.error.fields).toContainEqual({
      path: 'body.answers.goalPhase',
      message: 'Frågan finns inte i den här kvartalsrapporten.',
    });
  });

  it('requires the explanation of a "Nej" per goal', async () => {
    const second = goals[1]!.id;
    report = ZQuarterlyReport.parse(
      (
        await lead
          .patch(`/api/reports/${report.id}`, {
            version: report.version,
            answers: {
              [`goalPhase__${second}`]: { value: 'Nej' },
              [`goalForecast__${second}`]: { value: 'Nej' },
            },
          })
          .expect(200)
      ).body,
    );
    const response = await lead
      .post(`/api/reports/${report.id}/submit`, { version: report.version })
      .expect(400);
    expect(response.body.error.fields).toContainEqual({
      path: `answers.goalPhase__${second}.value`.replace('.value', '.text'),
      message:
        'Förklara svaret "Nej" på frågan "Insatsen ligger i fas gällande uppsatta mål" för mål 2.',
    });
  });

  it('submits, and the intervention is red with forecast Nej: the worst goal decides', async () => {
    const second = goals[1]!.id;
    report = ZQuarterlyReport.parse(
      (
        await lead
          .patch(`/api/reports/${report.id}`, {
            version: report.version,
            answers: {
              [`goalPhase__${second}`]: {
                value: 'Nej',
                text: 'Handlingsplaner saknas för tre deltagare.',
              },
              [`goalForecast__${second}`]: { value: 'Nej', text: 'Inte före årets slut.' },
              ...Object.fromEntries(
                goals.slice(2).flatMap((goal) => [
                  [`goalPhase__${goal.id}`, { value: 'I stort sett' }],
                  [`goalForecast__${goal.id}`, { value: 'Ja' }],
                ]),
              ),
            },
          })
          .expect(200)
      ).body,
    );
    const submitted = await lead.post(`/api/reports/${report.id}/submit`, {
      version: report.version,
    });
    expect(submitted.body.error ?? null).toBeNull();
    const page = (await board.get(`/api/interventions/${knivstaId}/dashboard`).expect(200)).body;
    const q3 = page.goalStatus.find((g: { period: string }) => g.period === '2024Q3');
    expect(q3).toMatchObject({
      phaseAnswer: 'Nej',
      phase: 'NO',
      forecastAnswer: 'Nej',
      colour: 'RED',
    });
    const overview = (await board.get('/api/dashboard?period=2024H2').expect(200)).body;
    const knivsta = overview.interventions.find((i: { id: string }) => i.id === knivstaId);
    expect(knivsta.goalStatus).toMatchObject({
      period: '2024Q3',
      phaseAnswer: 'Nej',
      colour: 'RED',
    });
  });
});
