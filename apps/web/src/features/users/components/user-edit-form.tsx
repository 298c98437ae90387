import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { ZUserUpdateInput, type TUser, type TUserUpdateInput } from '@finsam/domain';
import { Form } from '../../../components/form/form.tsx';
import { FormCheckboxField } from '../../../components/form/form-checkbox-field.tsx';
import { FormSelectField } from '../../../components/form/form-select-field.tsx';
import { FormTextField } from '../../../components/form/form-text-field.tsx';
import { isApiError } from '../../../lib/api-error.ts';
import { ROLE_LABEL } from '../../../lib/labels.ts';
import { useUpdateUser } from '../api/update-user.ts';
import { LeadInterventionsField } from './lead-interventions-field.tsx';
import { ROLE_OPTIONS } from './role-options.ts';

export interface TUserEditFormProps {
  user: TUser;
  onSaved: (user: TUser) => void;
  onCancel: () => void;
  /** Fetches the list again; resolves with the account as saved now (undefined if it is gone). */
  onReload: () => Promise<TUser | undefined>;
}

/**
 * Ändra konto: namn, roll, aktiv, an insatsansvarig's interventions and an optional new password,
 * checked with the shared ZUserUpdateInput and sent with the version the form was opened on. A 409 (someone saved the
 * account in between) keeps everything typed and offers "Ladda om": the latest saved values are
 * shown and the next save is based on them.
 */
export function UserEditForm({ user, onSaved, onCancel, onReload }: TUserEditFormProps) {
  const updateUser = useUpdateUser();
  const [baseVersion, setBaseVersion] = useState(user.version);
  const [conflict, setConflict] = useState(false);
  const [reloaded, setReloaded] = useState<TUser | null>(null);
  const [reloading, setReloading] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const headingId = `user-edit-heading-${user.id}`;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  const submit = async (values: TUserUpdateInput) => {
    setReloaded(null);
    try {
      const saved = await updateUser.mutateAsync({
        id: user.id,
        input: { ...values, version: baseVersion },
      });
      onSaved(saved);
    } catch (error) {
      // Someone else saved first: keep the form as typed and let the admin decide.
      if (isApiError(error) && error.status === 409) {
        setConflict(true);
        return;
      }
      throw error;
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      const latest = await onReload();
      if (latest) {
        setBaseVersion(latest.version);
        setReloaded(latest);
      }
      setConflict(false);
    } finally {
      setReloading(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className="users-page__section users-page__edit">
      <Heading level={2} data-size="sm" id={headingId} ref={headingRef} tabIndex={-1}>
        Ändra konto: {user.name}
      </Heading>
      <Paragraph data-size="sm">E-postadress: {user.email}</Paragraph>
      {conflict ? (
        <Alert data-color="warning" role="alert" ref={conflictRef} tabIndex={-1}>
          <Heading level={3} data-size="xs">
            Kontot har ändrats av någon annan
          </Heading>
          <Paragraph>
            Någon annan sparade kontot efter att du öppnade det, så dina ändringar sparades inte. De
            finns kvar i formuläret. Ladda om för att se de senaste uppgifterna och spara sedan
            igen.
          </Paragraph>
          <Button
            variant="secondary"
            data-size="sm"
            loading={reloading}
            aria-disabled={reloading}
            onClick={() => void reload()}
          >
            Ladda om
          </Button>
        </Alert>
      ) : null}
      {reloaded ? (
        <Alert data-color="info" role="status">
          <Paragraph>
            Senast sparat: {reloaded.name}, {ROLE_LABEL[reloaded.role]},{' '}
            {reloaded.active ? 'aktivt' : 'inaktivt'}. Dina ändringar finns kvar i formuläret; spara
            för att skriva över.
          </Paragraph>
        </Alert>
      ) : null}
      <Form
        schema={ZUserUpdateInput}
        defaultValues={{
          version: user.version,
          name: user.name,
          role: user.role,
          active: user.active,
          interventionIds: user.interventionIds,
          password: undefined,
        }}
        onSubmit={submit}
        submitLabel="Spara ändringar"
        pendingLabel="Sparar …"
        aria-labelledby={headingId}
      >
        {(form) => {
          const passwordError = form.getFieldState('password', form.formState).error;
          return (
            <>
              <FormTextField<TUserUpdateInput> name="name" label="Namn" autoComplete="off" />
              <FormSelectField<TUserUpdateInput> name="role" label="Roll" options={ROLE_OPTIONS} />
              <FormCheckboxField<TUserUpdateInput>
                name="active"
                label="Aktivt konto"
                description="Ett inaktivt konto kan inte logga in; pågående inloggningar avslutas."
              />
              <Textfield
                label="Nytt lösenord (valfritt)"
                description="Lämna tomt för att behålla lösenordet. Minst 12 tecken."
                type="password"
                autoComplete="new-password"
                error={passwordError?.message}
                {...form.register('password', {
                  setValueAs: (value: unknown) => (value === '' ? undefined : value),
                })}
              />
              <LeadInterventionsField />
            </>
          );
        }}
      </Form>
      <div>
        <Button variant="tertiary" onClick={onCancel}>
          Avbryt
        </Button>
      </div>
    </section>
  );
}
