import type { TParticipantMeasure } from '../schemas/index.ts';
import type { TGenderCounts, TParticipantMeasureCounts } from './gender-counts.ts';
import { totalOfGenderCounts } from './total-of-gender-counts.ts';

/** ERROR: the counts contradict each other. WARNING: worth a look, may have an explanation. */
export type TConsistencySeverity = 'ERROR' | 'WARNING';

/** One problem found by `checkParticipantConsistency`. */
export interface TParticipantConsistencyProblem {
  severity: TConsistencySeverity;
  code:
    | 'PART_EXCEEDS_WHOLE'
    | 'PARTS_EXCEED_WHOLE'
    | 'COMBINED_MISMATCH'
    | 'ONGOING_MISMATCH'
    | 'MOVED_EXCEEDS_PARTICIPANTS';
  /** The field to correct, e.g. 'ENDED_TO_WORK_OR_STUDIES.women' ('total' for S:a). */
  path: string;
  /** The other fields the rule compared with. */
  relatedPaths: string[];
  /** Swedish, for the person who entered the numbers. */
  message: string;
}

const LABELS: Record<TParticipantMeasure, string> = {
  REGISTERED: 'inregistrerade',
  ENDED: 'avslutade',
  ENDED_WHOLE_PERIOD: 'avslutade under hela insatsperioden',
  ONGOING: 'pågående',
  MOVED_TO_SUCCESSOR: 'gått vidare till efterföljande insats',
  ENDED_TO_WORK_OR_STUDIES: 'avslutade till arbete och/eller studier',
  ENDED_TO_JOB_SEEKING: 'avslutade som arbetssökande',
  ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING: 'avslutade till arbete, studier eller som arbetssökande',
  ANONYMOUS_REGISTERED: 'anonymt inskrivna',
  ENDED_WITH_ACTION_PLAN: 'avslutade med handlingsplan',
  ENDED_WITH_REHABILITATION_PLAN: 'avslutade med plan för vidare rehabilitering',
};

type TGroup = 'women' | 'men' | 'total';
const GROUP_LABELS: Record<TGroup, string> = { women: 'Kvinnor', men: 'Män', total: 'Totalt' };

// [part, whole]: a part of those who ended can never be more than the whole.
const PART_OF: readonly [TParticipantMeasure, TParticipantMeasure][] = [
  ['ENDED_TO_WORK_OR_STUDIES', 'ENDED'],
  ['ENDED_TO_JOB_SEEKING', 'ENDED'],
  ['ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING', 'ENDED'],
  ['ENDED_WITH_ACTION_PLAN', 'ENDED'],
  ['ENDED_WITH_REHABILITATION_PLAN', 'ENDED'],
  ['ENDED_TO_WORK_OR_STUDIES', 'ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING'],
  ['ENDED_TO_JOB_SEEKING', 'ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING'],
  ['ENDED', 'ENDED_WHOLE_PERIOD'],
];

function value(counts: TGenderCounts | null | undefined, group: TGroup): number | null {
  if (!counts) return null;
  return group === 'total' ? totalOfGenderCounts(counts) : (counts[group] ?? null);
}

/**
 * Checks one period's participant counts (one intervention, or a total) before they are saved.
 * Errors — a part exceeds its whole: ended to work/studies, to job-seeking, the combined column,
 * with an action plan or a rehabilitation plan > ended; work/studies or job-seeking > the combined
 * column; ended in the period > ended over the whole period; work/studies + job-seeking > ended
 * (checked when the combined column is absent) or ≠ the combined column (when present).
 * Warning — with `previousOngoing` (ongoing at the end of the previous period): ongoing ≠
 * previous ongoing + registered − ended − moved on to the successor (those who moved on leave
 * without ending; a missing count of them is read as none moved, since most interventions have
 * no successor). Error — with `previousOngoing`: moved on to the successor > previous ongoing +
 * registered (nobody else could move on). Anonymous participants are outside every rule.
 *
 * Each rule is checked for women and men, and for the total (S:a, incl. `unspecified`) only when
 * neither gender broke it, so one wrong number gives one problem. Missing counts are skipped,
 * never read as 0. Returns [] when all is consistent.
 */
