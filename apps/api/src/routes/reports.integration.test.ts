import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZQuarterlyReport, ZQuarterlyReportList } from '@finsam/domain';
import type { TQuarterlyReport } from '@finsam/domain';
import {
  auditEntriesFor,
  createOtherFederation,
  interventionId,
} from '../test-support/other-federation.ts';
import type { TOtherFederation } from '../test-support/other-federation.ts';
import { useSignedInApp } from '../test-support/signed-in-app.ts';
import type { TSignedInClient, TTestApp } from '../test-support/test-app.ts';

const signedIn = useSignedInApp();

let t: TTestApp;
let office: TSignedInClient;
let board: TSignedInClient;
let lead: TSignedInClient;
let admin: TSignedInClient;
let other: TOtherFederation;
let otherReportId: string;
let knivstaId: string;
let jobbcentrumId: string;
let knivstaQ2Id: string;
let jobbcentrumQ2Id: string;

/** Every question of the 2024 set answered as En väg in – steget vidare answered 2024 Q2. */
const COMPLETE_2024 = {
  goalPhase: { value: 'Ja' },
  goalForecast: { value: 'Ja' },
  vacanciesFunded: {
    value: 'Ja',
    text: 'En väg in – steget vidare i Knivsta har haft en vakans from april månad år 2024.',
  },
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
  ({ t, office, board, lead, admin } = signedIn);
  other = await createOtherFederation(t.db);
  otherReportId = (
    await t.db.prisma.quarterlyReport.create({
      data: {
        interventionId: other.interventionId,
        year: 2024,
        quarter: 2,
        status: 'SUBMITTED',
        dueDate: new Date('2024-07-31T00:00:00Z'),
        answers: {},
      },
      select: { id: true },
    })
  ).id;
  knivstaId = await interventionId(t.db, 'en-vag-in-steget-vidare');
  jobbcentrumId = await interventionId(t.db, 'jobbcentrum');
  const q2 = (id: string) =>
    t.db.prisma.quarterlyReport.findUniqueOrThrow({
      where: { interventionId_year_quarter: { interventionId: id, year: 2024, quarter: 2 } },
      select: { id: true },
    });
  knivstaQ2Id = (await q2(knivstaId)).id;
  jobbcentrumQ2Id = (await q2(jobbcentrumId)).id;
});

