import { describe, expect, it } from 'vitest';
import { applyPmTexts } from './apply-pm-texts.ts';
import { buildPmDocument } from './build-pm-document.ts';
import { buildPmEndedTexts } from './build-pm-ended-texts.ts';
import { buildPmSummaryTexts } from './build-pm-intro-texts.ts';
import { buildPmParticipantTexts, buildPmTargetGroupTexts } from './build-pm-participant-texts.ts';
import { buildPmMoneyTexts, buildPmQualityTexts } from './build-pm-result-texts.ts';
import { QUESTIONS, moneyRow, participants, summary } from './fixtures/pm-inputs.fixtures.ts';
import type { TPmInputs } from './pm-inputs.ts';

const NBSP = '\u00a0';

describe('the pre-filled paragraphs', () => {
  it.each<[1 | 2, { individual: number; structural: number; preStudy: number }, string]>([
    [
      1,
      { individual: 8, structural: 3, preStudy: 1 },
      'Under första halvåret 2024 har tolv insatser finansierats via förbundet. Av de tolv finansierade insatserna är åtta individinsatser, tre strukturinsatser samt en förstudie.',
    ],
    [
      2,
      { individual: 12, structural: 9, preStudy: 0 },
      'Under andra halvåret 2024 har 21 insatser finansierats via förbundet. Av de 21 finansierade insatserna är tolv individinsatser samt nio strukturinsatser.',
    ],
  ])('Sammanfattning, half %s', (half, counts, text) => {
    expect(buildPmSummaryTexts(2024, half, counts)[0]!.text).toBe(text);
  });

  it('participants: registered, ended, ongoing, the combined outcome and the shares', () => {
    expect(buildPmParticipantTexts(2024, 1, participants()).map((p) => p.text)).toEqual([
      'Under perioden har 140 individer skrivits in i insatserna, och totalt har 19 individer avslutats.',
      'Den sista juni år 2024 fanns sammanlagt 230 individer med pågående stöd i insatser finansierade av förbundet.',
      `De individer som har avslutats till arbete eller studier och/eller är arbetssökande under perioden januari till och med juni år 2024 uppgår till 6 individer, varav 67${NBSP}% kvinnor och 33${NBSP}% män.`,
      `47${NBSP}% av deltagarna som skrivits ut under perioden har gått till arbete/studier. Räknas dessutom individer som skrivs ut till ett aktivt arbetssökande, så är resultatet 32${NBSP}%.`,
    ]);
  });

  it('Målgrupp: without and with the single-gender interventions', () => {
    expect(buildPmTargetGroupTexts(participants())[0]!.text).toBe(
      `Målgrupp utifrån deltagare inskrivna under perioden: 60${NBSP}% är kvinnor och 40${NBSP}% män. Denna siffra redovisas exklusive Kvinna Hälsa Arbete, som endast vänder sig till ett kön. Inklusive Kvinna Hälsa Arbete är könsfördelningen 87${NBSP}% kvinnor och 13${NBSP}% män.`,
    );
  });

  it.each<[string, ReturnType<typeof moneyRow>[], string]>([
    [
      'one outside',
      [moneyRow('Jobbcentrum'), moneyRow('b', { ratio: 0.97, flag: 'GREEN' })],
      `Förbrukningskvoten ligger inom förbundets gränser för en av två insatser; utanför ligger Jobbcentrum 72${NBSP}%.`,
    ],
    [
      'all within, a row without ratio not counted',
      [moneyRow('b', { ratio: 0.97, flag: 'GREEN' }), moneyRow('c', { ratio: null, flag: null })],
      'Förbrukningskvoten ligger inom förbundets gränser för en av en insatser.',
    ],
  ])('after Tabell 4: %s', (_, rows, text) => {
    expect(buildPmMoneyTexts(rows)[0]!.text).toBe(text);
  });

  it('Kvalitetssäkring: "in N of M", not applicable left out of M', () => {
    const interventions = [
      summary('a', 'INDIVIDUAL', 'Heby'),
      summary('b', 'STRUCTURAL', 'Uppsala'),
    ];
    const reports = [
      {
        interventionId: 'a',
        comment: null,
        answers: { steeringMeetings: { value: 'Ja' }, targetGroupChecked: { value: 'Nej' } },
      },
      {
        interventionId: 'b',
        comment: null,
        answers: { steeringMeetings: { value: 'Ja' }, targetGroupChecked: { value: '-' } },
      },
    ];
    expect(buildPmQualityTexts(interventions, QUESTIONS, reports).map((p) => p.text)).toEqual([
      'Styrgruppsmöten enl. ök: Ja i 2 av 2 insatser.',
      'Kontroll målgrupp: Nej i 1 av 1 insatser. Ej tillämpligt för 1.',
    ]);
  });

  it.each<[string, string, string[]]>([
    [
      'ended in the half-year, with its slutrapport',
      '2024-06-15',
      [
        'Insats x (Uppsala) avslutades 2024-06-15. Slutresultat: Tolv deltagare. Lärdomar: Samverkan tar tid.',
      ],
    ],
    ['none ended', '2024-12-31', ['Inga insatser har avslutats under perioden.']],
  ])('Avslutade insatser: %s', (_, endDate, texts) => {
    const ended = buildPmEndedTexts(
      [summary('x', 'PRE_STUDY', 'Uppsala', { endDate })],
      [
        {
          interventionId: 'x',
          finalResults: 'Tolv deltagare.',
          lessonsLearned: 'Samverkan tar tid.',
        },
      ],
      { startDate: '2024-01-01', endDate: '2024-06-30' },
    );
    expect(ended.map((p) => p.text)).toEqual(texts);
  });
});

