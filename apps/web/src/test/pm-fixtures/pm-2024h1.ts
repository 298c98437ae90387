import {
  formatCount,
  formatPercent,
  formatTsek,
  NO_DATA,
  ZPmDocument,
  type TPmCell,
  type TPmColumn,
  type TPmDocument,
  type TPmRow,
  type TPmSection,
  type TPmTable,
} from '@finsam/domain';

/*
 * The 2024 H1 PM ("Uppföljning av insatser inom Samordningsförbundet Uppsala län, Kvartal 1 och 2
 * 2024", seed paper 2024-10, the PM's pages) written out as the ZPmDocument the API sends: the
 * paper's texts as prefilled paragraphs, its six tables with the printed cells (formatted by the
 * domain formatters from values that reproduce them). Parsed by ZPmDocument, so a contract change
 * fails here first.
 */

type TColour = 'GREEN' | 'YELLOW' | 'RED';

const text = (value: string, colour?: TColour): TPmCell => ({
  text: value === '-' ? NO_DATA : value,
  value: null,
  ...(colour ? { colour } : {}),
});
const tsek = (kronor: number): TPmCell => ({ text: formatTsek(kronor), value: kronor });
const ratio = (value: number | null): TPmCell => ({ text: formatPercent(value), value });
const count = (value: number): TPmCell => ({ text: formatCount(value), value });

const column = (
  key: string,
  label: string,
  unit: TPmColumn['unit'] = 'TEXT',
  group: string | null = null,
): TPmColumn => ({ key, label, group, unit });

const row = (key: string, cells: Record<string, TPmCell>, emphasis = false): TPmRow => ({
  key,
  cells,
  emphasis,
});

/** A row of text cells in column order. */
function textRow(key: string, columns: TPmColumn[], values: string[]): TPmRow {
  return row(
    key,
    Object.fromEntries(columns.map((col, index) => [col.key, text(values[index] ?? '')])),
  );
}

function table(
  number: number,
  title: string,
  columns: TPmColumn[],
  groups: TPmTable['groups'],
  footerRows: TPmRow[] = [],
  notes: string[] = [],
): TPmTable {
  return { number, title, columns, groups, footerRows, notes };
}

const p = (id: string, value: string, prefilled = value) => ({
  kind: 'PARAGRAPH' as const,
  id,
  text: value,
  prefilled,
  edited: value !== prefilled,
});
const t = (value: TPmTable) => ({ kind: 'TABLE' as const, table: value });

function section(
  id: string,
  heading: string,
  level: 2 | 3,
  blocks: TPmSection['blocks'],
): TPmSection {
  return { id, heading, level, blocks };
}

// ---- Tabell 1. Insatser ------------------------------------------------------------------------

const t1Columns = [
  column('name', 'Insats'),
  column('start', 'Start', 'DATE'),
  column('end', 'Till och med', 'DATE'),
];
const t1 = (key: string, name: string, start: string, end: string) =>
  textRow(key, t1Columns, [name, start, end]);
const tabell1 = table(1, 'Insatser', t1Columns, [
  {
    label: 'Individinsatser',
    rows: [
      t1('jobbcentrum', 'Enköping, Jobbcentrum – Din väg framåt', '2022-01-01', '2024-12-31'),
      t1('plattform', 'Heby, Plattform för individstöd i samverkan', '2021-01-01', '2024-12-31'),
      t1('framsteget', 'Håbo, Framsteget 2.0', '2022-01-01', '2024-12-31'),
      t1('en-vag-in', 'Knivsta, En väg in – steget vidare', '2022-01-01', '2024-12-31'),
      t1('ung-framtid', 'Tierp, Ung framtid', '2022-01-01', '2024-12-31'),
      t1(
        'kvinna-halsa-arbete',
        'Uppsala, Kvinna Hälsa Arbete - arbetslivsinriktat stöd för att gå till arbete',
        '2023-08-01',
        '2025-07-31',
      ),
      t1(
        'forstarkt-stod',
        'Älvkarleby, Förstärkt stöd till arbete & studier',
        '2023-07-01',
        '2025-06-30',
      ),
      t1(
        'bryggan',
        'Östhammar, Bryggan – främjar hälsa på väg mot arbete eller studier',
        '2023-09-01',
        '2025-12-31',
      ),
    ],
  },
  {
    label: 'Strukturinsatser',
    rows: [
      t1('lokus-uppsala', 'Uppsala, Lokussamordnare', '2020-01-01', '2024-12-31'),
      t1('lokus-alvkarleby', 'Älvkarleby, Lokussamordnare', '2018-04-01', '2025-03-31'),
      t1('regexpro', 'Region Uppsala, RegExPro', '2020-10-01', '2027-12-31'),
    ],
  },
  {
    label: 'Förstudie',
    rows: [
      t1(
        'pilot',
        'Uppsala, Pilotprojekt för långtidsarbetslösa personer',
        '2024-03-15',
        '2024-06-15',
      ),
    ],
  },
]);

