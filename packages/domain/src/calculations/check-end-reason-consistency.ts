import type { TEndReason } from '../schemas/index.ts';
import type { TParticipantConsistencyProblem } from './check-participant-consistency.ts';
import type { TGenderCounts } from './gender-counts.ts';
import { totalOfGenderCounts } from './total-of-gender-counts.ts';

type TGroup = 'women' | 'men' | 'total';
const GROUP_LABELS: Record<TGroup, string> = { women: 'Kvinnor', men: 'Män', total: 'Totalt' };

function value(counts: TGenderCounts | null | undefined, group: TGroup): number | null {
  if (!counts) return null;
  return group === 'total' ? totalOfGenderCounts(counts) : (counts[group] ?? null);
}

/**
 * Checks a period's end reasons (avslutsorsaker) against those who ended in it: every ended
 * participant has at most one end reason, so the reasons together can never be more than
 * avslutade. Fewer is allowed (reasons may be unknown). Problems have the path 'END_REASONS.women'
 * ('END_REASONS.total' for S:a, checked only when neither gender broke the rule, as
 * `checkParticipantConsistency` does). Missing counts are skipped, never read as 0.
 */
export function checkEndReasonConsistency(
  ended: TGenderCounts | null | undefined,
  endReasons: Partial<Record<TEndReason, TGenderCounts>>,
): TParticipantConsistencyProblem[] {
  const reasons = Object.values(endReasons).filter(
    (counts): counts is TGenderCounts => counts !== undefined,
  );
  if (reasons.length === 0) return [];
  const check = (group: TGroup): TParticipantConsistencyProblem | null => {
    const whole = value(ended, group);
    const parts = reasons
      .map((counts) => value(counts, group))
      .filter((n): n is number => n !== null);
    if (whole === null || parts.length === 0) return null;
    const sum = parts.reduce((total, n) => total + n, 0);
    if (sum <= whole) return null;
    return {
      severity: 'ERROR',
      code: 'PARTS_EXCEED_WHOLE',
      path: `END_REASONS.${group}`,
      relatedPaths: [`ENDED.${group}`],
      message: `${GROUP_LABELS[group]}: avslutsorsakerna är tillsammans ${sum}, fler än avslutade (${whole}).`,
    };
  };
  const found = [check('women'), check('men')].filter(
    (p): p is TParticipantConsistencyProblem => p !== null,
  );
  if (found.length > 0) return found;
  const total = check('total');
  return total ? [total] : [];
}
