import { Paragraph } from '@digdir/designsystemet-react';
import {
  formatCount,
  formatPercent,
  formatPeriod,
  type TDashboardMunicipality,
} from '@finsam/domain';
import { EmptyState } from '../../../components/query/query-state.tsx';
import { ConsumptionFlag } from '../../../components/money/consumption-cell.tsx';
import { AfterFirstPaint } from '../../../components/dashboards/after-first-paint.tsx';
import { DashboardSection } from '../../../components/dashboards/dashboard-section.tsx';
import { InterventionsTable } from '../../../components/dashboards/interventions-table.tsx';
import { KeyFigure, KeyFigures } from '../../../components/dashboards/key-figure.tsx';
import {
  MoneySection,
  NO_OUTCOME_TEXT,
  hasOutcome,
  moneySummary,
} from '../../../components/dashboards/money-section.tsx';
import {
  OutcomesByInterventionTable,
  hasOutcomesPerIntervention,
} from '../../../components/dashboards/outcomes-by-intervention-table.tsx';
import { OutcomeSharesSection } from '../../../components/dashboards/outcome-shares-section.tsx';
import {
  ParticipantsTable,
  movedOnSentence,
} from '../../../components/dashboards/participants-table.tsx';
import { TrendSection } from '../../../components/dashboards/trend-section.tsx';
import { PeriodCoverageNotice } from '../../../components/period/period-coverage-notice.tsx';

/** A kommun's content for one parsed dashboard. */
export function MunicipalityContent({
  dashboard,
  busy = false,
}: {
  dashboard: TDashboardMunicipality;
  busy?: boolean;
}) {
  const { member, period, interventions, money, participants, trend } = dashboard;
  const label = formatPeriod(period.period);
  if (!period.hasData) return <PeriodCoverageNotice period={period} />;
  if (interventions.length === 0 && money.rows.length === 0) {
    return (
      <EmptyState title={`${member.shortName} har inga insatser under perioden`}>
        Ingen insats med {member.shortName} som huvudinsatsägare pågick under {label}. Välj en annan
        period ovan, eller gå till Överblick för hela förbundet.
      </EmptyState>
    );
  }
  const outcomes = participants.outcomes.total;
  const active = interventions.filter((intervention) => intervention.activeInPeriod).length;

  return (
    <div className="dashboard" aria-busy={busy}>
      <PeriodCoverageNotice period={period} />
      <KeyFigures label={`Nyckeltal för ${member.shortName} ${label}`}>
        <KeyFigure
          label="Förbrukningskvot, antagen budget"
          value={formatPercent(money.total.ratio)}
        >
          <ConsumptionFlag
            ratio={money.total.ratio}
            flag={money.total.flag}
            thresholds={money.thresholds}
          />
          <Paragraph data-size="sm">
            {hasOutcome(money) ? `${moneySummary(money)}.` : NO_OUTCOME_TEXT}
          </Paragraph>
        </KeyFigure>
        <KeyFigure
          label="Deltagare inregistrerade"
          value={formatCount(participants.totals.registered.total)}
        >
          <Paragraph data-size="sm">
            Avslutade {formatCount(participants.totals.ended.total)}, pågående{' '}
            {formatCount(participants.totals.ongoing.total)}.
            {movedOnSentence(participants.totals.movedToSuccessor)}
          </Paragraph>
        </KeyFigure>
        <KeyFigure
          label="Till arbete, studier eller arbetssökande"
          value={formatPercent(outcomes.shareToWorkStudiesOrJobSeeking)}
        >
          <Paragraph data-size="sm">
            {formatCount(outcomes.toWorkStudiesOrJobSeeking)} av {formatCount(outcomes.ended)}{' '}
            avslutade.
          </Paragraph>
        </KeyFigure>
        <KeyFigure label="Insatser i gång" value={formatCount(active)}>
          <Paragraph data-size="sm">
            {formatCount(interventions.length)} insatser totalt med {member.shortName} som
            huvudinsatsägare.
          </Paragraph>
        </KeyFigure>
      </KeyFigures>

      <DashboardSection title="Insatser">
        <InterventionsTable
          interventions={interventions}
          period={period.period}
          caption={`${member.shortName}s insatser, ${label}`}
        />
      </DashboardSection>

      <DashboardSection title="Ekonomi">
        <MoneySection
          money={money}
          period={period.period}
          title={`Utfall och budget, ${member.shortName}`}
        />
      </DashboardSection>

      <AfterFirstPaint>
        <DashboardSection title="Deltagare och resultat">
          <ParticipantsTable
            participants={participants}
            period={period.period}
            caption={`Deltagare, ${member.shortName}, ${label}`}
          />
          {hasOutcomesPerIntervention(participants) ? (
            <OutcomesByInterventionTable participants={participants} period={period.period} />
          ) : null}
          <OutcomeSharesSection outcomes={participants.outcomes} period={period.period} />
        </DashboardSection>

        <AfterFirstPaint>
          <DashboardSection title="Utveckling över tid">
            <TrendSection
              trend={trend}
              title={`${member.shortName} jämfört med tidigare perioder`}
            />
          </DashboardSection>
        </AfterFirstPaint>
      </AfterFirstPaint>
    </div>
  );
}