// ---- Tabell 2. Nuläge mål ----------------------------------------------------------------------

const GOAL_COLOUR: Record<string, TColour> = { Ja: 'GREEN', 'I stort sett': 'YELLOW', Nej: 'RED' };
const t2Columns = [
  column('name', 'Insats'),
  column('inPhase', 'Insatsen ligger i fas gällande uppsatta mål'),
  column('prognosis', 'Styrgruppens prognos för måluppfyllelse'),
];
const t2 = (key: string, name: string, inPhase: string, prognosis: string) =>
  row(key, {
    name: text(name),
    inPhase: text(inPhase, GOAL_COLOUR[inPhase]),
    prognosis: text(prognosis, GOAL_COLOUR[prognosis]),
  });
const tabell2 = table(2, 'Nuläge mål', t2Columns, [
  {
    label: 'Individinsatser',
    rows: [
      t2('jobbcentrum', 'Enköping, Jobbcentrum – Din väg framåt', 'I stort sett', 'Nej'),
      t2('plattform', 'Heby, Plattform för individstöd i samverkan', 'I stort sett', 'Nej'),
      t2('framsteget', 'Håbo, Framsteget 2.0', 'Ja', 'Ja'),
      t2('en-vag-in', 'Knivsta, En väg in – steget vidare', 'Ja', 'Ja'),
      t2('ung-framtid', 'Tierp, Ung framtid', 'I stort sett', 'Nej'),
      t2('kvinna-halsa-arbete', 'Uppsala, Kvinna Hälsa Arbete', 'Ja', 'Ja'),
      t2('forstarkt-stod', 'Älvkarleby, Förstärkt stöd', 'I stort sett', 'Nej'),
      t2('bryggan', 'Östhammar, Bryggan', 'Ja', 'Ja'),
    ],
  },
  {
    label: 'Strukturinsatser',
    rows: [
      t2('lokus-uppsala', 'Uppsala, Lokussamordnare', 'Ja', 'Ja'),
      t2('lokus-alvkarleby', 'Älvkarleby, Lokussamordnare', 'Ja', 'Ja'),
      t2('regexpro', 'Region Uppsala, RegExPro', 'Ja', 'Ja'),
    ],
  },
  {
    label: 'Förstudie',
    rows: [t2('pilot', 'Uppsala, Pilotprojekt för långtidsarbetslösa personer', 'Ja', 'Ja')],
  },
]);

// ---- Tabell 3. Förutsättningar för utfall ------------------------------------------------------

const t3Columns = [
  column('name', 'Insats'),
  column('vacancySof', 'Vakanser SOF-medel'),
  column('vacancyOwn', 'Vakanser egenfinansierade resurser'),
  column('deviations', 'Inkomna avvikelser gällande budget'),
];
const t3 = (key: string, name: string, ...answers: string[]) =>
  textRow(key, t3Columns, [name, ...answers]);
