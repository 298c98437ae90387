import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZParticipantPeriod, ZParticipantPeriodList } from '@finsam/domain';
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
let knivstaId: string;
let jobbcentrumId: string;
let lokusId: string;

const km = (women: number, men: number) => ({ women, men, unspecified: null });
const url = (id: string, period?: string) =>
  `/api/interventions/${id}/participants${period ? `/${period}` : ''}`;

beforeAll(async () => {
  t = await createTestApp();
  office = await signIn(t.app, 'kansli@demo.se');
  board = await signIn(t.app, 'styrelse@demo.se');
  lead = await signIn(t.app, 'knivsta@demo.se');
  other = await createOtherFederation(t.db);
  knivstaId = await interventionId(t.db, 'en-vag-in-steget-vidare');
  jobbcentrumId = await interventionId(t.db, 'jobbcentrum');
  lokusId = await interventionId(t.db, 'lokussamordnare-uppsala');
});
afterAll(async () => {
  await t.close();
});

describe('reading deltagardata', () => {
  it("shows Knivsta 2024 H1 as in the PM's Tabell 6 (K/M), at version 0, without warnings", async () => {
    const response = await lead.get(url(knivstaId, '2024h1')).expect(200);
    const period = ZParticipantPeriod.parse(response.body);
    expect(period).toMatchObject({
      period: '2024H1',
      periodKind: 'HALF',
      source: 'STORED',
      version: 0,
      warnings: [],
    });
    expect(period.measures).toEqual({
      REGISTERED: km(13, 8),
      ENDED: km(9, 11),
      ENDED_WHOLE_PERIOD: km(52, 46),
      ONGOING: km(15, 8),
      ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING: km(4, 10),
    });
  });

  it('lists every saved period oldest first: 2022 H1 (Tabell 6–8 of that PM) before 2024 H1', async () => {
    const response = await board.get(url(knivstaId)).expect(200);
    const { periods } = ZParticipantPeriodList.parse(response.body);
    expect(periods.map((p) => p.period)).toEqual(['2022H1', '2024H1']);
    expect(periods[0]!.measures).toMatchObject({
      REGISTERED: km(21, 17),
      ENDED: km(9, 12),
      ONGOING: km(12, 5),
      ENDED_TO_WORK_OR_STUDIES: km(8, 8),
      ANONYMOUS_REGISTERED: { women: null, men: null, unspecified: 0 },
    });
  });

  it('answers an empty period at version 0 so a form can be filled in', async () => {
    const response = await lead.get(url(knivstaId, '2024Q4')).expect(200);
    expect(response.body).toMatchObject({
      source: 'EMPTY',
      version: 0,
      measures: {},
      endReasons: {},
      warnings: [],
    });
  });

  it('refuses structural interventions: they have no participants (409)', async () => {
    const response = await office.get(url(lokusId, '2024H1')).expect(409);
    expect(response.body.error).toEqual({
      code: 'CONFLICT',
      message:
        'Deltagardata förs bara för individinsatser. Den här insatsen är en strukturinsats och har inga deltagare.',
    });
    await office.get(url(lokusId)).expect(409);
    await office
      .put(url(lokusId, '2024H1'), { version: 0, measures: { REGISTERED: { women: 1, men: 1 } } })
      .expect(409);
  });

  it('validates the period in the path', async () => {
    const response = await lead.get(url(knivstaId, '2024H3')).expect(400);
    expect(response.body.error.fields).toEqual([
      {
        path: 'params.period',
        message:
          'Ange perioden som år (2024), halvår (2024H1), kvartal (2024Q3) eller månad (2024-05).',
      },
    ]);
  });
});

describe('access', () => {
  it('answers 401 without a session', async () => {
    await request(t.app).get(url(knivstaId)).expect(401);
    await request(t.app).get(url(knivstaId, '2024H1')).expect(401);
    await request(t.app)
      .put(url(knivstaId, '2024H1'))
      .send({ version: 0, measures: {} })
      .expect(401);
  });

  it("never lets the lead read or write another intervention's participants (Jobbcentrum): 403", async () => {
    const list = await lead.get(url(jobbcentrumId)).expect(403);
    expect(list.body.error.message).toBe('Du har inte behörighet till den här insatsen.');
    await lead.get(url(jobbcentrumId, '2024H1')).expect(403);
    await lead
      .put(url(jobbcentrumId, '2024H1'), {
        version: 0,
        measures: { REGISTERED: { women: 1, men: 1 } },
      })
      .expect(403);
    const row = await t.db.prisma.participantFigure.findFirstOrThrow({
      where: {
        interventionId: jobbcentrumId,
        period: '2024H1',
        measure: 'REGISTERED',
        gender: 'WOMEN',
      },
      select: { count: true },
    });
    expect(row.count).toBe(27);
  });

  it('lets the board read any intervention but write none (403)', async () => {
    const response = await board.get(url(jobbcentrumId, '2024H1')).expect(200);
    expect(response.body.measures.REGISTERED).toEqual(km(27, 18));
    await board.put(url(knivstaId, '2024H1'), { version: 0, measures: {} }).expect(403);
  });

  it("answers 404 for another förbund's intervention", async () => {
    await office.get(url(other.interventionId)).expect(404);
    await office.get(url(other.interventionId, '2024H1')).expect(404);
    await office.put(url(other.interventionId, '2024H1'), { version: 0, measures: {} }).expect(404);
  });
});

