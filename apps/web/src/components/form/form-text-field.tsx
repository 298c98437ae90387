import { Textfield } from '@digdir/designsystemet-react';
import { useFormContext, type FieldValues, type Path } from 'react-hook-form';

export interface TFormTextFieldProps<TValues extends FieldValues> {
  name: Path<TValues>;
  label: string;
  description?: string;
  type?: 'text' | 'email' | 'password' | 'number';
  autoComplete?: string;
}

/** A text input inside `<Form>`: registered with react-hook-form, its error shown under it. */
export function FormTextField<TValues extends FieldValues>({
  name,
  label,
  description,
  type = 'text',
  autoComplete,
}: TFormTextFieldProps<TValues>) {
  const { register, getFieldState, formState } = useFormContext<TValues>();
  const { error } = getFieldState(name, formState);
  return (
    <Textfield
      label={label}
      description={description}
      type={type}
      autoComplete={autoComplete}
      error={error?.message}
      {...register(name)}
    />
  );
}
