import { beforeAll, describe, expect, it } from 'vitest';
import {
  ZAuditPage,
  ZBulkApproveResult,
  ZDeviation,
  ZDeviationEffectView,
  ZInterventionHistory,
  ZQuarterlyReport,
  ZReportingRateList,
  ZReviewQueue,
} from '@finsam/domain';
import { auditEntriesFor, interventionId } from '../test-support/other-federation.ts';
import type { TRoleClients } from '../test-support/sign-in-roles.ts';
import { useSignedInApp } from '../test-support/signed-in-app.ts';
import type { TSignedInClient, TTestApp } from '../test-support/test-app.ts';

const signedIn = useSignedInApp();

let t: TTestApp;
let c: TRoleClients;
let knivstaId: string;
let jobbcentrumId: string;
let lokusId: string;

/** Every 2024 question answered as En väg in – steget vidare answered 2024 Q2. */
const COMPLETE_2024 = {
  goalPhase: { value: 'Ja' },
  goalForecast: { value: 'Ja' },
  vacanciesFunded: { value: 'Ja', text: 'En vakans från april.' },
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

/** A complete report for `quarter` 2024, written and submitted by `as`. */
async function submittedReport(as: TSignedInClient, intervention: string, quarter: number) {
  const draft = ZQuarterlyReport.parse(
    (
      await as
        .post(`/api/interventions/${intervention}/reports`, { year: 2024, quarter })
        .expect(201)
    ).body,
  );
  const saved = ZQuarterlyReport.parse(
    (
      await as
        .patch(`/api/reports/${draft.id}`, { version: draft.version, answers: COMPLETE_2024 })
        .expect(200)
    ).body,
  );
  return ZQuarterlyReport.parse(
    (await as.post(`/api/reports/${draft.id}/submit`, { version: saved.version }).expect(200)).body,
  );
}

beforeAll(async () => {
  t = signedIn.t;
  c = signedIn;
  knivstaId = await interventionId(t.db, 'en-vag-in-steget-vidare');
  jobbcentrumId = await interventionId(t.db, 'jobbcentrum');
  lokusId = await interventionId(t.db, 'lokussamordnare-uppsala');
});

describe('bulk approval', () => {
  it('approves each listed report at its version; a stale one answers 409 in its line and stays inskickad', async () => {
    const knivstaQ3 = await submittedReport(c.lead, knivstaId, 3);
    const jobbcentrumQ3 = await submittedReport(c.office, jobbcentrumId, 3);

    const queue = ZReviewQueue.parse((await c.office.get('/api/review-queue').expect(200)).body);
    expect(queue.submitted.map((line) => [line.intervention.key, line.report.quarter])).toEqual(
      expect.arrayContaining([
        ['en-vag-in-steget-vidare', 3],
        ['jobbcentrum', 3],
      ]),
    );

    const result = ZBulkApproveResult.parse(
      (
        await c.office
          .post('/api/reports/approve', {
            reports: [
              { id: knivstaQ3.id, version: knivstaQ3.version },
              // The office saw an older version of this one.
              { id: jobbcentrumQ3.id, version: jobbcentrumQ3.version - 1 },
              { id: 'no-such-report', version: 0 },
            ],
          })
          .expect(200)
      ).body,
    );
    expect(result.approved).toBe(1);
    expect(result.failed).toBe(2);
    expect(
      result.results.map((line) => [line.id, line.status, line.report?.status ?? null]),
    ).toEqual([
      [knivstaQ3.id, 200, 'APPROVED'],
      [jobbcentrumQ3.id, 409, null],
      ['no-such-report', 404, null],
    ]);
    expect(result.results[1]!.message).toMatch(/Någon annan har ändrat/);

    const jobbcentrumNow = ZQuarterlyReport.parse(
      (await c.office.get(`/api/reports/${jobbcentrumQ3.id}`).expect(200)).body,
    );
    expect(jobbcentrumNow.status).toBe('SUBMITTED');
    const [entry] = await auditEntriesFor(t.db, 'QuarterlyReport', knivstaQ3.id);
    expect(entry).toMatchObject({ action: 'approve', userEmail: 'kansli@demo.se' });
    expect(entry!.before).toMatchObject({ status: 'SUBMITTED' });
    expect(entry!.after).toMatchObject({ status: 'APPROVED' });

    // Retried with the version it has: approved.
    const retry = ZBulkApproveResult.parse(
      (
        await c.office
          .post('/api/reports/approve', {
            reports: [{ id: jobbcentrumQ3.id, version: jobbcentrumNow.version }],
          })
          .expect(200)
      ).body,
    );
    expect(retry.results[0]).toMatchObject({ status: 200, report: { status: 'APPROVED' } });
  });

  it('is the office’s: a lead gets 403, an empty list 400 in Swedish', async () => {
    await c.lead.post('/api/reports/approve', { reports: [{ id: 'x', version: 0 }] }).expect(403);
    const response = await c.office.post('/api/reports/approve', { reports: [] }).expect(400);
    expect(response.body.error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ message: 'Välj minst en rapport att godkänna.' }),
      ]),
    );
  });
});

