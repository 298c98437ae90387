import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZParticipantImportPreview } from '@finsam/domain';
import { interventionId } from '../test-support/other-federation.ts';
import { createTestApp, signIn } from '../test-support/test-app.ts';
import type { TSignedInClient, TTestApp } from '../test-support/test-app.ts';

let t: TTestApp;
let lead: TSignedInClient;
let lokus: TSignedInClient;
let knivstaId: string;

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const importUrl = (id: string, preview = false) =>
  `/api/interventions/${id}/participants/import${preview ? '/preview' : ''}`;

// Swedish Excel saves CSV with semicolons; a UTF-8 BOM first.
const VALID_CSV = [
  '\uFEFFMånad;Mått;Kvinnor;Män',
  '2024-07;Inregistrerade;3;1',
  '2024-07;Avslutade;2;1',
  '2024-07;Avslutade till arbete och/eller studier;1;1',
  '2024-07;Avslutsorsak: Studier;1;0',
  '2024-07;Avslutsorsak: Ej subventionerat arbete;0;1',
  '2024-07;Avslutsorsak: Fortsatt rehabilitering;1;0',
  '2024-08;Inregistrerade;2;2',
  '',
].join('\r\n');

beforeAll(async () => {
  t = await createTestApp();
  lead = await signIn(t.app, 'knivsta@demo.se');
  lokus = await signIn(t.app, 'lokus@demo.se');
  knivstaId = await interventionId(t.db, 'en-vag-in-steget-vidare');
});
afterAll(async () => {
  await t.close();
});

describe('participant import from a spreadsheet', () => {
  it('previews a CSV per month without saving anything', async () => {
    const preview = ZParticipantImportPreview.parse(
      (
        await lead
          .post(importUrl(knivstaId, true), {
            fileName: 'uppfoljning.csv',
            contentBase64: base64(VALID_CSV),
          })
          .expect(200)
      ).body,
    );
    expect(preview.valid).toBe(true);
    expect(preview.errors).toEqual([]);
    expect(preview.months.map((m) => [m.month, m.rows, m.version, m.replaces])).toEqual([
      ['2024-07', [2, 3, 4, 5, 6, 7], 0, false],
      ['2024-08', [8], 0, false],
    ]);
    expect(preview.months[0]!.measures.REGISTERED).toEqual({ women: 3, men: 1 });
    const saved = await t.db.prisma.participantFigure.count({
      where: { interventionId: knivstaId, period: '2024-07' },
    });
    expect(saved).toBe(0);
  });

  it('shows every bad row with its number, and refuses to save the file', async () => {
    const csv = [
      'Månad;Mått;Kvinnor;Män',
      '2024-07;Inregistrerade;3;1',
      '2024-07;Deltagare;1;1',
      'juli;Avslutade;x;1',
      '2025-02;Avslutade;1;1',
    ].join('\n');
    const preview = ZParticipantImportPreview.parse(
      (
        await lead
          .post(importUrl(knivstaId, true), { fileName: 'fel.csv', contentBase64: base64(csv) })
          .expect(200)
      ).body,
    );
    expect(preview.valid).toBe(false);
    expect(preview.errors).toEqual([
      { row: 3, message: 'Måttet "Deltagare" finns inte.' },
      {
        row: 4,
        message:
          'Månaden "juli" ska skrivas som 2024-05. Kvinnor ska vara ett antal (heltal 0 eller större), inte "x".',
      },
    ]);
    const refused = await lead
      .post(importUrl(knivstaId), { fileName: 'fel.csv', contentBase64: base64(csv) })
      .expect(400);
    expect(refused.body.error.message).toBe(
      'Filen har fel och sparades inte. Rätta raderna och ladda upp den igen.',
    );
    expect(refused.body.error.fields[0]).toEqual({
      path: 'rows.3',
      message: 'Måttet "Deltagare" finns inte.',
    });
  });

  it('a month outside the intervention (ends 31 December 2024) and a contradiction make the file invalid', async () => {
    const csv = [
      'Månad;Mått;Kvinnor;Män',
      '2025-01;Inregistrerade;1;1',
      '2024-09;Avslutade;1;1',
      '2024-09;Avslutade till arbete och/eller studier;2;0',
    ].join('\n');
    const preview = ZParticipantImportPreview.parse(
      (
        await lead
          .post(importUrl(knivstaId, true), { fileName: 'x.csv', contentBase64: base64(csv) })
          .expect(200)
      ).body,
    );
    expect(preview.valid).toBe(false);
    expect(preview.errors).toEqual([
      {
        row: 2,
        message: 'Insatsen pågår inte 2025-01 (den pågår 1 januari 2022–31 december 2024).',
      },
    ]);
    expect(preview.months.find((m) => m.month === '2024-09')!.problems).toContainEqual(
      expect.objectContaining({ severity: 'ERROR', path: 'ENDED_TO_WORK_OR_STUDIES.women' }),
    );
  });

  it('saves a valid XLSX in one go, at the versions the preview showed; a stale save is 409', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Uppföljning');
    sheet.addRow(['Månad', 'Mått', 'Kvinnor', 'Män']);
    sheet.addRow(['2024-10', 'Inregistrerade', 5, 2]);
    sheet.addRow(['2024-10', 'Pågående vid periodens slut', 20, 9]);
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const input = { fileName: 'oktober.xlsx', contentBase64 };
    const preview = ZParticipantImportPreview.parse(
      (await lead.post(importUrl(knivstaId, true), input).expect(200)).body,
    );
    expect(preview.months).toEqual([
      expect.objectContaining({
        month: '2024-10',
        measures: { REGISTERED: { women: 5, men: 2 }, ONGOING: { women: 20, men: 9 } },
      }),
    ]);
    const saved = await lead
      .post(importUrl(knivstaId), { ...input, versions: { '2024-10': 0 } })
      .expect(200);
    expect(saved.body).toEqual({ savedMonths: ['2024-10'] });
    const month = await lead
      .get(`/api/interventions/${knivstaId}/participants/2024-10`)
      .expect(200);
    expect(month.body.measures.REGISTERED).toEqual({ women: 5, men: 2, unspecified: null });
    expect(month.body.version).toBe(1);
    // The same file again with the old version: someone saved October in between.
    await lead.post(importUrl(knivstaId), { ...input, versions: { '2024-10': 0 } }).expect(409);
  });

  it('refuses a file that is not CSV or XLSX, and a strukturinsats has no participants', async () => {
    const wrong = await lead
      .post(importUrl(knivstaId, true), { fileName: 'data.pdf', contentBase64: base64('x') })
      .expect(400);
    expect(wrong.body.error.fields).toEqual([
      {
        path: 'body.fileName',
        message: 'Filen ska vara en CSV- eller Excel-fil (.csv eller .xlsx).',
      },
    ]);
    const broken = await lead
      .post(importUrl(knivstaId, true), {
        fileName: 'trasig.xlsx',
        contentBase64: base64('inte excel'),
      })
      .expect(400);
    expect(broken.body.error.fields[0].message).toBe(
      'Filen går inte att läsa som en Excel-fil (.xlsx).',
    );
    const lokusId = await interventionId(t.db, 'lokussamordnare-uppsala');
    await lokus
      .post(importUrl(lokusId, true), { fileName: 'a.csv', contentBase64: base64(VALID_CSV) })
      .expect(409);
    await lokus
      .post(importUrl(knivstaId, true), { fileName: 'a.csv', contentBase64: base64(VALID_CSV) })
      .expect(403);
  });
});