describe('reading kvartalsrapporter', () => {
  it("lists Knivsta's reports with status, due date and overdue flag (2024 Q2 approved, due 31 July)", async () => {
    const response = await lead.get(`/api/interventions/${knivstaId}/reports`).expect(200);
    const { reports } = ZQuarterlyReportList.parse(response.body);
    const q2 = reports.find((r) => r.year === 2024 && r.quarter === 2);
    expect(q2).toMatchObject({
      id: knivstaQ2Id,
      status: 'APPROVED',
      dueDate: '2024-07-31',
      overdue: false,
    });
    // Oldest first: the 2022 half-year PM's Q2 report comes before 2024's.
    expect(reports.map((r) => `${r.year}Q${r.quarter}`)).toEqual(
      [...reports]
        .sort((a, b) => a.year - b.year || a.quarter - b.quarter)
        .map((r) => `${r.year}Q${r.quarter}`),
    );
    expect(reports.some((r) => r.year === 2022 && r.quarter === 2)).toBe(true);
  });

  it('shows the 2024 Q2 answers of the PM (Tabell 2, 3, 5) with the 2024 question set', async () => {
    const response = await board.get(`/api/reports/${knivstaQ2Id}`).expect(200);
    const report = ZQuarterlyReport.parse(response.body);
    expect(report.interventionName).toBe('En väg in - steget vidare');
    expect(report.questionSetYear).toBe(2024);
    expect(report.questions.map((q) => q.key)).toEqual(Object.keys(COMPLETE_2024));
    expect(report.answers.vacanciesFunded).toEqual({
      value: 'Ja',
      text: 'En väg in – steget vidare i Knivsta har haft en vakans from april månad år 2024.',
    });
    expect(report.answers.goalPhase).toEqual({ value: 'Ja' });
    expect(report.answers.targetGroupOrMethodDeviation).toEqual({ value: 'Nej' });
    expect(report.questions.find((q) => q.key === 'goalPhase')).toMatchObject({
      options: ['Ja', 'I stort sett', 'Delvis', 'Nej'],
      textRequiredFor: ['Nej'],
    });
    expect(
      report.questions.find((q) => q.key === 'targetGroupOrMethodDeviation')?.textRequiredFor,
    ).toEqual(['Ja']);
    expect(report.questions.find((q) => q.key === 'vacanciesFunded')?.textRequiredFor).toEqual([]);
  });

  it('lets the office read Jobbcentrum\'s report: its goal forecast "Nej" with the steering group\'s text', async () => {
    const response = await office.get(`/api/reports/${jobbcentrumQ2Id}`).expect(200);
    const report = ZQuarterlyReport.parse(response.body);
    expect(report.answers.goalPhase).toEqual({ value: 'I stort sett' });
    expect(report.answers.goalForecast?.value).toBe('Nej');
    expect(report.answers.goalForecast?.text).toMatch(
      /^Styrgruppen bedömer att insatsen inte kommer att nå målet/,
    );
  });

  it('answers 401 without a session on every route', async () => {
    const anonymous = request(t.app);
    await anonymous.get(`/api/interventions/${knivstaId}/reports`).expect(401);
    await anonymous
      .post(`/api/interventions/${knivstaId}/reports`)
      .send({ year: 2024, quarter: 3 })
      .expect(401);
    await anonymous.get(`/api/reports/${knivstaQ2Id}`).expect(401);
    await anonymous.patch(`/api/reports/${knivstaQ2Id}`).send({ version: 0 }).expect(401);
    for (const action of ['submit', 'approve', 'return']) {
      await anonymous
        .post(`/api/reports/${knivstaQ2Id}/${action}`)
        .send({ version: 0 })
        .expect(401);
    }
  });

  it("never lets the lead read or write another intervention's reports (Jobbcentrum): 403", async () => {
    const forbidden = await lead.get(`/api/interventions/${jobbcentrumId}/reports`).expect(403);
    expect(forbidden.body.error).toEqual({
      code: 'FORBIDDEN',
      message: 'Du har inte behörighet till den här insatsen.',
    });
    const read = await lead.get(`/api/reports/${jobbcentrumQ2Id}`).expect(403);
    expect(read.body.error.message).toBe(
      'Du har inte behörighet till den här insatsens kvartalsrapporter.',
    );
    await lead
      .post(`/api/interventions/${jobbcentrumId}/reports`, { year: 2024, quarter: 3 })
      .expect(403);
    await lead.patch(`/api/reports/${jobbcentrumQ2Id}`, { version: 0, comment: 'x' }).expect(403);
    await lead.post(`/api/reports/${jobbcentrumQ2Id}/submit`, { version: 0 }).expect(403);
    await lead.post(`/api/reports/${jobbcentrumQ2Id}/approve`, { version: 0 }).expect(403);
    await lead
      .post(`/api/reports/${jobbcentrumQ2Id}/return`, { version: 0, comment: 'x' })
      .expect(403);
  });

  it('lets the board read but never write (403), and the admin neither', async () => {
    await board.get(`/api/interventions/${jobbcentrumId}/reports`).expect(200);
    await board
      .post(`/api/interventions/${knivstaId}/reports`, { year: 2024, quarter: 3 })
      .expect(403);
    await board.patch(`/api/reports/${knivstaQ2Id}`, { version: 0 }).expect(403);
    await board.post(`/api/reports/${knivstaQ2Id}/submit`, { version: 0 }).expect(403);
    await board.post(`/api/reports/${knivstaQ2Id}/approve`, { version: 0 }).expect(403);
    await board
      .post(`/api/reports/${knivstaQ2Id}/return`, { version: 0, comment: 'x' })
      .expect(403);
    await admin.get(`/api/interventions/${knivstaId}/reports`).expect(403);
    await admin.get(`/api/reports/${knivstaQ2Id}`).expect(403);
  });

  it("answers 404 for another förbund's intervention and report, whatever the role", async () => {
    const list = await office.get(`/api/interventions/${other.interventionId}/reports`).expect(404);
    expect(list.body.error).toEqual({ code: 'NOT_FOUND', message: 'Insatsen finns inte.' });
    const read = await office.get(`/api/reports/${otherReportId}`).expect(404);
    expect(read.body.error).toEqual({
      code: 'NOT_FOUND',
      message: 'Kvartalsrapporten finns inte.',
    });
    await board.get(`/api/reports/${otherReportId}`).expect(404);
    await office
      .post(`/api/interventions/${other.interventionId}/reports`, { year: 2024, quarter: 3 })
      .expect(404);
    await office.patch(`/api/reports/${otherReportId}`, { version: 0, comment: 'x' }).expect(404);
    await office.post(`/api/reports/${otherReportId}/approve`, { version: 0 }).expect(404);
    await office
      .post(`/api/reports/${otherReportId}/return`, { version: 0, comment: 'x' })
      .expect(404);
    await office.get('/api/reports/finns-inte').expect(404);
    const row = await t.db.prisma.quarterlyReport.findUniqueOrThrow({
      where: { id: otherReportId },
      select: { status: true, version: true },
    });
    expect(row).toEqual({ status: 'SUBMITTED', version: 0 });
  });
});

