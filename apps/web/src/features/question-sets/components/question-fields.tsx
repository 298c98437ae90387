import { Button, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { ZInterventionKind, type TSaveReportQuestionSetInput } from '@finsam/domain';
import { useFormContext, useWatch } from 'react-hook-form';
import { FormCheckboxGroupField } from '../../../components/form/form-checkbox-group-field.tsx';
import { FormSelectField } from '../../../components/form/form-select-field.tsx';
import { FormTextField } from '../../../components/form/form-text-field.tsx';
import { INTERVENTION_KIND_LABEL, REPORT_SECTION_LABEL } from '../../../lib/labels.ts';

type TValues = TSaveReportQuestionSetInput;

const KINDS = ZInterventionKind.options.map((kind) => ({
  value: kind,
  label: INTERVENTION_KIND_LABEL[kind],
}));
const SECTIONS = (['GOALS', 'CONDITIONS', 'QUALITY'] as const).map((section) => ({
  value: section,
  label: REPORT_SECTION_LABEL[section] ?? section,
}));

/**
 * One question of a year's set: its text, section, answer options (one input each; none = a
 * free-text question), the answers that require an explanation, and the kinds of intervention it
 * applies to and may answer "–". A new question also gets its key.
 */
export function QuestionFields({
  index,
  count,
  isNew,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  isNew: boolean;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { control, register, setValue, getFieldState, formState } = useFormContext<TValues>();
  const options = (useWatch({ control, name: `questions.${index}.options` }) ?? []) as string[];
  const label = useWatch({ control, name: `questions.${index}.label` }) as string;
  const optionsError = getFieldState(`questions.${index}.options`, formState).error;
  const number = index + 1;
  return (
    <Fieldset className="question-fields">
      <Fieldset.Legend>
        Fråga {number}
        {label ? `: ${label}` : ''}
      </Fieldset.Legend>
      {isNew ? (
        <FormTextField<TValues>
          name={`questions.${index}.key`}
          label="Nyckel"
          description="Ett kort namn utan mellanslag, t.ex. startOnTime. Ändras inte sedan."
        />
      ) : null}
      <FormTextField<TValues> name={`questions.${index}.label`} label="Frågetext" />
      <FormSelectField<TValues>
        name={`questions.${index}.section`}
        label="Avsnitt"
        options={SECTIONS}
      />
      <Fieldset>
        <Fieldset.Legend>Svarsalternativ</Fieldset.Legend>
        <Fieldset.Description>Inga alternativ: frågan besvaras med fritext.</Fieldset.Description>
        {options.map((_, at) => (
          <div key={at} className="question-option">
            <Textfield
              label={`Svarsalternativ ${at + 1}`}
              error={getFieldState(`questions.${index}.options.${at}`, formState).error?.message}
              {...register(`questions.${index}.options.${at}`)}
            />
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              aria-label={`Ta bort svarsalternativ ${at + 1} på fråga ${number}`}
              onClick={() =>
                setValue(
                  `questions.${index}.options`,
                  options.filter((__, other) => other !== at),
                  { shouldDirty: true },
                )
              }
            >
              Ta bort
            </Button>
          </div>
        ))}
        {optionsError?.message ? (
          <ValidationMessage>{optionsError.message}</ValidationMessage>
        ) : null}
        <div>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() =>
              setValue(`questions.${index}.options`, [...options, ''], { shouldDirty: true })
            }
          >
            Lägg till svarsalternativ på fråga {number}
          </Button>
        </div>
      </Fieldset>
      {options.filter((option) => option.trim() !== '').length > 0 ? (
        <FormCheckboxGroupField<TValues>
          name={`questions.${index}.textRequiredFor`}
          legend="Kräver en förklaring vid svaret"
          options={options
            .filter((option, at) => option.trim() !== '' && options.indexOf(option) === at)
            .map((option) => ({ value: option, label: option }))}
        />
      ) : null}
      <FormCheckboxGroupField<TValues>
        name={`questions.${index}.appliesTo`}
        legend="Gäller insatstyperna"
        description="Ingen vald: frågan gäller alla insatser."
        options={KINDS}
      />
      <FormCheckboxGroupField<TValues>
        name={`questions.${index}.notApplicableFor`}
        legend="Får svara – (ej tillämpligt)"
        options={KINDS}
      />
      <div className="question-actions">
        <Button
          type="button"
          variant="tertiary"
          data-size="sm"
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          Flytta upp fråga {number}
        </Button>
        <Button
          type="button"
          variant="tertiary"
          data-size="sm"
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          Flytta ned fråga {number}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onRemove}>
          Ta bort fråga {number}
        </Button>
      </div>
    </Fieldset>
  );
}