const tabell3 = table(3, 'Förutsättningar för utfall', t3Columns, [
  {
    label: 'Individinsatser',
    rows: [
      t3('jobbcentrum', 'Enköping, Jobbcentrum – Din väg framåt', 'Ja', 'Ja', 'Nej'),
      t3('plattform', 'Heby, Plattform för individstöd i samverkan', 'Nej', 'Nej', 'Nej'),
      t3('framsteget', 'Håbo, Framsteget 2.0', 'Nej', 'Nej', 'Nej'),
      t3('en-vag-in', 'Knivsta, En väg in – steget vidare', 'Ja', 'Nej', 'Nej'),
      t3('ung-framtid', 'Tierp, Ung framtid', 'Nej', 'Nej', 'Nej'),
      t3('kvinna-halsa-arbete', 'Uppsala, Kvinna Hälsa Arbete', 'Nej', 'Nej', 'Nej'),
      t3(
        'forstarkt-stod',
        'Älvkarleby, Förstärkt stöd till arbete eller studier',
        'Nej',
        'Nej',
        'Nej',
      ),
      t3('bryggan', 'Östhammar, Bryggan', 'Nej', 'Nej', 'Nej'),
    ],
  },
  {
    label: 'Strukturinsatser',
    rows: [
      t3('lokus-uppsala', 'Uppsala, Lokussamordnare', 'Nej', 'Nej', 'Nej'),
      t3('lokus-alvkarleby', 'Älvkarleby, Lokussamordnare', 'Nej', 'Nej', 'Nej'),
      t3('regexpro', 'RegExPro', 'Nej', 'Nej', 'Nej'),
    ],
  },
]);

// ---- Tabell 4. Utfall och budget ---------------------------------------------------------------

const HALF = 'Q1 - Q2 2024';
const t4Columns = [
  column('name', 'Insats'),
  column('municipality', 'Kommun'),
  column('outcome', 'Utfall TSEK', 'TSEK', HALF),
  column('budget', 'Budget TSEK', 'TSEK', HALF),
  column('ratio', 'Förbr kvot', 'PERCENT', HALF),
  column('note', 'Not'),
];
function t4(
  key: string,
  name: string,
  municipality: string,
  outcome: number,
  budget: number,
  note = '',
): TPmRow {
  return row(key, {
    name: text(name),
    municipality: text(municipality),
    outcome: tsek(outcome),
    budget: tsek(budget),
    ratio: ratio(budget > 0 ? outcome / budget : null),
    note: text(note),
  });
}
const tabell4 = table(
  4,
  'Utfall och budget',
  t4Columns,
  [
    {
      label: null,
      rows: [
        t4('jobbcentrum', 'Jobbcentrum - Din väg fram', 'Enköping', 955_120, 1_326_000),
        t4('plattform', 'Plattform för individstöd', 'Heby', 1_138_310, 1_173_000),
        t4('framsteget', 'Framsteget 2.0', 'Håbo', 1_804_220, 1_940_000),
        t4('en-vag-in', 'En väg in - steget vidare', 'Knivsta', 788_780, 847_000),
        t4('ung-framtid', 'Ung Framtid', 'Tierp', 1_993_040, 2_171_000),
        t4('regexpro', 'RegExPro', 'Region Uppsala', 648_410, 673_000),
        t4('lokus-uppsala', 'Lokussamordnare', 'Uppsala', 198_647, 180_000),
        t4('pilot', 'Förstudie pilotprojekt', 'Uppsala', 115_000, 0, 'Beviljades medel 2024'),
        t4('kvinna-halsa-arbete', 'Kvinna Hälsa Arbete', 'Uppsala', 618_090, 674_000),
        t4('forstarkt-stod', 'Arbetsmarknadsstödjare', 'Älvkarleby', 416_880, 385_000),
        t4('lokus-alvkarleby', 'Lokussamordnare', 'Älvkarleby', 80_700, 80_000),
        t4('bryggan', 'Bryggan', 'Östhammar', 871_330, 930_000),
      ],
    },
  ],
  [],
  ['Budget = halva årets justerade budget. Förbrukningskvot = utfall / budget.'],
);

// ---- Tabell 5. Kvalitetssäkring ----------------------------------------------------------------

const CONTROL = 'Kontroll metod/målgrupp';
const t5Columns = [
  column('name', 'Insats'),
  column('meetings', 'Styrgruppsmöten enl. ök'),
  column('representation', 'Ordinarie representation i styrgrupp'),
  column('followUp', 'Uppföljning enl. avtal'),
  column('controlMethod', 'Metod', 'TEXT', CONTROL),
  column('controlTarget', 'Målgrupp', 'TEXT', CONTROL),
  column('equality', 'Jämlikhet/jämställdhet'),
  column('implementation', 'Förutsättning för implementering har diskuterats'),
  column('deviation', 'Avvikelse målgrupp/metod'),
];
const t5 = (key: string, name: string, answers: string) =>
  textRow(key, t5Columns, [name, ...answers.split(' ')]);
