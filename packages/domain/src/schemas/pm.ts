import { z } from 'zod/mini';
import { strictInput } from './strict-input.ts';

/*
 * The half-year PM ("Uppföljning av insatser inom <förbund> Kvartal 1 och 2 / 3 och 4 år YYYY").
 *
 * Unlike the dashboard DTOs, a PM is a *document*: every cell carries the text it prints (already
 * formatted by the domain formatters: "1 326", "72 %", "–") beside its unrounded value, so that the
 * web page, the print stylesheet, the PDF, the .docx and the .xlsx all show the same thing, and a
 * published PM is frozen as it was printed (later data changes cannot alter a stored text).
 *
 *   GET  /api/pm                          → ZPmList       (published PMs; board, office, lead)
 *   GET  /api/pm/:period                  → ZPmView       (office: the live draft; others: 404
 *                                                           unless published → newest version)
 *   PUT  /api/pm/:period/texts            ← ZPmTextsInput (office: edited paragraphs; 409 if stale)
 *   POST /api/pm/:period/publish          ← ZPmPublishInput → ZPmPublication (a new version)
 *   GET  /api/pm/:period/versions/:version → ZPmPublication
 *   GET  /api/pm/:period.pdf | .xlsx | .docx  (?version=N for a published one; else the newest
 *                                              published, or for the office the live draft)
 *
 * `:period` is a half-year, '2024H1' or '2019H2'.
 */

/** A table cell: the printed text and, where it is a figure, its unrounded value. */
export const ZPmCell = z.object({
  /** What the cell prints: "1 326", "72 %", "Ja", "–". */
  text: z.string(),
  /**
   * The unrounded figure behind the text (kronor for money, a fraction 0.7202… for a ratio or a
   * share, a count for participants); null for text cells and for "–". Used by the .xlsx.
   */
  value: z.nullable(z.number()),
  /** Colour flag of the cell where the paper colours it (goal status, förbrukningskvot). */
  colour: z.optional(z.nullable(z.enum(['GREEN', 'YELLOW', 'RED']))),
});
export type TPmCell = z.infer<typeof ZPmCell>;

export const ZPmColumnUnit = z.enum(['TEXT', 'DATE', 'TSEK', 'PERCENT', 'COUNT']);
export type TPmColumnUnit = z.infer<typeof ZPmColumnUnit>;

/** A column. `group` spans header cells ("Q1 - Q2 2024", "Inregistrerade perioden jan-juni"). */
export const ZPmColumn = z.object({
  key: z.string(),
  /** Header text: "Utfall TSEK", "K". */
  label: z.string(),
  group: z.nullable(z.string()),
  unit: ZPmColumnUnit,
});
export type TPmColumn = z.infer<typeof ZPmColumn>;

export const ZPmRow = z.object({
  /** Stable key (intervention id, 'total', 'distribution'), for tests and React keys. */
  key: z.string(),
  /** One cell per column key. */
  cells: z.record(z.string(), ZPmCell),
  /** A total or distribution row, printed bold. */
  emphasis: z.boolean(),
});
export type TPmRow = z.infer<typeof ZPmRow>;

/** Rows under a sub-heading ("Individinsatser", "Strukturinsatser", "Förstudie"; null: none). */
export const ZPmRowGroup = z.object({
  label: z.nullable(z.string()),
  rows: z.array(ZPmRow),
});
export type TPmRowGroup = z.infer<typeof ZPmRowGroup>;

export const ZPmTable = z.object({
  /** 1–6, as the papers number them: "Tabell 4. Utfall och budget". */
  number: z.int(),
  title: z.string(),
  columns: z.array(ZPmColumn),
  groups: z.array(ZPmRowGroup),
  /** Rows after the groups: "Totalt", "Fördelning kvinnor/män". */
  footerRows: z.array(ZPmRow),
  /** Printed under the table: what the figures are ("Budget = halva årets justerade budget", …). */
  notes: z.array(z.string()),
});
export type TPmTable = z.infer<typeof ZPmTable>;

/** A paragraph the office may edit before publishing; `prefilled` is what the data gave. */
export const ZPmParagraphBlock = z.object({
  kind: z.literal('PARAGRAPH'),
  /** Stable id within the PM ('sammanfattning.1'): edited texts are stored under it. */
  id: z.string(),
  text: z.string(),
  prefilled: z.string(),
  /** The office changed the text (text !== prefilled). */
  edited: z.boolean(),
});
export const ZPmTableBlock = z.object({ kind: z.literal('TABLE'), table: ZPmTable });
export const ZPmBlock = z.discriminatedUnion('kind', [ZPmParagraphBlock, ZPmTableBlock]);
export type TPmBlock = z.infer<typeof ZPmBlock>;
export type TPmParagraphBlock = z.infer<typeof ZPmParagraphBlock>;

