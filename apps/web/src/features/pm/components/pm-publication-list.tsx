import { Paragraph } from '@digdir/designsystemet-react';
import { formatDateTime, type TPmPublicationSummary } from '@finsam/domain';
import { AppLink } from '../../../components/link/app-link.tsx';
import { PmDownloads } from './pm-downloads.tsx';

export function pmVersionPath(period: string, version: number): string {
  return `/pm/${encodeURIComponent(period)}/version/${version}`;
}

/**
 * Published PMs (publicerade versioner) as a list, in the order given (the API's: newest period
 * first, newest version first): each links to its frozen version, says when and by whom, and
 * offers its files.
 */
export function PmPublicationList({
  publications,
  withTitle,
}: {
  publications: TPmPublicationSummary[];
  /** Name the half-year of each (the list of all PMs); off under one half-year's page. */
  withTitle: boolean;
}) {
  return (
    <ul className="pm-publications">
      {publications.map((publication) => {
        const name = withTitle
          ? `${publication.subtitle}, version ${publication.version}`
          : `Version ${publication.version}`;
        return (
          <li key={publication.id} className="pm-publications__item">
            <AppLink to={pmVersionPath(publication.period, publication.version)}>{name}</AppLink>
            <Paragraph data-size="sm">
              Publicerad {formatDateTime(publication.publishedAt)} av {publication.publishedBy}
            </Paragraph>
            <PmDownloads
              period={publication.period}
              version={publication.version}
              context={`${publication.subtitle}, version ${publication.version}`}
            />
          </li>
        );
      })}
    </ul>
  );
}
