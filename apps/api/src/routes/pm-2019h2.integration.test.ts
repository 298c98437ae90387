import { beforeAll, describe, expect, it } from 'vitest';
import { seedPapers } from '@finsam/db/seed';
import { ZPmView, formatCount, formatTsek } from '@finsam/domain';
import type { TPmDocument, TPmRow, TPmTable } from '@finsam/domain';
import { useSignedInApp } from '../test-support/signed-in-app.ts';

/*
 * The year-end PM 2019 H2 ("Kvartal 3 och 4 2019") generated from the seed against the OCR'd
 * paper (shared/seeds/pm-q3q4-2019-ocr.txt; prisma/seed/fixtures/paper-2019-h2.ts), where the OCR
 * is legible. The paper's errors (DOMAIN.md §8) are named and the computed value asserted.
 */

const signedIn = useSignedInApp();

let document: TPmDocument;
let keyOf: Map<string, string>;
const PAPER = seedPapers.find((p) => p.key === '2019-h2')!;

function table(number: number): TPmTable {
  for (const section of document.sections)
    for (const block of section.blocks)
      if (block.kind === 'TABLE' && block.table.number === number) return block.table;
  throw new Error(`Tabell ${number} missing`);
}
function rowsByKey(tableNumber: number): Map<string, TPmRow> {
  const rows = new Map<string, TPmRow>();
  for (const group of table(tableNumber).groups)
    for (const row of group.rows) rows.set(keyOf.get(row.key) ?? row.key, row);
  return rows;
}
const text = (row: TPmRow | undefined, column: string) => row?.cells[column]?.text;
const kronor = (printed: string) => Number(printed.replace(/\s/g, ''));

beforeAll(async () => {
  const { t, office } = signedIn;
  document = ZPmView.parse((await office.get('/api/pm/2019H2').expect(200)).body).document;
  const interventions = await t.db.prisma.intervention.findMany({
    select: { id: true, key: true },
  });
  keyOf = new Map(interventions.map((i) => [i.id, i.key]));
}, 120_000);