export const ZPmSection = z.object({
  /** 'sammanfattning', 'bakgrund', 'insatser', 'mal', 'utfall-budget', 'kvalitetssakring', … */
  id: z.string(),
  heading: z.string(),
  /** 2 = a chapter ("Statistik och kostnader"), 3 = under it ("Utfall för deltagare"). */
  level: z.union([z.literal(2), z.literal(3)]),
  blocks: z.array(ZPmBlock),
});
export type TPmSection = z.infer<typeof ZPmSection>;

export const ZPmDocument = z.object({
  /** '2024H1'. */
  period: z.string(),
  year: z.int(),
  half: z.union([z.literal(1), z.literal(2)]),
  /** "Uppföljning av insatser inom Samordningsförbundet Uppsala län". */
  title: z.string(),
  /** "Kvartal 1 och 2 2024". */
  subtitle: z.string(),
  federationName: z.string(),
  /** Data reach the half-year's last quarter; else `dataThroughPeriod` says how far ('2024Q1'). */
  complete: z.boolean(),
  dataThroughPeriod: z.nullable(z.string()),
  /** ISO timestamp the figures were read. */
  generatedAt: z.string(),
  sections: z.array(ZPmSection),
});
export type TPmDocument = z.infer<typeof ZPmDocument>;

/** A published, frozen version. */
export const ZPmPublication = z.object({
  id: z.string(),
  period: z.string(),
  version: z.int(),
  publishedAt: z.string(),
  publishedBy: z.string(),
  document: ZPmDocument,
});
export type TPmPublication = z.infer<typeof ZPmPublication>;

export const ZPmPublicationSummary = z.extend(z.omit(ZPmPublication, { document: true }), {
  title: z.string(),
  subtitle: z.string(),
});
export type TPmPublicationSummary = z.infer<typeof ZPmPublicationSummary>;

/** GET /api/pm: every published PM of the förbund, newest period first, newest version first. */
export const ZPmList = z.object({ publications: z.array(ZPmPublicationSummary) });
export type TPmList = z.infer<typeof ZPmList>;

/** GET /api/pm/:period for the office: the live document, the draft's version, the publications. */
export const ZPmView = z.object({
  document: ZPmDocument,
  /** Version of the stored text edits (0 when none): PUT texts sends it back. */
  textsVersion: z.int(),
  publications: z.array(ZPmPublicationSummary),
});
export type TPmView = z.infer<typeof ZPmView>;

export const ZPmPeriodParams = z.object({
  period: z.string().check(
    z.regex(/^\d{4}H[12]$/, { error: 'Välj ett halvår, till exempel 2024H1.' }),
    z.refine((period) => Number(period.slice(0, 4)) >= 2000 && Number(period.slice(0, 4)) <= 2100, {
      error: 'Välj ett halvår mellan 2000 och 2100.',
    }),
  ),
});

/** PUT /api/pm/:period/texts: the edited paragraphs by block id; an empty text restores the prefilled one. */
export const ZPmTextsInput = strictInput({
  version: z.int().check(z.gte(0)),
  texts: z.record(
    z.string().check(z.maxLength(100)),
    z.string().check(z.maxLength(20_000, { error: 'Texten är för lång (högst 20 000 tecken).' })),
  ),
});
export type TPmTextsInput = z.infer<typeof ZPmTextsInput>;

/** POST /api/pm/:period/publish: publishes the live document with the stored texts (version checked). */
export const ZPmPublishInput = strictInput({ textsVersion: z.int().check(z.gte(0)) });
export type TPmPublishInput = z.infer<typeof ZPmPublishInput>;

const ZPmVersion = z.coerce
  .number({ error: 'Ange versionen som ett heltal, till exempel 1.' })
  .check(
    z.int({ error: 'Ange versionen som ett heltal, till exempel 1.' }),
    z.gte(1, { error: 'Versionen är 1 eller högre.' }),
    z.lte(2_147_483_647, { error: 'Versionen finns inte.' }),
  );

/** GET /api/pm/:period/versions/:version. */
export const ZPmVersionParams = z.extend(ZPmPeriodParams, { version: ZPmVersion });

/** GET /api/pm/:period.:format ('pdf', 'xlsx', 'docx'; another format answers 404). */
export const ZPmFileParams = z.extend(ZPmPeriodParams, {
  format: z.string().check(z.maxLength(10, { error: 'Okänt filformat.' })),
});

/** ?version=N of a file download: that publication; omitted, the newest (office: the draft). */
export const ZPmFileQuery = strictInput({ version: z.optional(ZPmVersion) });
