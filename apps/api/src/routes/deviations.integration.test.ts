import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAdjustedBudget, ZDeviation, ZDeviationList } from '@finsam/domain';
import type { TDeviation } from '@finsam/domain';
import {
  auditEntriesFor,
  createOtherFederation,
  interventionId,
} from '../test-support/other-federation.ts';
import type { TOtherFederation } from '../test-support/other-federation.ts';
import { createTestApp, signIn } from '../test-support/test-app.ts';
import type { TSignedInClient, TTestApp } from '../test-support/test-app.ts';

let t: TTestApp;
let office: TSignedInClient;
let board: TSignedInClient;
let lead: TSignedInClient;
let other: TOtherFederation;
let otherDeviationId: string;
let knivstaId: string;
let jobbcentrumId: string;
let jobbcentrumDeviationId: string;

const list = (id: string) => `/api/interventions/${id}/deviations`;
const CARRY_OVER = {
  kind: 'BUDGET_CARRY_OVER',
  description:
    'Vakansen under våren 2023 gav outnyttjade medel som behövs för en halvtidstjänst under 2024.',
  effect: { amountKronor: 80_000, fromYear: 2023, toYear: 2024 },
};

/** The intervention's budget for a year from the database: adopted, its adjustments, adjusted. */
async function budgetOf(id: string, year: number) {
  const row = await t.db.prisma.annualBudget.findUnique({
    where: { interventionId_year: { interventionId: id, year } },
    select: {
      amountKronor: true,
      version: true,
      adjustments: { select: { amountKronor: true, kind: true, deviationId: true, date: true } },
    },
  });
  if (!row) return null;
  const adjusted = computeAdjustedBudget(
    row.amountKronor,
    row.adjustments.map((a) => ({
      amountKronor: a.amountKronor,
      date: a.date.toISOString().slice(0, 10),
    })),
  );
  return { ...row, adjusted };
}

beforeAll(async () => {
  t = await createTestApp();
  office = await signIn(t.app, 'kansli@demo.se');
  board = await signIn(t.app, 'styrelse@demo.se');
  lead = await signIn(t.app, 'knivsta@demo.se');
  other = await createOtherFederation(t.db);
  otherDeviationId = (
    await t.db.prisma.deviation.create({
      data: {
        interventionId: other.interventionId,
        kind: 'BUDGET_CHANGE',
        description: 'Annat förbunds avvikelse',
        requestedEffect: { amountKronor: 10_000, year: 2024 },
      },
      select: { id: true },
    })
  ).id;
  knivstaId = await interventionId(t.db, 'en-vag-in-steget-vidare');
  jobbcentrumId = await interventionId(t.db, 'jobbcentrum');
});
afterAll(async () => {
  await t.close();
});

