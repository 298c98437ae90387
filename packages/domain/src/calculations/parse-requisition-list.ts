import { parseKronorText } from './parse-kronor-text.ts';

/** An intervention of the outcome grid with every name it is known by (full, short, aliases). */
export interface TRequisitionTarget {
  interventionId: string;
  shortName: string;
  names: readonly string[];
}

/** One intervention's utfall read from the list: the sum of its requisitions and their rows. */
export interface TRequisitionLine {
  interventionId: string;
  shortName: string;
  /** 1-based row numbers of the file, as a spreadsheet shows them. */
  rows: number[];
  amountKronor: number;
  /** True when any of its rows is marked as an estimate ("beräknat": Ja). */
  estimated: boolean;
}

export interface TRequisitionRowError {
  row: number;
  message: string;
}

export interface TRequisitionListParse {
  lines: TRequisitionLine[];
  errors: TRequisitionRowError[];
}

const normalise = (text: string) =>
  text.trim().toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ');

const HEADERS = {
  name: ['insats', 'namn', 'insatsens namn'],
  amount: ['belopp', 'utfall', 'belopp (kr)', 'utfall (kr)', 'kronor', 'rekvirerat'],
  estimated: ['beräknat', 'beraknat', 'uppskattat'],
};

/**
 * Reads a requisition list (rekvisitioner) uploaded as CSV/XLSX into the utfall of one grid
 * period: a header row with "Insats" and "Belopp" (or "Utfall"), optionally "Beräknat" (Ja/Nej),
 * then one row per requisition. The intervention is matched by any of its names (full, short,
 * aliases; case, spaces and dash kinds ignored), so the owner's own spelling works. Several rows
 * of one intervention are added up (a quarter's requisitions). Amounts are whole kronor in Swedish
 * format (parseKronorText); a negative amount is refused (a correction is typed in the grid).
 * Empty rows are skipped. Every problem is a row error with its row number; the caller saves only
 * a list without errors.
 */
export function parseRequisitionList(
  table: readonly (readonly string[])[],
  targets: readonly TRequisitionTarget[],
): TRequisitionListParse {
  const errors: TRequisitionRowError[] = [];
  const headerIndex = table.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (headerIndex === -1) return { lines: [], errors: [{ row: 1, message: 'Filen är tom.' }] };
  const header = table[headerIndex]!.map(normalise);
  const column = (names: readonly string[]) => header.findIndex((cell) => names.includes(cell));
  const nameAt = column(HEADERS.name);
  const amountAt = column(HEADERS.amount);
  const estimatedAt = column(HEADERS.estimated);
  if (nameAt === -1 || amountAt === -1) {
    return {
      lines: [],
      errors: [
        {
          row: headerIndex + 1,
          message: 'Första raden ska ha kolumnerna "Insats" och "Belopp" (och gärna "Beräknat").',
        },
      ],
    };
  }
  const byName = new Map<string, TRequisitionTarget>();
  for (const target of targets)
    for (const name of [target.shortName, ...target.names]) byName.set(normalise(name), target);

  const lines = new Map<string, TRequisitionLine>();
  table.slice(headerIndex + 1).forEach((cells, offset) => {
    const row = headerIndex + offset + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const name = cells[nameAt]?.trim() ?? '';
    const target = byName.get(normalise(name));
    if (!target) {
      errors.push({
        row,
        message: name
          ? `"${name}" är ingen insats som pågår under perioden.`
          : 'Insatsens namn saknas.',
      });
      return;
    }
    const parsed = parseKronorText(cells[amountAt] ?? '');
    if (!parsed.ok || parsed.kronor === null || parsed.kronor < 0) {
      errors.push({
        row,
        message: !parsed.ok
          ? parsed.message
          : parsed.kronor === null
            ? `Beloppet saknas för ${target.shortName}.`
            : 'Ett negativt belopp rättas i rutnätet, inte i rekvisitionslistan.',
      });
      return;
    }
    const estimatedText = normalise(estimatedAt === -1 ? '' : (cells[estimatedAt] ?? ''));
    if (!['', 'ja', 'nej', 'j', 'n', 'x'].includes(estimatedText)) {
      errors.push({ row, message: 'Skriv Ja eller Nej under "Beräknat".' });
      return;
    }
    const line = lines.get(target.interventionId) ?? {
      interventionId: target.interventionId,
      shortName: target.shortName,
      rows: [],
      amountKronor: 0,
      estimated: false,
    };
    line.rows.push(row);
    line.amountKronor += parsed.kronor;
    line.estimated ||= estimatedText === 'ja' || estimatedText === 'j' || estimatedText === 'x';
    lines.set(target.interventionId, line);
  });
  return { lines: [...lines.values()], errors };
}
