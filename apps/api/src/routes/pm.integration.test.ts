import { beforeAll, describe, expect, it } from 'vitest';
import { ZApiError, ZPmList, ZPmPublication, ZPmView } from '@finsam/domain';
import type { TPmDocument, TPmTable } from '@finsam/domain';
import { pmRenderers } from '../pm-render/index.ts';
import { createOtherFederation } from '../test-support/other-federation.ts';
import type { TRoleClients } from '../test-support/sign-in-roles.ts';
import { useSignedInApp } from '../test-support/signed-in-app.ts';
import type { TTestApp } from '../test-support/test-app.ts';

/*
 * The PM's life cycle: the office edits texts (versioned, 409 when stale) and publishes; a
 * publication is frozen (later data changes alter only the live draft), a re-publication is the
 * next version; the board and leads read published PMs only; another förbund's PM is 404.
 */

const signedIn = useSignedInApp();

let t: TTestApp;
let c: TRoleClients;
let jobbcentrumId: string;

function moneyTable(document: TPmDocument): TPmTable {
  for (const section of document.sections)
    for (const block of section.blocks)
      if (block.kind === 'TABLE' && block.table.number === 4) return block.table;
  throw new Error('Tabell 4 missing');
}
const jobbcentrumOutcome = (document: TPmDocument) =>
  moneyTable(document).groups[0]!.rows.find((r) => r.key === jobbcentrumId)!.cells.outcome!;
const summary = (document: TPmDocument) =>
  document.sections[0]!.blocks.find((b) => b.kind === 'PARAGRAPH' && b.id === 'sammanfattning.1');

beforeAll(async () => {
  t = signedIn.t;
  c = signedIn;
  jobbcentrumId = (
    await t.db.prisma.intervention.findFirstOrThrow({
      where: { key: 'jobbcentrum' },
      select: { id: true },
    })
  ).id;
}, 120_000);