describe('reporting an avvikelse', () => {
  it('validates kind, description and that the effect fits the kind, per field in Swedish', async () => {
    const noKind = await lead
      .post(list(knivstaId), { kind: 'BUDGET', description: 'x' })
      .expect(400);
    expect(noKind.body.error.fields).toEqual([
      { path: 'body.kind', message: 'Välj vilken sorts avvikelse det gäller.' },
    ]);

    const wrongEffect = await lead
      .post(list(knivstaId), {
        kind: 'PERIOD_EXTENDED',
        description: '  ',
        effect: { amountKronor: 5 },
      })
      .expect(400);
    expect(wrongEffect.body.error.fields).toEqual([
      { path: 'body.description', message: 'Beskriv avvikelsen och varför den behövs.' },
      { path: 'body.effect.newEndDate', message: 'Ange ett datum.' },
      {
        path: 'body.effect',
        message: 'Okänt fält: amountKronor. Bara de fält formuläret har tas emot.',
      },
    ]);

    const backwards = await lead
      .post(list(knivstaId), {
        ...CARRY_OVER,
        effect: { amountKronor: 0, fromYear: 2024, toYear: 2023 },
      })
      .expect(400);
    expect(backwards.body.error.fields).toEqual([
      { path: 'body.effect.amountKronor', message: 'Beloppet ska vara större än 0 kr.' },
      { path: 'body.effect.toYear', message: 'Pengar kan bara föras över till ett senare år.' },
    ]);
    const earlier = await lead
      .post(list(knivstaId), {
        ...CARRY_OVER,
        effect: { amountKronor: 1, fromYear: 2024, toYear: 2023 },
      })
      .expect(400);
    expect(earlier.body.error.fields).toEqual([
      { path: 'body.effect.toYear', message: 'Pengar kan bara föras över till ett senare år.' },
    ]);
  });

  it('checks the effect against the intervention: years it runs, a later end date, a later start', async () => {
    const outside = await lead
      .post(list(knivstaId), {
        ...CARRY_OVER,
        effect: { amountKronor: 80_000, fromYear: 2024, toYear: 2025 },
      })
      .expect(400);
    expect(outside.body.error.fields).toEqual([
      {
        path: 'body.effect.toYear',
        message: 'Insatsen pågår inte 2025 (den pågår 1 januari 2022–31 december 2024).',
      },
    ]);
    const shorter = await lead
      .post(list(knivstaId), {
        kind: 'PERIOD_EXTENDED',
        description: 'Förlängning',
        effect: { newEndDate: '2024-06-30' },
      })
      .expect(400);
    expect(shorter.body.error.fields).toEqual([
      {
        path: 'body.effect.newEndDate',
        message: 'Det nya slutdatumet måste vara senare än nuvarande slutdatum (31 december 2024).',
      },
    ]);
    const earlierStart = await lead
      .post(list(knivstaId), {
        kind: 'START_POSTPONED',
        description: 'Senare start',
        effect: { newStartDate: '2021-09-01' },
      })
      .expect(400);
    expect(earlierStart.body.error.fields).toEqual([
      {
        path: 'body.effect.newStartDate',
        message: 'Det nya startdatumet måste vara senare än nuvarande startdatum (1 januari 2022).',
      },
    ]);
    expect(await t.db.prisma.deviation.count({ where: { interventionId: knivstaId } })).toBe(0);
  });

  it('answers 401 without a session on every route', async () => {
    const anonymous = request(t.app);
    await anonymous.get(list(knivstaId)).expect(401);
    await anonymous.post(list(knivstaId)).send(CARRY_OVER).expect(401);
    await anonymous.get(`/api/deviations/${otherDeviationId}`).expect(401);
    await anonymous
      .post(`/api/deviations/${otherDeviationId}/review`)
      .send({ version: 0 })
      .expect(401);
    await anonymous
      .post(`/api/deviations/${otherDeviationId}/decision`)
      .send({ version: 0, decision: 'APPROVED' })
      .expect(401);
  });
});

describe('roles and scope', () => {
  beforeAll(async () => {
    const response = await office
      .post(list(jobbcentrumId), {
        kind: 'PARTICIPANT_NUMBER_CHANGED',
        description: 'Målet 75 deltagare per år nås inte; styrgruppen föreslår 50.',
        effect: { expectedCount: 50, expectedKind: 'PER_YEAR' },
      })
      .expect(201);
    jobbcentrumDeviationId = response.body.id;
  });

  it("never lets the lead read or write another intervention's deviations (Jobbcentrum): 403", async () => {
    await lead.get(list(jobbcentrumId)).expect(403);
    await lead.post(list(jobbcentrumId), CARRY_OVER).expect(403);
    const read = await lead.get(`/api/deviations/${jobbcentrumDeviationId}`).expect(403);
    expect(read.body.error.message).toBe(
      'Du har inte behörighet till den här insatsens avvikelser.',
    );
    await lead.post(`/api/deviations/${jobbcentrumDeviationId}/review`, { version: 0 }).expect(403);
    await lead
      .post(`/api/deviations/${jobbcentrumDeviationId}/decision`, {
        version: 0,
        decision: 'APPROVED',
      })
      .expect(403);
  });

  it('lets the board read every deviation but report and decide none (403)', async () => {
    const response = await board.get(list(jobbcentrumId)).expect(200);
    expect(ZDeviationList.parse(response.body).deviations.map((d) => d.id)).toEqual([
      jobbcentrumDeviationId,
    ]);
    await board.post(list(knivstaId), CARRY_OVER).expect(403);
    await board
      .post(`/api/deviations/${jobbcentrumDeviationId}/review`, { version: 0 })
      .expect(403);
    await board
      .post(`/api/deviations/${jobbcentrumDeviationId}/decision`, {
        version: 0,
        decision: 'APPROVED',
      })
      .expect(403);
  });

  it("answers 404 for another förbund's intervention and deviation", async () => {
    await office.get(list(other.interventionId)).expect(404);
    await office.post(list(other.interventionId), CARRY_OVER).expect(404);
    const read = await office.get(`/api/deviations/${otherDeviationId}`).expect(404);
    expect(read.body.error).toEqual({ code: 'NOT_FOUND', message: 'Avvikelsen finns inte.' });
    await office.post(`/api/deviations/${otherDeviationId}/review`, { version: 0 }).expect(404);
    await office
      .post(`/api/deviations/${otherDeviationId}/decision`, { version: 0, decision: 'APPROVED' })
      .expect(404);
    const row = await t.db.prisma.deviation.findUniqueOrThrow({
      where: { id: otherDeviationId },
      select: { status: true },
    });
    expect(row.status).toBe('SUBMITTED');
  });

  it('an approved participant-number change adds an expected-participants row', async () => {
    const response = await office
      .post(`/api/deviations/${jobbcentrumDeviationId}/decision`, {
        version: 0,
        decision: 'APPROVED',
      })
      .expect(200);
    expect(response.body.status).toBe('APPROVED');
    const expected = await t.db.prisma.expectedParticipants.findMany({
      where: { interventionId: jobbcentrumId, source: { contains: jobbcentrumDeviationId } },
      select: { count: true, kind: true },
    });
    expect(expected).toEqual([{ count: 50, kind: 'PER_YEAR' }]);
  });
});

