import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatCount } from '@finsam/domain';
import { QueryState } from '../../../components/query/query-state.tsx';
import { MEMBER_KIND_LABEL } from '../../../lib/labels.ts';
import { PageHeader } from '../../../components/dashboards/page-header.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { usePeriodParam } from '../../../components/period/use-period-param.ts';
import { useMunicipalities } from '../api/get-municipalities.ts';
import { AppLink } from '../../../components/link/app-link.tsx';

/** Kommuner: the förbund's members, each linking to its page (the chosen period goes along). */
export function MunicipalityListPage() {
  usePageTitle('Kommuner');
  const query = useMunicipalities();
  const { period } = usePeriodParam();
  const search = period ? `?period=${encodeURIComponent(period)}` : '';

  return (
    <>
      <PageHeader
        title="Kommuner"
        lead="Välj en kommun för att se dess insatser, pengar, deltagare och resultat över tid."
      />
      <QueryState query={query} what="kommunerna" isEmpty={(data) => data.members.length === 0}>
        {(data) => {
          const municipalities = data.members.filter((member) => member.kind === 'MUNICIPALITY');
          const others = data.members.filter((member) => member.kind !== 'MUNICIPALITY');
          return (
            <>
              <ul className="card-grid" aria-label="Kommuner">
                {municipalities.map((member) => (
                  <li key={member.id}>
                    <Card data-color="neutral" className="link-card">
                      <Card.Block>
                        <Heading level={2} data-size="xs">
                          <AppLink to={`/kommuner/${member.key}${search}`}>{member.name}</AppLink>
                        </Heading>
                        <Paragraph data-size="sm">
                          {interventionCountText(member.interventionCount)}
                        </Paragraph>
                      </Card.Block>
                    </Card>
                  </li>
                ))}
              </ul>
              {others.length > 0 ? (
                <>
                  <Heading level={2} data-size="sm" className="section-gap">
                    Övriga medlemmar
                  </Heading>
                  <ul className="card-grid" aria-label="Övriga medlemmar">
                    {others.map((member) => (
                      <li key={member.id}>
                        <Card data-color="neutral" className="link-card">
                          <Card.Block>
                            <Heading level={3} data-size="xs">
                              <AppLink to={`/kommuner/${member.key}${search}`}>
                                {member.name}
                              </AppLink>
                            </Heading>
                            <Paragraph data-size="sm">
                              {MEMBER_KIND_LABEL[member.kind]} ·{' '}
                              {interventionCountText(member.interventionCount)}
                            </Paragraph>
                          </Card.Block>
                        </Card>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </>
  );
}

function interventionCountText(count: number): string {
  if (count === 0) return 'Äger inga insatser';
  return count === 1 ? 'Äger 1 insats' : `Äger ${formatCount(count)} insatser`;
}
