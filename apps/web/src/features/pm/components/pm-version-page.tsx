import { useParams } from 'react-router';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { formatDateTime } from '@finsam/domain';
import { AppLink } from '../../../components/link/app-link.tsx';
import { QueryState } from '../../../components/query/query-state.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { usePmList } from '../api/get-pm-list.ts';
import { usePmVersion } from '../api/get-pm-version.ts';
import { PmDocument } from './pm-document.tsx';
import { PmDownloads } from './pm-downloads.tsx';
import { halfYearLabel, isHalfYear } from './pm-periods.ts';
import { pmVersionPath } from './pm-publication-list.tsx';

/** A published PM (`/pm/2024H1/version/2`), read-only as it was frozen, with its files. */
export function PmVersionPage() {
  const params = useParams();
  const period = params.period ?? '';
  const version = Number(params.version);
  const valid = isHalfYear(period) && Number.isInteger(version) && version > 0;
  usePageTitle(valid ? `PM ${halfYearLabel(period)}, version ${version}` : 'PM');
  const publication = usePmVersion(period, valid ? version : 0);
  const list = usePmList();
  const newer = (list.data?.publications ?? []).find(
    (each) => each.period === period && each.version > version,
  );

  if (!valid)
    return (
      <Alert data-color="warning">
        Adressen pekar inte på ett publicerat PM. <AppLink to="/pm">Till alla PM</AppLink>
      </Alert>
    );
  return (
    <div className="pm-page">
      <Paragraph className="pm-no-print">
        <AppLink to="/pm">Alla PM</AppLink>
      </Paragraph>
      <QueryState query={publication} what={`PM för ${halfYearLabel(period)}, version ${version}`}>
        {(data) => (
          <>
            <div className="pm-toolbar pm-no-print">
              <Button variant="secondary" onClick={() => window.print()}>
                Skriv ut
              </Button>
              <PmDownloads period={period} version={version} />
            </div>
            <Paragraph data-size="sm" className="pm-version-meta">
              Publicerad version {data.version}, {formatDateTime(data.publishedAt)}, av{' '}
              {data.publishedBy}.
            </Paragraph>
            {newer ? (
              <Alert data-color="info" className="pm-no-print">
                Det finns en nyare version av det här PM:et:{' '}
                <AppLink to={pmVersionPath(period, newer.version)}>version {newer.version}</AppLink>
                .
              </Alert>
            ) : null}
            <PmDocument document={data.document} titleLevel={1} />
          </>
        )}
      </QueryState>
    </div>
  );
}
