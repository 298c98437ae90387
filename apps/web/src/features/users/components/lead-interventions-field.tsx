import { useEffect } from 'react';
import { formatDate, type TInterventionSummary } from '@finsam/domain';
import { useFormContext } from 'react-hook-form';
import {
  FormCheckboxGroupField,
  type TCheckboxGroupOption,
} from '../../../components/form/form-checkbox-group-field.tsx';
import { ErrorState, LoadingState } from '../../../components/query/query-state.tsx';
import { INTERVENTION_STATUS_LABEL } from '../../../lib/labels.ts';
import { useAssignableInterventions } from '../api/get-assignable-interventions.ts';

interface TLeadFields {
  role?: string;
  interventionIds?: string[];
}

/** Ongoing interventions first, then by name (Swedish order). */
export function sortInterventionsForChoice(
  interventions: TInterventionSummary[],
): TInterventionSummary[] {
  return [...interventions].sort(
    (a, b) =>
      Number(b.status === 'ONGOING') - Number(a.status === 'ONGOING') ||
      a.shortName.localeCompare(b.shortName, 'sv'),
  );
}

function optionOf(intervention: TInterventionSummary): TCheckboxGroupOption {
  const owner = intervention.owner?.name ?? 'Förbundets egen insats';
  return {
    value: intervention.id,
    label: intervention.shortName,
    description: [
      owner,
      `${formatDate(intervention.startDate)} – ${formatDate(intervention.endDate)}`,
      INTERVENTION_STATUS_LABEL[intervention.status].toLowerCase(),
    ].join(', '),
  };
}

/**
 * The interventions (insatser) of an insatsansvarig, shown only while the role is LEAD; any
 * other role is sent without interventions, as the API requires.
 */
export function LeadInterventionsField() {
  const { watch, getValues, setValue } = useFormContext<TLeadFields>();
  const role = watch('role');
  const isLead = role === 'LEAD';

  useEffect(() => {
    if (!isLead && (getValues('interventionIds')?.length ?? 0) > 0) {
      setValue('interventionIds', []);
    }
  }, [isLead, getValues, setValue]);

  if (!isLead) return null;
  return <LeadInterventionsChoice />;
}

function LeadInterventionsChoice() {
  const interventions = useAssignableInterventions();
  if (interventions.isPending) return <LoadingState what="insatserna" />;
  if (interventions.isError) {
    return (
      <ErrorState
        error={interventions.error}
        what="insatserna"
        onRetry={() => void interventions.refetch()}
      />
    );
  }
  return (
    <FormCheckboxGroupField<TLeadFields>
      name="interventionIds"
      legend="Insatser som kontot är insatsansvarig för"
      description="Kontot ser uppföljningen av de insatser som väljs här. Pågående insatser visas först."
      options={sortInterventionsForChoice(interventions.data.interventions).map(optionOf)}
    />
  );
}
