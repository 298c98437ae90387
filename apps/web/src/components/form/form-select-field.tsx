import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useFormContext, type FieldValues, type Path } from 'react-hook-form';

export interface TFormSelectFieldProps<TValues extends FieldValues> {
  name: Path<TValues>;
  label: string;
  options: { value: string; label: string }[];
}

/** A select inside `<Form>`: registered with react-hook-form, its error shown under it. */
export function FormSelectField<TValues extends FieldValues>({
  name,
  label,
  options,
}: TFormSelectFieldProps<TValues>) {
  const { register, getFieldState, formState } = useFormContext<TValues>();
  const { error } = getFieldState(name, formState);
  return (
    <Field>
      <Label>{label}</Label>
      <Select width="auto" aria-invalid={error ? true : undefined} {...register(name)}>
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
      {error?.message ? <ValidationMessage>{error.message}</ValidationMessage> : null}
    </Field>
  );
}