const tabell5 = table(5, 'Kvalitetssäkring', t5Columns, [
  {
    label: 'Individinsatser',
    rows: [
      t5('jobbcentrum', 'Enköping, Jobbcentrum – Din väg framåt', 'Ja Ja Ja Ja Ja Ja Ja Nej'),
      t5('plattform', 'Heby, Plattform för individstöd i samverkan', 'Ja Nej Ja Ja Ja Ja Ja Nej'),
      t5('framsteget', 'Håbo, Framsteget 2.0', 'Ja Nej Ja Ja Ja Ja Nej Nej'),
      t5('en-vag-in', 'Knivsta, En väg in – steget vidare', 'Ja Ja Ja Ja Ja Ja Ja Nej'),
      t5('ung-framtid', 'Tierp, Ung framtid', 'Ja Nej Ja Ja Ja Ja Ja Nej'),
      t5('kvinna-halsa-arbete', 'Uppsala, Kvinna Hälsa Arbete', 'Ja Ja Ja Ja Ja Ja Ja Nej'),
      t5(
        'forstarkt-stod',
        'Älvkarleby, Förstärkt stöd till arbete eller studier',
        'Ja Nej Ja Ja Ja Ja Nej Nej',
      ),
      t5('bryggan', 'Östhammar, Bryggan', 'Ja Nej Ja Ja Ja Ja Ja Nej'),
    ],
  },
  {
    label: 'Strukturinsatser',
    rows: [
      t5('lokus-uppsala', 'Uppsala, Lokussamordnare', 'Ja Nej Ja - Ja Ok Nej Nej'),
      t5('lokus-alvkarleby', 'Älvkarleby, Lokussamordnare', 'Ja Nej Ja - Ja Ok Ja Nej'),
      t5('regexpro', 'Region Uppsala, RegExPro', 'Ja Nej Ja Ja Ja Ok Ja Nej'),
    ],
  },
]);

// ---- Tabell 6. Deltagare -----------------------------------------------------------------------

const PARTICIPANT_GROUPS = [
  ['registered', 'Inregistrerade perioden jan–juni'],
  ['ended', 'Avslutade perioden jan–juni'],
  ['endedTotal', 'Avslutade under hela insatsperioden t.o.m. juni'],
  ['ongoing', 'Pågående deltagare per 30 juni'],
  ['toWork', 'Avslutade som gått till arbete och/eller studier/arbetssökande jan–juni'],
] as const;
const GENDERS = [
  ['K', 'K'],
  ['M', 'M'],
  ['S', 'S:a'],
] as const;
const REPORTING = 'Rapportering januari till och med 30 juni 2024';
const t6Columns = [
  column('name', 'Individinsats', 'TEXT', REPORTING),
  column('municipality', 'Kommun', 'TEXT', REPORTING),
  ...PARTICIPANT_GROUPS.flatMap(([key, group]) =>
    GENDERS.map(([gender, label]) => column(`${key}${gender}`, label, 'COUNT', group)),
  ),
];
/** Five (women, men) pairs in the paper's column order; S:a is their sum. */
function t6Cells(pairs: number[]): Record<string, TPmCell> {
  return Object.fromEntries(
    PARTICIPANT_GROUPS.flatMap(([key], index) => {
      const women = pairs[index * 2]!;
      const men = pairs[index * 2 + 1]!;
      return [
        [`${key}K`, count(women)],
        [`${key}M`, count(men)],
        [`${key}S`, count(women + men)],
      ];
    }),
  );
}
const t6 = (key: string, name: string, municipality: string, pairs: number[]) =>
  row(key, { name: text(name), municipality: text(municipality), ...t6Cells(pairs) });
