import { beforeAll, describe, expect, it } from 'vitest';
import {
  ZDashboardIntervention,
  ZDashboardMunicipality,
  ZDashboardOverview,
  ZQuarterlyReport,
  ZQuarterlyReportList,
} from '@finsam/domain';
import type { TDashboardOverview, TQuarterlyReport } from '@finsam/domain';
import { interventionId } from '../test-support/other-federation.ts';
import type { TRoleClients } from '../test-support/sign-in-roles.ts';
import { useSignedInApp } from '../test-support/signed-in-app.ts';
import type { TTestApp } from '../test-support/test-app.ts';

/*
 * DOMAIN.md §6 after the security review: a DRAFT report is the lead's work in progress, visible
 * only to the office and the intervention's own lead, and never counted in a goal status; a lead
 * gets the förbund-wide totals and colours but not other interventions' rows and answers.
 */

const signedIn = useSignedInApp();

let t: TTestApp;
let as: TRoleClients;
let knivstaId: string;
let draft: TQuarterlyReport;

const ANSWER_MARK = 'Utkastets hemliga kommentar';

beforeAll(async () => {
  t = signedIn.t;
  as = signedIn;
  knivstaId = await interventionId(t.db, 'en-vag-in-steget-vidare');
  // The Knivsta lead starts the 2024 Q3 report: "Nej", off track, not yet submitted.
  draft = ZQuarterlyReport.parse(
    (
      await as.lead
        .post(`/api/interventions/${knivstaId}/reports`, { year: 2024, quarter: 3 })
        .expect(201)
    ).body,
  );
  await as.lead
    .patch(`/api/reports/${draft.id}`, {
      version: draft.version,
      answers: { goalPhase: { value: 'Nej' }, goalForecast: { value: 'Nej' } },
      comment: ANSWER_MARK,
    })
    .expect(200);
});

describe("a lead's DRAFT report", () => {
  it('is invisible to the board: 404 by id (not 403), left out of the list', async () => {
    const byId = await as.board.get(`/api/reports/${draft.id}`).expect(404);
    expect(byId.body.error).toEqual({
      code: 'NOT_FOUND',
      message: 'Kvartalsrapporten finns inte.',
    });
    const list = ZQuarterlyReportList.parse(
      (await as.board.get(`/api/interventions/${knivstaId}/reports`).expect(200)).body,
    );
    expect(list.reports.map((r) => r.id)).not.toContain(draft.id);
    expect(list.reports.every((r) => r.status !== 'DRAFT')).toBe(true);
    expect(list.reports.length).toBeGreaterThan(0);
  });

  it('is visible to the lead who owns it and to the office', async () => {
    for (const client of [as.lead, as.office]) {
      const report = ZQuarterlyReport.parse(
        (await client.get(`/api/reports/${draft.id}`).expect(200)).body,
      );
      expect(report.status).toBe('DRAFT');
      expect(report.comment).toBe(ANSWER_MARK);
      const list = ZQuarterlyReportList.parse(
        (await client.get(`/api/interventions/${knivstaId}/reports`).expect(200)).body,
      );
      expect(list.reports.map((r) => r.id)).toContain(draft.id);
    }
  });

  it("is left out of the intervention dashboard's reports for the board, answers and comment included", async () => {
    const response = await as.board
      .get('/api/interventions/en-vag-in-steget-vidare/dashboard')
      .expect(200);
    const dashboard = ZDashboardIntervention.parse(response.body);
    expect(dashboard.reports.map((r) => r.id)).not.toContain(draft.id);
    expect(dashboard.reports.every((r) => r.status !== 'DRAFT')).toBe(true);
    expect(dashboard.goalStatus.map((g) => g.reportId)).not.toContain(draft.id);
    expect(JSON.stringify(response.body)).not.toContain(ANSWER_MARK);
  });

  it('is listed on the intervention dashboard for its lead and the office, but never in its goal status', async () => {
    for (const client of [as.lead, as.office]) {
      const dashboard = ZDashboardIntervention.parse(
        (await client.get('/api/interventions/en-vag-in-steget-vidare/dashboard').expect(200)).body,
      );
      expect(dashboard.reports.find((r) => r.id === draft.id)?.comment).toBe(ANSWER_MARK);
      expect(dashboard.goalStatus.map((g) => g.reportId)).not.toContain(draft.id);
    }
  });

  it('does not colour the goal status on /api/dashboard, for any role', async () => {
    for (const client of [as.board, as.office, as.lead]) {
      const overview = ZDashboardOverview.parse(
        (await client.get('/api/dashboard?period=2024Q3').expect(200)).body,
      );
      const knivsta = overview.interventions.find((i) => i.key === 'en-vag-in-steget-vidare');
      expect(knivsta).toBeDefined();
      expect(knivsta!.goalStatus).toBeNull();
    }
  });

  it('counts once submitted (a submitted report is the intervention’s word)', async () => {
    // Only the status matters: mark it submitted directly, as a complete submit needs every answer.
    await t.db.prisma.quarterlyReport.update({
      where: { id: draft.id },
      data: { status: 'SUBMITTED', submittedAt: new Date('2024-10-15T08:00:00Z') },
    });
    try {
      const overview = ZDashboardOverview.parse(
        (await as.board.get('/api/dashboard?period=2024Q3').expect(200)).body,
      );
      const knivsta = overview.interventions.find((i) => i.key === 'en-vag-in-steget-vidare');
      expect(knivsta!.goalStatus).toMatchObject({
        reportId: draft.id,
        reportStatus: 'SUBMITTED',
        phaseAnswer: 'Nej',
        colour: 'RED',
      });
      await as.board.get(`/api/reports/${draft.id}`).expect(200);
    } finally {
      await t.db.prisma.quarterlyReport.update({
        where: { id: draft.id },
        data: { status: 'DRAFT', submittedAt: null },
      });
    }
  });
});

