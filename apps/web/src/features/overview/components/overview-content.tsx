import { Paragraph } from '@digdir/designsystemet-react';
import {
  formatCount,
  formatPercent,
  formatPeriod,
  formatStatusLabel,
  formatTsek,
  type TDashboardKindCount,
  type TDashboardOverview,
} from '@finsam/domain';
import { StatusTag } from '../../../components/status/status-tag.tsx';
import { PeriodCoverageNotice } from '../../../components/period/period-coverage-notice.tsx';
import { INTERVENTION_KIND_LABEL, INTERVENTION_KIND_PLURAL } from '../../../lib/labels.ts';
import { ConsumptionFlag } from '../../../components/money/consumption-cell.tsx';
import { AfterFirstPaint } from '../../../components/dashboards/after-first-paint.tsx';
import { DashboardSection } from '../../../components/dashboards/dashboard-section.tsx';
import { HeadroomSection } from '../../../components/dashboards/headroom-section.tsx';
import { InterventionsTable } from '../../../components/dashboards/interventions-table.tsx';
import { KeyFigure, KeyFigures } from '../../../components/dashboards/key-figure.tsx';
import { KindsSection } from '../../../components/dashboards/kinds-section.tsx';
import {
  MoneySection,
  NO_OUTCOME_TEXT,
  hasOutcome,
  moneyCoverageText,
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
import { GenderSplitNote } from '../../../components/dashboards/gender-split-note.tsx';
import {
  TargetStatus,
  TargetsTable,
  targetText,
} from '../../../components/dashboards/targets-table.tsx';
import { TrendSection } from '../../../components/dashboards/trend-section.tsx';

/** The överblick's content for one parsed dashboard (kept apart so tests can render it alone). */
export function OverviewContent({
  dashboard,
  busy = false,
}: {
  dashboard: TDashboardOverview;
  busy?: boolean;
}) {
  const { period, money, participants, targets, kinds, interventions, headroom, trend } = dashboard;
  const label = formatPeriod(period.period);
  const active = interventions.filter((intervention) => intervention.activeInPeriod);
  const workTarget = targets.find((target) => target.metric === 'SHARE_TO_WORK_OR_STUDIES');
  // The same counts as the kinds table below (each intervention's latest report in the period).
  const ownCount = active.filter(
    (intervention) => intervention.kind === 'OTHER_COOPERATION',
  ).length;
  const kindTotal = (field: 'count' | 'green' | 'yellow' | 'red') =>
    kinds.reduce((sum, kind) => sum + kind[field], 0);
  const headroomColumn =
    headroom?.columns.find((column) => column.key === headroom.headlineColumnKey) ?? null;
  if (!period.hasData) return <PeriodCoverageNotice period={period} />;

  return (
    <div className="dashboard" aria-busy={busy}>
      <PeriodCoverageNotice period={period} />
      <KeyFigures label={`Nyckeltal ${label}`}>
        <KeyFigure
          label="Förbrukningskvot totalt, antagen budget"
          value={formatPercent(money.total.ratio)}
        >
          <ConsumptionFlag
            ratio={money.total.ratio}
            flag={money.total.flag}
            thresholds={money.thresholds}
          />
          <Paragraph data-size="sm">
            {hasOutcome(money) ? (
              <>
                {moneySummary(money)}. Outnyttjat {formatTsek(money.total.unusedKronor)} TSEK.
                {moneyCoverageText(money)}
              </>
            ) : (
              NO_OUTCOME_TEXT
            )}
          </Paragraph>
        </KeyFigure>
        <KeyFigure
          label="Till arbete eller studier"
          value={
            workTarget
              ? formatPercent(workTarget.actual)
              : formatPercent(participants.outcomes.total.shareToWorkOrStudies)
          }
        >
          {workTarget ? <TargetStatus status={workTarget.status} /> : null}
          <Paragraph data-size="sm">
            {workTarget && workTarget.part !== null && workTarget.whole !== null
              ? `${formatCount(workTarget.part)} av ${formatCount(workTarget.whole)} avslutade. Mål: ${targetText(workTarget)}.`
              : `${formatCount(participants.outcomes.total.toWorkOrStudies)} av ${formatCount(participants.outcomes.total.ended)} avslutade.`}
          </Paragraph>
        </KeyFigure>
        <KeyFigure
          label="Deltagare inregistrerade"
          value={formatCount(participants.totals.registered.total)}
        >
          <Paragraph data-size="sm">
            Avslutade {formatCount(participants.totals.ended.total)}, pågående{' '}
            {formatCount(participants.totals.ongoing.total)} vid periodens slut.
            {movedOnSentence(participants.totals.movedToSuccessor)}
          </Paragraph>
        </KeyFigure>
        <KeyFigure label="Insatser i gång" value={formatCount(kindTotal('count'))}>
          {kinds.length > 0 || ownCount > 0 ? (
            <Paragraph data-size="sm">
              {[
                kindsText(kinds),
                ownCount > 0
                  ? `${formatCount(ownCount)} av förbundets egna samverkansinsatser`
                  : '',
              ]
                .filter(Boolean)
                .join(', samt ')}
              .
            </Paragraph>
          ) : null}
          <div className="key-figure__tags">
            <GoalCountTag status="GREEN" count={kindTotal('green')} />
            <GoalCountTag status="YELLOW" count={kindTotal('yellow')} />
            {kindTotal('red') > 0 ? <GoalCountTag status="RED" count={kindTotal('red')} /> : null}
          </div>
        </KeyFigure>
        <KeyFigure
          label={`Beslutsutrymme ${period.year}`}
          value={headroomColumn ? formatTsek(headroomColumn.closingHeadroomKronor) : '–'}
          unit={headroomColumn ? 'TSEK' : undefined}
        >
          <Paragraph data-size="sm">
            {headroom && headroomColumn
              ? `Kvarvarande enligt ${headroomColumn.label.toLowerCase()}, ${headroom.title.charAt(0).toLowerCase()}${headroom.title.slice(1)}.`
              : `Det finns ingen ekonomisk plan för ${period.year}.`}
          </Paragraph>
        </KeyFigure>
      </KeyFigures>

      <DashboardSection title={`Förbundets mål ${period.year}`}>
        <TargetsTable
          targets={targets}
          caption={`Förbundets mål ${period.year} och utfall ${label}`}
        />
      </DashboardSection>

      <AfterFirstPaint>
        <DashboardSection title="Ekonomi">
          <MoneySection money={money} period={period.period} />
          <HeadroomSection headroom={headroom} year={period.year} />
        </DashboardSection>

        <AfterFirstPaint>
          <DashboardSection title="Insatser">
            <KindsSection kinds={kinds} period={period.period} />
            <InterventionsTable interventions={active} period={period.period} />
          </DashboardSection>

          <AfterFirstPaint>
            <DashboardSection title="Deltagare och resultat">
              <ParticipantsTable participants={participants} period={period.period} />
              <GenderSplitNote participants={participants} />
              <AfterFirstPaint>
                {hasOutcomesPerIntervention(participants) ? (
                  <OutcomesByInterventionTable participants={participants} period={period.period} />
                ) : null}
                <OutcomeSharesSection outcomes={participants.outcomes} period={period.period} />
              </AfterFirstPaint>
            </DashboardSection>

            <AfterFirstPaint>
              <DashboardSection title="Utveckling över tid">
                <TrendSection trend={trend} title="Jämförelse med tidigare perioder" />
              </DashboardSection>
            </AfterFirstPaint>
          </AfterFirstPaint>
        </AfterFirstPaint>
      </AfterFirstPaint>
    </div>
  );
}

/** "8 individinsatser, 3 strukturinsatser, 1 förstudie …" for the key figure card. */
function kindsText(kinds: TDashboardKindCount[]): string {
  return kinds
    .filter((kind) => kind.count > 0)
    .map(
      (kind) =>
        `${formatCount(kind.count)} ${(kind.count === 1 ? INTERVENTION_KIND_LABEL : INTERVENTION_KIND_PLURAL)[kind.kind].toLowerCase()}`,
    )
    .join(', ');
}

const COUNT_LABEL = { GREEN: 'i fas', YELLOW: 'under uppsikt', RED: 'att åtgärda' } as const;

/**
 * "4 i fas", "4 under uppsikt" as coloured tags; a count of 0 is plain text, never a coloured
 * alarm ("0 under uppsikt" is not yellow).
 */
function GoalCountTag({ status, count }: { status: keyof typeof COUNT_LABEL; count: number }) {
  const label = `${formatCount(count)} ${COUNT_LABEL[status]}`;
  return count > 0 ? (
    <StatusTag status={status} label={label} />
  ) : (
    <span className="muted" title={formatStatusLabel(status)}>
      {label}
    </span>
  );
}