describe('creating a draft', () => {
  it('validates year and quarter with Swedish messages per field', async () => {
    const response = await lead
      .post(`/api/interventions/${knivstaId}/reports`, { year: 'i år', quarter: 5, extra: 1 })
      .expect(400);
    expect(response.body.error.code).toBe('VALIDATION');
    expect(response.body.error.fields).toEqual([
      { path: 'body.year', message: 'Ange ett årtal.' },
      { path: 'body.quarter', message: 'Kvartalet ska vara 1–4.' },
      { path: 'body', message: 'Okänt fält: extra. Bara de fält formuläret har tas emot.' },
    ]);
  });

  it('refuses a quarter the intervention does not run in (Knivsta runs 2022–2024)', async () => {
    const response = await lead
      .post(`/api/interventions/${knivstaId}/reports`, { year: 2025, quarter: 1 })
      .expect(400);
    expect(response.body.error.fields).toEqual([
      {
        path: 'body.quarter',
        message:
          'Insatsen pågår inte under kvartal 1 2025 (den pågår 1 januari 2022–31 december 2024).',
      },
    ]);
  });

  it('refuses a second report for the same quarter with 409', async () => {
    const response = await office
      .post(`/api/interventions/${knivstaId}/reports`, { year: 2024, quarter: 2 })
      .expect(409);
    expect(response.body.error).toEqual({
      code: 'CONFLICT',
      message: 'Det finns redan en kvartalsrapport för kvartal 2 2024.',
    });
  });
});