const t6Rows = [
  t6(
    'jobbcentrum',
    'Jobbcentrum - Din väg framåt',
    'Enköping',
    [27, 18, 7, 9, 67, 75, 54, 44, 2, 2],
  ),
  t6('plattform', 'Plattform för individstöd', 'Heby', [5, 6, 4, 6, 19, 34, 11, 11, 1, 2]),
  t6('framsteget', 'Framsteget 2.0', 'Håbo', [8, 12, 8, 17, 57, 90, 22, 25, 4, 11]),
  t6('en-vag-in', 'En väg in - steget vidare', 'Knivsta', [13, 8, 9, 11, 52, 46, 15, 8, 4, 10]),
  t6('ung-framtid', 'Ung Framtid', 'Tierp', [9, 20, 10, 17, 37, 73, 8, 18, 4, 13]),
  t6('kvinna-halsa-arbete', 'Kvinna Hälsa Arbete', 'Uppsala', [95, 0, 3, 0, 3, 0, 132, 0, 2, 0]),
  t6('forstarkt-stod', 'Arbetsmarknadsstödjare', 'Älvkarleby', [10, 19, 4, 9, 4, 9, 14, 32, 3, 9]),
  t6('bryggan', 'Bryggan', 'Östhammar', [6, 6, 5, 8, 37, 67, 10, 8, 5, 5]),
];
const totalPairs = Array.from({ length: 10 }, (_, index) =>
  t6Rows.reduce((sum, each) => {
    const [key] = PARTICIPANT_GROUPS[Math.floor(index / 2)]!;
    return sum + (each.cells[`${key}${index % 2 === 0 ? 'K' : 'M'}`]!.value ?? 0);
  }, 0),
);
const distribution = Object.fromEntries(
  PARTICIPANT_GROUPS.flatMap(([key], index) => {
    const women = totalPairs[index * 2]!;
    const men = totalPairs[index * 2 + 1]!;
    return [
      [`${key}K`, ratio(women / (women + men))],
      [`${key}M`, ratio(men / (women + men))],
      [`${key}S`, { text: '', value: null }],
    ];
  }),
);
const tabell6 = table(
  6,
  'Deltagare',
  t6Columns,
  [{ label: null, rows: t6Rows }],
  [
    row('total', { name: text('Totalt'), municipality: text(''), ...t6Cells(totalPairs) }, true),
    row(
      'distribution',
      { name: text('Fördelning kvinnor/män'), municipality: text(''), ...distribution },
      true,
    ),
  ],
  ['K = kvinnor, M = män, S:a = summa.'],
);

// ---- The document ------------------------------------------------------------------------------

/** The one paragraph the office has edited in the fixture (the paper's text is the edit). */
export const EDITED_BLOCK_ID = 'utfall-budget.3';