describe('a lead on the förbund-wide dashboards', () => {
  let boardView: TDashboardOverview;
  let leadView: TDashboardOverview;

  beforeAll(async () => {
    boardView = ZDashboardOverview.parse(
      (await as.board.get('/api/dashboard?period=2024H1').expect(200)).body,
    );
    leadView = ZDashboardOverview.parse(
      (await as.lead.get('/api/dashboard?period=2024H1').expect(200)).body,
    );
  });

  it('the board still gets all 8 participant rows and every goal answer', () => {
    expect(boardView.participants.rows).toHaveLength(8);
    expect(boardView.participants.rowsWithheld).toBeUndefined();
    const jobbcentrum = boardView.interventions.find((i) => i.key === 'jobbcentrum');
    expect(jobbcentrum?.goalStatus?.reportId).toEqual(expect.any(String));
    expect(jobbcentrum?.goalStatus?.phaseAnswer).not.toBeNull();
    expect(jobbcentrum?.goalStatus?.answersWithheld).toBeUndefined();
  });

  it("gets only their own intervention's participant row, with the same totals (262 registered, 127 ended)", () => {
    expect(leadView.participants.rows.map((r) => r.intervention.key)).toEqual([
      'en-vag-in-steget-vidare',
    ]);
    expect(leadView.participants.rowsWithheld).toBe(7);
    expect(leadView.participants.totals.registered.total).toBe(262);
    expect(leadView.participants.totals.ended.total).toBe(127);
    expect(leadView.participants.totals).toEqual(boardView.participants.totals);
    expect(leadView.participants.outcomes).toEqual(boardView.participants.outcomes);
    expect(leadView.participants.unweightedMeanShareToWorkOrStudies).toBe(
      boardView.participants.unweightedMeanShareToWorkOrStudies,
    );
  });

  it("gets Jobbcentrum's goal colour but not its report or answers", () => {
    const forBoard = boardView.interventions.find((i) => i.key === 'jobbcentrum')!;
    const forLead = leadView.interventions.find((i) => i.key === 'jobbcentrum')!;
    expect(forLead.goalStatus).toEqual({
      year: forBoard.goalStatus!.year,
      quarter: forBoard.goalStatus!.quarter,
      period: forBoard.goalStatus!.period,
      reportId: null,
      reportStatus: null,
      phaseAnswer: null,
      phase: null,
      forecastAnswer: null,
      colour: forBoard.goalStatus!.colour,
      answersWithheld: true,
    });
    expect(forLead.goalStatus!.colour).not.toBeNull();
    expect(leadView.participants.rows.some((r) => r.intervention.key === 'jobbcentrum')).toBe(
      false,
    );
    expect(leadView.kinds).toEqual(boardView.kinds);
    expect(leadView.targets).toEqual(boardView.targets);
  });

  it('keeps the answers of their own intervention', () => {
    const own = leadView.interventions.find((i) => i.key === 'en-vag-in-steget-vidare')!;
    const forBoard = boardView.interventions.find((i) => i.key === 'en-vag-in-steget-vidare')!;
    expect(own.goalStatus).toEqual(forBoard.goalStatus);
  });

  it("gets no rows or answers of another member's interventions on its kommun page", async () => {
    const forBoard = ZDashboardMunicipality.parse(
      (await as.board.get('/api/municipalities/heby/dashboard?period=2024H1').expect(200)).body,
    );
    const forLead = ZDashboardMunicipality.parse(
      (await as.lead.get('/api/municipalities/heby/dashboard?period=2024H1').expect(200)).body,
    );
    expect(forLead.participants.rows).toEqual([]);
    expect(forLead.participants.rowsWithheld).toBe(forBoard.participants.rows.length);
    expect(forLead.participants.totals).toEqual(forBoard.participants.totals);
    for (const intervention of forLead.interventions) {
      expect(intervention.goalStatus?.phaseAnswer ?? null).toBeNull();
      expect(intervention.goalStatus?.reportId ?? null).toBeNull();
    }
  });
});