describe('/api/pm', () => {
  it('a bad period is a 400 in Swedish on its field', async () => {
    const response = await c.office.get('/api/pm/2024H3').expect(400);
    const error = ZApiError.parse(response.body).error;
    expect(error.fields).toEqual([
      { path: 'params.period', message: 'Välj ett halvår, till exempel 2024H1.' },
    ]);
    await c.board.get('/api/pm/2024-1').expect(400);
    const year = await c.office.get('/api/pm/0000H1').expect(400);
    expect(ZApiError.parse(year.body).error.fields?.[0]?.message).toBe(
      'Välj ett halvår mellan 2000 och 2100.',
    );
  });

  it('nothing published yet: the board and the lead get 404 "Inget publicerat PM för …", the admin 403', async () => {
    const response = await c.board.get('/api/pm/2024H1').expect(404);
    expect(ZApiError.parse(response.body).error.message).toBe(
      'Inget publicerat PM för Kvartal 1–2 2024.',
    );
    await c.lead.get('/api/pm/2024H1').expect(404);
    await c.admin.get('/api/pm').expect(403);
    expect(ZPmList.parse((await c.board.get('/api/pm').expect(200)).body).publications).toEqual([]);
  });

  it('the board cannot edit or publish (403)', async () => {
    await c.board.put('/api/pm/2024H1/texts', { version: 0, texts: {} }).expect(403);
    await c.board.post('/api/pm/2024H1/publish', { textsVersion: 0 }).expect(403);
    await c.lead.post('/api/pm/2024H1/publish', { textsVersion: 0 }).expect(403);
  });

  it('texts: saved by block id over the pre-filled text, 409 when stale, audited', async () => {
    const live = ZPmView.parse((await c.office.get('/api/pm/2024H1').expect(200)).body);
    expect(live.textsVersion).toBe(0);
    const saved = ZPmView.parse(
      (
        await c.office
          .put('/api/pm/2024H1/texts', {
            version: 0,
            texts: { 'sammanfattning.1': 'Kansliets egen sammanfattning.' },
          })
          .expect(200)
      ).body,
    );
    expect(saved.textsVersion).toBe(1);
    expect(summary(saved.document)).toMatchObject({
      text: 'Kansliets egen sammanfattning.',
      edited: true,
      prefilled: expect.stringContaining('tolv insatser'),
    });
    const stale = await c.office
      .put('/api/pm/2024H1/texts', { version: 0, texts: { 'sammanfattning.1': 'Äldre' } })
      .expect(409);
    expect(ZApiError.parse(stale.body).error.code).toBe('CONFLICT');
    const audit = await t.db.prisma.auditEntry.findMany({
      where: { entity: 'PmText' },
      select: { action: true, after: true },
    });
    expect(audit).toHaveLength(1);
  });

  it('publish freezes the document; a data change alters only the live draft; re-publish is version 2', async () => {
    await c.office.post('/api/pm/2024H1/publish', { textsVersion: 0 }).expect(409);
    const first = ZPmPublication.parse(
      (await c.office.post('/api/pm/2024H1/publish', { textsVersion: 1 }).expect(201)).body,
    );
    expect(first).toMatchObject({ period: '2024H1', version: 1 });
    expect(jobbcentrumOutcome(first.document)).toEqual({ text: '955', value: 955_076 });
    expect(summary(first.document)).toMatchObject({ text: 'Kansliets egen sammanfattning.' });

    // The board and the lead now read the publication.
    const boardView = ZPmView.parse((await c.board.get('/api/pm/2024H1').expect(200)).body);
    expect(boardView.document).toEqual(first.document);
    await c.lead.get('/api/pm/2024H1').expect(200);

    // A correction of Jobbcentrum's utfall after publishing.
    await t.db.prisma.outcome.updateMany({
      where: { interventionId: jobbcentrumId, period: '2024H1' },
      data: { amountKronor: 1_000_000 },
    });
    const live = ZPmView.parse((await c.office.get('/api/pm/2024H1').expect(200)).body);
    expect(jobbcentrumOutcome(live.document)).toEqual({ text: '1\u00a0000', value: 1_000_000 });
    const frozen = ZPmPublication.parse(
      (await c.board.get('/api/pm/2024H1/versions/1').expect(200)).body,
    );
    expect(jobbcentrumOutcome(frozen.document)).toEqual({ text: '955', value: 955_076 });

    const second = ZPmPublication.parse(
      (await c.office.post('/api/pm/2024H1/publish', { textsVersion: 1 }).expect(201)).body,
    );
    expect(second.version).toBe(2);
    expect(jobbcentrumOutcome(second.document).value).toBe(1_000_000);
    expect(
      jobbcentrumOutcome(
        ZPmPublication.parse((await c.lead.get('/api/pm/2024H1/versions/1').expect(200)).body)
          .document,
      ).value,
    ).toBe(955_076);

    const list = ZPmList.parse((await c.board.get('/api/pm').expect(200)).body);
    expect(list.publications.map((p) => [p.period, p.version])).toEqual([
      ['2024H1', 2],
      ['2024H1', 1],
    ]);
    expect(list.publications[0]).toMatchObject({
      title: 'Uppföljning av insatser inom Samordningsförbundet Uppsala län',
      subtitle: 'Kvartal 1 och 2 2024',
    });
    const audit = await t.db.prisma.auditEntry.count({
      where: { entity: 'PmPublication', action: 'publish' },
    });
    expect(audit).toBe(2);
    await c.board.get('/api/pm/2024H1/versions/3').expect(404);
    await c.board.get('/api/pm/2024H1/versions/0').expect(400);
  });

  it("another förbund's PM answers 404", async () => {
    const other = await createOtherFederation(t.db);
    const document = {
      ...((await t.db.prisma.pmPublication.findFirstOrThrow({ select: { document: true } }))
        .document as object),
      period: '2030H1',
    };
    await t.db.prisma.pmPublication.create({
      data: {
        federationId: other.federationId,
        period: '2030H1',
        version: 1,
        publishedBy: 'Annan',
        document,
      },
    });
    await c.board.get('/api/pm/2030H1').expect(404);
    await c.board.get('/api/pm/2030H1/versions/1').expect(404);
    const list = ZPmList.parse((await c.board.get('/api/pm').expect(200)).body);
    expect(list.publications.every((p) => p.period === '2024H1')).toBe(true);
  });

  it('files: a format without a renderer is 404; with one, the file under a Swedish name', async () => {
    await c.board.get('/api/pm/2024H1.exe').expect(404);
    for (const format of ['pdf', 'xlsx', 'docx'] as const) {
      if (!pmRenderers[format]) {
        await c.office.get(`/api/pm/2024H1.${format}`).expect(404);
        continue;
      }
      const published = await c.board.get(`/api/pm/2024H1.${format}?version=1`).expect(200);
      expect(decodeURIComponent(String(published.headers['content-disposition']))).toContain(
        'Uppföljning av insatser Kvartal 1 och 2 2024 (version 1).' + format,
      );
      const draft = await c.office.get(`/api/pm/2024H1.${format}`).expect(200);
      expect(decodeURIComponent(String(draft.headers['content-disposition']))).toContain(
        '(utkast)',
      );
      await c.board.get(`/api/pm/2022H1.${format}`).expect(404);
    }
  });
});
