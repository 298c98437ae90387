import { Paragraph } from '@digdir/designsystemet-react';
import {
  formatCount,
  formatPercent,
  formatPeriod,
  formatTsek,
  type TDashboardHeadroom,
  type TDashboardKindCount,
  type TDashboardOverview,
} from '@finsam/domain';
import { StatusTag } from '../../../components/status/status-tag.tsx';
import { INTERVENTION_KIND_LABEL, INTERVENTION_KIND_PLURAL } from '../../../lib/labels.ts';
import { ConsumptionFlag } from '../../dashboards/components/consumption-cell.tsx';
import { DashboardSection } from '../../dashboards/components/dashboard-section.tsx';
import { HeadroomSection } from '../../dashboards/components/headroom-section.tsx';
import { InterventionsTable } from '../../dashboards/components/interventions-table.tsx';
import { KeyFigure, KeyFigures } from '../../dashboards/components/key-figure.tsx';
import { KindsSection } from '../../dashboards/components/kinds-section.tsx';
import { MoneySection, moneySummary } from '../../dashboards/components/money-section.tsx';
import {
  OutcomesByInterventionTable,
  hasOutcomesPerIntervention,
} from '../../dashboards/components/outcomes-by-intervention-table.tsx';
import { OutcomeSharesSection } from '../../dashboards/components/outcome-shares-section.tsx';
import { ParticipantsTable } from '../../dashboards/components/participants-table.tsx';
import { GenderSplitNote } from '../../dashboards/components/gender-split-note.tsx';
import {
  TargetStatus,
  TargetsTable,
  targetText,
} from '../../dashboards/components/targets-table.tsx';
import { TrendSection } from '../../dashboards/components/trend-section.tsx';

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
  const headroomColumn = currentHeadroomColumn(headroom, period.year);

  return (
    <div className="dashboard" aria-busy={busy}>
      <KeyFigures label={`Nyckeltal ${label}`}>
        <KeyFigure label="Förbrukningskvot totalt" value={formatPercent(money.total.ratio)}>
          <ConsumptionFlag
            ratio={money.total.ratio}
            flag={money.total.flag}
            thresholds={money.thresholds}
          />
          <Paragraph data-size="sm">
            {moneySummary(money)}. Outnyttjat {formatTsek(money.total.unusedKronor)} TSEK.
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
          </Paragraph>
        </KeyFigure>
        <KeyFigure label="Insatser i gång" value={formatCount(kindTotal('count'))}>
          <Paragraph data-size="sm">
            {kindsText(kinds)}
            {ownCount > 0
              ? `, samt ${formatCount(ownCount)} av förbundets egna samverkansinsatser`
              : ''}
            .
          </Paragraph>
          <div className="key-figure__tags">
            <StatusTag status="GREEN" label={`${formatCount(kindTotal('green'))} i fas`} />
            <StatusTag
              status="YELLOW"
              label={`${formatCount(kindTotal('yellow'))} under uppsikt`}
            />
            {kindTotal('red') > 0 ? (
              <StatusTag status="RED" label={`${formatCount(kindTotal('red'))} att åtgärda`} />
            ) : null}
          </div>
        </KeyFigure>
        {headroomColumn ? (
          <KeyFigure
            label="Beslutsutrymme"
            value={formatTsek(headroomColumn.closingHeadroomKronor)}
            unit="TSEK"
          >
            <Paragraph data-size="sm">
              Kvarvarande enligt {headroomColumn.label.toLowerCase()}.
            </Paragraph>
          </KeyFigure>
        ) : null}
      </KeyFigures>

      <DashboardSection title={`Förbundets mål ${period.year}`}>
        <TargetsTable
          targets={targets}
          caption={`Förbundets mål ${period.year} och utfall ${label}`}
        />
      </DashboardSection>

      <DashboardSection title="Ekonomi">
        <MoneySection money={money} period={period.period} />
        <HeadroomSection headroom={headroom} />
      </DashboardSection>

      <DashboardSection title="Insatser">
        <KindsSection kinds={kinds} period={period.period} />
        <InterventionsTable interventions={active} period={period.period} />
      </DashboardSection>

      <DashboardSection title="Deltagare och resultat">
        <ParticipantsTable participants={participants} period={period.period} />
        <GenderSplitNote participants={participants} />
        {hasOutcomesPerIntervention(participants) ? (
          <OutcomesByInterventionTable participants={participants} period={period.period} />
        ) : null}
        <OutcomeSharesSection outcomes={participants.outcomes} period={period.period} />
      </DashboardSection>

      <DashboardSection title="Utveckling över tid">
        <TrendSection trend={trend} title="Jämförelse med tidigare perioder" />
      </DashboardSection>
    </div>
  );
}

/** The current year's prognosis column of the plan (else its budget column, else the first). */
function currentHeadroomColumn(headroom: TDashboardHeadroom | null, year: number) {
  if (!headroom) return null;
  const ofYear = headroom.columns.filter((column) => column.year === year);
  return (
    ofYear.find((column) => column.kind === 'PROGNOSIS') ?? ofYear[0] ?? headroom.columns[0] ?? null
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