describe('return, resubmit, approve, reopen', () => {
  it('a return needs a comment; the lead sees it, corrects, resubmits; the approval locks the report; reopening needs a reason and is in the history', async () => {
    const submitted = await submittedReport(c.lead, knivstaId, 4);
    const noComment = await c.office
      .post(`/api/reports/${submitted.id}/return`, { version: submitted.version, comment: ' ' })
      .expect(400);
    expect(noComment.body.error.fields[0].message).toBe(
      'Skriv en kommentar om vad insatsen behöver komplettera.',
    );
    const returned = ZQuarterlyReport.parse(
      (
        await c.office
          .post(`/api/reports/${submitted.id}/return`, {
            version: submitted.version,
            comment: 'Beskriv vakansen: från vilket datum och vilken tjänst?',
          })
          .expect(200)
      ).body,
    );
    expect(returned).toMatchObject({
      status: 'RETURNED',
      officeComment: 'Beskriv vakansen: från vilket datum och vilken tjänst?',
      reviewedBy: { name: expect.any(String) },
    });
    // Approving a returned report is not a transition of the state machine.
    const notSubmitted = await c.office
      .post(`/api/reports/${submitted.id}/approve`, { version: returned.version })
      .expect(409);
    expect(notSubmitted.body.error.message).toBe(
      'Kvartalsrapporten är återskickad för komplettering. Bara en inskickad rapport kan godkännas.',
    );

    const leadView = ZQuarterlyReport.parse(
      (await c.lead.get(`/api/reports/${submitted.id}`).expect(200)).body,
    );
    expect(leadView.officeComment).toBe('Beskriv vakansen: från vilket datum och vilken tjänst?');
    const corrected = ZQuarterlyReport.parse(
      (
        await c.lead
          .patch(`/api/reports/${submitted.id}`, {
            version: leadView.version,
            answers: {
              vacanciesFunded: {
                value: 'Ja',
                text: 'Vakant tjänst som arbetskonsulent från 1 april 2024.',
              },
            },
          })
          .expect(200)
      ).body,
    );
    const resubmitted = ZQuarterlyReport.parse(
      (
        await c.lead
          .post(`/api/reports/${submitted.id}/submit`, { version: corrected.version })
          .expect(200)
      ).body,
    );
    expect(resubmitted.status).toBe('SUBMITTED');
    const approved = ZQuarterlyReport.parse(
      (
        await c.office
          .post(`/api/reports/${submitted.id}/approve`, { version: resubmitted.version })
          .expect(200)
      ).body,
    );
    expect(approved.status).toBe('APPROVED');

    // Locked: neither the lead nor the office can change it; the lead cannot reopen it.
    const locked = await c.lead
      .patch(`/api/reports/${submitted.id}`, { version: approved.version, comment: 'En ändring' })
      .expect(409);
    expect(locked.body.error.message).toMatch(/godkänd och kan inte ändras/);
    await c.lead
      .post(`/api/reports/${submitted.id}/reopen`, { version: approved.version, reason: 'x' })
      .expect(403);
    const noReason = await c.office
      .post(`/api/reports/${submitted.id}/reopen`, { version: approved.version })
      .expect(400);
    expect(noReason.body.error.fields[0].message).toBe('Skriv varför rapporten öppnas igen.');
    await c.office
      .post(`/api/reports/${submitted.id}/reopen`, {
        version: approved.version - 1,
        reason: 'Gammal',
      })
      .expect(409);
    const reopened = ZQuarterlyReport.parse(
      (
        await c.office
          .post(`/api/reports/${submitted.id}/reopen`, {
            version: approved.version,
            reason: 'Deltagarantalet i december var fel enligt uppföljningsfilen.',
          })
          .expect(200)
      ).body,
    );
    expect(reopened).toMatchObject({
      status: 'RETURNED',
      officeComment: 'Deltagarantalet i december var fel enligt uppföljningsfilen.',
    });
    // Reopened, the lead can change it again.
    await c.lead
      .patch(`/api/reports/${submitted.id}`, {
        version: reopened.version,
        comment: 'Rättat antal.',
      })
      .expect(200);

    const history = ZInterventionHistory.parse(
      (await c.office.get(`/api/interventions/${knivstaId}/history`).expect(200)).body,
    );
    const steps = history.events
      .filter((event) => event.entityId === submitted.id)
      .reverse()
      .map((event) => [
        event.action,
        event.statusBefore,
        event.statusAfter,
        event.comment,
        event.by?.name ?? null,
      ]);
    const officeName = approved.reviewedBy!.name;
    const leadName = resubmitted.submittedBy!.name;
    expect(steps).toEqual([
      ['create', null, 'DRAFT', null, leadName],
      ['update', 'DRAFT', 'DRAFT', null, leadName],
      ['submit', 'DRAFT', 'SUBMITTED', null, leadName],
      [
        'return',
        'SUBMITTED',
        'RETURNED',
        'Beskriv vakansen: från vilket datum och vilken tjänst?',
        officeName,
      ],
      ['update', 'RETURNED', 'RETURNED', null, leadName],
      ['submit', 'RETURNED', 'SUBMITTED', null, leadName],
      ['approve', 'SUBMITTED', 'APPROVED', null, officeName],
      [
        'reopen',
        'APPROVED',
        'RETURNED',
        'Deltagarantalet i december var fel enligt uppföljningsfilen.',
        officeName,
      ],
      ['update', 'RETURNED', 'RETURNED', null, leadName],
    ]);
    expect(history.events.find((event) => event.entityId === submitted.id)!.subject).toBe('2024Q4');
    await c.lead.get(`/api/interventions/${knivstaId}/history`).expect(403);
  });
});

