import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { QueryState } from '../../../components/query/query-state.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { usePmList } from '../api/get-pm-list.ts';
import { PmPublicationList } from './pm-publication-list.tsx';
import './pm.css';

/** The board's and the leads' PM page: every published PM, newest first, read-only. */
export function PmListPage() {
  usePageTitle('PM');
  const list = usePmList();
  return (
    <div className="pm-page">
      <Heading level={1} data-size="lg">
        PM
      </Heading>
      <Paragraph>
        Kansliets halvårsuppföljning av insatserna, som den publicerades för styrelsen. Ett
        publicerat PM ändras inte av senare ändringar i data; en ny publicering är en ny version.
      </Paragraph>
      <QueryState
        query={list}
        what="publicerade PM"
        isEmpty={(data) => data.publications.length === 0}
        empty={<Paragraph>Inga PM har publicerats ännu.</Paragraph>}
      >
        {(data) => <PmPublicationList publications={data.publications} withTitle />}
      </QueryState>
    </div>
  );
}