export const pm2024H1Document: TPmDocument = ZPmDocument.parse({
  period: '2024H1',
  year: 2024,
  half: 1,
  title: 'Uppföljning av insatser inom Samordningsförbundet Uppsala län',
  subtitle: 'Kvartal 1 och 2 2024',
  federationName: 'Samordningsförbundet Uppsala län',
  complete: true,
  dataThroughPeriod: null,
  generatedAt: '2024-10-10T08:00:00.000Z',
  sections: [
    section('sammanfattning', 'Sammanfattning', 2, [
      p(
        'sammanfattning.1',
        'Under första halvåret 2024 har tolv insatser finansierats via förbundet. Av de tolv finansierade insatserna är åtta individinsatser, tre är strukturinsatser samt en förstudie.',
      ),
    ]),
    section('bakgrund', 'Bakgrund', 2, [
      p(
        'bakgrund.1',
        'Detta dokument bygger på information från aktuella insatser finansierade av Samordningsförbundet Uppsala län. Informationen inhämtas från statistik som lämnats till förbundet via gällande uppföljningsrutiner.',
      ),
      p(
        'bakgrund.2',
        'Innehållet i detta dokument baseras på information för kvartal 1 och 2 år 2024.',
      ),
    ]),
    section('insatser', 'Insatser', 2, [
      p(
        'insatser.1',
        'Nedan följer en tabell över de 12 insatser som varit i gång under aktuell period, kvartal 1 och 2 år 2024, och som därmed ryms i denna uppföljning.',
      ),
      t(tabell1),
    ]),
    section('mal', 'Resultat av i insatsen angivna mål', 2, [
      p(
        'mal.1',
        'Det som bedöms vara i fas med ansökan är markerat med grönt, det som behöver hållas under uppsikt markerat med gult och det som behöver åtgärdas är markerat med rött.',
      ),
      t(tabell2),
      p(
        'mal.2',
        'Fyra individinsatser har vissa avvikelser från måluppfyllelsen, men ligger i stort sett i fas med uppsatta mål.',
      ),
    ]),
    section('utfall-budget', 'Utfall av beviljad budget', 2, [
      p(
        'utfall-budget.1',
        'Nedan ges information om hur insatserna förhåller sig till angiven budget, om någon insats inte nyttjat beviljade resurser, eventuella avvikelser kring budget samt prognos för budgetutfall framåt.',
      ),
      t(tabell3),
      p('utfall-budget.2', 'Inga avvikelser har inkommit under perioden.'),
      t(tabell4),
      p(
        EDITED_BLOCK_ID,
        'Som framgår i tabellen ovan så är förbrukningskvoten för de flesta insatser hög. Förbrukningskvoten för Jobbcentrum i Enköping ligger något lägre på grund av vakans hos personalen under våren.',
        'Förbrukningskvoten är 90 % eller högre för 9 av 11 insatser med budget.',
      ),
    ]),
    section('kvalitetssakring', 'Kvalitetssäkring av insatsen', 2, [
      p(
        'kvalitetssakring.1',
        'Här ges information om styrgruppernas arbete i förhållande till insatserna.',
      ),
      t(tabell5),
    ]),
    section('styrgruppsmoten', 'Styrgruppsmöten enligt avtal', 3, [
      p(
        'styrgruppsmoten.1',
        'Samtliga insatser anger att de har haft styrgruppsmöten enligt avtal, dock uppges att ordinarie styrgruppsmedlemmar har varit frånvarande vid ett eller flera möten vid åtta av insatsernas styrgruppsmöten.',
      ),
    ]),
    section('uppfoljning', 'Uppföljning enligt avtal', 3, [
      p('uppfoljning.1', 'Samtliga insatser har fullföljt detta enligt förbundets rutiner.'),
    ]),
    section('kontroll', 'Kontroll målgrupp/metod', 3, [
      p(
        'kontroll.1',
        'Samtliga insatser har uppgett att de kontrollerat både att målgrupp och metod stämmer överens med vad som angetts i ansökan.',
      ),
    ]),
    section('jamlikhet', 'Jämlikhet/jämställdhet', 3, [
      p(
        'jamlikhet.1',
        'Samtliga insatser har uppgett i sin rapportering att de diskuterat frågor kring jämställdhet och jämlikhet på sina styrgruppsmöten och/eller i insatsens löpande arbete.',
      ),
    ]),
    section('avvikelse', 'Avvikelse målgrupp/metod', 3, [
      p('avvikelse.1', 'Ingen avvikelse gällande målgrupp/metod har inkommit under perioden.'),
    ]),
    section('statistik', 'Statistik och kostnader', 2, []),
    section('beviljade', 'Beviljade insatser i förhållande till förbundets mål', 3, [
      p(
        'beviljade.1',
        'Av de tolv insatser som varit i gång under perioden är tre av strukturell karaktär och åtta är individinsatser samt en förstudie.',
      ),
    ]),
    section('deltagare', 'Utfall för deltagare', 3, [
      p(
        'deltagare.1',
        'Här anges antalet deltagare inom aktuella insatser för första halvåret år 2024, förutom totala antalet avslutade under hela insatsperioden som redovisas i den mittersta kolumnen.',
      ),
      t(tabell6),
      p(
        'deltagare.2',
        'Under perioden har 262 individer skrivits in i insatserna, och totalt har 127 individer avslutats.',
      ),
      p(
        'deltagare.3',
        'De individer som har avslutats till arbete eller studier och/eller är arbetssökande under perioden januari till och med juni år 2024 uppgår till 77 individer, varav 32 % kvinnor och 68 % män.',
      ),
    ]),
    section('malgrupp', 'Målgrupp', 3, [
      p(
        'malgrupp.1',
        'Målgrupp utifrån deltagare inskrivna under perioden har en jämn könsfördelning där 47 % är kvinnor och 53 % män.',
      ),
    ]),
    section('reflektioner', 'Sammanfattning och reflektioner', 2, [
      p(
        'reflektioner.1',
        'Tolv insatser har finansierats under perioden, åtta individinsatser och tre strukturövergripande insatser samt en förstudie.',
      ),
    ]),
  ],
});
