import { useState } from 'react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TDeviation } from '@finsam/domain';
import { AppLink } from '../../../components/link/app-link.tsx';
import { QueryState } from '../../../components/query/query-state.tsx';
import { PageHeader } from '../../../components/dashboards/page-header.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { useReviewQueue } from '../api/get-review-queue.ts';
import { DecidedDeviation, OpenDeviation } from './deviation-review.tsx';
import { OverdueReports } from './overdue-reports.tsx';
import { SubmittedReports } from './submitted-reports.tsx';
import '../review.css';

/**
 * Granskning (the office): what waits — submitted kvartalsrapporter to approve (one or several)
 * or return with a comment, reports that are overdue, and open deviations to decide with a
 * preview of their effect. A deviation decided here stays on the page with what it changed.
 */
export function ReviewQueuePage() {
  usePageTitle('Granskning');
  const queue = useReviewQueue();
  const [decided, setDecided] = useState<TDeviation[]>([]);
  return (
    <>
      <PageHeader
        title="Granskning"
        lead={
          <>
            Inskickade kvartalsrapporter, försenade rapporter och avvikelser som väntar på beslut.
            Alla rapporter per status finns under{' '}
            <AppLink to="/granska-rapporter">Granska rapporter</AppLink>; årets frågor under{' '}
            <AppLink to="/rapportfragor">Kvartalsrapportens frågor</AppLink>.
          </>
        }
      />
      <QueryState query={queue} what="granskningskön">
        {(data) => (
          <>
            <SubmittedReports lines={data.submitted} />
            <section aria-labelledby="deviations-heading" className="review-section">
              <Heading level={2} data-size="sm" id="deviations-heading">
                Avvikelser att besluta ({data.deviations.length})
              </Heading>
              {data.deviations.length === 0 ? (
                <Paragraph>Inga avvikelser väntar på beslut.</Paragraph>
              ) : (
                data.deviations.map((line) => (
                  <OpenDeviation
                    key={line.deviation.id}
                    line={line}
                    onDecided={(deviation) => setDecided((list) => [deviation, ...list])}
                  />
                ))
              )}
            </section>
            {decided.length > 0 ? (
              <section aria-labelledby="decided-heading" className="review-section">
                <Heading level={2} data-size="sm" id="decided-heading">
                  Beslutade nyss
                </Heading>
                <div role="status">
                  {decided.map((deviation) => (
                    <DecidedDeviation key={deviation.id} deviation={deviation} />
                  ))}
                </div>
              </section>
            ) : null}
            <OverdueReports lines={data.overdue} fromYear={Number(data.today.slice(0, 4)) - 1} />
          </>
        )}
      </QueryState>
    </>
  );
}
