import type { TDashboardInterventionSummary } from '../schemas/dashboard.ts';
import type { TPmParagraphBlock } from '../schemas/pm.ts';
import { paragraph } from './pm-paragraph.ts';
import type { TPmFinalReport } from './pm-inputs.ts';

/**
 * Avslutade insatser: every samverkansinsats whose "till och med" falls in the half-year
 * (`startDate`…`endDate`, ISO dates, inclusive), with the slutresultat and lärdomar of its
 * slutrapport where one is in. None: one sentence saying so.
 */
export function buildPmEndedTexts(
  interventions: readonly TDashboardInterventionSummary[],
  finalReports: readonly TPmFinalReport[],
  period: { startDate: string; endDate: string },
): TPmParagraphBlock[] {
  const ended = interventions.filter(
    (i) => i.endDate >= period.startDate && i.endDate <= period.endDate,
  );
  if (ended.length === 0)
    return [paragraph('avslutade.1', 'Inga insatser har avslutats under perioden.')];
  const byId = new Map(finalReports.map((r) => [r.interventionId, r]));
  return ended.map((i) => {
    const report = byId.get(i.id);
    const owner = i.owner ? ` (${i.owner.shortName})` : '';
    const parts = [`${i.fullName}${owner} avslutades ${i.endDate}.`];
    if (report?.finalResults) parts.push(`Slutresultat: ${report.finalResults.trim()}`);
    if (report?.lessonsLearned) parts.push(`Lärdomar: ${report.lessonsLearned.trim()}`);
    if (!report) parts.push('Slutrapporten har ännu inte kommit in.');
    return paragraph(`avslutade.${i.key}`, parts.join(' '));
  });
}
