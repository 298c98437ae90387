import { useSearchParams } from 'react-router';
import { Alert, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { z } from 'zod/mini';
import {
  formatDate,
  formatKronor,
  parseKronorText,
  splitMemberFees,
  ZMemberFeeCreateInput,
  type TMemberFeeMember,
  type TMemberFeeSplit,
  type TMemberFeeYear,
} from '@finsam/domain';
import { Form } from '../../../components/form/form.tsx';
import { FormTextField } from '../../../components/form/form-text-field.tsx';
import { QueryState } from '../../../components/query/query-state.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { useCreateMemberFees } from '../api/create-member-fees.ts';
import { useMemberFees } from '../api/get-member-fees.ts';
import { MemberFeeSplitTable } from './member-fee-split-table.tsx';
import './economy.css';

/** Typed text ("22 770 000") to a number for the shared schema; invalid text fails its check. */
const toNumber = (value: unknown) => {
  if (typeof value !== 'string') return value;
  const parsed = parseKronorText(value);
  return parsed.ok ? (parsed.kronor ?? undefined) : Number.NaN;
};

const populationShape = ZMemberFeeCreateInput.shape.populations.def.element;
/** The shared POST schema, reading the typed text of the amount and the populations. */
const ZFeeForm = z.extend(ZMemberFeeCreateInput, {
  totalKronor: z.pipe(z.transform(toNumber), ZMemberFeeCreateInput.shape.totalKronor),
  populations: z.array(
    z.extend(populationShape, {
      population: z.pipe(z.transform(toNumber), populationShape.shape.population),
    }),
  ),
});

interface TFeeFormValues {
  totalKronor: string;
  populationDate: string;
  populations: { memberId: string; population: string }[];
}

const stateAndRegion = (members: TMemberFeeMember[]) => ({
  stateKeys: [
    ...members.filter((m) => m.kind === 'SOCIAL_INSURANCE'),
    ...members.filter((m) => m.kind === 'EMPLOYMENT_SERVICE'),
  ].map((m) => m.id),
  regionKey: members.find((m) => m.kind === 'REGION')?.id ?? '',
});

/** The split of what is typed, or a Swedish reason why there is none yet. */
function liveSplit(members: TMemberFeeMember[], values: TFeeFormValues): TMemberFeeSplit | string {
  const total = parseKronorText(values.totalKronor ?? '');
  if (!total.ok || !total.kronor || total.kronor <= 0)
    return 'Ange årets totala medlemsavgift för att se fördelningen.';
  const municipalities = [];
  for (const row of values.populations ?? []) {
    const population = parseKronorText(row.population ?? '');
    if (!population.ok || population.kronor === null || population.kronor < 0)
      return 'Ange folkmängden för varje kommun för att se fördelningen.';
    municipalities.push({ key: row.memberId, population: population.kronor });
  }
  try {
    return splitMemberFees({
      totalKronor: total.kronor,
      ...stateAndRegion(members),
      municipalities,
    });
  } catch (error) {
    return error instanceof RangeError ? error.message : 'Fördelningen kunde inte räknas.';
  }
}

/**
 * Medlemsavgifter (the office): a year's fees from the total and the municipalities'
 * populations, split by the domain's splitMemberFees as it is typed; deciding stores them.
 */
export function MemberFeesPage() {
  usePageTitle('Medlemsavgifter');
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('year')) || thisYear + 1;
  const years = [...new Set([thisYear + 1, thisYear, ...range(2019, thisYear + 2), year])].sort(
    (a, b) => b - a,
  );
  const query = useMemberFees(year);
  return (
    <>
      <Heading level={1} data-size="lg">
        Medlemsavgifter {year}
      </Heading>
      <Paragraph>
        Staten betalar hälften (genom Försäkringskassan, som även täcker Arbetsförmedlingen),
        regionen en fjärdedel och kommunerna en fjärdedel fördelad efter folkmängd. Varje medlems
        avgift avrundas till hela kronor för sig; skillnaden mot totalen visas.
      </Paragraph>
      <Field className="economy-period-field">
        <Label>År</Label>
        <Select
          width="auto"
          value={String(year)}
          onChange={(event) => setParams({ year: event.target.value })}
        >
          {years.map((y) => (
            <Select.Option key={y} value={String(y)}>
              {y}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <QueryState query={query} what={`medlemsavgifterna för ${year}`}>
        {(data) =>
          data.decided ? <DecidedFees data={data} /> : <FeeForm key={data.year} data={data} />
        }
      </QueryState>
    </>
  );
}

function range(from: number, to: number) {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function DecidedFees({ data }: { data: TMemberFeeYear }) {
  const decided = data.decided!;
  const municipalities = data.members.filter((m) => m.kind === 'MUNICIPALITY');
  const split = splitMemberFees({
    totalKronor: decided.totalKronor,
    ...stateAndRegion(data.members),
    municipalities: municipalities.map((m) => ({ key: m.id, population: m.population ?? 0 })),
  });
  const stored = new Map(decided.fees.map((f) => [f.memberId, f.amountKronor]));
  const differing = split.lines.filter((line) => stored.get(line.key) !== line.amountKronor);
  return (
    <>
      <Paragraph>
        Beslutade avgifter: totalt {formatKronor(decided.totalKronor, { unit: true })}, folkmängd
        per {formatDate(decided.populationDate)}. Källa: {decided.source}
      </Paragraph>
      <MemberFeeSplitTable
        caption={`Medlemsavgifter ${data.year}`}
        split={split}
        members={data.members}
      />
      {differing.length > 0 ? (
        <Alert data-color="warning" role="status">
          <Paragraph>
            De sparade avgifterna skiljer sig från fördelningen för:{' '}
            {differing
              .map(
                (line) =>
                  `${data.members.find((m) => m.id === line.key)?.name ?? line.key} (sparat ${formatKronor(stored.get(line.key) ?? null)})`,
              )
              .join(', ')}
            .
          </Paragraph>
        </Alert>
      ) : null}
    </>
  );
}

function FeeForm({ data }: { data: TMemberFeeYear }) {
  const create = useCreateMemberFees();
  const municipalities = data.members.filter((m) => m.kind === 'MUNICIPALITY');
  const latestDate = municipalities.find((m) => m.populationDate)?.populationDate ?? '';
  return (
    <Form
      schema={ZFeeForm}
      defaultValues={
        {
          totalKronor: '',
          populationDate: latestDate,
          populations: municipalities.map((m) => ({
            memberId: m.id,
            population: m.population === null ? '' : String(m.population),
          })),
        } as never
      }
      submitLabel={`Besluta medlemsavgifterna för ${data.year}`}
      pendingLabel="Sparar …"
      onSubmit={(values) =>
        create.mutateAsync({ year: data.year, input: values as z.output<typeof ZFeeForm> })
      }
    >
      {(form) => {
        const values = form.watch() as unknown as TFeeFormValues;
        const split = liveSplit(data.members, values);
        return (
          <>
            <FormTextField name="totalKronor" label="Total medlemsavgift (kr)" />
            <FormTextField
              name="populationDate"
              label="Folkmängd per"
              description="ÅÅÅÅ-MM-DD; fördelningen för nästa år görs på senast kända siffror (1 november)"
            />
            <fieldset className="app-form">
              <legend>Folkmängd per kommun</legend>
              {municipalities.map((m, index) => (
                <FormTextField
                  key={m.id}
                  name={`populations.${index}.population` as never}
                  label={m.name}
                />
              ))}
            </fieldset>
            {typeof split === 'string' ? (
              <Paragraph>{split}</Paragraph>
            ) : (
              <MemberFeeSplitTable
                caption={`Fördelning ${data.year} (beräknad medan du skriver)`}
                split={split}
                members={data.members}
              />
            )}
          </>
        );
      }}
    </Form>
  );
}