describe('carry-over: submitted → under review → approved changes the adjusted budget', () => {
  let deviation: TDeviation;

  it('the lead submits it; who and when are recorded', async () => {
    const before = await budgetOf(knivstaId, 2024);
    expect(before).toMatchObject({ amountKronor: 1_695_000, adjusted: 1_695_000 });
    const response = await lead.post(list(knivstaId), CARRY_OVER).expect(201);
    deviation = ZDeviation.parse(response.body);
    expect(deviation).toMatchObject({
      kind: 'BUDGET_CARRY_OVER',
      status: 'SUBMITTED',
      version: 0,
      effect: { amountKronor: 80_000, fromYear: 2023, toYear: 2024 },
      submittedBy: { name: 'Karin Knivsta' },
      interventionName: 'En väg in - steget vidare',
      adjustments: [],
    });
    expect(deviation.events).toEqual([
      {
        status: 'SUBMITTED',
        at: deviation.submittedAt,
        by: { id: expect.any(String), name: 'Karin Knivsta' },
        comment: null,
      },
    ]);
    const listed = await lead.get(list(knivstaId)).expect(200);
    expect(listed.body.deviations.map((d: { id: string }) => d.id)).toEqual([deviation.id]);
  });

  it('the lead can neither review nor decide it', async () => {
    await lead.post(`/api/deviations/${deviation.id}/review`, { version: 0 }).expect(403);
    await lead
      .post(`/api/deviations/${deviation.id}/decision`, { version: 0, decision: 'APPROVED' })
      .expect(403);
  });

  it('the office takes it up for review; a second review or a stale version answers 409', async () => {
    const response = await office
      .post(`/api/deviations/${deviation.id}/review`, {
        version: 0,
        comment: 'Förbundschefen bereder.',
      })
      .expect(200);
    deviation = ZDeviation.parse(response.body);
    expect(deviation).toMatchObject({ status: 'UNDER_REVIEW', version: 1 });
    expect(deviation.events.map((e) => [e.status, e.by?.name, e.comment])).toEqual([
      ['SUBMITTED', 'Karin Knivsta', null],
      ['UNDER_REVIEW', 'Kajsa Kansli', 'Förbundschefen bereder.'],
    ]);
    await office.post(`/api/deviations/${deviation.id}/review`, { version: 0 }).expect(409);
    const again = await office
      .post(`/api/deviations/${deviation.id}/review`, { version: 1 })
      .expect(409);
    expect(again.body.error.message).toBe(
      'Avvikelsen är under granskning. Bara en inskickad avvikelse kan tas upp för granskning.',
    );
  });

  it('a decision needs a valid decision and, for an avslag, a reason', async () => {
    const bad = await office
      .post(`/api/deviations/${deviation.id}/decision`, { version: 1, decision: 'KANSKE' })
      .expect(400);
    expect(bad.body.error.fields).toEqual([
      { path: 'body.decision', message: 'Välj beviljad eller avslagen.' },
    ]);
    const noReason = await office
      .post(`/api/deviations/${deviation.id}/decision`, { version: 1, decision: 'REJECTED' })
      .expect(400);
    expect(noReason.body.error.fields).toEqual([
      { path: 'body.reason', message: 'Ange skälet till avslaget.' },
    ]);
  });

  it('a stale version answers 409 and changes nothing', async () => {
    await office
      .post(`/api/deviations/${deviation.id}/decision`, { version: 0, decision: 'APPROVED' })
      .expect(409);
    expect((await budgetOf(knivstaId, 2024))?.adjusted).toBe(1_695_000);
  });

  it('approval adds a CARRY_OVER adjustment to 2024 in the same transaction: 1 695 000 → 1 775 000 kr', async () => {
    const response = await office
      .post(`/api/deviations/${deviation.id}/decision`, { version: 1, decision: 'APPROVED' })
      .expect(200);
    deviation = ZDeviation.parse(response.body);
    expect(deviation).toMatchObject({
      status: 'APPROVED',
      version: 2,
      decidedBy: { name: 'Kajsa Kansli' },
      decisionReason: null,
    });
    expect(deviation.adjustments).toEqual([
      { year: 2024, amountKronor: 80_000, kind: 'CARRY_OVER', date: expect.any(String) },
    ]);
    expect(deviation.events.map((e) => e.status)).toEqual([
      'SUBMITTED',
      'UNDER_REVIEW',
      'APPROVED',
    ]);

    const after = await budgetOf(knivstaId, 2024);
    expect(after).toMatchObject({ amountKronor: 1_695_000, adjusted: 1_775_000, version: 1 });
    expect(after!.adjustments).toEqual([
      expect.objectContaining({
        amountKronor: 80_000,
        kind: 'CARRY_OVER',
        deviationId: deviation.id,
      }),
    ]);
    // The source year keeps its adopted budget (none for 2023): nothing is created there.
    expect(await budgetOf(knivstaId, 2023)).toBeNull();

    const deviationAudit = (await auditEntriesFor(t.db, 'Deviation', deviation.id))
      .map((e) => e.action)
      .reverse();
    expect(deviationAudit).toEqual(['create', 'review', 'decide']);
    const adjustment = await t.db.prisma.budgetAdjustment.findFirstOrThrow({
      where: { deviationId: deviation.id },
      select: { id: true },
    });
    expect(await auditEntriesFor(t.db, 'BudgetAdjustment', adjustment.id)).toHaveLength(1);
  });

  it('a decided deviation cannot be decided again', async () => {
    const response = await office
      .post(`/api/deviations/${deviation.id}/decision`, {
        version: 2,
        decision: 'REJECTED',
        reason: 'Ångrat',
      })
      .expect(409);
    expect(response.body.error.message).toBe(
      'Avvikelsen är redan beviljad och kan inte beslutas igen.',
    );
    expect((await budgetOf(knivstaId, 2024))?.adjusted).toBe(1_775_000);
  });

  it('a rejected carry-over changes nothing but the deviation, and keeps the reason', async () => {
    const created = await lead
      .post(list(knivstaId), {
        ...CARRY_OVER,
        effect: { amountKronor: 30_000, fromYear: 2023, toYear: 2024 },
      })
      .expect(201);
    const response = await office
      .post(`/api/deviations/${created.body.id}/decision`, {
        version: 0,
        decision: 'REJECTED',
        reason: 'Medlen 2023 är redan återförda till förbundet.',
      })
      .expect(200);
    expect(response.body).toMatchObject({
      status: 'REJECTED',
      decisionReason: 'Medlen 2023 är redan återförda till förbundet.',
      adjustments: [],
    });
    expect(
      response.body.events.map((e: { status: string; comment: string | null }) => [
        e.status,
        e.comment,
      ]),
    ).toEqual([
      ['SUBMITTED', null],
      ['REJECTED', 'Medlen 2023 är redan återförda till förbundet.'],
    ]);
    const after = await budgetOf(knivstaId, 2024);
    expect(after).toMatchObject({ adjusted: 1_775_000, version: 1 });
    expect(after!.adjustments).toHaveLength(1);
  });
});

