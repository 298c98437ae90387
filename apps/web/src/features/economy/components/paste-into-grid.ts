import { parseKronorText } from '@finsam/domain';

/** A grid row as the paste needs it: its id and every name it is known by. */
export interface TPasteTarget {
  interventionId: string;
  names: readonly string[];
}

/** What a paste puts into one row's cells: the typed text, and the estimated flag if given. */
export interface TPastedCell {
  interventionId: string;
  text: string;
  estimated?: boolean;
}

export interface TPasteResult {
  cells: TPastedCell[];
  /** Lines that could not be placed, in Swedish ("Rad 3: ingen insats heter …"). */
  problems: string[];
}

const normalise = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
const ESTIMATED = new Set(['ja', 'x', 'beräknad', 'beräknat', 'uppskattad', 'uppskattat', 'b']);

/**
 * Places a block pasted from Excel (tab-separated cells, one line per row) into the outcome grid.
 * A line whose first cell is a name is matched to the intervention with that full name, short name
 * or alias (case and spacing ignored) and takes the next cell as its amount; otherwise the lines
 * fill the amount cells downward from the row the paste started in, in the order shown. A third
 * cell ("ja", "x", "beräknad") marks the amount as estimated. Nothing is parsed as money here: the
 * cells keep the pasted text and the grid checks it like typed text, so an error shows on its row.
 */
export function pasteIntoGrid(
  text: string,
  rows: readonly TPasteTarget[],
  startIndex: number,
): TPasteResult {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line, index, all) => line.trim() !== '' || index < all.length - 1)
    .filter((line) => line.trim() !== '');
  const byName = new Map<string, string>();
  for (const row of rows)
    for (const name of row.names) byName.set(normalise(name), row.interventionId);

  const cells: TPastedCell[] = [];
  const problems: string[] = [];
  let next = startIndex;
  lines.forEach((line, index) => {
    const parts = line.split('\t');
    const first = parts[0] ?? '';
    const named = parts.length > 1 && !parseKronorText(first).ok;
    const estimatedText = named ? parts[2] : parts[1];
    const estimated =
      estimatedText === undefined || estimatedText.trim() === ''
        ? undefined
        : ESTIMATED.has(normalise(estimatedText));
    if (named) {
      const id = byName.get(normalise(first));
      if (!id) {
        problems.push(`Rad ${index + 1}: ingen insats heter "${first.trim()}".`);
        return;
      }
      cells.push({
        interventionId: id,
        text: parts[1] ?? '',
        ...(estimated === undefined ? {} : { estimated }),
      });
      return;
    }
    const row = rows[next];
    next += 1;
    if (!row) {
      problems.push(
        `Rad ${index + 1}: det finns ingen fler insats att klistra in "${first.trim()}" på.`,
      );
      return;
    }
    cells.push({
      interventionId: row.interventionId,
      text: first,
      ...(estimated === undefined ? {} : { estimated }),
    });
  });
  return { cells, problems };
}
