import { Checkbox } from '@digdir/designsystemet-react';
import { useFormContext, type FieldValues, type Path } from 'react-hook-form';

export interface TFormCheckboxFieldProps<TValues extends FieldValues> {
  name: Path<TValues>;
  label: string;
  description?: string;
}

/** A yes/no checkbox inside `<Form>`: registered with react-hook-form, its error shown under it. */
export function FormCheckboxField<TValues extends FieldValues>({
  name,
  label,
  description,
}: TFormCheckboxFieldProps<TValues>) {
  const { register, getFieldState, formState } = useFormContext<TValues>();
  const { error } = getFieldState(name, formState);
  return (
    <Checkbox label={label} description={description} error={error?.message} {...register(name)} />
  );
}
