import {
  Field,
  Fieldset,
  Label,
  Radio,
  Textarea,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import {
  NOT_APPLICABLE_ANSWER,
  type TReportFormValues,
  type TReportQuestion,
} from '@finsam/domain';
import { useController, useFormContext } from 'react-hook-form';

/** The id of an answer's first input, for the error summary's links. */
export const answerFieldId = (key: string, part: 'value' | 'text') => `answer-${key}-${part}`;

function optionLabel(option: string) {
  return option === NOT_APPLICABLE_ANSWER || option === '-' ? `${option} (ej tillämpligt)` : option;
}

/**
 * One question of the kvartalsrapport: its options as radio buttons (a free-text question as a
 * text area) and the explanation beside it, marked as required for the answers that need one.
 * Messages from the shared rules (checkReportAnswers) show under the part they concern.
 */
export function AnswerField({ question }: { question: TReportQuestion }) {
  const { control, register, getFieldState, formState, watch } =
    useFormContext<TReportFormValues>();
  const valueName = `answers.${question.key}.value` as const;
  const textName = `answers.${question.key}.text` as const;
  const { field } = useController({ name: valueName, control });
  const valueError = getFieldState(valueName, formState).error?.message;
  const textError = getFieldState(textName, formState).error?.message;
  const value = watch(valueName);
  const needsText = question.textRequiredFor.includes(value);
  const valueErrorId = `${answerFieldId(question.key, 'value')}-error`;

  if (question.options.length === 0) {
    return (
      <Field>
        <Label htmlFor={answerFieldId(question.key, 'value')}>{question.label}</Label>
        <Textarea
          id={answerFieldId(question.key, 'value')}
          rows={3}
          aria-invalid={valueError ? true : undefined}
          aria-describedby={valueError ? valueErrorId : undefined}
          {...register(valueName)}
        />
        {valueError ? <ValidationMessage id={valueErrorId}>{valueError}</ValidationMessage> : null}
      </Field>
    );
  }
  return (
    <div className="answer-field">
      <Fieldset aria-describedby={valueError ? valueErrorId : undefined}>
        <Fieldset.Legend>{question.label}</Fieldset.Legend>
        <div className="answer-options">
          {question.options.map((option, index) => (
            <Radio
              key={option}
              id={index === 0 ? answerFieldId(question.key, 'value') : undefined}
              label={optionLabel(option)}
              value={option}
              name={field.name}
              checked={field.value === option}
              onChange={() => field.onChange(option)}
              onBlur={field.onBlur}
              aria-invalid={valueError ? true : undefined}
              ref={index === 0 ? field.ref : undefined}
            />
          ))}
        </div>
        {valueError ? <ValidationMessage id={valueErrorId}>{valueError}</ValidationMessage> : null}
      </Fieldset>
      <Field>
        <Label htmlFor={answerFieldId(question.key, 'text')}>
          {needsText ? `Förklaring (krävs för svaret ”${value}”)` : 'Kommentar (frivillig)'}
        </Label>
        <Textarea
          id={answerFieldId(question.key, 'text')}
          rows={2}
          aria-invalid={textError ? true : undefined}
          aria-describedby={textError ? `${answerFieldId(question.key, 'text')}-error` : undefined}
          {...register(textName)}
        />
        {textError ? (
          <ValidationMessage id={`${answerFieldId(question.key, 'text')}-error`}>
            {textError}
          </ValidationMessage>
        ) : null}
      </Field>
    </div>
  );
}

/** A free text of the report itself (summary, slutresultat, lärdomar). */
export function ReportTextField({
  name,
  label,
  description,
}: {
  name: 'comment' | 'finalResults' | 'lessonsLearned';
  label: string;
  description?: string;
}) {
  const { register, getFieldState, formState } = useFormContext<TReportFormValues>();
  const error = getFieldState(name, formState).error?.message;
  const id = `report-${name}`;
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description>{description}</Field.Description> : null}
      <Textarea
        id={id}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...register(name)}
      />
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
    </Field>
  );
}
