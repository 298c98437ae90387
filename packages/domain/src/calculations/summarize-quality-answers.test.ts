import { describe, expect, it } from 'vitest';
import { summarizeQualityAnswers } from './summarize-quality-answers.ts';

/** Rows of a Tabell 5 as printed, one string per intervention, columns in `keys` order. */
function rows(keys: string[], printed: string[][]) {
  return printed.map((cells) =>
    Object.fromEntries(keys.map((key, index) => [key, { value: cells[index]! }])),
  );
}

// 2024-10 PM (Kvartal 1 och 2 år 2024), Tabell 5. Kvalitetssäkring: eight individinsatser then
// three strukturinsatser. "Kontroll metod/målgrupp" spans two columns.
const KEYS_2024 = [
  'steeringMeetings',
  'regularRepresentation',
  'followUpPerAgreement',
  'methodChecked',
  'targetGroupChecked',
  'equality',
  'implementationDiscussed',
  'targetGroupOrMethodDeviation',
];
const TABELL_5_2024 = rows(KEYS_2024, [
  ['Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Nej'], // Enköping, Jobbcentrum
  ['Ja', 'Nej', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Nej'], // Heby, Plattform
  ['Ja', 'Nej', 'Ja', 'Ja', 'Ja', 'Ja', 'Nej', 'Nej'], // Håbo, Framsteget 2.0
  ['Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Nej'], // Knivsta, En väg in
  ['Ja', 'Nej', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Nej'], // Tierp, Ung framtid
  ['Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Nej'], // Uppsala, Kvinna Hälsa Arbete
  ['Ja', 'Nej', 'Ja', 'Ja', 'Ja', 'Ja', 'Nej', 'Nej'], // Älvkarleby, Förstärkt stöd
  ['Ja', 'Nej', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Nej'], // Östhammar, Bryggan
  ['Ja', 'Nej', 'Ja', '-', 'Ja', 'Ok', 'Nej', 'Nej'], // Uppsala, Lokussamordnare
  ['Ja', 'Nej', 'Ja', '-', 'Ja', 'Ok', 'Ja', 'Nej'], // Älvkarleby, Lokussamordnare
  ['Ja', 'Nej', 'Ja', 'Ja', 'Ja', 'Ok', 'Ja', 'Nej'], // Region Uppsala, RegExPro
]);
const QUESTIONS_2024 = KEYS_2024.map((key) => ({ key, options: ['Ja', 'Nej'] }));

// 2022 PM (Kvartal 1 och 2 år 2022), Tabell 5: seven individinsatser then four strukturinsatser;
// metod and målgrupp, jämlikhet and jämställdhet are separate columns.
const KEYS_2022 = [
  'steeringMeetings',
  'regularRepresentation',
  'followUpPerAgreement',
  'methodChecked',
  'targetGroupChecked',
  'equalityChecked',
  'genderEqualityChecked',
  'implementationDiscussed',
  'targetGroupOrMethodDeviation',
];
const TABELL_5_2022 = rows(KEYS_2022, [
  ['Ja', 'Nej', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Nej'], // Enköping, Jobbcentrum
  ['Ja', 'Nej', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Nej'], // Håbo, Framsteget 2.0
  ['Ja', 'Nej', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Nej'], // Knivsta, En väg in
  ['Ja', 'Ja', 'Delvis', 'Ja', 'Ja', 'Ja', 'Ja', 'Nej', 'Nej'], // Tierp, Ung framtid
  ['Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja'], // Uppsala, Arbetslivsintro
  ['Ja', 'Nej', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Nej'], // Östhammar, Bryggan
  ['Ja', 'Nej', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Nej'], // Heby, Plattform
  ['Ja', 'Nej', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Nej'], // Uppsala, Lokussamordnare
  ['Ja', 'Nej', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Nej'], // Uppsala, Digital plattform
  ['Ja', 'Nej', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Nej'], // Älvkarleby, Lokussamordnare
  ['Ja', 'Nej', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Nej'], // Reg.Ex.Pro
]);
const QUESTIONS_2022 = KEYS_2022.map((key) =>
  key === 'followUpPerAgreement'
    ? { key, options: ['Ja', 'Nej', 'Delvis'] }
    : { key, options: ['Ja', 'Nej'] },
);

const summaryOf = (
  questions: { key: string; options: string[] }[],
  table: ReturnType<typeof rows>,
  key: string,
) => summarizeQualityAnswers(questions, table).find((summary) => summary.key === key)!;

describe('summarizeQualityAnswers: 2024 Tabell 5', () => {
  it.each<[string, number, number, Record<string, number>]>([
    // "Samtliga insatser anger att de har haft styrgruppsmöten enligt avtal"
    ['steeringMeetings', 11, 0, { Ja: 11, Nej: 0 }],
    // "… frånvarande vid ett eller flera möten vid åtta av insatsernas styrgruppsmöten": 8 Nej.
    // The PM then counts seven meetings (Älvkarleby's two share one steering group); per
    // intervention it is eight, and this function counts per intervention.
    ['regularRepresentation', 11, 0, { Ja: 3, Nej: 8 }],
    ['followUpPerAgreement', 11, 0, { Ja: 11 }],
    // Kontroll metod: the two Lokussamordnare answer "-", not applicable: 9 of 9.
    ['methodChecked', 9, 2, { Ja: 9, Nej: 0 }],
    ['targetGroupChecked', 11, 0, { Ja: 11 }],
    // The strukturinsatser answer "Ok" on jämlikhet/jämställdhet: its own answer.
    ['equality', 11, 0, { Ja: 8, Ok: 3, Nej: 0 }],
    ['implementationDiscussed', 11, 0, { Ja: 8, Nej: 3 }],
    // "Ingen avvikelse gällande målgrupp/metod har inkommit under perioden."
    ['targetGroupOrMethodDeviation', 11, 0, { Ja: 0, Nej: 11 }],
  ])('%s: answered by %i, not applicable %i, %o', (key, answered, notApplicable, counts) => {
    const summary = summaryOf(QUESTIONS_2024, TABELL_5_2024, key);
    expect(summary).toMatchObject({ answered, notApplicable, unanswered: 0 });
    for (const [value, count] of Object.entries(counts)) {
      expect(summary.counts.find((item) => item.value === value)?.count ?? 0).toBe(count);
    }
  });
});

describe('summarizeQualityAnswers: 2022 Tabell 5', () => {
  it.each<[string, number, Record<string, number>]>([
    // "… i flertalet kvartalsrapporter framkommer att representation … saknats": 9 of 11 Nej.
    ['regularRepresentation', 11, { Ja: 2, Nej: 9 }],
    // "En insats, Ung Framtid i Tierp, har … legat efter": Delvis in 1 of 11.
    ['followUpPerAgreement', 11, { Ja: 10, Delvis: 1, Nej: 0 }],
    // "Samtliga insatser har … uppgett att de kontrollerat målgrupp och metod."
    ['methodChecked', 11, { Ja: 11 }],
    ['targetGroupChecked', 11, { Ja: 11 }],
    // "Samtliga insatser utom en har uppgett att styrgruppen har diskuterat förutsättningar"
    ['implementationDiscussed', 11, { Ja: 10, Nej: 1 }],
    // "Arbetslivsintro har lämnat in en avvikelse": 1 of 11.
    ['targetGroupOrMethodDeviation', 11, { Ja: 1, Nej: 10 }],
  ])('%s: answered by %i, %o', (key, answered, counts) => {
    const summary = summaryOf(QUESTIONS_2022, TABELL_5_2022, key);
    expect(summary).toMatchObject({ answered, notApplicable: 0 });
    for (const [value, count] of Object.entries(counts)) {
      expect(summary.counts.find((item) => item.value === value)?.count ?? 0).toBe(count);
    }
  });
});

describe('summarizeQualityAnswers: edges', () => {
  it('a missing answer is unanswered, not part of M; options keep their order', () => {
    const [summary] = summarizeQualityAnswers(
      [{ key: 'q', options: ['Ja', 'Nej', '-'] }],
      [{ q: { value: 'Nej' } }, {}, { q: { value: '–' } }, { q: { value: ' Ja ' } }],
    );
    expect(summary).toEqual({
      key: 'q',
      answered: 2,
      notApplicable: 1,
      unanswered: 1,
      counts: [
        { value: 'Ja', count: 1 },
        { value: 'Nej', count: 1 },
      ],
    });
  });

  it('no rows: every count 0 (the caller shows "–" for a share of 0 of 0)', () => {
    expect(summarizeQualityAnswers([{ key: 'q', options: ['Ja'] }], [])).toEqual([
      {
        key: 'q',
        answered: 0,
        notApplicable: 0,
        unanswered: 0,
        counts: [{ value: 'Ja', count: 0 }],
      },
    ]);
  });
});
