import { Field, Fieldset, Label, Select } from '@digdir/designsystemet-react';
import { buildPeriod, formatPeriod, parsePeriod, type TPeriodKind } from '@finsam/domain';
import { usePeriodParam } from './use-period-param.ts';

/** The parts of a year a board member can choose: helår, the two halvår, the four kvartal. */
const PARTS: { value: string; kind: TPeriodKind; startMonth: number }[] = [
  { value: 'year', kind: 'YEAR', startMonth: 1 },
  { value: 'H1', kind: 'HALF', startMonth: 1 },
  { value: 'H2', kind: 'HALF', startMonth: 7 },
  { value: 'Q1', kind: 'QUARTER', startMonth: 1 },
  { value: 'Q2', kind: 'QUARTER', startMonth: 4 },
  { value: 'Q3', kind: 'QUARTER', startMonth: 7 },
  { value: 'Q4', kind: 'QUARTER', startMonth: 10 },
];

export interface TPeriodPickerProps {
  /** The period shown (resolved by the API when the URL names none). */
  value: string;
  /** Periods with data, newest first (from the dashboard). */
  availablePeriods: string[];
}

/**
 * Period picker (periodval): year and part of year as two labelled native selects. A choice is
 * written to the URL at once, so the page reloads its data and the address can be shared.
 */
export function PeriodPicker({ value, availablePeriods }: TPeriodPickerProps) {
  const { setPeriod } = usePeriodParam();
  const current = parsePeriod(value);
  const part = partOf(current.kind, current.startMonth);
  const years = yearsToOffer(current.year, availablePeriods);

  const choose = (year: number, partValue: string) => {
    const chosen = PARTS.find((candidate) => candidate.value === partValue) ?? PARTS[0]!;
    setPeriod(buildPeriod(chosen.kind, year, chosen.startMonth).period);
  };

  return (
    <Fieldset className="period-picker">
      <Fieldset.Legend>Period</Fieldset.Legend>
      <Fieldset.Description>
        Sidan visar uppgifterna för den period du väljer. Perioder med uppgifter:{' '}
        {availablePeriods.length > 0
          ? availablePeriods.slice(0, 8).map(formatPeriod).join(', ')
          : 'inga ännu'}
        .
      </Fieldset.Description>
      <div className="period-picker__fields">
        <Field>
          <Label>År</Label>
          <Select
            width="auto"
            value={String(current.year)}
            onChange={(event) => choose(Number(event.target.value), part)}
          >
            {years.map((year) => (
              <Select.Option key={year} value={String(year)}>
                {year}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>Del av året</Label>
          <Select
            width="auto"
            value={part}
            onChange={(event) => choose(current.year, event.target.value)}
          >
            {PARTS.map((candidate) => (
              <Select.Option key={candidate.value} value={candidate.value}>
                {formatPeriod(buildPeriod(candidate.kind, current.year, candidate.startMonth))}
                {hasData(
                  availablePeriods,
                  buildPeriod(candidate.kind, current.year, candidate.startMonth).period,
                )
                  ? ' (uppgifter finns)'
                  : ''}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
    </Fieldset>
  );
}

function partOf(kind: TPeriodKind, startMonth: number): string {
  return (
    PARTS.find((candidate) => candidate.kind === kind && candidate.startMonth === startMonth)
      ?.value ?? 'year'
  );
}

/** Every year from the oldest with data to the newest, and the shown one even without data. */
function yearsToOffer(shown: number, availablePeriods: string[]): number[] {
  const known = [shown, ...availablePeriods.map((period) => parsePeriod(period).year)];
  const first = Math.min(...known);
  const last = Math.max(...known);
  return Array.from({ length: last - first + 1 }, (_, index) => last - index);
}

function hasData(availablePeriods: string[], period: string): boolean {
  return availablePeriods.includes(period);
}