describe('saving a period', () => {
  it('refuses counts that contradict each other, per field, and saves nothing', async () => {
    const response = await lead
      .put(url(knivstaId, '2024-07'), {
        version: 0,
        measures: {
          REGISTERED: { women: 3, men: 2 },
          ENDED: { women: 4, men: 11 },
          ENDED_TO_WORK_OR_STUDIES: { women: 5, men: 2 },
        },
        endReasons: { STUDIES: { women: 2, men: 6 }, ILLNESS: { women: 1, men: 6 } },
      })
      .expect(400);
    expect(response.body.error.message).toBe('Antalen går inte ihop. Rätta de markerade fälten.');
    expect(response.body.error.fields).toEqual([
      {
        path: 'body.measures.ENDED_TO_WORK_OR_STUDIES.women',
        message: 'Kvinnor: avslutade till arbete och/eller studier (5) är fler än avslutade (4).',
      },
      {
        path: 'body.endReasons',
        message: 'Män: avslutsorsakerna är tillsammans 12, fler än avslutade (11).',
      },
    ]);
    expect(
      await t.db.prisma.participantFigure.count({
        where: { interventionId: knivstaId, period: '2024-07' },
      }),
    ).toBe(0);
  });

  it('takes only counts: any other field (a name, a personal identity number) is refused', async () => {
    const response = await lead
      .put(url(knivstaId, '2024-07'), {
        version: 0,
        personnummer: '19900101-1234',
        measures: { REGISTERED: { women: 1, men: 0, namn: 'Anna' }, ENDED: { women: -1, men: 0 } },
      })
      .expect(400);
    expect(response.body.error.fields).toEqual([
      {
        path: 'body.measures.REGISTERED',
        message: 'Okänt fält: namn. Bara de fält formuläret har tas emot.',
      },
      { path: 'body.measures.ENDED.women', message: 'Antalet kan inte vara negativt.' },
      { path: 'body', message: 'Okänt fält: personnummer. Bara de fält formuläret har tas emot.' },
    ]);
  });

  it('saves July (version 0 → 1) with an audit entry', async () => {
    const response = await lead
      .put(url(knivstaId, '2024-07'), {
        version: 0,
        measures: {
          REGISTERED: { women: 2, men: 1 },
          ENDED: { women: 2, men: 1 },
          ONGOING: { women: 15, men: 8 },
          ENDED_TO_WORK_OR_STUDIES: { women: 1, men: 1 },
        },
        endReasons: { STUDIES: { women: 1, men: 0 }, UNSUBSIDISED_WORK: { women: 0, men: 1 } },
      })
      .expect(200);
    const period = ZParticipantPeriod.parse(response.body);
    expect(period).toMatchObject({
      period: '2024-07',
      source: 'STORED',
      version: 1,
      warnings: [],
      updatedBy: { name: 'Karin Knivsta' },
    });
    expect(period.endReasons).toEqual({ STUDIES: km(1, 0), UNSUBSIDISED_WORK: km(0, 1) });
    const report = await t.db.prisma.participantReport.findUniqueOrThrow({
      where: { interventionId_period: { interventionId: knivstaId, period: '2024-07' } },
      select: { id: true },
    });
    const audit = await auditEntriesFor(t.db, 'ParticipantReport', report.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'create',
      userEmail: 'knivsta@demo.se',
      before: null,
    });
    expect(audit[0]!.after).toMatchObject({
      period: '2024-07',
      measures: { REGISTERED: { women: 2, men: 1 } },
    });
  });

  it('answers 409 for a stale version and changes nothing', async () => {
    const response = await lead
      .put(url(knivstaId, '2024-07'), {
        version: 0,
        measures: { REGISTERED: { women: 9, men: 9 } },
      })
      .expect(409);
    expect(response.body.error.code).toBe('CONFLICT');
    const stored = await lead.get(url(knivstaId, '2024-07')).expect(200);
    expect(stored.body).toMatchObject({ version: 1, measures: { REGISTERED: km(2, 1) } });
  });

  it('saves an ongoing count that does not follow from the previous month, and warns', async () => {
    const response = await lead
      .put(url(knivstaId, '2024-08'), {
        version: 0,
        measures: {
          REGISTERED: { women: 2, men: 1 },
          ENDED: { women: 1, men: 0 },
          ONGOING: { women: 16, men: 10 },
        },
      })
      .expect(200);
    expect(response.body.version).toBe(1);
    expect(response.body.warnings).toEqual([
      {
        path: 'measures.ONGOING.men',
        message:
          'Män: pågående (10) stämmer inte med pågående vid förra periodens slut (8) + inregistrerade (1) \u2212 avslutade (0) = 9.',
      },
    ]);
  });

  it('replaces the whole set of a period: what is left out is gone', async () => {
    const response = await lead
      .put(url(knivstaId, '2024-08'), {
        version: 1,
        measures: {
          REGISTERED: { women: 2, men: 2 },
          ENDED: { women: 1, men: 0 },
          ONGOING: { women: 16, men: 10 },
        },
      })
      .expect(200);
    expect(response.body).toMatchObject({ version: 2, warnings: [] });
    await lead
      .put(url(knivstaId, '2024-09'), {
        version: 0,
        measures: { REGISTERED: { women: 1, men: 0 }, ONGOING: { women: 17, men: 10 } },
      })
      .expect(200);
    const replaced = await lead
      .put(url(knivstaId, '2024-09'), {
        version: 1,
        measures: { REGISTERED: { women: 1, men: 0 } },
      })
      .expect(200);
    expect(replaced.body.measures).toEqual({ REGISTERED: km(1, 0) });
  });

  it('builds the quarter from its months: flows summed, pågående from the last month', async () => {
    await lead
      .put(url(knivstaId, '2024-09'), {
        version: 2,
        measures: { REGISTERED: { women: 1, men: 0 }, ONGOING: { women: 17, men: 10 } },
      })
      .expect(200);
    const response = await board.get(url(knivstaId, '2024Q3')).expect(200);
    const quarter = ZParticipantPeriod.parse(response.body);
    expect(quarter).toMatchObject({
      source: 'SUM_OF_MONTHS',
      months: ['2024-07', '2024-08', '2024-09'],
      missingMonths: [],
      version: 0,
    });
    expect(quarter.measures).toEqual({
      REGISTERED: km(5, 3),
      ENDED: km(3, 1),
      ONGOING: km(17, 10),
      ENDED_TO_WORK_OR_STUDIES: km(1, 1),
    });
    expect(quarter.endReasons).toEqual({ STUDIES: km(1, 0), UNSUBSIDISED_WORK: km(0, 1) });
  });

  it('the office replaces the seeded 2024 H1 set; the audit keeps the paper\'s figures as "before"', async () => {
    const response = await office
      .put(url(knivstaId, '2024H1'), {
        version: 0,
        measures: {
          REGISTERED: { women: 13, men: 8 },
          ENDED: { women: 9, men: 11 },
          ENDED_WHOLE_PERIOD: { women: 52, men: 46 },
          ONGOING: { women: 15, men: 8 },
          ENDED_TO_WORK_OR_STUDIES: { women: 3, men: 6 },
          ENDED_TO_JOB_SEEKING: { women: 1, men: 4 },
          ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING: { women: 4, men: 10 },
        },
      })
      .expect(200);
    expect(response.body).toMatchObject({
      version: 1,
      source: 'STORED',
      updatedBy: { name: 'Kajsa Kansli' },
    });
    const report = await t.db.prisma.participantReport.findUniqueOrThrow({
      where: { interventionId_period: { interventionId: knivstaId, period: '2024H1' } },
      select: { id: true },
    });
    const [entry] = await auditEntriesFor(t.db, 'ParticipantReport', report.id);
    expect(entry).toMatchObject({ action: 'update', userEmail: 'kansli@demo.se' });
    expect(entry!.before).toMatchObject({
      measures: { REGISTERED: { women: 13, men: 8 }, ONGOING: { women: 15, men: 8 } },
    });
    expect(
      await t.db.prisma.participantFigure.count({
        where: { interventionId: knivstaId, period: '2024H1' },
      }),
    ).toBe(14);
  });

  it('refuses a combined column that is not work/studies + job-seeking', async () => {
    const response = await office
      .put(url(knivstaId, '2024H1'), {
        version: 1,
        measures: {
          ENDED: { women: 9, men: 11 },
          ENDED_TO_WORK_OR_STUDIES: { women: 3, men: 6 },
          ENDED_TO_JOB_SEEKING: { women: 1, men: 4 },
          ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING: { women: 4, men: 9 },
        },
      })
      .expect(400);
    expect(response.body.error.fields).toEqual([
      {
        path: 'body.measures.ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING.men',
        message:
          'Män: avslutade till arbete, studier eller som arbetssökande (9) ska vara avslutade till arbete och/eller studier (6) + avslutade som arbetssökande (4) = 10.',
      },
    ]);
  });
});