export function checkParticipantConsistency(
  counts: TParticipantMeasureCounts,
  previousOngoing?: TGenderCounts | null,
): TParticipantConsistencyProblem[] {
  const problems: TParticipantConsistencyProblem[] = [];
  const path = (measure: TParticipantMeasure | 'PREVIOUS_ONGOING', group: TGroup) =>
    `${measure}.${group}`;
  const forEachGroup = (check: (group: TGroup) => TParticipantConsistencyProblem | null) => {
    const found = (['women', 'men'] as const)
      .map(check)
      .filter((p): p is TParticipantConsistencyProblem => p !== null);
    const total = found.length === 0 ? check('total') : null;
    problems.push(...found, ...(total ? [total] : []));
  };

  for (const [part, whole] of PART_OF) {
    forEachGroup((group) => {
      const p = value(counts[part], group);
      const w = value(counts[whole], group);
      if (p === null || w === null || p <= w) return null;
      return {
        severity: 'ERROR',
        code: 'PART_EXCEEDS_WHOLE',
        path: path(part, group),
        relatedPaths: [path(whole, group)],
        message: `${GROUP_LABELS[group]}: ${LABELS[part]} (${p}) är fler än ${LABELS[whole]} (${w}).`,
      };
    });
  }

  const hasCombined = counts.ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING !== undefined;
  forEachGroup((group) => {
    const work = value(counts.ENDED_TO_WORK_OR_STUDIES, group);
    const jobSeeking = value(counts.ENDED_TO_JOB_SEEKING, group);
    if (work === null || jobSeeking === null) return null;
    const related = [path('ENDED_TO_WORK_OR_STUDIES', group)];
    if (hasCombined) {
      const combined = value(counts.ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING, group);
      if (combined === null || combined === work + jobSeeking) return null;
      return {
        severity: 'ERROR',
        code: 'COMBINED_MISMATCH',
        path: path('ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING', group),
        relatedPaths: [...related, path('ENDED_TO_JOB_SEEKING', group)],
        message:
          `${GROUP_LABELS[group]}: ${LABELS.ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING} (${combined}) ska vara ` +
          `${LABELS.ENDED_TO_WORK_OR_STUDIES} (${work}) + ${LABELS.ENDED_TO_JOB_SEEKING} (${jobSeeking}) = ${work + jobSeeking}.`,
      };
    }
    const ended = value(counts.ENDED, group);
    if (ended === null || work + jobSeeking <= ended) return null;
    return {
      severity: 'ERROR',
      code: 'PARTS_EXCEED_WHOLE',
      path: path('ENDED_TO_JOB_SEEKING', group),
      relatedPaths: [...related, path('ENDED', group)],
      message:
        `${GROUP_LABELS[group]}: ${LABELS.ENDED_TO_WORK_OR_STUDIES} (${work}) och ${LABELS.ENDED_TO_JOB_SEEKING} ` +
        `(${jobSeeking}) är tillsammans ${work + jobSeeking}, fler än ${LABELS.ENDED} (${ended}).`,
    };
  });

  if (previousOngoing) {
    forEachGroup((group) => {
      const previous = value(previousOngoing, group);
      const registered = value(counts.REGISTERED, group);
      const ended = value(counts.ENDED, group);
      const ongoing = value(counts.ONGOING, group);
      if (previous === null || registered === null || ended === null || ongoing === null)
        return null;
      const moved = value(counts.MOVED_TO_SUCCESSOR, group) ?? 0;
      const expected = previous + registered - ended - moved;
      if (ongoing === expected) return null;
      return {
        severity: 'WARNING',
        code: 'ONGOING_MISMATCH',
        path: path('ONGOING', group),
        relatedPaths: [
          path('PREVIOUS_ONGOING', group),
          path('REGISTERED', group),
          path('ENDED', group),
          ...(counts.MOVED_TO_SUCCESSOR ? [path('MOVED_TO_SUCCESSOR', group)] : []),
        ],
        message:
          `${GROUP_LABELS[group]}: ${LABELS.ONGOING} (${ongoing}) stämmer inte med pågående vid förra periodens slut ` +
          `(${previous}) + ${LABELS.REGISTERED} (${registered}) \u2212 ${LABELS.ENDED} (${ended})` +
          (moved > 0 ? ` \u2212 ${LABELS.MOVED_TO_SUCCESSOR} (${moved})` : '') +
          ` = ${expected}.`,
      };
    });
    forEachGroup((group) => {
      const previous = value(previousOngoing, group);
      const registered = value(counts.REGISTERED, group);
      const moved = value(counts.MOVED_TO_SUCCESSOR, group);
      if (previous === null || registered === null || moved === null) return null;
      if (moved <= previous + registered) return null;
      return {
        severity: 'ERROR',
        code: 'MOVED_EXCEEDS_PARTICIPANTS',
        path: path('MOVED_TO_SUCCESSOR', group),
        relatedPaths: [path('PREVIOUS_ONGOING', group), path('REGISTERED', group)],
        message:
          `${GROUP_LABELS[group]}: ${LABELS.MOVED_TO_SUCCESSOR} (${moved}) är fler än pågående vid förra ` +
          `periodens slut (${previous}) + ${LABELS.REGISTERED} (${registered}) = ${previous + registered}.`,
      };
    });
  }

  return problems;
}