describe('deviation decisions with their effect', () => {
  it('previews a carry-over on the budget without applying it, then shows the same change applied', async () => {
    const budgetOf = async (year: number) => {
      const body = (await c.office.get(`/api/interventions/${knivstaId}/budgets`).expect(200)).body;
      return body.budgets.find((budget: { year: number }) => budget.year === year);
    };
    const before2024 = await budgetOf(2024);
    const deviation = ZDeviation.parse(
      (
        await c.lead
          .post(`/api/interventions/${knivstaId}/deviations`, {
            kind: 'BUDGET_CARRY_OVER',
            description: 'Outnyttjade medel 2023 på grund av vakans förs över till 2024.',
            effect: { amountKronor: 50_000, fromYear: 2023, toYear: 2024 },
          })
          .expect(201)
      ).body,
    );
    const preview = ZDeviationEffectView.parse(
      (await c.office.get(`/api/deviations/${deviation.id}/effect`).expect(200)).body,
    );
    expect(preview).toEqual({
      deviationId: deviation.id,
      status: 'SUBMITTED',
      mode: 'PREVIEW',
      changes: [{ type: 'BUDGET', year: 2024, beforeKronor: 1_695_000, afterKronor: 1_745_000 }],
      problems: [],
    });
    // Nothing was applied by looking.
    expect(await budgetOf(2024)).toEqual(before2024);

    const queue = ZReviewQueue.parse((await c.office.get('/api/review-queue').expect(200)).body);
    expect(queue.deviations.map((line) => line.deviation.id)).toContain(deviation.id);

    const decided = ZDeviation.parse(
      (
        await c.office
          .post(`/api/deviations/${deviation.id}/decision`, {
            version: deviation.version,
            decision: 'APPROVED',
          })
          .expect(200)
      ).body,
    );
    expect(decided.adjustments).toEqual([
      { year: 2024, amountKronor: 50_000, kind: 'CARRY_OVER', date: expect.any(String) },
    ]);
    const applied = ZDeviationEffectView.parse(
      (await c.lead.get(`/api/deviations/${deviation.id}/effect`).expect(200)).body,
    );
    expect(applied).toEqual({ ...preview, status: 'APPROVED', mode: 'APPLIED' });
    const after2024 = await budgetOf(2024);
    expect(after2024.adjustedKronor).toBe(1_745_000);
  });

  it('previews an extended period; a rejection needs its reason and changes nothing', async () => {
    const deviation = ZDeviation.parse(
      (
        await c.office
          .post(`/api/interventions/${lokusId}/deviations`, {
            kind: 'PERIOD_EXTENDED',
            description: 'Förlängning ett halvår för att hinna implementera.',
            effect: { newEndDate: '2025-06-30' },
          })
          .expect(201)
      ).body,
    );
    const preview = ZDeviationEffectView.parse(
      (await c.office.get(`/api/deviations/${deviation.id}/effect`).expect(200)).body,
    );
    expect(preview.changes).toEqual([
      {
        type: 'PERIOD',
        before: { startDate: '2020-01-01', endDate: '2024-12-31' },
        after: { startDate: '2020-01-01', endDate: '2025-06-30' },
      },
    ]);
    const noReason = await c.office
      .post(`/api/deviations/${deviation.id}/decision`, {
        version: deviation.version,
        decision: 'REJECTED',
      })
      .expect(400);
    expect(noReason.body.error.fields[0].message).toBe('Ange skälet till avslaget.');
    await c.office
      .post(`/api/deviations/${deviation.id}/decision`, {
        version: deviation.version,
        decision: 'REJECTED',
        reason: 'Styrelsen har inte beviljat mer medel.',
      })
      .expect(200);
    const after = ZDeviationEffectView.parse(
      (await c.office.get(`/api/deviations/${deviation.id}/effect`).expect(200)).body,
    );
    expect(after).toMatchObject({ status: 'REJECTED', mode: 'NONE', changes: [] });
    const intervention = (await c.office.get(`/api/interventions/${lokusId}`).expect(200)).body;
    expect(intervention.endDate).toBe('2024-12-31');
    await c.office
      .post(`/api/deviations/${deviation.id}/decision`, {
        version: deviation.version + 1,
        decision: 'APPROVED',
      })
      .expect(409);
  });
});

