import { useId, type ReactNode } from 'react';
import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import {
  useController,
  useFormContext,
  type FieldError,
  type FieldValues,
  type Path,
} from 'react-hook-form';

export interface TCheckboxGroupOption {
  value: string;
  label: ReactNode;
  description?: ReactNode;
}

export interface TFormCheckboxGroupFieldProps<TValues extends FieldValues> {
  /** A field holding a list of strings, e.g. `interventionIds`. */
  name: Path<TValues>;
  legend: string;
  description?: ReactNode;
  options: TCheckboxGroupOption[];
}

/** The field's own message or, for an API message on one item ("interventionIds.0"), that one. */
function messageOf(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const own = (error as FieldError).message;
  if (own) return own;
  for (const item of Object.values(error)) {
    const message = (item as FieldError | undefined)?.message;
    if (typeof message === 'string' && message) return message;
  }
  return undefined;
}

/**
 * A list of checkboxes inside `<Form>` bound to one array field: a Designsystemet fieldset with
 * legend and description, one checkbox per option, and the field's error (also an API message on
 * one of its items) shown on the fieldset.
 */
export function FormCheckboxGroupField<TValues extends FieldValues>({
  name,
  legend,
  description,
  options,
}: TFormCheckboxGroupFieldProps<TValues>) {
  const { control } = useFormContext<TValues>();
  const { field, fieldState } = useController<TValues>({ name, control });
  const selected: string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
  const error = messageOf(fieldState.error);
  const id = useId();
  const errorId = `${id}-error`;

  const toggle = (value: string, checked: boolean) => {
    field.onChange(
      checked ? [...selected, value] : selected.filter((candidate) => candidate !== value),
    );
  };

  return (
    // Designsystemet names the group by its legend and description; the message describes it.
    <Fieldset aria-describedby={error ? errorId : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
      {options.map((option, index) => (
        <Checkbox
          key={option.value}
          label={option.label}
          description={option.description}
          value={option.value}
          name={field.name}
          checked={selected.includes(option.value)}
          onChange={(event) => toggle(option.value, event.target.checked)}
          onBlur={field.onBlur}
          aria-invalid={error ? true : undefined}
          ref={index === 0 ? field.ref : undefined}
        />
      ))}
      {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}
