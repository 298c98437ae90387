import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatPeriod, type TDashboardPeriod } from '@finsam/domain';
import { AppLink } from '../link/app-link.tsx';

/** "kvartal 2 2024" for '2024Q2' (lower case, inside a sentence). */
function quarterText(period: string): string {
  const text = formatPeriod(period);
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * What the page's figures cover, said before them (DOMAIN.md §4): a period with nothing recorded
 * says so plainly and offers the nearest period with data; a period whose last quarters have no
 * data yet says "data t.o.m. kvartal N" (its figures are year to date with what is recorded). A
 * complete period says nothing.
 */
export function PeriodCoverageNotice({ period }: { period: TDashboardPeriod }) {
  const label = formatPeriod(period.period);
  if (!period.hasData) {
    return (
      <Alert data-color="info" className="period-coverage">
        <Heading level={2} data-size="xs">
          Inga uppgifter för {label}
        </Heading>
        <Paragraph>
          Inget utfall och inga deltagaruppgifter är registrerade för perioden.
          {period.nearestPeriodWithData ? (
            <>
              {' '}
              Närmaste period med uppgifter:{' '}
              <AppLink to={`?period=${encodeURIComponent(period.nearestPeriodWithData)}`}>
                {formatPeriod(period.nearestPeriodWithData)}
              </AppLink>
              .
            </>
          ) : null}
        </Paragraph>
      </Alert>
    );
  }
  if (!period.complete && period.dataThroughPeriod) {
    return (
      <Alert data-color="info" className="period-coverage">
        <Paragraph>
          {label}: data t.o.m. {quarterText(period.dataThroughPeriod)}. Siffrorna gäller från årets
          början till och med det som är registrerat; senare kvartal räknas inte som 0.
        </Paragraph>
      </Alert>
    );
  }
  return null;
}
