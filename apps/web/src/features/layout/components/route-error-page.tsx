import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRouteError } from 'react-router';
import { usePageTitle } from '../../../components/page/use-page-title.ts';

/**
 * Shown instead of a page that failed while rendering (sidfel): a calm Swedish message and what to
 * do, never a stack trace. The error goes to the console for developers.
 */
export function RouteErrorPage() {
  usePageTitle('Något gick fel');
  const error = useRouteError();
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
