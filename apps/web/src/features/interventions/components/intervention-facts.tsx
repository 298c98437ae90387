import type { ReactNode } from 'react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import {
  formatCount,
  formatDate,
  formatTsek,
  type TDashboardInterventionFacts,
} from '@finsam/domain';
import { AppLink } from '../../../components/link/app-link.tsx';
import {
  EXPECTED_PARTICIPANTS_LABEL,
  GOAL_LEVEL_LABEL,
  INTERVENTION_AIM_LABEL,
  INTERVENTION_KIND_LABEL,
  INTERVENTION_STATUS_LABEL,
} from '../../../lib/labels.ts';

/** Fakta om insatsen: owner, partners, period, kind, expected participants, grants and goals. */
export function InterventionFacts({
  facts,
  search,
}: {
  facts: TDashboardInterventionFacts;
  search: string;
}) {
  const rows: { term: string; detail: ReactNode }[] = [
    { term: 'Insatsägare', detail: facts.owner?.name ?? 'Förbundet (egen insats)' },
    {
      term: 'Samverkansparter',
      detail:
        facts.partners.length > 0
          ? facts.partners.map((partner) => partner.name).join(', ')
          : 'Inga angivna',
    },
    {
      term: 'Typ',
      detail: `${INTERVENTION_KIND_LABEL[facts.kind]}${facts.aim ? `, ${INTERVENTION_AIM_LABEL[facts.aim].toLowerCase()}` : ''}`,
    },
    { term: 'Status', detail: INTERVENTION_STATUS_LABEL[facts.status] },
    {
      term: 'Insatsperiod',
      detail: `${formatDate(facts.startDate)} – ${formatDate(facts.endDate)}`,
    },
  ];
  if (facts.lastIntakeDate)
    rows.push({ term: 'Sista intag', detail: formatDate(facts.lastIntakeDate) });
  if (facts.expectedParticipants.length > 0) {
    rows.push({
      term: 'Förväntat antal deltagare',
      detail: facts.expectedParticipants
        .map(
          (expected) =>
            `${formatCount(expected.count)} ${EXPECTED_PARTICIPANTS_LABEL[expected.kind]}${expected.note ? ` (${expected.note})` : ''}`,
        )
        .join('; '),
    });
  }
  if (facts.grants.length > 0) {
    rows.push({
      term: 'Beviljade medel',
      detail: facts.grants
        .map((grant) => `${grant.year}: ${formatTsek(grant.amountKronor)} TSEK`)
        .join(', '),
    });
  }
  if (facts.singleGenderTargetGroup) {
    rows.push({
      term: 'Målgrupp',
      detail: 'Vänder sig till ett kön; räknas inte in i förbundets könsfördelning.',
    });
  }
  if (facts.predecessor) {
    rows.push({
      term: 'Fortsättning på',
      detail:
        facts.predecessor.mayOpen === false ? (
          facts.predecessor.shortName
        ) : (
          <AppLink to={`/insatser/${facts.predecessor.key}${search}`}>
            {facts.predecessor.shortName}
          </AppLink>
        ),
    });
  }
  if (facts.successors.length > 0) {
    rows.push({
      term: 'Fortsätter i',
      detail: facts.successors.map((successor, index) => (
        <span key={successor.id}>
          {index > 0 ? ', ' : null}
          {successor.mayOpen === false ? (
            successor.shortName
          ) : (
            <AppLink to={`/insatser/${successor.key}${search}`}>{successor.shortName}</AppLink>
          )}
        </span>
      )),
    });
  }
  if (facts.aliases.length > 0)
    rows.push({ term: 'Även kallad', detail: facts.aliases.join(', ') });

  return (
    <div className="facts">
      <dl className="facts__list">
        {rows.map((row) => (
          <div key={row.term} className="facts__row">
            <dt>{row.term}</dt>
            <dd>{row.detail}</dd>
          </div>
        ))}
      </dl>
      <div className="facts__goals">
        <Heading level={3} data-size="xs">
          Mål enligt ansökan
        </Heading>
        {facts.goals.length === 0 ? (
          <Paragraph>Inga mål är registrerade för insatsen.</Paragraph>
        ) : (
          <ul className="goal-list">
            {facts.goals.map((goal, index) => (
              <li key={`${goal.level}-${index}`}>
                <span className="goal-list__level">{GOAL_LEVEL_LABEL[goal.level]}</span>
                <span>{goal.text}</span>
                {goal.target ? (
                  <span className="goal-list__target">Mätbart mål: {goal.target}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
