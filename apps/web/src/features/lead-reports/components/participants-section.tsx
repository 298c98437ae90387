import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Heading,
  Input,
  Paragraph,
  Table,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import {
  checkEndReasonConsistency,
  checkParticipantConsistency,
  END_REASON_LABELS,
  formatCount,
  formatPeriod,
  PARTICIPANT_MEASURE_LABELS,
  ZEndReason,
  ZParticipantMeasure,
  type TEndReason,
  type TParticipantMeasure,
  type TParticipantPeriod,
} from '@finsam/domain';
import { QueryState } from '../../../components/query/query-state.tsx';
import { errorMessage, isApiError } from '../../../lib/api-error.ts';
import { useParticipantPeriod, useSaveParticipantPeriod } from '../api/participants.ts';
import { ParticipantImport } from './participant-import.tsx';

// The measures a lead enters each quarter (DOMAIN.md §3); the combined "arbete/studier/
// arbetssökande" and the whole-period count are derived or kept by the office.
const MEASURES: TParticipantMeasure[] = ZParticipantMeasure.options.filter(
  (m) => m !== 'ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING',
);
const REASONS: TEndReason[] = ZEndReason.options;

type TGrid = Record<string, { women: string; men: string }>;

function gridFrom(period: TParticipantPeriod): TGrid {
  const grid: TGrid = {};
  for (const m of MEASURES) {
    const c = period.measures[m];
    grid[`m.${m}`] = { women: c?.women?.toString() ?? '', men: c?.men?.toString() ?? '' };
  }
  for (const r of REASONS) {
    const c = period.endReasons[r];
    grid[`r.${r}`] = { women: c?.women?.toString() ?? '', men: c?.men?.toString() ?? '' };
  }
  return grid;
}

const toNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

function countsOf(grid: TGrid, prefix: 'm' | 'r') {
  const out: Record<string, { women: number; men: number }> = {};
  for (const [key, value] of Object.entries(grid)) {
    if (!key.startsWith(`${prefix}.`)) continue;
    const women = toNumber(value.women);
    const men = toNumber(value.men);
    if (women !== null && men !== null) out[key.slice(2)] = { women, men };
  }
  return out;
}

function ParticipantsGrid({ period }: { period: TParticipantPeriod }) {
  const [grid, setGrid] = useState<TGrid>(() => gridFrom(period));
  const save = useSaveParticipantPeriod();
  useEffect(() => setGrid(gridFrom(period)), [period]);
  const measures = countsOf(grid, 'm');
  const endReasons = countsOf(grid, 'r');
  // The API's own consistency rules, live: contradictions block the save, the rest are warnings.
  const problems = [
    ...checkParticipantConsistency(measures),
    ...checkEndReasonConsistency(measures.ENDED, endReasons),
  ];
  const invalid = Object.entries(grid).flatMap(([key, v]) =>
    (['women', 'men'] as const)
      .filter((g) => v[g].trim() !== '' && toNumber(v[g]) === null)
      .map((g) => `${key}.${g}`),
  );
  const fieldErrors = isApiError(save.error) ? save.error.fields : [];
  const row = (key: string, label: string) => {
    const value = grid[key]!;
    const total = (toNumber(value.women) ?? 0) + (toNumber(value.men) ?? 0);
    const hasAny = value.women.trim() !== '' || value.men.trim() !== '';
    return (
      <Table.Row key={key}>
        <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
        {(['women', 'men'] as const).map((g) => (
          <Table.Cell key={g}>
            <Input
              aria-label={`${label}, ${g === 'women' ? 'kvinnor' : 'män'}`}
              className="count-input"
              inputMode="numeric"
              value={value[g]}
              aria-invalid={invalid.includes(`${key}.${g}`) || undefined}
              onChange={(event) =>
                setGrid((before) => ({
                  ...before,
                  [key]: { ...before[key]!, [g]: event.target.value },
                }))
              }
            />
            {invalid.includes(`${key}.${g}`) ? (
              <ValidationMessage>Ange ett heltal, 0 eller större.</ValidationMessage>
            ) : null}
          </Table.Cell>
        ))}
        <Table.Cell className="numeric">{hasAny ? formatCount(total) : '–'}</Table.Cell>
      </Table.Row>
    );
  };
  const hasErrors = invalid.length > 0 || problems.some((p) => p.severity === 'ERROR');
  return (
    <form
      aria-label={`Deltagare ${formatPeriod(period.period).toLowerCase()}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (hasErrors) return;
        save.mutate({
          interventionId: period.interventionId,
          period: period.period,
          input: { version: period.version, measures, endReasons },
        });
      }}
    >
      {problems.length > 0 ? (
        <Alert data-color={hasErrors ? 'danger' : 'warning'}>
          <Paragraph>Kontrollera antalen:</Paragraph>
          <ul>
            {problems.map((p) => (
              <li key={`${p.code}-${p.path}`}>{p.message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <div className="table-scroll">
        <Table data-size="sm" className="participants-grid">
          <caption>Deltagare per kön, {formatPeriod(period.period).toLowerCase()}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">Mått</Table.HeaderCell>
              <Table.HeaderCell scope="col">Kvinnor</Table.HeaderCell>
              <Table.HeaderCell scope="col">Män</Table.HeaderCell>
              <Table.HeaderCell scope="col">Totalt</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {MEASURES.map((m) => row(`m.${m}`, PARTICIPANT_MEASURE_LABELS[m]))}
            {REASONS.map((r) => row(`r.${r}`, `Avslutsorsak: ${END_REASON_LABELS[r]}`))}
          </Table.Body>
        </Table>
      </div>
      {save.error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{errorMessage(save.error)}</Paragraph>
          {fieldErrors.length > 0 ? (
            <ul>
              {fieldErrors.map((f) => (
                <li key={f.path}>{f.message}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {save.isSuccess ? <Paragraph role="status">Deltagarna är sparade.</Paragraph> : null}
      <Button
        type="submit"
        variant="secondary"
        loading={save.isPending}
        aria-disabled={hasErrors || undefined}
      >
        Spara deltagare
      </Button>
    </form>
  );
}

/**
 * Deltagardata of an individinsats for the report's quarter: a grid by K/M with live totals and
 * the API's consistency checks as warnings before anything is saved, and the spreadsheet upload.
 */
export function ParticipantsSection({
  interventionId,
  period,
}: {
  interventionId: string;
  period: string;
}) {
  const query = useParticipantPeriod(interventionId, period);
  return (
    <section aria-labelledby="participants-heading" className="report-section">
      <Heading level={2} data-size="sm" id="participants-heading">
        Deltagare
      </Heading>
      <Paragraph data-size="sm">
        Antal per kön, aldrig uppgifter om en person. Sparas för sig, inte med rapporten.
      </Paragraph>
      <QueryState query={query} what="deltagarna">
        {(data) => <ParticipantsGrid period={data} />}
      </QueryState>
      <ParticipantImport interventionId={interventionId} />
    </section>
  );
}
