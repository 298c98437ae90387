import { z } from 'zod/mini';
import { ZCreateDeviationInput, ZDeviationKind, type TCreateDeviationInput } from '@finsam/domain';

/** The avvikelse form as typed: every field text; the kind decides which are sent. */
export const ZDeviationFormValues = z.object({
  kind: z.union([ZDeviationKind, z.literal('')]),
  description: z.string(),
  amountKronor: z.string(),
  year: z.string(),
  fromYear: z.string(),
  toYear: z.string(),
  fromLine: z.string(),
  toLine: z.string(),
  newStartDate: z.string(),
  newEndDate: z.string(),
  expectedCount: z.string(),
  expectedKind: z.string(),
});
export type TDeviationFormValues = z.infer<typeof ZDeviationFormValues>;

export const EMPTY_DEVIATION: TDeviationFormValues = {
  kind: '',
  description: '',
  amountKronor: '',
  year: '',
  fromYear: '',
  toYear: '',
  fromLine: '',
  toLine: '',
  newStartDate: '',
  newEndDate: '',
  expectedCount: '',
  expectedKind: '',
};

const number = (text: string) => {
  const cleaned = text.replace(/[\s\u00a0]/g, '').replace('−', '-');
  return cleaned === '' ? undefined : Number(cleaned);
};

/**
 * The request body for the form's values, by kind. A move between cost lines becomes two lines
 * (− from, + to) with the total 0 kr; a budget change without lines is the amount for the year.
 */
export function toDeviationInput(values: TDeviationFormValues): unknown {
  const base = { kind: values.kind, description: values.description };
  switch (values.kind) {
    case 'BUDGET_CHANGE': {
      const amount = number(values.amountKronor);
      if (values.fromLine.trim() || values.toLine.trim()) {
        return {
          ...base,
          effect: {
            year: values.year,
            amountKronor: 0,
            lines: [
              { line: values.fromLine, amountKronor: amount === undefined ? undefined : -amount },
              { line: values.toLine, amountKronor: amount },
            ],
          },
        };
      }
      return { ...base, effect: { year: values.year, amountKronor: amount } };
    }
    case 'BUDGET_CARRY_OVER':
      return {
        ...base,
        effect: {
          amountKronor: number(values.amountKronor),
          fromYear: values.fromYear,
          toYear: values.toYear,
        },
      };
    case 'START_POSTPONED':
      return {
        ...base,
        effect: {
          newStartDate: values.newStartDate,
          ...(values.newEndDate ? { newEndDate: values.newEndDate } : {}),
        },
      };
    case 'PERIOD_EXTENDED':
      return { ...base, effect: { newEndDate: values.newEndDate } };
    case 'PARTICIPANT_NUMBER_CHANGED':
      return {
        ...base,
        effect: {
          expectedCount: number(values.expectedCount),
          expectedKind: values.expectedKind || undefined,
        },
      };
    default:
      return { ...base, effect: {} };
  }
}

// The form's field for a path of the request body ("effect.lines.1.amountKronor" → amountKronor).
function formField(path: PropertyKey[]): string {
  const [first, second, , fourth] = path.map(String);
  if (first !== 'effect') return first ?? 'kind';
  if (second === 'lines')
    return fourth === 'line' ? (path[2] === 0 ? 'fromLine' : 'toLine') : 'amountKronor';
  return second ?? 'kind';
}

/**
 * The form's schema: the shared ZCreateDeviationInput, each of its messages put on the field the
 * person typed in. Its output is the request body.
 */
export const ZDeviationForm = z.pipe(
  ZDeviationFormValues,
  z.transform((values, ctx) => {
    const parsed = ZCreateDeviationInput.safeParse(toDeviationInput(values));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        ctx.issues.push({
          code: 'custom',
          path: [formField(issue.path)],
          message: issue.message,
          input: values,
        });
      }
      return z.NEVER;
    }
    return parsed.data as TCreateDeviationInput;
  }),
);
