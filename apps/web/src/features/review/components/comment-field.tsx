import { Textfield } from '@digdir/designsystemet-react';
import { useFormContext, type FieldValues, type Path } from 'react-hook-form';

export interface TCommentFieldProps<TValues extends FieldValues> {
  name: Path<TValues>;
  label: string;
  description?: string;
}

/** A multi-line text inside `<Form>` (a comment, a reason): its error shown under it. */
export function CommentField<TValues extends FieldValues>({
  name,
  label,
  description,
}: TCommentFieldProps<TValues>) {
  const { register, getFieldState, formState } = useFormContext<TValues>();
  const { error } = getFieldState(name, formState);
  // Not revalidated on blur: the blur that a click on the submit button causes would remove the
  // message above the button, the button would move up under the pointer, and the click would be
  // lost (seen in Chromium). The message goes when the form is submitted again.
  const { onBlur: _revalidate, ...field } = register(name);
  return (
    <Textfield
      multiline
      rows={3}
      label={label}
      description={description}
      error={error?.message}
      {...field}
    />
  );
}
