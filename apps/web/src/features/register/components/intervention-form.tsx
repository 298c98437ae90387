import { Button, Fieldset, Heading } from '@digdir/designsystemet-react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import type { TDashboardMemberRef, TInterventionSummary } from '@finsam/domain';
import { Form } from '../../../components/form/form.tsx';
import { FormCheckboxField } from '../../../components/form/form-checkbox-field.tsx';
import { FormCheckboxGroupField } from '../../../components/form/form-checkbox-group-field.tsx';
import { FormSelectField } from '../../../components/form/form-select-field.tsx';
import { FormTextField } from '../../../components/form/form-text-field.tsx';
import {
  EXPECTED_PARTICIPANTS_LABEL,
  GOAL_LEVEL_LABEL,
  INTERVENTION_AIM_LABEL,
  INTERVENTION_KIND_LABEL,
  INTERVENTION_STATUS_LABEL,
} from '../../../lib/labels.ts';
import {
  ZInterventionForm,
  type TInterventionFormOutput,
  type TInterventionFormValues,
} from './intervention-form-schema.ts';
import { RegisterTextareaField } from './register-textarea-field.tsx';

type TForm = UseFormReturn<TInterventionFormValues>;
const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export interface TInterventionFormProps {
  defaultValues: TInterventionFormValues;
  members: TDashboardMemberRef[];
  /** Candidates for föregångare (the intervention itself left out). */
  interventions: TInterventionSummary[];
  submitLabel: string;
  /** The source field (källa) is for a new intervention; an edit keeps the stored source. */
  showSource?: boolean;
  onSubmit: (values: TInterventionFormOutput) => Promise<unknown>;
}

/**
 * The register's form for one intervention: names and aliases, owner and partners, kind and
 * aim, period, goals with measurable targets, expected participants with their kind, and the
 * predecessor it continues. Validated by the shared schema; the API's field errors come back on
 * the inputs they belong to.
 */
export function InterventionForm({
  defaultValues,
  members,
  interventions,
  submitLabel,
  showSource = true,
  onSubmit,
}: TInterventionFormProps) {
  return (
    <Form
      schema={ZInterventionForm}
      defaultValues={defaultValues as never}
      submitLabel={submitLabel}
      pendingLabel="Sparar …"
      onSubmit={(values) => onSubmit(values as TInterventionFormOutput)}
    >
      {(form) => (
        <Fields
          form={form as unknown as TForm}
          members={members}
          interventions={interventions}
          showSource={showSource}
        />
      )}
    </Form>
  );
}

function Fields({
  form,
  members,
  interventions,
  showSource,
}: {
  form: TForm;
  members: TDashboardMemberRef[];
  interventions: TInterventionSummary[];
  showSource: boolean;
}) {
  const goals = useFieldArray({ control: form.control, name: 'goals' });
  const expected = useFieldArray({ control: form.control, name: 'expectedParticipants' });
  const memberOptions = members.map((m) => ({ value: m.id, label: m.name }));
  return (
    <>
      <Heading level={2} data-size="sm">
        Namn
      </Heading>
      <FormTextField name="fullName" label="Fullständigt namn (som i ansökan)" />
      <FormTextField name="shortName" label="Kortnamn (i tabeller)" />
      <RegisterTextareaField
        name="aliases"
        label="Andra namn"
        description="Ett namn per rad: stavningar i tidigare tabeller och år, så att importerade rader hittar insatsen."
      />
      <Heading level={2} data-size="sm">
        Ägare och parter
      </Heading>
      <FormSelectField
        name="ownerId"
        label="Insatsägare (huvudinsatsägare)"
        options={[
          { value: '', label: 'Ingen (förbundets övriga samverkansinsats)' },
          ...memberOptions,
        ]}
      />
      <FormCheckboxGroupField name="partnerIds" legend="Samverkansparter" options={memberOptions} />
      <Heading level={2} data-size="sm">
        Typ och period
      </Heading>
      <FormSelectField name="kind" label="Insatstyp" options={options(INTERVENTION_KIND_LABEL)} />
      <FormSelectField
        name="aim"
        label="Inriktning (individinsatser)"
        options={[{ value: '', label: 'Ingen angiven' }, ...options(INTERVENTION_AIM_LABEL)]}
      />
      <FormSelectField name="status" label="Status" options={options(INTERVENTION_STATUS_LABEL)} />
      <FormTextField name="startDate" label="Startdatum" description="ÅÅÅÅ-MM-DD" />
      <FormTextField name="endDate" label="Slutdatum (till och med)" description="ÅÅÅÅ-MM-DD" />
      <FormTextField
        name="lastIntakeDate"
        label="Sista intagsdatum (valfritt)"
        description="ÅÅÅÅ-MM-DD"
      />
      <FormCheckboxField
        name="singleGenderTargetGroup"
        label="Målgruppen är ett kön (t.ex. bara kvinnor)"
        description="Räknas då inte med i förbundets könsfördelning utan sådana insatser."
      />
      <FormSelectField
        name="predecessorId"
        label="Fortsätter insatsen (föregångare)"
        options={[
          { value: '', label: 'Ingen' },
          ...interventions.map((i) => ({
            value: i.id,
            label: `${i.shortName} (${i.startDate}–${i.endDate})`,
          })),
        ]}
      />
      <Heading level={2} data-size="sm">
        Mål
      </Heading>
      {goals.fields.map((field, index) => (
        <Fieldset key={field.id}>
          <Fieldset.Legend>Mål {index + 1}</Fieldset.Legend>
          <FormSelectField
            name={`goals.${index}.level`}
            label="Målnivå"
            options={options(GOAL_LEVEL_LABEL)}
          />
          <RegisterTextareaField name={`goals.${index}.text`} label="Mål" />
          <FormTextField
            name={`goals.${index}.target`}
            label="Mätbart målvärde"
            description="T.ex. ”minst 75 deltagare per år” eller ”50 % till arbete/studier”"
          />
          <div>
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => goals.remove(index)}
            >
              Ta bort mål {index + 1}
            </Button>
          </div>
        </Fieldset>
      ))}
      <div>
        <Button
          type="button"
          variant="secondary"
          onClick={() => goals.append({ level: 'RESULT', text: '', target: '' })}
        >
          Lägg till mål
        </Button>
      </div>
      <Heading level={2} data-size="sm">
        Förväntat antal deltagare
      </Heading>
      {expected.fields.map((field, index) => (
        <Fieldset key={field.id}>
          <Fieldset.Legend>Förväntat antal {index + 1}</Fieldset.Legend>
          <FormTextField name={`expectedParticipants.${index}.count`} label="Antal deltagare" />
          <FormSelectField
            name={`expectedParticipants.${index}.kind`}
            label="Gäller"
            options={options(EXPECTED_PARTICIPANTS_LABEL)}
          />
          <FormTextField
            name={`expectedParticipants.${index}.note`}
            label="Anteckning (valfritt)"
          />
          <div>
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => expected.remove(index)}
            >
              Ta bort förväntat antal {index + 1}
            </Button>
          </div>
        </Fieldset>
      ))}
      <div>
        <Button
          type="button"
          variant="secondary"
          onClick={() => expected.append({ count: '', kind: 'PER_YEAR', note: '' })}
        >
          Lägg till förväntat antal
        </Button>
      </div>
      {showSource ? (
        <FormTextField
          name="source"
          label="Källa (valfritt)"
          description="T.ex. ”Ansökan 2023, beslut 2023-11-16”"
        />
      ) : null}
    </>
  );
}