describe('the state machine: draft → submitted → returned → submitted → approved', () => {
  let report: TQuarterlyReport;

  it('the lead creates a 2024 Q3 draft, due 31 October, already overdue as it is not submitted', async () => {
    const response = await lead
      .post(`/api/interventions/${knivstaId}/reports`, { year: 2024, quarter: 3 })
      .expect(201);
    report = ZQuarterlyReport.parse(response.body);
    expect(report).toMatchObject({
      status: 'DRAFT',
      year: 2024,
      quarter: 3,
      dueDate: '2024-10-31',
      overdue: true,
      version: 0,
      questionSetYear: 2024,
      answers: {},
      submittedBy: null,
    });
    const audit = await auditEntriesFor(t.db, 'QuarterlyReport', report.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', userEmail: 'knivsta@demo.se' });
  });

  it('saves half-filled answers (a draft is never lost) and bumps the version', async () => {
    const response = await lead
      .patch(`/api/reports/${report.id}`, {
        version: 0,
        answers: { goalPhase: { value: 'Ja' }, vacanciesFunded: COMPLETE_2024.vacanciesFunded },
        comment: 'Vakansen är tillsatt från september.',
      })
      .expect(200);
    report = ZQuarterlyReport.parse(response.body);
    expect(report.version).toBe(1);
    expect(report.answers).toEqual({
      goalPhase: { value: 'Ja' },
      vacanciesFunded: COMPLETE_2024.vacanciesFunded,
    });
    expect(report.comment).toBe('Vakansen är tillsatt från september.');
  });

  it('answers 409 for a stale version and changes nothing', async () => {
    const response = await lead
      .patch(`/api/reports/${report.id}`, { version: 0, answers: { goalPhase: { value: 'Nej' } } })
      .expect(409);
    // The 409 carries the report as saved, so the form can show both versions.
    expect(response.body.error).toMatchObject({
      code: 'CONFLICT',
      message:
        'Rapporten har sparats från ett annat fönster eller av någon annan sedan du öppnade den. Jämför versionerna och välj vad som ska gälla.',
      current: { id: report.id, version: 1, answers: { goalPhase: { value: 'Ja' } } },
    });
    const stored = await lead.get(`/api/reports/${report.id}`).expect(200);
    expect(stored.body.answers.goalPhase).toEqual({ value: 'Ja' });
    expect(stored.body.version).toBe(1);
  });

  it('answers 400 per field for an answer that is not an option or a question the report lacks', async () => {
    const response = await lead
      .patch(`/api/reports/${report.id}`, {
        version: 1,
        answers: {
          goalPhase: { value: 'Kanske' },
          startOnTime: { value: 'Ja' },
          equality: { value: '' },
        },
      })
      .expect(400);
    expect(response.body.error.fields).toEqual([
      { path: 'body.answers.equality.value', message: 'Välj ett svar.' },
    ]);
    const second = await lead
      .patch(`/api/reports/${report.id}`, {
        version: 1,
        answers: { goalPhase: { value: 'Kanske' }, startOnTime: { value: 'Ja' } },
      })
      .expect(400);
    expect(second.body.error.fields).toEqual([
      {
        path: 'body.answers.startOnTime',
        message: 'Frågan finns inte i den här kvartalsrapporten.',
      },
      {
        path: 'body.answers.goalPhase.value',
        message:
          'Välj Ja, I stort sett, Delvis eller Nej på frågan "Insatsen ligger i fas gällande uppsatta mål".',
      },
    ]);
  });

  it('refuses to submit an incomplete report, listing every unanswered question', async () => {
    const response = await lead
      .post(`/api/reports/${report.id}/submit`, { version: 1 })
      .expect(400);
    expect(response.body.error.message).toBe(
      'Kvartalsrapporten är inte komplett. Besvara de markerade frågorna.',
    );
    expect(response.body.error.fields).toEqual([
      {
        path: 'answers.goalForecast.value',
        message: 'Besvara frågan "Styrgruppens prognos för måluppfyllelse".',
      },
      {
        path: 'answers.vacanciesCoFinanced.value',
        message: 'Besvara frågan "Vakanser egenfinansierade resurser".',
      },
      {
        path: 'answers.budgetDeviations.value',
        message: 'Besvara frågan "Inkomna avvikelser gällande budget".',
      },
      {
        path: 'answers.steeringMeetings.value',
        message: 'Besvara frågan "Styrgruppsmöten enl. ök".',
      },
      {
        path: 'answers.regularRepresentation.value',
        message: 'Besvara frågan "Ordrepresentation i styrgrupp".',
      },
      {
        path: 'answers.followUpPerAgreement.value',
        message: 'Besvara frågan "Uppföljning enl. avtal".',
      },
      { path: 'answers.methodChecked.value', message: 'Besvara frågan "Kontroll metod".' },
      { path: 'answers.targetGroupChecked.value', message: 'Besvara frågan "Kontroll målgrupp".' },
      { path: 'answers.equality.value', message: 'Besvara frågan "Jämlikhet/jämställdhet".' },
      {
        path: 'answers.implementationDiscussed.value',
        message: 'Besvara frågan "Förutsättning för implementering har diskuterats".',
      },
      {
        path: 'answers.targetGroupOrMethodDeviation.value',
        message: 'Besvara frågan "Avvikelse målgrupp/metod".',
      },
    ]);
    const stored = await t.db.prisma.quarterlyReport.findUniqueOrThrow({
      where: { id: report.id },
      select: { status: true, version: true },
    });
    expect(stored).toEqual({ status: 'DRAFT', version: 1 });
  });

  it('requires an explanation for a quality "Nej" before submitting', async () => {
    const patched = await lead
      .patch(`/api/reports/${report.id}`, {
        version: 1,
        answers: { ...COMPLETE_2024, regularRepresentation: { value: 'Nej' } },
      })
      .expect(200);
    const response = await lead
      .post(`/api/reports/${report.id}/submit`, { version: patched.body.version })
      .expect(400);
    expect(response.body.error.fields).toEqual([
      {
        path: 'answers.regularRepresentation.text',
        message: 'Förklara svaret "Nej" på frågan "Ordrepresentation i styrgrupp".',
      },
    ]);
    const explained = await lead
      .patch(`/api/reports/${report.id}`, {
        version: patched.body.version,
        answers: {
          regularRepresentation: {
            value: 'Nej',
            text: 'Regionens ordinarie ledamot var sjuk i augusti.',
          },
        },
      })
      .expect(200);
    report = ZQuarterlyReport.parse(explained.body);
    expect(report.version).toBe(3);
  });

  it('submits: who and when are recorded, and an audit entry with before and after', async () => {
    const response = await lead
      .post(`/api/reports/${report.id}/submit`, { version: 3 })
      .expect(200);
    report = ZQuarterlyReport.parse(response.body);
    expect(report).toMatchObject({
      status: 'SUBMITTED',
      version: 4,
      submittedBy: { name: 'Karin Knivsta' },
    });
    expect(Date.now() - Date.parse(report.submittedAt!)).toBeLessThan(60_000);
    // Submitted today, long after 31 October 2024: it stays marked late.
    expect(report.overdue).toBe(true);
    const audit = await auditEntriesFor(t.db, 'QuarterlyReport', report.id);
    expect(audit[0]).toMatchObject({
      action: 'submit',
      before: expect.objectContaining({ status: 'DRAFT' }),
    });
    expect(audit[0]!.after).toMatchObject({ status: 'SUBMITTED', version: 4 });
  });

  it('submitting the same report again is harmless: 200, no change, no second audit entry', async () => {
    const again = await lead.post(`/api/reports/${report.id}/submit`, { version: 3 }).expect(200);
    expect(again.body).toMatchObject({
      status: 'SUBMITTED',
      version: 4,
      submittedAt: report.submittedAt,
    });
    await lead.post(`/api/reports/${report.id}/submit`, { version: 4 }).expect(200);
    const submits = (await auditEntriesFor(t.db, 'QuarterlyReport', report.id)).filter(
      (e) => e.action === 'submit',
    );
    expect(submits).toHaveLength(1);
    await lead.post(`/api/reports/${report.id}/submit`, { version: 1 }).expect(409);
  });

  it('the lead can no longer edit a submitted report, nor approve or return it', async () => {
    const response = await lead
      .patch(`/api/reports/${report.id}`, { version: 4, comment: 'ändrat' })
      .expect(409);
    expect(response.body.error.message).toBe(
      'Kvartalsrapporten är inskickad och kan inte ändras. Bara utkast och återskickade rapporter kan ändras.',
    );
    await lead.post(`/api/reports/${report.id}/approve`, { version: 4 }).expect(403);
    await lead.post(`/api/reports/${report.id}/return`, { version: 4, comment: 'x' }).expect(403);
  });

  it('the office returns it only with a comment', async () => {
    const missing = await office
      .post(`/api/reports/${report.id}/return`, { version: 4 })
      .expect(400);
    expect(missing.body.error.fields).toEqual([
      { path: 'body.comment', message: 'Skriv en kommentar om vad insatsen behöver komplettera.' },
    ]);
    await office
      .post(`/api/reports/${report.id}/return`, { version: 4, comment: '   ' })
      .expect(400);
    const response = await office
      .post(`/api/reports/${report.id}/return`, {
        version: 4,
        comment: 'Beskriv hur vakansen påverkar måluppfyllelsen.',
      })
      .expect(200);
    report = ZQuarterlyReport.parse(response.body);
    expect(report).toMatchObject({
      status: 'RETURNED',
      version: 5,
      officeComment: 'Beskriv hur vakansen påverkar måluppfyllelsen.',
      reviewedBy: { name: 'Kajsa Kansli' },
    });
  });

  it('a returned report cannot be approved (409) until it is submitted again', async () => {
    const response = await office
      .post(`/api/reports/${report.id}/approve`, { version: 5 })
      .expect(409);
    expect(response.body.error.message).toBe(
      'Kvartalsrapporten är återskickad för komplettering. Bara en inskickad rapport kan godkännas.',
    );
  });

  it('the lead edits the returned report and submits it again', async () => {
    const edited = await lead
      .patch(`/api/reports/${report.id}`, {
        version: 5,
        answers: { goalForecast: { value: 'Ja', text: 'Vakansen påverkar inte måluppfyllelsen.' } },
      })
      .expect(200);
    expect(edited.body).toMatchObject({ status: 'RETURNED', version: 6 });
    const response = await lead
      .post(`/api/reports/${report.id}/submit`, { version: 6 })
      .expect(200);
    report = ZQuarterlyReport.parse(response.body);
    expect(report).toMatchObject({ status: 'SUBMITTED', version: 7 });
  });

  it('the office approves at the current version only; then nothing moves it', async () => {
    await office.post(`/api/reports/${report.id}/approve`, { version: 6 }).expect(409);
    const response = await office
      .post(`/api/reports/${report.id}/approve`, { version: 7 })
      .expect(200);
    report = ZQuarterlyReport.parse(response.body);
    expect(report).toMatchObject({
      status: 'APPROVED',
      version: 8,
      reviewedBy: { name: 'Kajsa Kansli' },
    });
    const resubmit = await lead
      .post(`/api/reports/${report.id}/submit`, { version: 8 })
      .expect(409);
    expect(resubmit.body.error.message).toBe(
      'Kvartalsrapporten är godkänd och kan inte skickas in igen.',
    );
    const returned = await office
      .post(`/api/reports/${report.id}/return`, { version: 8, comment: 'x' })
      .expect(409);
    expect(returned.body.error.message).toBe(
      'Kvartalsrapporten är godkänd. Bara en inskickad rapport kan skickas tillbaka.',
    );
    const actions = (await auditEntriesFor(t.db, 'QuarterlyReport', report.id))
      .map((e) => e.action)
      .reverse();
    expect(actions).toEqual([
      'create',
      'update',
      'update',
      'update',
      'submit',
      'return',
      'update',
      'submit',
      'approve',
    ]);
  });

  it("the office may write a draft on the intervention's behalf", async () => {
    const response = await office
      .post(`/api/interventions/${jobbcentrumId}/reports`, { year: 2024, quarter: 3 })
      .expect(201);
    const draft = ZQuarterlyReport.parse(response.body);
    await office
      .patch(`/api/reports/${draft.id}`, {
        version: 0,
        answers: { goalPhase: { value: 'Delvis' } },
      })
      .expect(200);
    // … and the lead of another intervention still cannot see it: a draft they may not see is
    // not revealed (404), nor is it listed for the board.
    await lead.get(`/api/reports/${draft.id}`).expect(404);
    await board.get(`/api/reports/${draft.id}`).expect(404);
    await admin.get(`/api/reports/${draft.id}`).expect(404);
    const list = ZQuarterlyReportList.parse(
      (await board.get(`/api/interventions/${jobbcentrumId}/reports`).expect(200)).body,
    );
    expect(list.reports.map((r) => r.id)).not.toContain(draft.id);
  });
});
