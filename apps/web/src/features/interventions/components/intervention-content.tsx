import { Paragraph } from '@digdir/designsystemet-react';
import {
  formatCount,
  formatPercent,
  formatPeriod,
  formatTsek,
  type TDashboardIntervention,
} from '@finsam/domain';
import { EmptyState } from '../../../components/query/query-state.tsx';
import { ConsumptionFlag } from '../../../components/money/consumption-cell.tsx';
import { AfterFirstPaint } from '../../../components/dashboards/after-first-paint.tsx';
import { DashboardSection } from '../../../components/dashboards/dashboard-section.tsx';
import { StatusTag } from '../../../components/status/status-tag.tsx';
import { KeyFigure, KeyFigures } from '../../../components/dashboards/key-figure.tsx';
import { DeviationList } from './deviation-list.tsx';
import { GoalStatusTable } from './goal-status-table.tsx';
import { InterventionFacts } from './intervention-facts.tsx';
import { InterventionMoneySection } from './intervention-money-section.tsx';
import { InterventionParticipantsSection } from './intervention-participants-section.tsx';
import { ReportList } from './report-list.tsx';
import { PeriodCoverageNotice } from '../../../components/period/period-coverage-notice.tsx';

/** An insats's content for one parsed dashboard: key figures of the period, then the history. */
export function InterventionContent({
  dashboard,
  busy = false,
}: {
  dashboard: TDashboardIntervention;
  busy?: boolean;
}) {
  const {
    facts,
    period,
    goalStatus,
    budgets,
    money,
    thresholds,
    participants,
    reports,
    deviations,
  } = dashboard;
  const label = formatPeriod(period.period);
  const search = `?period=${encodeURIComponent(period.period)}`;
  const moneyNow = money.find((row) => row.period === period.period) ?? null;
  const participantsNow = participants.find((row) => row.period === period.period) ?? null;
  // The same report as Överblick's for the period (the API's goalStatusNow, one rule).
  const statusNow = dashboard.goalStatusNow;
  const reportsParticipants = facts.kind === 'INDIVIDUAL';

  return (
    <div className="dashboard" aria-busy={busy}>
      <PeriodCoverageNotice period={period} />
      <KeyFigures label={`Nyckeltal för ${facts.shortName} ${label}`}>
        <KeyFigure
          label={`Förbrukningskvot ${label}`}
          value={formatPercent(moneyNow?.ratio ?? null)}
        >
          {moneyNow ? (
            <>
              <ConsumptionFlag
                ratio={moneyNow.ratio}
                flag={moneyNow.flag}
                thresholds={thresholds}
              />
              <Paragraph data-size="sm">
                Utfall {formatTsek(moneyNow.outcomeKronor)} av{' '}
                {formatTsek(moneyNow.expectedBudgetKronor)} TSEK.
              </Paragraph>
            </>
          ) : (
            <Paragraph data-size="sm">Inget utfall registrerat för perioden.</Paragraph>
          )}
        </KeyFigure>
        <KeyFigure label="Målstatus: i fas med målen" value={statusNow?.phaseAnswer ?? '–'}>
          {statusNow?.colour ? (
            <StatusTag status={statusNow.colour} />
          ) : (
            <span className="muted">Ingen rapport för perioden</span>
          )}
          {statusNow ? (
            <Paragraph data-size="sm">
              Enligt rapporten för {formatPeriod(statusNow.period)}. Prognos att målen nås:{' '}
              {statusNow.forecastAnswer ?? '–'}.
            </Paragraph>
          ) : null}
        </KeyFigure>
        {reportsParticipants ? (
          <>
            <KeyFigure
              label={`Inregistrerade ${label}`}
              value={formatCount(participantsNow?.counts.registered.total ?? null)}
            >
              <Paragraph data-size="sm">
                {participantsNow
                  ? `Kvinnor ${formatCount(participantsNow.counts.registered.women)}, män ${formatCount(participantsNow.counts.registered.men)}. Pågående ${formatCount(participantsNow.counts.ongoing.total)}.`
                  : 'Inga deltagaruppgifter för perioden.'}
              </Paragraph>
            </KeyFigure>
            <KeyFigure
              label="Till arbete eller studier"
              value={formatPercent(participantsNow?.outcomes.total.shareToWorkOrStudies ?? null)}
            >
              <Paragraph data-size="sm">
                {participantsNow
                  ? `${formatCount(participantsNow.outcomes.total.toWorkOrStudies)} av ${formatCount(participantsNow.outcomes.total.ended)} avslutade` +
                    (participantsNow.outcomes.total.toWorkStudiesOrJobSeeking !== null
                      ? `; med arbetssökande ${formatCount(participantsNow.outcomes.total.toWorkStudiesOrJobSeeking)} (${formatPercent(participantsNow.outcomes.total.shareToWorkStudiesOrJobSeeking)}).`
                      : '.')
                  : 'Inga avslut rapporterade för perioden.'}
              </Paragraph>
            </KeyFigure>
          </>
        ) : null}
      </KeyFigures>

      <DashboardSection title="Fakta om insatsen">
        <InterventionFacts facts={facts} search={search} />
      </DashboardSection>

      <DashboardSection title="Måluppfyllelse">
        <GoalStatusTable statuses={goalStatus} name={facts.shortName} />
      </DashboardSection>

      <AfterFirstPaint>
        <DashboardSection title="Budget och utfall över tid">
          <InterventionMoneySection
            money={money}
            budgets={budgets}
            thresholds={thresholds}
            name={facts.shortName}
          />
        </DashboardSection>

        <DashboardSection title="Deltagare över tid">
          {reportsParticipants ? (
            <InterventionParticipantsSection periods={participants} name={facts.shortName} />
          ) : (
            <EmptyState title="Inga deltagare redovisas">
              {facts.shortName} är inte en individinsats och redovisar därför inga deltagare.
            </EmptyState>
          )}
        </DashboardSection>

        <AfterFirstPaint>
          <DashboardSection title="Kvartalsrapporter">
            <ReportList reports={reports} />
          </DashboardSection>

          <DashboardSection title="Avvikelser och beslut">
            <DeviationList deviations={deviations} />
          </DashboardSection>
        </AfterFirstPaint>
      </AfterFirstPaint>
    </div>
  );
}
