import { useEffect, useRef, type ReactNode } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import {
  FormProvider,
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod/mini';
import { isApiError, errorMessage } from '../../lib/api-error.ts';

type TFormSchema = z.ZodMiniType<FieldValues, FieldValues>;

export interface TFormProps<TSchema extends TFormSchema> {
  /** The shared domain schema: the same one the API validates the body with. */
  schema: TSchema;
  defaultValues: DefaultValues<z.input<TSchema>>;
  onSubmit: (values: z.output<TSchema>) => Promise<unknown> | unknown;
  submitLabel: string;
  /** Shown on the button while the request runs, e.g. "Loggar in …". */
  pendingLabel?: string;
  'aria-labelledby'?: string;
  /**
   * When a field is checked again after a failed submit; default on blur. A long form of radio
   * groups uses 'onChange': a message vanishing on blur moves the page under the pointer.
   */
  reValidateMode?: 'onBlur' | 'onChange';
  children:
    ReactNode | ((form: UseFormReturn<z.input<TSchema>, unknown, z.output<TSchema>>) => ReactNode);
}

/**
 * The one form wrapper (formulär) of the app: react-hook-form validated by the domain's zod
 * schema, and the API's answer put back where it belongs — each field message of a 400 on its
 * input, the general message in an alert that takes focus so a screen reader announces it.
 */
export function Form<TSchema extends TFormSchema>({
  schema,
  defaultValues,
  onSubmit,
  submitLabel,
  pendingLabel,
  reValidateMode = 'onBlur',
  children,
  ...rest
}: TFormProps<TSchema>) {
  const form = useForm<z.input<TSchema>, unknown, z.output<TSchema>>({
    resolver: zodResolver(schema as never) as never,
    defaultValues,
    mode: 'onSubmit',
    reValidateMode,
  });
  const alertRef = useRef<HTMLDivElement>(null);
  // Focus the alert once it is on screen (after the render the error caused), so a screen reader
  // reads the message; each failed attempt focuses it again.
  const focusAlert = useRef(false);
  const rootError = form.formState.errors.root?.server?.message;

  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      const fields = isApiError(error) ? error.fields : [];
      let first: Path<z.input<TSchema>> | undefined;
      for (const field of fields) {
        // The API names fields by request part ("body.email"); the form only knows "email".
        const name = field.path.replace(/^(body|query|params)\./, '') as Path<z.input<TSchema>>;
        first ??= name;
        form.setError(name, { type: 'server', message: field.message });
      }
      form.setError('root.server', { type: 'server', message: errorMessage(error) });
      // An error on one item of a list ("interventionIds.1") focuses the list's field.
      if (first) form.setFocus(first.replace(/(\.\d+)+$/, '') as typeof first);
      else focusAlert.current = true;
    }
  });

  const submitCount = form.formState.submitCount;
  useEffect(() => {
    if (focusAlert.current && rootError) {
      focusAlert.current = false;
      alertRef.current?.focus();
    }
  }, [rootError, submitCount, form.formState.isSubmitting]);

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={submit} className="app-form" {...rest}>
        {rootError ? (
          <Alert data-color="danger" ref={alertRef} tabIndex={-1} role="alert">
            <Paragraph>{rootError}</Paragraph>
          </Alert>
        ) : null}
        {typeof children === 'function' ? children(form) : children}
        <div>
          <Button
            type="submit"
            // A press keeps the focus where it is: the field would otherwise lose it, be checked
            // again (reValidateMode 'onBlur'), and its vanishing message would move this button
            // from under the pointer before the click. The submit checks every field anyway.
            onMouseDown={(event) => event.preventDefault()}
            loading={form.formState.isSubmitting}
            aria-disabled={form.formState.isSubmitting}
          >
            {form.formState.isSubmitting ? (pendingLabel ?? submitLabel) : submitLabel}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
