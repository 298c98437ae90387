import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ZPreviousQuarterlyReport,
  ZQuarterlyReport,
  ZReportQuestionSet,
  ZReportQuestionSetList,
} from '@finsam/domain';
import { auditEntriesFor, interventionId } from '../test-support/other-federation.ts';
import { createTestApp, signIn } from '../test-support/test-app.ts';
import type { TSignedInClient, TTestApp } from '../test-support/test-app.ts';

// The lead's side of the kvartalsrapport: question sets per year, "–" for a question that does
// not apply, the slutrapport, and the versioned autosave that answers 409 with the saved report.

let t: TTestApp;
let office: TSignedInClient;
let lead: TSignedInClient;
let lokus: TSignedInClient;
let board: TSignedInClient;
let knivstaId: string;
let lokusId: string;

/** The 2024 set answered for a strukturinsats as the 2024 PM prints Lokussamordnare Uppsala. */
const STRUCTURAL_2024 = {
  goalPhase: { value: 'Ja' },
  goalForecast: { value: 'Ja' },
  vacanciesFunded: { value: 'Nej' },
  vacanciesCoFinanced: { value: 'Nej' },
  budgetDeviations: { value: 'Nej' },
  steeringMeetings: { value: 'Ja' },
  regularRepresentation: { value: 'Nej', text: 'Arbetsförmedlingen saknades vid ett möte.' },
  followUpPerAgreement: { value: 'Ja' },
  methodChecked: { value: '-' },
  targetGroupChecked: { value: '–' },
  equality: { value: 'Ok' },
  implementationDiscussed: { value: 'Nej', text: 'Diskuteras i nästa styrgrupp.' },
  targetGroupOrMethodDeviation: { value: 'Nej' },
};

beforeAll(async () => {
  t = await createTestApp();
  office = await signIn(t.app, 'kansli@demo.se');
  lead = await signIn(t.app, 'knivsta@demo.se');
  lokus = await signIn(t.app, 'lokus@demo.se');
  board = await signIn(t.app, 'styrelse@demo.se');
  knivstaId = await interventionId(t.db, 'en-vag-in-steget-vidare');
  lokusId = await interventionId(t.db, 'lokussamordnare-uppsala');
});
afterAll(async () => {
  await t.close();
});

