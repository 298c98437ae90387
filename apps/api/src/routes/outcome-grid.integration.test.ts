import { beforeAll, describe, expect, it } from 'vitest';
import {
  computeGridConsumptionRatio,
  formatPercent,
  parsePeriod,
  ZApiError,
  ZOutcomeGrid,
} from '@finsam/domain';
import type { TOutcomeGrid, TOutcomeGridRow } from '@finsam/domain';
import { auditEntriesFor } from '../test-support/other-federation.ts';
import { useSignedInApp } from '../test-support/signed-in-app.ts';
import { signIn } from '../test-support/test-app.ts';
import type { TSignedInClient, TTestApp } from '../test-support/test-app.ts';

const signedIn = useSignedInApp();

let t: TTestApp;
let office: TSignedInClient;
let secondOffice: TSignedInClient;
let board: TSignedInClient;
let lead: TSignedInClient;

beforeAll(async () => {
  ({ t, office, board, lead } = signedIn);
  // A second session of the office: two people of the kansli working at once.
  secondOffice = await signIn(t.app, 'kansli@demo.se');
});

const rowOf = (grid: TOutcomeGrid, key: string): TOutcomeGridRow => {
  const row = grid.rows.find((r) => r.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
};
const kvot = (grid: TOutcomeGrid, row: TOutcomeGridRow) =>
  formatPercent(
    computeGridConsumptionRatio({
      range: parsePeriod(grid.period),
      budgetPeriodStart: row.startDate,
      budgetPeriodEnd: row.endDate,
      adjustedBudgetKronor: row.adjustedBudgetKronor,
      otherOutcomes: row.otherOutcomes,
      typedKronor: row.outcome?.amountKronor ?? null,
      typedEstimated: row.outcome?.estimated,
    }).ratio,
  );

describe('GET /api/outcome-grids/:period', () => {
  it('2024H1: one row per running intervention with the seed outcomes and adjusted budgets (Tabell 4)', async () => {
    const grid = ZOutcomeGrid.parse(
      (await office.get('/api/outcome-grids/2024h1').expect(200)).body,
    );
    expect(grid).toMatchObject({ period: '2024H1', year: 2024, periodEnd: '2024-06-30' });
    const jobbcentrum = rowOf(grid, 'jobbcentrum');
    expect(jobbcentrum.outcome).toMatchObject({ amountKronor: 955_076, estimated: false });
    expect(kvot(grid, jobbcentrum)).toBe('72\u00a0%');
    // RegExPro: plan 1 245 000 + carry-over 100 000 from 2023 → 648 156 / 672 500 → 96 %.
    const regexpro = rowOf(grid, 'regexpro');
    expect(regexpro.originalBudgetKronor).toBe(1_245_000);
    expect(regexpro.adjustedBudgetKronor).toBe(1_345_000);
    expect(kvot(grid, regexpro)).toBe('96\u00a0%');
    // The förstudie granted after the budget was adopted: estimated 115 000, no budget, "–".
    const forstudie = rowOf(grid, 'forstudie-pilot-uppsala');
    expect(forstudie.outcome).toMatchObject({ amountKronor: 115_000, estimated: true });
    expect(kvot(grid, forstudie)).toBe('–');
    // Lokussamordnare Uppsala: 198 647 / 180 000 → 110 % (110.4 %, not 111 %).
    expect(kvot(grid, rowOf(grid, 'lokussamordnare-uppsala'))).toBe('110\u00a0%');
    // Aliases are there to match pasted rows: the Älvkarleby individinsats's other names.
    expect(rowOf(grid, 'forstarkt-stod-alvkarleby').names).toContain('Arbetsmarknadsstödjare');
  });

  it('is the office’s tool: board and lead get 403, a bad period 400 in Swedish', async () => {
    await board.get('/api/outcome-grids/2024Q2').expect(403);
    await lead.get('/api/outcome-grids/2024Q2').expect(403);
    const bad = ZApiError.parse((await office.get('/api/outcome-grids/2024Q5').expect(400)).body);
    expect(bad.error.fields?.[0]?.message).toBe(
      'Ange perioden som kvartal (2024Q2) eller halvår (2024H1).',
    );
  });
});

describe('PUT /api/outcome-grids/:period', () => {
  it('saves a quarter as a whole, then a correction; the kvot runs from 1 January (H1 + Q3)', async () => {
    const q1 = ZOutcomeGrid.parse((await office.get('/api/outcome-grids/2024Q3').expect(200)).body);
    const jobbcentrum = rowOf(q1, 'jobbcentrum');
    const bryggan = rowOf(q1, 'bryggan');
    expect(jobbcentrum.outcome).toBeNull();
    const saved = ZOutcomeGrid.parse(
      (
        await office
          .put('/api/outcome-grids/2024Q3', {
            rows: [
              {
                interventionId: jobbcentrum.interventionId,
                baseVersion: null,
                amountKronor: 600_000,
                estimated: true,
              },
              { interventionId: bryggan.interventionId, baseVersion: null, amountKronor: 400_000 },
            ],
          })
          .expect(200)
      ).body,
    );
    const stored = rowOf(saved, 'jobbcentrum').outcome!;
    expect(stored).toMatchObject({ amountKronor: 600_000, estimated: true, version: 0 });

    // The correction when the requisition arrives: not estimated any more.
    const corrected = ZOutcomeGrid.parse(
      (
        await office
          .put('/api/outcome-grids/2024Q3', {
            rows: [
              {
                interventionId: jobbcentrum.interventionId,
                baseVersion: 0,
                amountKronor: 612_345,
                estimated: false,
              },
            ],
          })
          .expect(200)
      ).body,
    );
    expect(rowOf(corrected, 'jobbcentrum').outcome).toMatchObject({
      amountKronor: 612_345,
      estimated: false,
      version: 1,
    });
    const audit = await auditEntriesFor(t.db, 'Outcome', stored.id);
    expect(audit.map((a) => a.action)).toEqual(['update', 'create']);
    expect(audit[0]).toMatchObject({ userEmail: 'kansli@demo.se' });

    // Q4 sees H1 and Q3 among the year's other outcomes, so its kvot runs from 1 January.
    const q2 = ZOutcomeGrid.parse((await office.get('/api/outcome-grids/2024Q4').expect(200)).body);
    const q4Row = rowOf(q2, 'jobbcentrum');
    expect(q4Row.otherOutcomes).toEqual([
      { period: '2024H1', startMonth: 1, endMonth: 6, amountKronor: 955_076, estimated: false },
      { period: '2024Q3', startMonth: 7, endMonth: 9, amountKronor: 612_345, estimated: false },
    ]);
    // Q3's kvot: (955 076 + 612 345) / (2 652 000 × 9/12) = 78.8 % → "79 %".
    expect(kvot(corrected, rowOf(corrected, 'jobbcentrum'))).toBe('79\u00a0%');
  });

  it('409 with one field per row another office changed; nothing of the save is kept', async () => {
    const mine = ZOutcomeGrid.parse(
      (await office.get('/api/outcome-grids/2024Q4').expect(200)).body,
    );
    const theirs = ZOutcomeGrid.parse(
      (await secondOffice.get('/api/outcome-grids/2024Q4').expect(200)).body,
    );
    const ids = ['jobbcentrum', 'bryggan', 'ung-framtid'].map((k) => rowOf(mine, k).interventionId);
    await secondOffice
      .put('/api/outcome-grids/2024Q4', {
        rows: [
          { interventionId: ids[0], baseVersion: null, amountKronor: 500_000 },
          { interventionId: ids[1], baseVersion: null, amountKronor: 300_000, estimated: true },
        ],
      })
      .expect(200);
    expect(theirs.period).toBe('2024Q4');

    const response = await office
      .put('/api/outcome-grids/2024Q4', {
        rows: [
          { interventionId: ids[0], baseVersion: null, amountKronor: 510_000 },
          { interventionId: ids[1], baseVersion: null, amountKronor: 300_000 },
          { interventionId: ids[2], baseVersion: null, amountKronor: 700_000 },
        ],
      })
      .expect(409);
    const body = ZApiError.parse(response.body);
    expect(body.error.message).toBe(
      '2 rader har ändrats av någon annan sedan du hämtade rutnätet. Inget sparades: jämför raderna och spara igen.',
    );
    expect(body.error.fields).toEqual([
      {
        path: 'body.rows.0.amountKronor',
        message:
          'Jobbcentrum: någon annan har sparat 500\u00a0000\u00a0kr sedan du hämtade rutnätet; du skrev 510\u00a0000\u00a0kr.',
      },
      {
        path: 'body.rows.1.amountKronor',
        message:
          'Bryggan: någon annan har sparat 300\u00a0000\u00a0kr (beräknat) sedan du hämtade rutnätet; du skrev 300\u00a0000\u00a0kr.',
      },
    ]);
    const after = ZOutcomeGrid.parse(
      (await office.get('/api/outcome-grids/2024Q4').expect(200)).body,
    );
    expect(rowOf(after, 'ung-framtid').outcome).toBeNull();
    expect(rowOf(after, 'jobbcentrum').outcome?.amountKronor).toBe(500_000);
  });

  it('refuses a quarter that an existing half-year outcome covers, and unknown rows, per field', async () => {
    const grid = ZOutcomeGrid.parse(
      (await office.get('/api/outcome-grids/2024Q2').expect(200)).body,
    );
    const jobbcentrum = rowOf(grid, 'jobbcentrum');
    const response = await office
      .put('/api/outcome-grids/2024Q2', {
        rows: [
          { interventionId: jobbcentrum.interventionId, baseVersion: null, amountKronor: 1 },
          { interventionId: 'nope', baseVersion: null, amountKronor: 1 },
        ],
      })
      .expect(400);
    expect(ZApiError.parse(response.body).error.fields).toEqual([
      {
        path: 'body.rows.0.amountKronor',
        message:
          'Jobbcentrum har redan ett utfall för 2024H1, som omfattar 2024Q2. Ändra det i stället, så att inga månader räknas två gånger.',
      },
      {
        path: 'body.rows.1.interventionId',
        message: 'Insatsen pågår inte under 2024Q2 eller finns inte i förbundet.',
      },
    ]);
    const negative = await office
      .put('/api/outcome-grids/2024Q2', {
        rows: [{ interventionId: jobbcentrum.interventionId, baseVersion: null, amountKronor: -5 }],
      })
      .expect(400);
    expect(ZApiError.parse(negative.body).error.fields?.[0]?.message).toBe(
      'Beloppet får inte vara negativt.',
    );
  });

  it('an emptied cell removes the stored outcome (version checked)', async () => {
    const grid = ZOutcomeGrid.parse(
      (await office.get('/api/outcome-grids/2024Q3').expect(200)).body,
    );
    const bryggan = rowOf(grid, 'bryggan');
    const saved = ZOutcomeGrid.parse(
      (
        await office
          .put('/api/outcome-grids/2024Q3', {
            rows: [
              {
                interventionId: bryggan.interventionId,
                baseVersion: bryggan.outcome!.version,
                amountKronor: null,
              },
            ],
          })
          .expect(200)
      ).body,
    );
    expect(rowOf(saved, 'bryggan').outcome).toBeNull();
  });
});