describe('PM 2019 H2 (year-end) against the OCR paper', () => {
  it('Tabell 1: the 21 insatser in gång kvartal 3 och 4 2019', () => {
    expect(document.subtitle).toBe('Kvartal 3 och 4 2019');
    const rows = rowsByKey(1);
    const printed = PAPER.printedConsumption!.map((p) => p.interventionKey);
    expect([...rows.keys()].sort()).toEqual([...printed].sort());
    expect(text(rows.get('vaxtverket'), 'start')).toBe('2019-09-01');
    const summary = document.sections[0]!.blocks[0]!;
    expect(summary.kind === 'PARAGRAPH' && summary.text).toContain(
      'Under andra halvåret 2019 har 21 insatser finansierats via förbundet.',
    );
  });

  it('Tabell 2 and Tabell 3: the Q4 answers as printed', () => {
    const goals = rowsByKey(2);
    const conditions = rowsByKey(3);
    for (const report of PAPER.reports!.filter((r) => r.year === 2019 && r.quarter === 4)) {
      const goal = goals.get(report.interventionKey);
      expect([report.interventionKey, text(goal, 'phase'), text(goal, 'forecast')]).toEqual([
        report.interventionKey,
        report.answers.goalPhase?.value ?? '–',
        report.answers.goalForecast?.value ?? '–',
      ]);
      if (report.answers.startOnTime) {
        const row = conditions.get(report.interventionKey);
        for (const key of [
          'startOnTime',
          'vacanciesFunded',
          'vacanciesCoFinanced',
          'budgetDeviations',
        ])
          expect([report.interventionKey, key, text(row, key)]).toEqual([
            report.interventionKey,
            key,
            report.answers[key]!.value,
          ]);
      }
    }
    // Paper error: Tierp Språkstöd has a postponed start (Tabell 1 "2018-09-01*") but Tabell 3
    // answers "Start i tid: Ja"; the PM prints the answer given.
    expect(text(conditions.get('sprakstod-tierp'), 'startOnTime')).toBe('Ja');
  });

  it('Tabell 4: the half-year own columns and the year-to-date förbrukningskvot (year-end rule)', () => {
    const rows = rowsByKey(4);
    expect(table(4).columns.map((c) => `${c.group ?? ''}/${c.label}`)).toEqual([
      '/Insats',
      '/Kommun',
      'Q3 - Q4 2019/Utfall TSEK',
      'Q3 - Q4 2019/Budget TSEK',
      'Helår 2019/Utfall TSEK',
      'Helår 2019/Budget TSEK',
      'Helår 2019/Förbr kvot helår',
      '/Not',
    ]);
    for (const p of PAPER.printedConsumption!) {
      const row = rows.get(p.interventionKey)!;
      // "Utfall kvartal 3+4" is printed in kronor: every row reproduces, unrounded in `value`.
      expect([p.interventionKey, row.cells.outcome!.value]).toEqual([
        p.interventionKey,
        kronor(p.outcomeTsek),
      ]);
      expect(text(row, 'outcome')).toBe(formatTsek(kronor(p.outcomeTsek)));
    }
    // Where H2 holds the whole 2019 budget period the year's figures are printed too and the
    // ratio reproduces: Växtverket from 1 September 474 887 / 476 000 → 100 %, Studie REKO from
    // 1 July 341 499 / 341 500 → 100 %.
    for (const [key, outcome, budget] of [
      ['vaxtverket', 474_887, 476_000],
      ['studie-reko', 341_499, 341_500],
    ] as const) {
      const row = rows.get(key)!;
      expect(row.cells.budget!.value).toBe(budget);
      expect(row.cells.yearOutcome!.value).toBe(outcome);
      expect(row.cells.yearBudget!.value).toBe(budget);
      expect(text(row, 'ratio')).toBe('100\u00a0%');
    }
    // Paper limitation (DOMAIN.md §8, 2019 Tabell 4): the ratio is for the whole year ("budget/
    // utfall helår") but neither Jan–Jun utfall nor the 2019 budgets of the other 19 rows are
    // printed anywhere, so the seed cannot form it: "–", never a number made from H2 alone
    // (Framsteget prints 94 %, 1 065 031 / 1 120 000 would give 95 %).
    expect(text(rows.get('framsteget'), 'ratio')).toBe('–');
    expect(text(rows.get('framsteget'), 'budget')).toBe('–');
  });

  it('Tabell 5: the legible rows', () => {
    const rows = rowsByKey(5);
    const keys = [
      'steeringMeetings',
      'followUpPerAgreement',
      'methodChecked',
      'targetGroupChecked',
      'equality',
      'genderEquality',
      'deviationGoalOrTargetGroup',
    ];
    const legible = PAPER.reports!.filter((r) => keys.some((k) => r.answers[k]));
    expect(legible.length).toBeGreaterThanOrEqual(4);
    for (const report of legible)
      for (const key of keys)
        expect([report.interventionKey, key, text(rows.get(report.interventionKey), key)]).toEqual([
          report.interventionKey,
          key,
          report.answers[key]?.value ?? '–',
        ]);
  });

  it('Tabell 6: registered and ended over the whole period, ongoing 31 December, ended in H2 and to work/studies', () => {
    const rows = rowsByKey(6);
    const printed = PAPER.participants!.filter((p) => p.interventionKey);
    const column = (p: (typeof printed)[number]) =>
      (
        ({
          '2019:REGISTERED': 'registered',
          '2019:ENDED_WHOLE_PERIOD': 'endedWholePeriod',
          '2019:ONGOING': 'ongoing',
          '2019H2:ENDED': 'half.ended',
          '2019H2:ENDED_TO_WORK_OR_STUDIES': 'half.endedToWorkOrStudies',
        }) as Record<string, string>
      )[`${p.period}:${p.measure}`]!;
    for (const p of printed) {
      const row = rows.get(p.interventionKey!);
      const key = column(p);
      const sum = p.unspecified ?? (p.women ?? 0) + (p.men ?? 0);
      expect([p.interventionKey, key, text(row, `${key}.total`)]).toEqual([
        p.interventionKey,
        key,
        formatCount(sum),
      ]);
      if (p.women !== undefined)
        expect([text(row, `${key}.women`), text(row, `${key}.men`)]).toEqual([
          formatCount(p.women),
          formatCount(p.men),
        ]);
    }
    // Paper errors (DOMAIN.md §8): pågående prints 26 / 14 / 15 where registered − ended gives
    // 28 (Knivsta En väg in – flera vägar ut), 16 (Bryggan), 20 (Jobbcentrum). The PM shows the
    // reported pågående, not a difference.
    expect(text(rows.get('en-vag-in-flera-vagar-ut'), 'ongoing.total')).toBe('26');
    expect(text(rows.get('bryggan'), 'ongoing.total')).toBe('14');
    expect(text(rows.get('jobbcentrum-ung-rehab'), 'ongoing.total')).toBe('15');
    // TOTALT: 355 ended in H2, of whom 246 (103 K, 143 M) to arbete och/eller studier (69 %).
    const total = table(6).footerRows[0]!;
    expect(text(total, 'half.ended.total')).toBe('355');
    expect([
      text(total, 'half.endedToWorkOrStudies.women'),
      text(total, 'half.endedToWorkOrStudies.men'),
      text(total, 'half.endedToWorkOrStudies.total'),
    ]).toEqual(['103', '143', '246']);
    // Paper error: "42 % av alla avslutade kvinnor respektive 58 % av alla avslutade män" are the
    // shares of the 246 (103 / 246, 143 / 246): the distribution row, not shares of the ended.
    const distribution = table(6).footerRows[1]!;
    expect([
      text(distribution, 'half.endedToWorkOrStudies.women'),
      text(distribution, 'half.endedToWorkOrStudies.men'),
    ]).toEqual(['42\u00a0%', '58\u00a0%']);
    // Sammanfattning and text after Tabell 6: "246 deltagare (69 %)".
    const participantsSection = document.sections.find((s) => s.id === 'deltagare')!;
    const sentence = participantsSection.blocks.find(
      (b) => b.kind === 'PARAGRAPH' && b.id === 'deltagare.halvar',
    );
    expect(sentence?.kind === 'PARAGRAPH' && sentence.text).toBe(
      'Under andra halvåret 2019 har 355 individer avslutats, varav 246 (69\u00a0%) till arbete ' +
        'och/eller studier: 42\u00a0% kvinnor och 58\u00a0% män.',
    );
  });
});