describe('question sets per förbund and year', () => {
  it('serves each paper year its own questions (2019 asks "Start i tid", 2022 jämställdhet separately)', async () => {
    const list = ZReportQuestionSetList.parse(
      (await board.get('/api/report-question-sets').expect(200)).body,
    );
    expect(list.sets.map((set) => set.year)).toEqual([2019, 2022, 2024]);
    const keys = async (year: number) =>
      ZReportQuestionSet.parse(
        (await lead.get(`/api/report-question-sets/${year}`).expect(200)).body,
      ).questions.map((q) => q.key);
    const k2019 = await keys(2019);
    const k2022 = await keys(2022);
    const k2024 = await keys(2024);
    expect(k2019).toContain('startOnTime');
    expect(k2022).not.toContain('startOnTime');
    expect(k2022).toContain('genderEquality');
    expect(k2024).not.toContain('genderEquality');
    expect(k2024).toHaveLength(13);
    await lead.get('/api/report-question-sets/2023').expect(404);
  });

  it('the office starts next year from this year, edits it with versions; a lead may not', async () => {
    await lead.post('/api/report-question-sets/2025/copy', { fromYear: 2024 }).expect(403);
    const copied = ZReportQuestionSet.parse(
      (await office.post('/api/report-question-sets/2025/copy', { fromYear: 2024 }).expect(201))
        .body,
    );
    expect(copied.questions).toHaveLength(13);
    expect(copied.version).toBe(0);
    await office.post('/api/report-question-sets/2025/copy', { fromYear: 2024 }).expect(409);

    const questions = [
      ...copied.questions.filter((q) => q.key !== 'equality'),
      { key: 'equality', section: 'QUALITY', label: 'Jämlikhet', options: ['Ja', 'Nej'] },
      { key: 'genderEquality', section: 'QUALITY', label: 'Jämställdhet', options: ['Ja', 'Nej'] },
    ];
    const saved = await office
      .put('/api/report-question-sets/2025', { version: 0, questions })
      .expect(200);
    expect(saved.body.version).toBe(1);
    const stale = await office
      .put('/api/report-question-sets/2025', { version: 0, questions: copied.questions })
      .expect(409);
    expect(stale.body.error.current.version).toBe(1);
    const badRule = await office
      .put('/api/report-question-sets/2025', {
        version: 1,
        questions: [
          { key: 'x', section: 'GOALS', label: 'Fråga', options: ['Ja'], textRequiredFor: ['Nej'] },
        ],
      })
      .expect(400);
    expect(badRule.body.error.fields).toEqual([
      {
        path: 'body.questions.0.textRequiredFor',
        message: '"Nej" är inte ett av frågans svarsalternativ.',
      },
    ]);
    expect(
      await auditEntriesFor(
        t.db,
        'ReportQuestionSet',
        (
          await t.db.prisma.reportQuestionSet.findFirstOrThrow({
            where: { year: 2025 },
            select: { id: true },
          })
        ).id,
      ),
    ).toHaveLength(2);

    // A 2025 report (RegExPro runs to 2027) gets the 2025 set.
    const regexpro = await interventionId(t.db, 'regexpro');
    const report = ZQuarterlyReport.parse(
      (
        await office
          .post(`/api/interventions/${regexpro}/reports`, { year: 2025, quarter: 1 })
          .expect(201)
      ).body,
    );
    expect(report.questionSetYear).toBe(2025);
    expect(report.questions.map((q) => q.key)).toContain('genderEquality');
  });

  it('a year whose reports are submitted keeps what its answers mean: wording and order may change', async () => {
    const set = ZReportQuestionSet.parse(
      (await office.get('/api/report-question-sets/2024').expect(200)).body,
    );
    expect(set.inUse).toBe(true);
    const removed = await office
      .put('/api/report-question-sets/2024', {
        version: set.version,
        questions: set.questions.filter((q) => q.key !== 'equality'),
      })
      .expect(400);
    expect(removed.body.error.message).toContain('redan skickats in');
    expect(removed.body.error.fields).toEqual([
      {
        path: 'body.questions',
        message:
          'Frågan "Jämlikhet/jämställdhet" har redan besvarats i inskickade rapporter och kan inte tas bort.',
      },
    ]);
    const renamedOption = set.questions.map((q, index) =>
      index === 0 ? { ...q, options: ['Ja', 'Nej'] } : q,
    );
    const options = await office
      .put('/api/report-question-sets/2024', { version: set.version, questions: renamedOption })
      .expect(400);
    expect(options.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
      'body.questions.0.options',
    ]);
    const reworded = [...set.questions]
      .reverse()
      .map((q) =>
        q.key === 'steeringMeetings'
          ? { ...q, label: 'Styrgruppsmöten enligt överenskommelse' }
          : q,
      );
    const saved = ZReportQuestionSet.parse(
      (
        await office
          .put('/api/report-question-sets/2024', { version: set.version, questions: reworded })
          .expect(200)
      ).body,
    );
    expect(saved.version).toBe(set.version + 1);
    expect(saved.questions[0]!.key).toBe(set.questions.at(-1)!.key);
    await office
      .put('/api/report-question-sets/2024', { version: set.version, questions: reworded })
      .expect(409);
    // Back as the paper has it, for the tests below.
    await office
      .put('/api/report-question-sets/2024', { version: saved.version, questions: set.questions })
      .expect(200);
  });
});

