import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZDashboardOverview, ZParticipantImportPreview, ZParticipantPeriod } from '@finsam/domain';
import { interventionId } from '../test-support/other-federation.ts';
import { createTestApp, signIn } from '../test-support/test-app.ts';
import type { TSignedInClient, TTestApp } from '../test-support/test-app.ts';

// Those who move on to the intervention's successor leave without ending (DOMAIN.md §2, §3):
// a count of their own beside the ongoing, in the grid, the import, the consistency checks and
// the dashboards.

let t: TTestApp;
let lead: TSignedInClient;
let knivstaId: string;

const km = (women: number, men: number) => ({ women, men, unspecified: null });
const url = (period: string) => `/api/interventions/${knivstaId}/participants/${period}`;
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
/** The lead saves one month's counts at the version they read. */
const save = (period: string, version: number, measures: Record<string, object>) =>
  lead.put(url(period), { version, measures });

beforeAll(async () => {
  t = await createTestApp();
  lead = await signIn(t.app, 'knivsta@demo.se');
  knivstaId = await interventionId(t.db, 'en-vag-in-steget-vidare');
});
afterAll(async () => {
  await t.close();
});

describe('participants who moved on to the successor', () => {
  it('July without a previous month is saved as it is', async () => {
    await save('2024-07', 0, {
      REGISTERED: { women: 2, men: 1 },
      ENDED: { women: 2, men: 1 },
      ONGOING: { women: 15, men: 8 },
    }).expect(200);
  });

  it('refuses more who moved on than there were participants, on its field', async () => {
    const response = await save('2024-08', 0, {
      REGISTERED: { women: 2, men: 1 },
      ENDED: { women: 0, men: 0 },
      MOVED_TO_SUCCESSOR: { women: 40, men: 0 },
      ONGOING: { women: 0, men: 9 },
    }).expect(400);
    expect(response.body.error.fields).toContainEqual({
      path: 'body.measures.MOVED_TO_SUCCESSOR.women',
      message:
        'Kvinnor: gått vidare till efterföljande insats (40) är fler än pågående vid förra periodens slut (15) + inregistrerade (2) = 17.',
    });
  });

  it('saves them beside the ongoing: ongoing = previous + registered − ended − moved on, no warning', async () => {
    const response = await save('2024-08', 0, {
      REGISTERED: { women: 2, men: 1 },
      ENDED: { women: 1, men: 0 },
      MOVED_TO_SUCCESSOR: { women: 3, men: 1 },
      ONGOING: { women: 13, men: 8 },
    }).expect(200);
    const period = ZParticipantPeriod.parse(response.body);
    expect(period.warnings).toEqual([]);
    expect(period.measures.MOVED_TO_SUCCESSOR).toEqual(km(3, 1));
  });

  it('warns, naming them, when the ongoing leaves them in', async () => {
    const response = await save('2024-08', 1, {
      REGISTERED: { women: 2, men: 1 },
      ENDED: { women: 1, men: 0 },
      MOVED_TO_SUCCESSOR: { women: 3, men: 1 },
      ONGOING: { women: 16, men: 8 },
    }).expect(200);
    expect(response.body.warnings).toEqual([
      {
        path: 'measures.ONGOING.women',
        message:
          'Kvinnor: pågående (16) stämmer inte med pågående vid förra periodens slut (15) + inregistrerade (2) \u2212 avslutade (1) \u2212 gått vidare till efterföljande insats (3) = 13.',
      },
    ]);
  });

  it('sums them over the months of a quarter, as a flow', async () => {
    const quarter = ZParticipantPeriod.parse((await lead.get(url('2024Q3')).expect(200)).body);
    expect(quarter.source).toBe('SUM_OF_MONTHS');
    expect(quarter.measures.MOVED_TO_SUCCESSOR).toEqual(km(3, 1));
    // A stock: September, the quarter's last month, has no data yet.
    expect(quarter.measures.ONGOING).toBeUndefined();
  });

  it('shows them on the dashboards beside the ongoing, and nothing where no one reported them', async () => {
    // September completes the quarter (a dashboard shows only a period its months cover).
    await save('2024-09', 0, {
      REGISTERED: { women: 1, men: 0 },
      ENDED: { women: 0, men: 0 },
      ONGOING: { women: 17, men: 8 },
    }).expect(200);
    const board = await signIn(t.app, 'styrelse@demo.se');
    const overview = ZDashboardOverview.parse(
      (await board.get('/api/dashboard?period=2024Q3').expect(200)).body,
    );
    const row = overview.participants.rows.find((r) => r.intervention.id === knivstaId)!;
    expect(row.counts.movedToSuccessor).toEqual({ ...km(3, 1), total: 4 });
    // The only row that reports them: the total is that row, and its split is 3 : 1.
    expect(overview.participants.totals.movedToSuccessor).toEqual({ ...km(3, 1), total: 4 });
    expect(overview.participants.sources.movedToSuccessor).toBe('INTERVENTION_ROWS');
    // They took part in the quarter: ongoing at its end 17 + 8, ended 3 + 1, moved on 3 + 1.
    expect(overview.participants.participantsInPeriod).toBe(25 + 4 + 4);
    expect(overview.participants.distribution.movedToSuccessor).toEqual({
      women: 0.75,
      men: 0.25,
    });

    // The papers' periods report none: "not reported" (null), never 0.
    const seeded = ZDashboardOverview.parse(
      (await board.get('/api/dashboard?period=2024H1').expect(200)).body,
    );
    expect(seeded.participants.totals.movedToSuccessor.total).toBeNull();
    expect(seeded.participants.sources.movedToSuccessor).toBe('NONE');
  });

  it('reads them from an uploaded uppföljningsfil by their Swedish name', async () => {
    const csv = [
      'Månad;Mått;Kvinnor;Män',
      '2024-09;Inregistrerade;1;0',
      '2024-09;Gått vidare till efterföljande insats;2;1',
      '',
    ].join('\n');
    const preview = ZParticipantImportPreview.parse(
      (
        await lead
          .post(`/api/interventions/${knivstaId}/participants/import/preview`, {
            fileName: 'uppfoljning.csv',
            contentBase64: base64(csv),
          })
          .expect(200)
      ).body,
    );
    expect(preview.valid).toBe(true);
    expect(preview.months[0]!.measures.MOVED_TO_SUCCESSOR).toEqual({ women: 2, men: 1 });
  });
});
