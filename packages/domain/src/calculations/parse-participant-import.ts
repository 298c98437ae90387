import { END_REASON_LABELS, PARTICIPANT_MEASURE_LABELS } from '../schemas/participants.ts';
import type { TEndReason, TParticipantMeasure } from '../schemas/index.ts';

/** One month's counts from an import, in the shape of PUT …/participants/:period. */
export interface TParticipantImportMonth {
  /** 'YYYY-MM' */
  month: string;
  /** The file's rows (1-based, header = 1) this month came from, for messages. */
  rows: number[];
  measures: Partial<Record<TParticipantMeasure, { women: number; men: number }>>;
  endReasons: Partial<Record<TEndReason, { women: number; men: number }>>;
}

/** A problem with one row of the file (1-based, as the spreadsheet numbers it). */
export interface TParticipantImportRowError {
  row: number;
  message: string;
}

export interface TParticipantImportParse {
  months: TParticipantImportMonth[];
  errors: TParticipantImportRowError[];
}

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

const HEADERS = {
  month: ['månad', 'manad', 'month'],
  what: ['mått', 'matt', 'uppgift', 'measure'],
  women: ['kvinnor', 'k', 'women'],
  men: ['män', 'man', 'm', 'men'],
};

type TTarget =
  { kind: 'measure'; key: TParticipantMeasure } | { kind: 'endReason'; key: TEndReason };

const TARGETS = new Map<string, TTarget>([
  ...Object.entries(PARTICIPANT_MEASURE_LABELS).flatMap(([key, label]) => [
    [normalise(label), { kind: 'measure', key } as TTarget] as const,
    [normalise(key), { kind: 'measure', key } as TTarget] as const,
  ]),
  ...Object.entries(END_REASON_LABELS).flatMap(([key, label]) => [
    [normalise(`Avslutsorsak: ${label}`), { kind: 'endReason', key } as TTarget] as const,
    [normalise(key), { kind: 'endReason', key } as TTarget] as const,
  ]),
]);

function parseMonth(text: string): string | null {
  const match = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(text.trim());
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}`;
}

function parseCount(text: string): number | null {
  const cleaned = text.trim().replace(/[\s\u00a0]/g, '');
  if (!/^\d{1,6}$/.test(cleaned)) return null;
  return Number(cleaned);
}

/**
 * Reads a participant spreadsheet ("uppföljningsfil") in long form, one row per month and measure:
 * `Månad | Mått | Kvinnor | Män` (header names in any order, case-insensitive). `Mått` is a
 * measure's Swedish name as on the form ("Inregistrerade", "Pågående vid periodens slut" …) or an
 * end reason as "Avslutsorsak: Studier"; the API codes (REGISTERED …) work too. Empty rows are
 * skipped. Every problem is reported with its row number and nothing is returned as valid when any
 * row has one: the caller saves only a file without errors. Only counts are read: a file with a
 * person's name or personnummer has nowhere to put it.
 */
export function parseParticipantImport(
  table: readonly (readonly string[])[],
): TParticipantImportParse {
  const errors: TParticipantImportRowError[] = [];
  const headerIndex = table.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (headerIndex < 0) {
    return { months: [], errors: [{ row: 1, message: 'Filen är tom.' }] };
  }
  const header = table[headerIndex]!.map(normalise);
  const column = (names: string[]) => header.findIndex((cell) => names.includes(cell));
  const columns = {
    month: column(HEADERS.month),
    what: column(HEADERS.what),
    women: column(HEADERS.women),
    men: column(HEADERS.men),
  };
  const missing = Object.entries(columns)
    .filter(([, index]) => index < 0)
    .map(([name]) => ({ month: 'Månad', what: 'Mått', women: 'Kvinnor', men: 'Män' })[name]);
  if (missing.length > 0) {
    return {
      months: [],
      errors: [
        {
          row: headerIndex + 1,
          message: `Rubrikraden saknar kolumnen ${missing.join(', ')}. Rubrikerna ska vara Månad, Mått, Kvinnor och Män.`,
        },
      ],
    };
  }
  const byMonth = new Map<string, TParticipantImportMonth>();
  const seen = new Map<string, number>();
  for (let index = headerIndex + 1; index < table.length; index += 1) {
    const row = table[index]!;
    const rowNumber = index + 1;
    const cell = (at: number) => (row[at] ?? '').trim();
    if (row.every((value) => value.trim() === '')) continue;
    const rowErrors: string[] = [];
    const month = parseMonth(cell(columns.month));
    if (!month) rowErrors.push(`Månaden "${cell(columns.month)}" ska skrivas som 2024-05.`);
    const target = TARGETS.get(normalise(cell(columns.what)));
    if (!target) rowErrors.push(`Måttet "${cell(columns.what)}" finns inte.`);
    const women = parseCount(cell(columns.women));
    if (women === null)
      rowErrors.push(
        `Kvinnor ska vara ett antal (heltal 0 eller större), inte "${cell(columns.women)}".`,
      );
    const men = parseCount(cell(columns.men));
    if (men === null)
      rowErrors.push(
        `Män ska vara ett antal (heltal 0 eller större), inte "${cell(columns.men)}".`,
      );
    if (month && target) {
      const key = `${month}|${target.kind}|${target.key}`;
      const earlier = seen.get(key);
      if (earlier !== undefined)
        rowErrors.push(`Samma mått och månad finns redan på rad ${earlier}.`);
      else seen.set(key, rowNumber);
    }
    if (rowErrors.length > 0) {
      errors.push({ row: rowNumber, message: rowErrors.join(' ') });
      continue;
    }
    const entry = byMonth.get(month!) ?? { month: month!, rows: [], measures: {}, endReasons: {} };
    entry.rows.push(rowNumber);
    if (target!.kind === 'measure') entry.measures[target!.key] = { women: women!, men: men! };
    else entry.endReasons[target!.key] = { women: women!, men: men! };
    byMonth.set(month!, entry);
  }
  if (errors.length === 0 && byMonth.size === 0) {
    errors.push({
      row: headerIndex + 2,
      message: 'Filen har inga rader med antal under rubrikraden.',
    });
  }
  const months = [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month));
  return { months: errors.length > 0 ? [] : months, errors };
}