describe('reporting rate', () => {
  it('2024: expected, in, on time, late, missing per quarter from the seeded Q2 reports and this file’s', async () => {
    const rate = ZReportingRateList.parse(
      (await c.office.get('/api/reporting-rate?year=2024').expect(200)).body,
    );
    expect(rate.quarters.map((q) => q.dueDate)).toEqual([
      '2024-04-30',
      '2024-07-31',
      '2024-10-31',
      '2025-01-31',
    ]);
    const q2 = rate.quarters[1]!;
    // The 2024 PM: "Av de tolv insatser som varit i gång under perioden": twelve expected (the
    // förbund's own cooperation lines send no report), all in; seeded reports count as in by 31 July.
    expect(q2).toMatchObject({
      expected: 12,
      submitted: 12,
      onTime: 12,
      late: 0,
      missing: 0,
      submittedShare: 1,
    });
    // Q1 2024: the seed holds the PM's Q2 answers only, so all twelve Q1 reports are missing
    // (the förstudie, started 15 March, was expected too).
    expect(rate.quarters[0]).toMatchObject({
      expected: 12,
      submitted: 0,
      missing: 12,
      submittedShare: 0,
    });
    // Q3: this file submitted En väg in and Jobbcentrum (approved); the förstudie had ended.
    expect(rate.quarters[2]).toMatchObject({ expected: 11, submitted: 2 });
    await c.lead.get('/api/reporting-rate?year=2024').expect(403);
    const bad = await c.office.get('/api/reporting-rate?year=tjugo').expect(400);
    expect(bad.body.error.fields[0].message).toBe('Ange ett årtal.');
  });
});

describe('audit search', () => {
  it('finds the office’s reopening by its text, with before and after; by who and entity too', async () => {
    const page = ZAuditPage.parse(
      (
        await c.office
          .get(`/api/audit?q=${encodeURIComponent('uppföljningsfilen')}&who=kansli`)
          .expect(200)
      ).body,
    );
    expect(page.entries.map((e) => [e.action, e.entity, e.userEmail])).toEqual([
      ['reopen', 'QuarterlyReport', 'kansli@demo.se'],
    ]);
    expect(page.entries[0]!.before).toMatchObject({ status: 'APPROVED' });
    expect(page.entries[0]!.after).toMatchObject({ status: 'RETURNED' });
    // The lead's next save carries the reason in its before and after: found by who too.
    const lead = ZAuditPage.parse(
      (await c.office.get(`/api/audit?q=uppf%C3%B6ljningsfilen&who=KNIVSTA`).expect(200)).body,
    );
    expect(lead.entries.map((e) => [e.action, e.userEmail])).toEqual([
      ['update', 'knivsta@demo.se'],
    ]);
    const none = ZAuditPage.parse(
      (await c.office.get(`/api/audit?q=uppf%C3%B6ljningsfilen&entity=Deviation`).expect(200)).body,
    );
    expect(none.total).toBe(0);
    // % is literal, not a wildcard.
    const percent = ZAuditPage.parse(
      (await c.office.get('/api/audit?q=%25%25%25zz').expect(200)).body,
    );
    expect(percent.total).toBe(0);
  });
});
