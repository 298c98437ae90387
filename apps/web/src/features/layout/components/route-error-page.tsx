import { Component, type ReactNode } from 'react';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useLocation } from 'react-router';
import { usePageTitle } from '../../../components/page/use-page-title.ts';

/**
 * Shows `RouteErrorPage` instead of its children when they fail while rendering (a page's chunk
 * that cannot be loaded included), until the reader goes to another address.
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <ErrorBoundary resetKey={pathname}>{children}</ErrorBoundary>;
}

class ErrorBoundary extends Component<
  { resetKey: string; children: ReactNode },
  { error: unknown; failedAt: string | null }
> {
  override state = { error: null as unknown, failedAt: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(
    props: { resetKey: string },
    state: { error: unknown; failedAt: string | null },
  ) {
    if (state.error === null) return null;
    if (state.failedAt === null) return { failedAt: props.resetKey };
    return state.failedAt === props.resetKey ? null : { error: null, failedAt: null };
  }

  override render() {
    return this.state.error === null ? (
      this.props.children
    ) : (
      <RouteErrorPage error={this.state.error} />
    );
  }
}

/**
 * Shown instead of a page that failed while rendering (sidfel): a calm Swedish message and what to
 * do, never a stack trace. The error goes to the console for developers.
 */
export function RouteErrorPage({ error }: { error: unknown }) {
  usePageTitle('Något gick fel');
  console.warn('Sidan kunde inte visas', error);
  return (
    <main id="main" className="app-main">
      <Alert data-color="danger" role="alert">
        <Heading level={1} data-size="sm">
          Sidan kunde inte visas
        </Heading>
        <Paragraph>
          Något gick fel när sidan skulle visas. Ladda om sidan; hjälper det inte, gå till{' '}
          <a href="/">startsidan</a> eller kontakta kansliet.
        </Paragraph>
      </Alert>
    </main>
  );
}