describe('other effects of an approval', () => {
  it('a budget change for a year without a budget creates it at 0 kr with the adjustment', async () => {
    const created = await office
      .post(list(knivstaId), {
        kind: 'BUDGET_CHANGE',
        description: 'Tilläggsbudget 2023 för uppstart av ny metod.',
        effect: { amountKronor: 25_000, year: 2023 },
      })
      .expect(201);
    await office
      .post(`/api/deviations/${created.body.id}/decision`, { version: 0, decision: 'APPROVED' })
      .expect(200);
    const budget2023 = await budgetOf(knivstaId, 2023);
    expect(budget2023).toMatchObject({ amountKronor: 0, adjusted: 25_000 });
    expect(budget2023!.adjustments).toEqual([
      expect.objectContaining({ kind: 'DEVIATION', deviationId: created.body.id }),
    ]);
  });

  it('a move within the granted frame takes from one year and adds to the other', async () => {
    const created = await office
      .post(list(knivstaId), {
        kind: 'BUDGET_CHANGE',
        description: 'Flytt av lönemedel från 2024 till 2023.',
        effect: { amountKronor: 5_000, year: 2023, fromYear: 2024 },
      })
      .expect(201);
    await office
      .post(`/api/deviations/${created.body.id}/decision`, { version: 0, decision: 'APPROVED' })
      .expect(200);
    expect((await budgetOf(knivstaId, 2023))?.adjusted).toBe(30_000);
    expect((await budgetOf(knivstaId, 2024))?.adjusted).toBe(1_770_000);
  });

  it("an extended period moves the intervention's end date and its version", async () => {
    const before = await t.db.prisma.intervention.findUniqueOrThrow({
      where: { id: knivstaId },
      select: { version: true },
    });
    const created = await lead
      .post(list(knivstaId), {
        kind: 'PERIOD_EXTENDED',
        description: 'Förlängning till och med juni 2025 enligt styrgruppens beslut.',
        effect: { newEndDate: '2025-06-30' },
      })
      .expect(201);
    await office
      .post(`/api/deviations/${created.body.id}/decision`, { version: 0, decision: 'APPROVED' })
      .expect(200);
    const after = await t.db.prisma.intervention.findUniqueOrThrow({
      where: { id: knivstaId },
      select: { endDate: true, version: true },
    });
    expect(after.endDate.toISOString().slice(0, 10)).toBe('2025-06-30');
    expect(after.version).toBe(before.version + 1);
    const [entry] = await auditEntriesFor(t.db, 'Intervention', knivstaId);
    expect(entry).toMatchObject({ action: 'update', userEmail: 'kansli@demo.se' });
  });

  it('a goal change is recorded and decided; it moves no figure', async () => {
    const created = await lead
      .post(list(knivstaId), {
        kind: 'GOAL_CHANGED',
        description: 'Effektmålet omformuleras till 40 % till arbete/studier.',
      })
      .expect(201);
    expect(created.body.effect).toEqual({});
    const response = await office
      .post(`/api/deviations/${created.body.id}/decision`, { version: 0, decision: 'APPROVED' })
      .expect(200);
    expect(response.body).toMatchObject({ status: 'APPROVED', adjustments: [] });
  });

  it('nothing is half-written: a decision whose effect cannot be applied changes nothing at all', async () => {
    const created = await office
      .post(list(jobbcentrumId), {
        kind: 'START_POSTPONED',
        description: 'Senarelagd start av delprojekt.',
        effect: { newStartDate: '2024-11-01' },
      })
      .expect(201);
    // Meanwhile the intervention's end moves before the requested start.
    await t.db.prisma.intervention.update({
      where: { id: jobbcentrumId },
      data: { endDate: new Date('2024-10-31T00:00:00Z') },
    });
    const response = await office
      .post(`/api/deviations/${created.body.id}/decision`, { version: 0, decision: 'APPROVED' })
      .expect(409);
    expect(response.body.error.message).toBe(
      'Beslutet kan inte genomföras: startdatumet 1 november 2024 skulle hamna efter slutdatumet 31 oktober 2024.',
    );
    const row = await office.get(`/api/deviations/${created.body.id}`).expect(200);
    expect(row.body).toMatchObject({ status: 'SUBMITTED', version: 0, decidedAt: null });
    expect(row.body.events).toHaveLength(1);
    expect(
      (await auditEntriesFor(t.db, 'Deviation', created.body.id)).map((e) => e.action),
    ).toEqual(['create']);
    const intervention = await t.db.prisma.intervention.findUniqueOrThrow({
      where: { id: jobbcentrumId },
      select: { startDate: true },
    });
    expect(intervention.startDate.toISOString().slice(0, 10)).toBe('2022-01-01');
  });
});
