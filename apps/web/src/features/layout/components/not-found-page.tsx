import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { AppLink } from '../../../components/link/app-link.tsx';

/** Sidan finns inte: an address the app does not know. */
export function NotFoundPage() {
  usePageTitle('Sidan finns inte');
  return (
    <>
      <Heading level={1} data-size="lg">
        Sidan finns inte
      </Heading>
      <Paragraph>
        Adressen leder inte till någon sida. Kontrollera adressen, eller gå till{' '}
        <AppLink to="/">startsidan</AppLink>.
      </Paragraph>
    </>
  );
}
