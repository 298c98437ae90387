import { Heading } from '@digdir/designsystemet-react';
import { ZUserCreateInput, type TUser, type TUserCreateInput } from '@finsam/domain';
import { Form } from '../../../components/form/form.tsx';
import { FormSelectField } from '../../../components/form/form-select-field.tsx';
import { FormTextField } from '../../../components/form/form-text-field.tsx';
import { useCreateUser } from '../api/create-user.ts';
import { LeadInterventionsField } from './lead-interventions-field.tsx';
import { ROLE_OPTIONS } from './role-options.ts';

/**
 * Nytt konto: e-post, namn, roll and a first password, checked with the shared ZUserCreateInput;
 * the API's field messages (a taken e-mail, an unknown intervention) come back on their inputs. An
 * insatsansvarig is given its interventions (insatser) with checkboxes.
 */
export function UserCreateForm({ onCreated }: { onCreated: (user: TUser) => void }) {
  const createUser = useCreateUser();
  return (
    <section aria-labelledby="user-create-heading" className="users-page__section">
      <Heading level={2} data-size="sm" id="user-create-heading">
        Skapa konto
      </Heading>
      <Form
        schema={ZUserCreateInput}
        defaultValues={{ email: '', name: '', role: 'BOARD', password: '', interventionIds: [] }}
        onSubmit={async (values: TUserCreateInput) => {
          const user = await createUser.mutateAsync(values);
          onCreated(user);
        }}
        submitLabel="Skapa konto"
        pendingLabel="Skapar konto …"
        aria-labelledby="user-create-heading"
      >
        <>
          <FormTextField<TUserCreateInput> name="name" label="Namn" autoComplete="off" />
          <FormTextField<TUserCreateInput>
            name="email"
            label="E-postadress"
            type="email"
            autoComplete="off"
          />
          <FormSelectField<TUserCreateInput> name="role" label="Roll" options={ROLE_OPTIONS} />
          <FormTextField<TUserCreateInput>
            name="password"
            label="Lösenord"
            description="Minst 12 tecken. Ge lösenordet till personen på ett säkert sätt."
            type="password"
            autoComplete="new-password"
          />
          <LeadInterventionsField />
        </>
      </Form>
    </section>
  );
}
