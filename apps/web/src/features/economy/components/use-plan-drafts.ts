import { useCallback, useState } from 'react';
import {
  computeBudgetHeadroom,
  formatKronor,
  parseKronorText,
  type TBudgetHeadroom,
  type TEconomicPlan,
  type TEconomicPlanCreateInput,
  type TEconomicPlanNewLine,
  type TPlanLineCategory,
} from '@finsam/domain';

/** A line of the plan as edited: stored lines by id, added ones by a temporary key. */
export interface TPlanEditLine {
  key: string;
  /** The stored line's id; null for a line added in this edit. */
  lineId: string | null;
  category: TPlanLineCategory;
  label: string;
  ownerLabel: string | null;
  /** Column key → the cell's text. */
  texts: Record<string, string>;
  /** Column key → whole kronor (null: empty or invalid). */
  amounts: Record<string, number | null>;
  /** Column key → Swedish error. */
  errors: Record<string, string>;
}

const cellText = (amount: number | null | undefined) =>
  amount === null || amount === undefined ? '' : formatKronor(amount);

/**
 * The cells of a plan being edited, and its beslutsutrymme computed by the domain's
 * `computeBudgetHeadroom` from what is typed, before anything is saved.
 */
export function usePlanDrafts(plan: TEconomicPlan) {
  const [drafts, setDrafts] = useState<Record<string, Record<string, string>>>({});
  // Stored lines left out of the new plan (the saved plan keeps them, with its date).
  const [removed, setRemoved] = useState<string[]>([]);
  const [added, setAdded] = useState<
    { key: string; category: TPlanLineCategory; label: string; ownerLabel: string | null }[]
  >([]);

  const toEditLine = (
    key: string,
    lineId: string | null,
    base: { category: TPlanLineCategory; label: string; ownerLabel: string | null },
    stored: Record<string, number | null>,
  ): TPlanEditLine => {
    const texts: Record<string, string> = {};
    const amounts: Record<string, number | null> = {};
    const errors: Record<string, string> = {};
    for (const column of plan.columns) {
      const text = drafts[key]?.[column.key] ?? cellText(stored[column.key]);
      texts[column.key] = text;
      const parsed = parseKronorText(text);
      if (parsed.ok) amounts[column.key] = parsed.kronor;
      else {
        amounts[column.key] = null;
        errors[column.key] = parsed.message;
      }
    }
    return { key, lineId, ...base, texts, amounts, errors };
  };

  const lines: TPlanEditLine[] = [
    ...plan.lines
      .filter((line) => !removed.includes(line.id))
      .map((line) => toEditLine(line.id, line.id, line, line.amounts)),
    ...added.map((line) => toEditLine(line.key, null, line, {})),
  ];

  const headroom: TBudgetHeadroom = computeBudgetHeadroom({
    openingSurplusKronor: plan.openingSurplusKronor,
    columns: plan.columns,
    lines: lines.map((line) => ({
      category: line.category,
      label: line.label,
      amounts: line.amounts,
    })),
  });

  // Stable, so a table row whose cells did not change is not drawn again (`EconomicPlanTable`).
  const setCell = useCallback(
    (key: string, columnKey: string, text: string) =>
      setDrafts((current) => ({ ...current, [key]: { ...current[key], [columnKey]: text } })),
    [],
  );

  const addLine = (line: Pick<TEconomicPlanNewLine, 'category' | 'label' | 'ownerLabel'>) =>
    setAdded((current) => [
      ...current,
      {
        key: `ny-${current.length + 1}`,
        category: line.category,
        label: line.label,
        ownerLabel: line.ownerLabel ?? null,
      },
    ]);

  /** Leaves a line out of the new plan: a stored one by id, one added in this edit by its key. */
  const removeLine = useCallback(
    (key: string) => {
      if (plan.lines.some((line) => line.id === key)) setRemoved((current) => [...current, key]);
      else setAdded((current) => current.filter((line) => line.key !== key));
    },
    [plan],
  );
  const restoreLine = (lineId: string) =>
    setRemoved((current) => current.filter((id) => id !== lineId));
  const removedLines = plan.lines.filter((line) => removed.includes(line.id));

  /** The body of POST /economic-plans without its date and title. */
  const changes = (): Pick<TEconomicPlanCreateInput, 'amounts' | 'newLines' | 'removedLineIds'> => {
    const stored = new Map(plan.lines.map((line) => [line.id, line]));
    const amounts: TEconomicPlanCreateInput['amounts'] = [];
    for (const line of lines) {
      if (!line.lineId) continue;
      for (const column of plan.columns) {
        const before = stored.get(line.lineId)?.amounts[column.key] ?? null;
        const now = line.amounts[column.key] ?? null;
        if (!line.errors[column.key] && now !== before)
          amounts.push({ lineId: line.lineId, columnKey: column.key, amountKronor: now });
      }
    }
    const newLines: TEconomicPlanNewLine[] = lines
      .filter((line) => line.lineId === null)
      .map((line) => ({
        category: line.category,
        label: line.label,
        ownerLabel: line.ownerLabel,
        amounts: Object.fromEntries(
          Object.entries(line.amounts).filter(
            (entry): entry is [string, number] => entry[1] !== null,
          ),
        ),
      }));
    return { amounts, newLines, removedLineIds: removed };
  };

  return {
    lines,
    headroom,
    setCell,
    addLine,
    removeLine,
    restoreLine,
    removedLines,
    changes,
    hasErrors: lines.some((line) => Object.keys(line.errors).length > 0),
    reset: () => {
      setDrafts({});
      setAdded([]);
      setRemoved([]);
    },
  };
}
