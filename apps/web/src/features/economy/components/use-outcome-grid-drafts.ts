import { useMemo, useState } from 'react';
import {
  computeGridConsumptionRatio,
  formatKronor,
  parseKronorText,
  parsePeriod,
  ZNonNegativeAmountKronor,
  type TGridConsumptionRatio,
  type TOutcomeGrid,
  type TOutcomeGridRow,
  type TOutcomeGridSaveRow,
} from '@finsam/domain';

/** What the office has typed in a row and not saved yet. */
export interface TGridDraft {
  text: string;
  estimated: boolean;
}

/** A grid row with its typed values checked and its förbrukningskvot computed live. */
export interface TGridLine {
  row: TOutcomeGridRow;
  text: string;
  estimated: boolean;
  /** The typed amount in kronor; null for an empty or invalid cell. */
  kronor: number | null;
  error: string | null;
  changed: boolean;
  consumption: TGridConsumptionRatio;
}

const storedText = (row: TOutcomeGridRow) =>
  row.outcome ? formatKronor(row.outcome.amountKronor) : '';

function checkText(text: string): { kronor: number | null; error: string | null } {
  const parsed = parseKronorText(text);
  if (!parsed.ok) return { kronor: null, error: parsed.message };
  if (parsed.kronor === null) return { kronor: null, error: null };
  const checked = ZNonNegativeAmountKronor.safeParse(parsed.kronor);
  return checked.success
    ? { kronor: parsed.kronor, error: null }
    : { kronor: null, error: checked.error.issues[0]?.message ?? 'Ogiltigt belopp.' };
}

/**
 * The grid's unsaved cells, kept per intervention until they are saved (a failed save loses
 * nothing), and every row's kvot from the domain's `computeGridConsumptionRatio` as it is typed.
 */
export function useOutcomeGridDrafts(grid: TOutcomeGrid) {
  const [drafts, setDrafts] = useState<Record<string, TGridDraft>>({});
  const range = useMemo(() => parsePeriod(grid.period), [grid.period]);

  const lines: TGridLine[] = grid.rows.map((row) => {
    const draft = drafts[row.interventionId];
    const text = draft?.text ?? storedText(row);
    const estimated = draft?.estimated ?? row.outcome?.estimated ?? false;
    const { kronor, error } = checkText(text);
    const changed =
      draft !== undefined &&
      error === null &&
      (kronor !== (row.outcome?.amountKronor ?? null) ||
        (kronor !== null && estimated !== (row.outcome?.estimated ?? false)));
    const consumption = computeGridConsumptionRatio({
      range,
      budgetPeriodStart: row.startDate,
      budgetPeriodEnd: row.endDate,
      adjustedBudgetKronor: row.adjustedBudgetKronor,
      otherOutcomes: row.otherOutcomes,
      typedKronor: kronor,
      typedEstimated: estimated,
    });
    return { row, text, estimated, kronor, error, changed, consumption };
  });

  const setCell = (interventionId: string, change: Partial<TGridDraft>) =>
    setDrafts((current) => {
      const line = lines.find((l) => l.row.interventionId === interventionId);
      const base = current[interventionId] ?? {
        text: line?.text ?? '',
        estimated: line?.estimated ?? false,
      };
      return { ...current, [interventionId]: { ...base, ...change } };
    });

  const changedRows = (): TOutcomeGridSaveRow[] =>
    lines
      .filter((line) => line.changed)
      .map((line) => ({
        interventionId: line.row.interventionId,
        baseVersion: line.row.outcome?.version ?? null,
        amountKronor: line.kronor,
        estimated: line.estimated,
      }));

  return {
    lines,
    setCell,
    changedRows,
    hasErrors: lines.some((line) => line.error !== null),
    clearDrafts: () => setDrafts({}),
  };
}
