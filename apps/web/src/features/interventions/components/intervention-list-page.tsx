import { useId, useState } from 'react';
import { Field, Label, Select } from '@digdir/designsystemet-react';
import type { TInterventionKind, TInterventionStatus } from '@finsam/domain';
import { QueryState } from '../../../components/query/query-state.tsx';
import { INTERVENTION_KIND_PLURAL, INTERVENTION_STATUS_LABEL } from '../../../lib/labels.ts';
import { PageHeader } from '../../../components/dashboards/page-header.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { usePeriodParam } from '../../../components/period/use-period-param.ts';
import { useInterventions } from '../../../lib/queries/interventions/get-interventions.ts';
import { InterventionListTable } from '../../../components/interventions/intervention-list-table.tsx';

const KIND_ORDER: TInterventionKind[] = [
  'INDIVIDUAL',
  'STRUCTURAL',
  'PRE_STUDY',
  'OTHER_COOPERATION',
];

/** Insatser: every intervention of the förbund, filterable by kind and status. */
export function InterventionListPage() {
  usePageTitle('Insatser');
  const query = useInterventions();
  const { period } = usePeriodParam();
  const search = period ? `?period=${encodeURIComponent(period)}` : '';
  const [kind, setKind] = useState<TInterventionKind | ''>('');
  const [status, setStatus] = useState<TInterventionStatus | ''>('');
  const filterId = useId();

  return (
    <>
      <PageHeader
        title="Insatser"
        lead="Alla insatser som förbundet finansierar. Välj en insats för mål, pengar, deltagare och rapporter."
      />
      <QueryState
        query={query}
        what="insatserna"
        isEmpty={(data) => data.interventions.length === 0}
      >
        {(data) => {
          const shown = data.interventions.filter(
            (row) => (kind === '' || row.kind === kind) && (status === '' || row.status === status),
          );
          return (
            <>
              <div className="filters" role="group" aria-labelledby={filterId}>
                <span id={filterId} className="visually-hidden">
                  Filtrera insatser
                </span>
                <Field>
                  <Label>Typ av insats</Label>
                  <Select
                    width="auto"
                    value={kind}
                    onChange={(event) => setKind(event.target.value as TInterventionKind | '')}
                  >
                    <Select.Option value="">Alla typer</Select.Option>
                    {KIND_ORDER.map((value) => (
                      <Select.Option key={value} value={value}>
                        {INTERVENTION_KIND_PLURAL[value]}
                      </Select.Option>
                    ))}
                  </Select>
                </Field>
                <Field>
                  <Label>Status</Label>
                  <Select
                    width="auto"
                    value={status}
                    onChange={(event) => setStatus(event.target.value as TInterventionStatus | '')}
                  >
                    <Select.Option value="">Alla</Select.Option>
                    {Object.entries(INTERVENTION_STATUS_LABEL).map(([value, text]) => (
                      <Select.Option key={value} value={value}>
                        {text}
                      </Select.Option>
                    ))}
                  </Select>
                </Field>
              </div>
              <p role="status" className="filters__count">
                Visar {shown.length} av {data.interventions.length} insatser.
              </p>
              <InterventionListTable interventions={shown} caption="Insatser" search={search} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
