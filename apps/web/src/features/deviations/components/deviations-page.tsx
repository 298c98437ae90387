import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { formatDate, formatKronor, ZDeviationKind, type TDeviationSummary } from '@finsam/domain';
import { Form } from '../../../components/form/form.tsx';
import { FormSelectField } from '../../../components/form/form-select-field.tsx';
import { FormTextField } from '../../../components/form/form-text-field.tsx';
import { AppLink } from '../../../components/link/app-link.tsx';
import { QueryState } from '../../../components/query/query-state.tsx';
import {
  DEVIATION_KIND_LABEL,
  DEVIATION_STATUS_LABEL,
  EXPECTED_PARTICIPANTS_LABEL,
} from '../../../lib/labels.ts';
import { PageHeader } from '../../../components/dashboards/page-header.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { useInterventions } from '../../../lib/queries/interventions/get-interventions.ts';
import { useCreateDeviation } from '../api/create-deviation.ts';
import { useDeviations } from '../api/get-deviations.ts';
import {
  EMPTY_DEVIATION,
  ZDeviationForm,
  type TDeviationFormValues,
} from './deviation-form-values.ts';
import { useState } from 'react';

const STATUS_COLOUR = {
  SUBMITTED: 'info',
  UNDER_REVIEW: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
} as const;

function effectText(d: TDeviationSummary): string {
  const e = d.effect;
  if (e.lines) {
    return e.lines
      .map((l) => `${l.line} ${formatKronor(l.amountKronor, { unit: true })}`)
      .join(', ');
  }
  if (e.amountKronor !== undefined) {
    const years =
      e.fromYear && e.toYear
        ? ` från ${e.fromYear} till ${e.toYear}`
        : e.year
          ? ` för ${e.year}`
          : '';
    return `${formatKronor(e.amountKronor, { unit: true })}${years}`;
  }
  if (e.newStartDate)
    return `Ny start ${formatDate(e.newStartDate)}${e.newEndDate ? `, nytt slut ${formatDate(e.newEndDate)}` : ''}`;
  if (e.newEndDate) return `Nytt slutdatum ${formatDate(e.newEndDate)}`;
  if (e.expectedCount !== undefined)
    return `${e.expectedCount} deltagare ${e.expectedKind ? EXPECTED_PARTICIPANTS_LABEL[e.expectedKind] : ''}`;
  return '';
}

function KindFields({ kind }: { kind: TDeviationFormValues['kind'] }) {
  switch (kind) {
    case 'BUDGET_CHANGE':
      return (
        <>
          <FormTextField<TDeviationFormValues> name="year" label="År" />
          <FormTextField<TDeviationFormValues>
            name="amountKronor"
            label="Belopp (kr)"
            description="Flytt mellan kostnadsposter: beloppet som flyttas. Annars: hur mycket budgeten ändras (minus för en minskning)."
          />
          <FormTextField<TDeviationFormValues>
            name="fromLine"
            label="Från kostnadspost (vid flytt, t.ex. Lönekostnader)"
            description="Lämna tomt om budgetens total ändras."
          />
          <FormTextField<TDeviationFormValues>
            name="toLine"
            label="Till kostnadspost (vid flytt, t.ex. Lokaler)"
          />
        </>
      );
    case 'BUDGET_CARRY_OVER':
      return (
        <>
          <FormTextField<TDeviationFormValues>
            name="amountKronor"
            label="Belopp att föra över (kr)"
          />
          <FormTextField<TDeviationFormValues> name="fromYear" label="Från år" />
          <FormTextField<TDeviationFormValues> name="toYear" label="Till år" />
        </>
      );
    case 'START_POSTPONED':
      return (
        <>
          <FormTextField<TDeviationFormValues>
            name="newStartDate"
            label="Nytt startdatum (ÅÅÅÅ-MM-DD)"
          />
          <FormTextField<TDeviationFormValues>
            name="newEndDate"
            label="Nytt slutdatum, om det också flyttas (frivilligt)"
          />
        </>
      );
    case 'PERIOD_EXTENDED':
      return (
        <FormTextField<TDeviationFormValues>
          name="newEndDate"
          label="Nytt slutdatum (ÅÅÅÅ-MM-DD)"
        />
      );
    case 'PARTICIPANT_NUMBER_CHANGED':
      return (
        <>
          <FormTextField<TDeviationFormValues>
            name="expectedCount"
            label="Nytt förväntat antal deltagare"
          />
          <FormSelectField<TDeviationFormValues>
            name="expectedKind"
            label="Antalet gäller"
            options={[
              { value: '', label: 'Välj …' },
              ...Object.entries(EXPECTED_PARTICIPANTS_LABEL).map(([value, label]) => ({
                value,
                label,
              })),
            ]}
          />
        </>
      );
    default:
      return null;
  }
}

