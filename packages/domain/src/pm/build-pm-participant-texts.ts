import { formatCount } from '../format/format-count.ts';
import { formatPercent } from '../format/format-percent.ts';
import type { TDashboardParticipants } from '../schemas/dashboard.ts';
import type { TPmParagraphBlock } from '../schemas/pm.ts';
import { paragraph, pmPeriodWords } from './pm-paragraph.ts';

/**
 * Utfall för deltagare: registered and ended in the period, ongoing at its end, the combined
 * outcome "arbete och/eller studier/arbetssökande" with its gender split, and the shares of the
 * ended to arbete/studier with and without arbetssökande (weighted: each participant once), all
 * from Överblick's participants of the same period.
 */
export function buildPmParticipantTexts(
  year: number,
  half: 1 | 2,
  participants: TDashboardParticipants,
): TPmParagraphBlock[] {
  const words = pmPeriodWords(year, half);
  const { totals, distribution, outcomes } = participants;
  const combined = totals.endedToWorkStudiesOrJobSeeking;
  const split = distribution.endedToWorkStudiesOrJobSeeking;
  return [
    paragraph(
      'deltagare.1',
      `Under perioden har ${formatCount(totals.registered.total)} individer skrivits in i insatserna, ` +
        `och totalt har ${formatCount(totals.ended.total)} individer avslutats.`,
    ),
    paragraph(
      'deltagare.2',
      `${words.lastDay} fanns sammanlagt ${formatCount(totals.ongoing.total)} individer med pågående ` +
        'stöd i insatser finansierade av förbundet.',
    ),
    paragraph(
      'deltagare.3',
      'De individer som har avslutats till arbete eller studier och/eller är arbetssökande under perioden ' +
        `${words.months} uppgår till ${formatCount(combined.total)} individer, varav ` +
        `${formatPercent(split.women)} kvinnor och ${formatPercent(split.men)} män.`,
    ),
    paragraph(
      'deltagare.4',
      `${formatPercent(outcomes.total.shareToWorkOrStudies)} av deltagarna som skrivits ut under perioden ` +
        'har gått till arbete/studier. Räknas dessutom individer som skrivs ut till ett aktivt ' +
        `arbetssökande, så är resultatet ${formatPercent(outcomes.total.shareToWorkStudiesOrJobSeeking)}.`,
    ),
  ];
}

/**
 * Målgrupp: the gender split of the registered without the single-gender interventions (named),
 * and with them.
 */
export function buildPmTargetGroupTexts(participants: TDashboardParticipants): TPmParagraphBlock[] {
  const excluded = participants.excludedSingleGender.map((i) => i.shortName);
  const all = participants.distribution.registered;
  const without = participants.distributionExcludingSingleGender.registered;
  if (excluded.length === 0) {
    return [
      paragraph(
        'malgrupp.1',
        `Bland deltagare inskrivna under perioden är ${formatPercent(all.women)} kvinnor och ` +
          `${formatPercent(all.men)} män.`,
      ),
    ];
  }
  const names = excluded.join(', ');
  return [
    paragraph(
      'malgrupp.1',
      `Målgrupp utifrån deltagare inskrivna under perioden: ${formatPercent(without.women)} är kvinnor ` +
        `och ${formatPercent(without.men)} män. Denna siffra redovisas exklusive ${names}, som endast ` +
        `vänder sig till ett kön. Inklusive ${names} är könsfördelningen ${formatPercent(all.women)} ` +
        `kvinnor och ${formatPercent(all.men)} män.`,
    ),
  ];
}
