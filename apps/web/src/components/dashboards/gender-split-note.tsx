import { Paragraph } from '@digdir/designsystemet-react';
import { formatCount, formatPercent, type TDashboardParticipants } from '@finsam/domain';

/**
 * The text under Tabell 6, as the PM writes it: how many took part, the gender split of those
 * registered with and without single-gender interventions (2024 H1: 47 % / 53 % without Kvinna
 * Hälsa Arbete), and the papers' unweighted mean beside the weighted share.
 */
export function GenderSplitNote({ participants }: { participants: TDashboardParticipants }) {
  const {
    distribution,
    distributionExcludingSingleGender,
    registeredExcludingSingleGender,
    excludedSingleGender,
  } = participants;
  if (participants.rows.length === 0) return null;
  const means = [
    participants.unweightedMeanShareToWorkOrStudies === null
      ? null
      : `andelen till arbete/studier ${formatPercent(participants.unweightedMeanShareToWorkOrStudies)}`,
    participants.unweightedMeanShareToWorkStudiesOrJobSeeking === null
      ? null
      : `andelen till arbete/studier/arbetssökande ${formatPercent(participants.unweightedMeanShareToWorkStudiesOrJobSeeking)}`,
  ].filter((text) => text !== null);
  const excludedNames = excludedSingleGender
    .map((intervention) => intervention.shortName)
    .join(', ');
  return (
    <div className="gender-split-note">
      {participants.participantsInPeriod !== null ? (
        <Paragraph>
          {formatCount(participants.participantsInPeriod)} personer har deltagit under perioden
          {participants.totals.movedToSuccessor.total === null
            ? ' (pågående vid periodens slut och avslutade under perioden).'
            : ' (pågående vid periodens slut, avslutade och de som gått vidare till efterföljande insats under perioden).'}
        </Paragraph>
      ) : null}
      <Paragraph>
        Av de inregistrerade är {formatPercent(distribution.registered.women)} kvinnor och{' '}
        {formatPercent(distribution.registered.men)} män.
        {excludedSingleGender.length > 0 ? (
          <>
            {' '}
            Utan insatser som bara vänder sig till ett kön ({excludedNames}) är fördelningen{' '}
            {formatPercent(distributionExcludingSingleGender.registered.women)} kvinnor och{' '}
            {formatPercent(distributionExcludingSingleGender.registered.men)} män (
            {formatCount(registeredExcludingSingleGender.women)} kvinnor av{' '}
            {formatCount(registeredExcludingSingleGender.total)} inregistrerade).
          </>
        ) : null}
      </Paragraph>
      {means.length > 0 ? (
        <Paragraph data-size="sm" className="muted">
          Andelarna i tabellerna räknar varje deltagare en gång. Som ett genomsnitt av insatsernas
          andelar (varje insats väger lika, som i tidigare PM) blir {means.join(' och ')}.
        </Paragraph>
      ) : null}
    </div>
  );
}
