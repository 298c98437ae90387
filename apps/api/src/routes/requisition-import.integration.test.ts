import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZOutcomeGrid, ZRequisitionPreview } from '@finsam/domain';
import { interventionId } from '../test-support/other-federation.ts';
import { createTestApp, signIn } from '../test-support/test-app.ts';
import type { TSignedInClient, TTestApp } from '../test-support/test-app.ts';

let t: TTestApp;
let office: TSignedInClient;
let board: TSignedInClient;

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const PREVIEW = '/api/outcome-grids/2024Q3/requisitions/preview';

beforeAll(async () => {
  t = await createTestApp();
  office = await signIn(t.app, 'kansli@demo.se');
  board = await signIn(t.app, 'styrelse@demo.se');
});
afterAll(async () => {
  await t.close();
});

describe('requisition list (rekvisitioner → utfall) uploaded into the quarter grid', () => {
  it('shows every bad row with its number and is not valid', async () => {
    const csv = ['Insats;Belopp;Beräknat', 'Okänd insats;1 000;', 'Jobbcentrum;12,50;', ''].join(
      '\n',
    );
    const preview = ZRequisitionPreview.parse(
      (await office.post(PREVIEW, { fileName: 'rekv.csv', contentBase64: base64(csv) }).expect(200))
        .body,
    );
    expect(preview.valid).toBe(false);
    expect(preview.errors).toEqual([
      { row: 2, message: '"Okänd insats" är ingen insats som pågår under perioden.' },
      { row: 3, message: 'Ange beloppet i hela kronor, utan ören.' },
    ]);
  });

  it("previews an XLSX by the interventions' names, then saves it through the grid at those versions", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Rekvisitioner');
    sheet.addRow(['Insats', 'Belopp', 'Beräknat']);
    sheet.addRow(['Jobbcentrum', '300 000', 'Nej']);
    sheet.addRow(['Jobbcentrum', 155_000, 'Ja']);
    sheet.addRow(['En väg in - steget vidare', '423 000', '']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = ZRequisitionPreview.parse(
      (await office.post(PREVIEW, { fileName: 'rekv.xlsx', contentBase64: content }).expect(200))
        .body,
    );
    expect(preview.valid).toBe(true);
    const jobbcentrum = await interventionId(t.db, 'jobbcentrum');
    expect(preview.lines).toContainEqual({
      interventionId: jobbcentrum,
      shortName: expect.any(String),
      rows: [2, 3],
      amountKronor: 455_000,
      estimated: true,
      baseVersion: null,
      previousAmountKronor: null,
    });
    // Nothing was written by the preview.
    expect(
      await t.db.prisma.outcome.count({ where: { interventionId: jobbcentrum, period: '2024Q3' } }),
    ).toBe(0);

    const grid = ZOutcomeGrid.parse(
      (
        await office
          .put('/api/outcome-grids/2024Q3', {
            source: 'Rekvisitionslista rekv.xlsx',
            rows: preview.lines.map((line) => ({
              interventionId: line.interventionId,
              baseVersion: line.baseVersion,
              amountKronor: line.amountKronor,
              estimated: line.estimated,
            })),
          })
          .expect(200)
      ).body,
    );
    expect(grid.rows.find((r) => r.interventionId === jobbcentrum)!.outcome).toMatchObject({
      amountKronor: 455_000,
      estimated: true,
    });
    // A second preview shows what it would replace and at which version.
    const again = ZRequisitionPreview.parse(
      (await office.post(PREVIEW, { fileName: 'rekv.xlsx', contentBase64: content }).expect(200))
        .body,
    );
    expect(again.lines.find((l) => l.interventionId === jobbcentrum)).toMatchObject({
      previousAmountKronor: 455_000,
      baseVersion: expect.any(Number),
    });
  });

  it('is for the office only, and refuses other file types in Swedish', async () => {
    await board.post(PREVIEW, { fileName: 'rekv.csv', contentBase64: base64('x') }).expect(403);
    const bad = await office
      .post(PREVIEW, { fileName: 'rekv.pdf', contentBase64: base64('x') })
      .expect(400);
    expect(bad.body.error.fields[0]).toEqual({
      path: 'body.fileName',
      message: 'Filen ska vara en CSV- eller Excel-fil (.csv eller .xlsx).',
    });
  });
});