describe('buildPmDocument and applyPmTexts', () => {
  const inputs: TPmInputs = {
    federationName: 'Samordningsförbundet Uppsala län',
    year: 2024,
    half: 1,
    complete: true,
    dataThroughPeriod: '2024Q2',
    generatedAt: '2024-10-01T00:00:00.000Z',
    interventions: [summary('jc', 'INDIVIDUAL', 'Enköping')],
    moneyRows: [moneyRow('jc')],
    participants: participants(),
    questions: QUESTIONS,
    reports: [],
    finalReports: [],
  };

  it('sections in the papers order, tables 1–6 where the papers have them', () => {
    const document = buildPmDocument(inputs);
    expect(document.subtitle).toBe('Kvartal 1 och 2 2024');
    expect(
      document.sections.map((s) => [
        s.id,
        s.blocks.flatMap((b) => (b.kind === 'TABLE' ? [b.table.number] : [])),
      ]),
    ).toEqual([
      ['sammanfattning', []],
      ['bakgrund', []],
      ['insatser', [1]],
      ['mal', [2]],
      ['utfall-budget', [3, 4]],
      ['kvalitetssakring', [5]],
      ['statistik', []],
      ['deltagare', [6]],
      ['malgrupp', []],
      ['avslutade', []],
      ['reflektioner', []],
    ]);
  });

  it.each<[string, Record<string, string>, string, boolean]>([
    ['an edit replaces the text', { 'bakgrund.1': 'Egen text.' }, 'Egen text.', true],
    ['an empty text keeps the pre-filled one', { 'bakgrund.1': '  ' }, 'prefilled', false],
    ['a text equal to the pre-filled is not an edit', {}, 'prefilled', false],
    ['an unknown id is ignored', { 'gone.1': 'x' }, 'prefilled', false],
  ])('%s', (_, texts, expected, edited) => {
    const document = buildPmDocument(inputs);
    const block = applyPmTexts(document, texts).sections[1]!.blocks[0]!;
    const original = document.sections[1]!.blocks[0]!;
    if (block.kind !== 'PARAGRAPH' || original.kind !== 'PARAGRAPH')
      throw new Error('paragraph expected');
    expect(block.text).toBe(expected === 'prefilled' ? original.prefilled : expected);
    expect(block.edited).toBe(edited);
  });
});

describe('participant sentences without data', () => {
  it('a year with only H2 recorded: sentences without figures are left out, the half-year is said', () => {
    const none = { women: null, men: null, unspecified: null, total: null };
    const year = participants();
    year.totals = { ...year.totals, ended: none, endedToWorkStudiesOrJobSeeking: none };
    year.outcomes = {
      ...year.outcomes,
      total: { ...year.outcomes.total, shareToWorkOrStudies: null },
    };
    const own = participants();
    own.totals = {
      ...own.totals,
      ended: { women: null, men: null, unspecified: 355, total: 355 },
      endedToWorkOrStudies: { women: 103, men: 143, unspecified: null, total: 246 },
    };
    own.distribution = {
      ...own.distribution,
      endedToWorkOrStudies: { women: 103 / 246, men: 143 / 246 },
    };
    own.outcomes = {
      ...own.outcomes,
      total: { ...own.outcomes.total, shareToWorkOrStudies: 246 / 355 },
    };
    // 2019 PM: "246 deltagare (69 %)"; "42 % … 58 %" are the shares of the 246 (DOMAIN.md §8).
    expect(buildPmParticipantTexts(2019, 2, year, own).map((p) => [p.id, p.text])).toEqual([
      ['deltagare.1', 'Under perioden har 140 individer skrivits in i insatserna.'],
      [
        'deltagare.2',
        'Den sista december år 2019 fanns sammanlagt 230 individer med pågående stöd i insatser finansierade av förbundet.',
      ],
      [
        'deltagare.halvar',
        `Under andra halvåret 2019 har 355 individer avslutats, varav 246 (69${NBSP}%) till arbete och/eller studier: 42${NBSP}% kvinnor och 58${NBSP}% män.`,
      ],
    ]);
  });
});
