import { useEffect, useRef } from 'react';
import { Alert, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ZLoginInput, type TLoginInput } from '@finsam/domain';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Form } from '../../../components/form/form.tsx';
import { FormTextField } from '../../../components/form/form-text-field.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { homePathFor } from '../../../lib/home-path.ts';
import { useCurrentSession } from '../../../lib/queries/auth/get-me.ts';
import { useSessionEnded } from '../api/session-ended.ts';
import { useLogin } from '../api/login.ts';

/** Only addresses inside the app are followed after login (no open redirect). */
function safeTarget(target: string | null): string | null {
  return target && target.startsWith('/') && !target.startsWith('//') ? target : null;
}

/**
 * Inloggning: e-mail and password validated with the shared ZLoginInput; a 400 puts the API's
 * field messages on the inputs, a 401 or 429 shows its message in an alert that takes focus.
 */
export function LoginPage() {
  usePageTitle('Logga in');
  const me = useCurrentSession();
  const sessionEnded = useSessionEnded();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const target = safeTarget(params.get('till'));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut === true;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  if (me.data && !me.isChecking && !login.isPending) {
    return <Navigate to={target ?? homePathFor(me.data.user.role)} replace />;
  }

  const submit = async (values: TLoginInput) => {
    const session = await login.mutateAsync(values);
    navigate(target ?? homePathFor(session.user.role), { replace: true });
  };

  return (
    <main id="main" className="login-page">
      <Card className="login-page__card">
        <Card.Block>
          <Paragraph data-size="sm" className="login-page__product">
            Finsam Uppföljning
          </Paragraph>
          <Heading level={1} data-size="md" ref={headingRef} tabIndex={-1}>
            Logga in
          </Heading>
          <Paragraph>Uppföljning av insatser som finansieras av samordningsförbundet.</Paragraph>
          {loggedOut ? (
            <Alert data-color="success" role="status">
              <Paragraph>Du är utloggad.</Paragraph>
            </Alert>
          ) : null}
          {sessionEnded && !loggedOut ? (
            <Alert data-color="warning" role="status">
              <Paragraph>
                Din session har gått ut. Logga in igen
                {target ? ' så kommer du tillbaka till sidan du var på.' : '.'}
              </Paragraph>
            </Alert>
          ) : target ? (
            <Paragraph data-size="sm">
              Logga in för att fortsätta till sidan du ville öppna.
            </Paragraph>
          ) : null}
          <Form
            schema={ZLoginInput}
            defaultValues={{ email: '', password: '' }}
            onSubmit={submit}
            submitLabel="Logga in"
            pendingLabel="Loggar in …"
            aria-label="Inloggning"
          >
            <FormTextField<TLoginInput>
              name="email"
              label="E-postadress"
              type="email"
              autoComplete="username"
            />
            <FormTextField<TLoginInput>
              name="password"
              label="Lösenord"
              type="password"
              autoComplete="current-password"
            />
          </Form>
        </Card.Block>
      </Card>
    </main>
  );
}