describe('not applicable ("–")', () => {
  it('a strukturinsats answers "–" on kontroll av målgrupp and can submit; an individinsats cannot', async () => {
    const created = ZQuarterlyReport.parse(
      (
        await lokus
          .post(`/api/interventions/${lokusId}/reports`, { year: 2024, quarter: 3 })
          .expect(201)
      ).body,
    );
    const target = created.questions.find((q) => q.key === 'targetGroupChecked')!;
    expect(target).toMatchObject({ options: ['Ja', 'Nej', '–'], notApplicable: true });
    const saved = await lokus
      .patch(`/api/reports/${created.id}`, { version: 0, answers: STRUCTURAL_2024 })
      .expect(200);
    const submitted = await lokus
      .post(`/api/reports/${created.id}/submit`, { version: saved.body.version })
      .expect(200);
    expect(submitted.body.status).toBe('SUBMITTED');
    expect(submitted.body.answers.targetGroupChecked).toEqual({ value: '–' });

    const individual = await lead
      .post(`/api/interventions/${knivstaId}/reports`, { year: 2024, quarter: 3 })
      .expect(201);
    const refused = await lead
      .patch(`/api/reports/${individual.body.id}`, {
        version: 0,
        answers: { targetGroupChecked: { value: '–' } },
      })
      .expect(400);
    expect(refused.body.error.fields).toEqual([
      {
        path: 'body.answers.targetGroupChecked.value',
        message: 'Välj Ja eller Nej på frågan "Kontroll målgrupp".',
      },
    ]);
  });

  it("a lead cannot write to another lead's intervention", async () => {
    await lokus
      .post(`/api/interventions/${knivstaId}/reports`, { year: 2024, quarter: 4 })
      .expect(403);
  });
});

describe('slutrapport', () => {
  it("is only for the last quarter, needs final results and lessons, and is that quarter's report", async () => {
    const wrong = await lokus
      .post(`/api/interventions/${lokusId}/reports`, { year: 2024, quarter: 2, final: true })
      .expect(400);
    expect(wrong.body.error.fields).toEqual([
      {
        path: 'body.final',
        message:
          'En slutrapport lämnas för insatsens sista kvartal (insatsen slutar 31 december 2024).',
      },
    ]);
    const created = ZQuarterlyReport.parse(
      (
        await lokus
          .post(`/api/interventions/${lokusId}/reports`, { year: 2024, quarter: 4, final: true })
          .expect(201)
      ).body,
    );
    expect(created).toMatchObject({ isFinal: true, dueDate: '2025-01-31', finalResults: null });
    const answered = await lokus
      .patch(`/api/reports/${created.id}`, { version: 0, answers: STRUCTURAL_2024 })
      .expect(200);
    const incomplete = await lokus
      .post(`/api/reports/${created.id}/submit`, { version: answered.body.version })
      .expect(400);
    expect(incomplete.body.error.fields).toEqual([
      { path: 'finalResults', message: 'Beskriv insatsens slutresultat.' },
      { path: 'lessonsLearned', message: 'Beskriv lärdomarna från insatsen.' },
    ]);
    const finished = await lokus
      .patch(`/api/reports/${created.id}`, {
        version: answered.body.version,
        finalResults: 'Lokusgrupperna i Uppsala har en gemensam struktur för samverkan.',
        lessonsLearned: 'Samordnaren behövs så länge nya aktörer tillkommer.',
      })
      .expect(200);
    await lokus
      .post(`/api/reports/${created.id}/submit`, { version: finished.body.version })
      .expect(200);
    const list = await board.get(`/api/interventions/${lokusId}/reports`).expect(200);
    expect(
      list.body.reports.filter(
        (r: { year: number; quarter: number }) => r.year === 2024 && r.quarter === 4,
      ),
    ).toEqual([expect.objectContaining({ status: 'SUBMITTED', id: created.id })]);
    // Final texts belong to a slutrapport only.
    const q3 = await t.db.prisma.quarterlyReport.findFirstOrThrow({
      where: { interventionId: knivstaId, year: 2024, quarter: 3 },
      select: { id: true, version: true },
    });
    await lead
      .patch(`/api/reports/${q3.id}`, { version: q3.version, finalResults: 'x' })
      .expect(400);
  });
});