/**
 * Avvikelser of one of the lead's interventions: report one by kind (each kind asks for what it
 * changes), then follow it — status, the office's decision and reason, and the effect requested.
 */
export function DeviationsPage() {
  const { interventionId = '' } = useParams();
  const interventions = useInterventions();
  const name =
    interventions.data?.interventions.find((i) => i.id === interventionId)?.shortName ?? 'insatsen';
  usePageTitle(`Avvikelser – ${name}`);
  const query = useDeviations(interventionId);
  const create = useCreateDeviation();
  const [formKey, setFormKey] = useState(0);

  return (
    <>
      <PageHeader
        title={`Avvikelser – ${name}`}
        lead="Rapportera en avvikelse och följ kansliets beslut."
      />
      <Paragraph>
        <AppLink to="/mina-insatser">Tillbaka till Mina insatser</AppLink>
      </Paragraph>
      <section aria-labelledby="new-deviation">
        <Heading level={2} data-size="sm" id="new-deviation">
          Ny avvikelse
        </Heading>
        {create.data ? (
          <Alert data-color="success" role="status">
            <Paragraph>
              Avvikelsen ”{DEVIATION_KIND_LABEL[create.data.kind]}” är inskickad. Kansliet granskar
              den.
            </Paragraph>
          </Alert>
        ) : null}
        <Form
          key={formKey}
          schema={ZDeviationForm}
          defaultValues={EMPTY_DEVIATION}
          submitLabel="Skicka avvikelsen"
          reValidateMode="onChange"
          pendingLabel="Skickar …"
          aria-labelledby="new-deviation"
          onSubmit={async (input) => {
            await create.mutateAsync({ interventionId, input });
            setFormKey((k) => k + 1);
          }}
        >
          {(form) => (
            <>
              <FormSelectField<TDeviationFormValues>
                name="kind"
                label="Vad gäller avvikelsen?"
                options={[
                  { value: '', label: 'Välj …' },
                  ...ZDeviationKind.options.map((kind) => ({
                    value: kind,
                    label: DEVIATION_KIND_LABEL[kind],
                  })),
                ]}
              />
              <KindFields kind={form.watch('kind')} />
              <FormTextField<TDeviationFormValues>
                name="description"
                label="Beskriv avvikelsen och varför den behövs"
              />
            </>
          )}
        </Form>
      </section>
      <section aria-labelledby="deviation-history">
        <Heading level={2} data-size="sm" id="deviation-history">
          Inskickade avvikelser
        </Heading>
        <QueryState query={query} what="avvikelserna">
          {(data) =>
            data.deviations.length === 0 ? (
              <Paragraph>Inga avvikelser har rapporterats för insatsen.</Paragraph>
            ) : (
              <ul className="deviation-list">
                {data.deviations.map((d) => (
                  <li key={d.id}>
                    <Heading level={3} data-size="2xs">
                      {DEVIATION_KIND_LABEL[d.kind]}{' '}
                      <Tag data-color={STATUS_COLOUR[d.status]}>
                        {DEVIATION_STATUS_LABEL[d.status]}
                      </Tag>
                    </Heading>
                    <Paragraph data-size="sm">
                      Inskickad {formatDate(d.submittedAt.slice(0, 10))}
                      {d.submittedBy ? ` av ${d.submittedBy.name}` : ''}. {effectText(d)}
                    </Paragraph>
                    <Paragraph data-size="sm">{d.description}</Paragraph>
                    {d.decidedAt ? (
                      <Paragraph data-size="sm">
                        Beslut {formatDate(d.decidedAt.slice(0, 10))}
                        {d.decidedBy ? ` av ${d.decidedBy.name}` : ''}:{' '}
                        {DEVIATION_STATUS_LABEL[d.status]}
                        {d.decisionReason ? `. ${d.decisionReason}` : ''}
                      </Paragraph>
                    ) : null}
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
    </>
  );
}
