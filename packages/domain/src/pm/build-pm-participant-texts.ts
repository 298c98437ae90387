import { formatCount } from '../format/format-count.ts';
import { formatPercent } from '../format/format-percent.ts';
import type { TDashboardParticipants } from '../schemas/dashboard.ts';
import type { TPmParagraphBlock } from '../schemas/pm.ts';
import { paragraph, pmPeriodWords } from './pm-paragraph.ts';

/**
 * Utfall för deltagare: registered and ended in the period, ongoing at its end, the combined
 * outcome "arbete och/eller studier/arbetssökande" with its gender split, and the shares of the
 * ended to arbete/studier with and without arbetssökande (weighted: each participant once), all
 * from Överblick's participants of the same period. A sentence whose figures are not reported is
 * left out rather than printed with "–". The year-end PM (`halfParticipants`: Jul–Dec) also says
 * how many ended in the half-year and how many of them went to arbete/studier (2019: "246
 * deltagare (69 %)"), which is all a year with only H2 recorded has.
 */
export function buildPmParticipantTexts(
  year: number,
  half: 1 | 2,
  participants: TDashboardParticipants,
  halfParticipants: TDashboardParticipants | null = null,
): TPmParagraphBlock[] {
  const words = pmPeriodWords(year, half);
  const { totals, distribution, outcomes } = participants;
  const blocks: TPmParagraphBlock[] = [];
  const registered = totals.registered.total;
  const ended = totals.ended.total;
  if (registered !== null || ended !== null) {
    const parts = [
      ...(registered === null
        ? []
        : [`har ${formatCount(registered)} individer skrivits in i insatserna`]),
      ...(ended === null ? [] : [`totalt har ${formatCount(ended)} individer avslutats`]),
    ];
    blocks.push(paragraph('deltagare.1', `Under perioden ${parts.join(', och ')}.`));
  }
  if (totals.ongoing.total !== null)
    blocks.push(
      paragraph(
        'deltagare.2',
        `${words.lastDay} fanns sammanlagt ${formatCount(totals.ongoing.total)} individer med ` +
          'pågående stöd i insatser finansierade av förbundet.',
      ),
    );
  const combined = totals.endedToWorkStudiesOrJobSeeking;
  if (combined.total !== null) {
    const split = distribution.endedToWorkStudiesOrJobSeeking;
    blocks.push(
      paragraph(
        'deltagare.3',
        'De individer som har avslutats till arbete eller studier och/eller är arbetssökande under ' +
          `perioden ${words.months} uppgår till ${formatCount(combined.total)} individer, varav ` +
          `${formatPercent(split.women)} kvinnor och ${formatPercent(split.men)} män.`,
      ),
    );
  }
  const { shareToWorkOrStudies, shareToWorkStudiesOrJobSeeking } = outcomes.total;
  if (shareToWorkOrStudies !== null)
    blocks.push(
      paragraph(
        'deltagare.4',
        `${formatPercent(shareToWorkOrStudies)} av deltagarna som skrivits ut under perioden har ` +
          'gått till arbete/studier.' +
          (shareToWorkStudiesOrJobSeeking === null
            ? ''
            : ' Räknas dessutom individer som skrivs ut till ett aktivt arbetssökande, så är ' +
              `resultatet ${formatPercent(shareToWorkStudiesOrJobSeeking)}.`),
      ),
    );
  const own = halfParticipants;
  if (half === 2 && own && own.totals.ended.total !== null) {
    const toWork = own.totals.endedToWorkOrStudies;
    const split = own.distribution.endedToWorkOrStudies;
    blocks.push(
      paragraph(
        'deltagare.halvar',
        `Under andra halvåret ${year} har ${formatCount(own.totals.ended.total)} individer avslutats` +
          (toWork.total === null
            ? '.'
            : `, varav ${formatCount(toWork.total)} (${formatPercent(own.outcomes.total.shareToWorkOrStudies)}) ` +
              `till arbete och/eller studier: ${formatPercent(split.women)} kvinnor och ` +
              `${formatPercent(split.men)} män.`),
      ),
    );
  }
  return blocks;
}

/**
 * Målgrupp: the gender split of the registered without the single-gender interventions (named),
 * and with them. Without a split by gender, one sentence says so.
 */
export function buildPmTargetGroupTexts(participants: TDashboardParticipants): TPmParagraphBlock[] {
  const excluded = participants.excludedSingleGender.map((i) => i.shortName);
  const all = participants.distribution.registered;
  const without = participants.distributionExcludingSingleGender.registered;
  if (all.women === null)
    return [
      paragraph(
        'malgrupp.1',
        'Könsfördelningen bland deltagare inskrivna under perioden har inte rapporterats.',
      ),
    ];
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