describe('versioned autosave', () => {
  it('a stale save answers 409 with the report as saved, and nothing is overwritten', async () => {
    const report = await t.db.prisma.quarterlyReport.findFirstOrThrow({
      where: { interventionId: knivstaId, year: 2024, quarter: 3 },
      select: { id: true, version: true },
    });
    const first = await lead
      .patch(`/api/reports/${report.id}`, {
        version: report.version,
        answers: { goalPhase: { value: 'Delvis', text: 'Från flik 1' } },
      })
      .expect(200);
    const second = await lead
      .patch(`/api/reports/${report.id}`, {
        version: report.version,
        answers: { goalPhase: { value: 'Nej', text: 'Från flik 2' } },
      })
      .expect(409);
    const current = ZQuarterlyReport.parse(second.body.error.current);
    expect(current.version).toBe(first.body.version);
    expect(current.answers.goalPhase).toEqual({ value: 'Delvis', text: 'Från flik 1' });
    const stored = await lead.get(`/api/reports/${report.id}`).expect(200);
    expect(stored.body.answers.goalPhase.text).toBe('Från flik 1');
  });

  it("offers the previous quarter's report as a starting point", async () => {
    const report = await t.db.prisma.quarterlyReport.findFirstOrThrow({
      where: { interventionId: knivstaId, year: 2024, quarter: 3 },
      select: { id: true },
    });
    const previous = ZPreviousQuarterlyReport.parse(
      (await lead.get(`/api/reports/${report.id}/previous`).expect(200)).body,
    );
    // En väg in – steget vidare 2024 Q2 as the 2024 PM prints it: in phase, a vacancy since April.
    expect(previous.report).toMatchObject({ year: 2024, quarter: 2 });
    expect(previous.report?.answers.goalPhase?.value).toBe('Ja');
    expect(previous.report?.answers.vacanciesFunded?.value).toBe('Ja');
  });
});

describe('deviation: budget moved between cost lines', () => {
  it('accepts a total of 0 kr when the lines balance, and leaves the budget unchanged when approved', async () => {
    const before = await t.db.prisma.annualBudget.findFirst({
      where: { interventionId: knivstaId, year: 2024 },
      select: { amountKronor: true, adjustments: { select: { id: true } } },
    });
    const noLines = await lead
      .post(`/api/interventions/${knivstaId}/deviations`, {
        kind: 'BUDGET_CHANGE',
        description: 'Flytt',
        effect: { amountKronor: 0, year: 2024 },
      })
      .expect(400);
    expect(noLines.body.error.fields[0].message).toBe(
      'Ange hur mycket budgeten ändras (positivt eller negativt), inte 0 kr.',
    );
    const unbalanced = await lead
      .post(`/api/interventions/${knivstaId}/deviations`, {
        kind: 'BUDGET_CHANGE',
        description: 'Flytt',
        effect: {
          amountKronor: 0,
          year: 2024,
          lines: [
            { line: 'Lönekostnader', amountKronor: -40_000 },
            { line: 'Lokaler', amountKronor: 30_000 },
          ],
        },
      })
      .expect(400);
    expect(unbalanced.body.error.fields).toEqual([
      {
        path: 'body.effect.amountKronor',
        message: 'Totalen ska vara summan av kostnadsposternas ändringar.',
      },
    ]);
    const created = await lead
      .post(`/api/interventions/${knivstaId}/deviations`, {
        kind: 'BUDGET_CHANGE',
        description: 'Vakansen sedan april: lönemedel till lokaler och utbildning.',
        effect: {
          amountKronor: 0,
          year: 2024,
          lines: [
            { line: 'Lönekostnader', amountKronor: -40_000 },
            { line: 'Lokaler', amountKronor: 25_000 },
            { line: 'Utbildning', amountKronor: 15_000 },
          ],
        },
      })
      .expect(201);
    expect(created.body.effect.lines).toHaveLength(3);
    await office
      .post(`/api/deviations/${created.body.id}/decision`, { version: 0, decision: 'APPROVED' })
      .expect(200);
    const after = await t.db.prisma.annualBudget.findFirst({
      where: { interventionId: knivstaId, year: 2024 },
      select: { amountKronor: true, adjustments: { select: { id: true } } },
    });
    expect(after).toEqual(before);
  });
});
