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
  { error: unknown; resetKey: string }
> {
  override state = { error: null as unknown, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  /** Another address: its page gets its chance. */
  static getDerivedStateFromProps(props: { resetKey: string }, state: { resetKey: string }) {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown) {
    // For developers; the reader sees the Swedish page.
    console.warn('Sidan kunde inte visas', error);
  }

  override render() {
    return this.state.error === null ? this.props.children : <RouteErrorPage />;
  }
}

/**
 * Shown instead of a page that failed while rendering (sidfel): a calm Swedish message and what to
 * do, never a stack trace. The boundary gives the error to the console, for developers.
 */
export function RouteErrorPage() {
  usePageTitle('Något gick fel');
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
