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
import { LOGIN_TEXTS, safeTarget } from '../login-texts.ts';

/**
 * Inloggning inside the app (after a logout or an expired session; the first visit gets the boot
 * entry's plain-DOM form with the same texts, `boot/login-form.ts`): e-mail and password validated with the shared ZLoginInput; a 400 puts the API's
 * field messages on the inputs, a 401 or 429 shows its message in an alert that takes focus.
 */
export function LoginPage() {
  usePageTitle(LOGIN_TEXTS.title);
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
            {LOGIN_TEXTS.product}
          </Paragraph>
          <Heading level={1} data-size="md" ref={headingRef} tabIndex={-1}>
            {LOGIN_TEXTS.heading}
          </Heading>
          <Paragraph>{LOGIN_TEXTS.intro}</Paragraph>
          {loggedOut ? (
            <Alert data-color="success" role="status">
              <Paragraph>{LOGIN_TEXTS.loggedOut}</Paragraph>
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
            <Paragraph data-size="sm">{LOGIN_TEXTS.continueTo}</Paragraph>
          ) : null}
          <Form
            schema={ZLoginInput}
            defaultValues={{ email: '', password: '' }}
            onSubmit={submit}
            submitLabel={LOGIN_TEXTS.submit}
            pendingLabel={LOGIN_TEXTS.pending}
            aria-label={LOGIN_TEXTS.formLabel}
          >
            <FormTextField<TLoginInput>
              name="email"
              label={LOGIN_TEXTS.email}
              type="email"
              autoComplete="username"
            />
            <FormTextField<TLoginInput>
              name="password"
              label={LOGIN_TEXTS.password}
              type="password"
              autoComplete="current-password"
            />
          </Form>
        </Card.Block>
      </Card>
    </main>
  );
}
