import {
  Field,
  FieldDescription,
  Label,
  Textarea,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useFormContext, type FieldValues, type Path } from 'react-hook-form';

/** A multi-line text input inside `<Form>` with its error under it. */
export function RegisterTextareaField<TValues extends FieldValues>({
  name,
  label,
  description,
  rows = 3,
}: {
  name: Path<TValues>;
  label: string;
  description?: string;
  rows?: number;
}) {
  const { register, getFieldState, formState } = useFormContext<TValues>();
  const { error } = getFieldState(name, formState);
  return (
    <Field>
      <Label>{label}</Label>
      {description ? <FieldDescription>{description}</FieldDescription> : null}
      <Textarea rows={rows} aria-invalid={error ? true : undefined} {...register(name)} />
      {error?.message ? <ValidationMessage>{error.message}</ValidationMessage> : null}
    </Field>
  );
}
