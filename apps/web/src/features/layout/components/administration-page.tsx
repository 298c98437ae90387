import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { usePageTitle } from './use-page-title.ts';

/**
 * The admin's landing page. Admins manage users and roles, not follow-up data (DOMAIN.md §6), so
 * they see no dashboards; the user administration screens come with a later issue.
 */
export function AdministrationPage() {
  usePageTitle('Administration');
  return (
    <>
      <Heading level={1} data-size="lg">
        Administration
      </Heading>
      <Paragraph>
        Som administratör hanterar du användare och roller. Uppföljningens siffror visas för
        styrelse, kansli och insatsansvariga.
      </Paragraph>
      <Alert data-color="info">
        <Paragraph>
          Användaradministrationen i webben är inte byggd ännu. Till dess hanteras användare via
          API:t (/api/users).
        </Paragraph>
      </Alert>
    </>
  );
}
