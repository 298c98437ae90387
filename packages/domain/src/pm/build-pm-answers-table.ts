import type { TDashboardInterventionSummary } from '../schemas/dashboard.ts';
import type { TReportSection } from '../schemas/reports.ts';
import type { TPmTable } from '../schemas/pm.ts';
import type { TStoredReportQuestion } from '../calculations/resolve-report-questions.ts';
import { NOT_APPLICABLE_VALUES } from '../calculations/summarize-quality-answers.ts';
import { groupPmInterventions } from './group-pm-interventions.ts';
import { column, textCell } from './pm-cells.ts';
import { pmFullName } from './build-pm-interventions-table.ts';
import type { TPmReport } from './pm-inputs.ts';

/**
 * Tabell 3 (Förutsättningar för utfall, section CONDITIONS) and Tabell 5 (Kvalitetssäkring,
 * section QUALITY): one column per question of the year's set in that section, headed by its
 * text; one row per samverkansinsats whose report answers at least one of them (the 2024
 * förstudie answered none and is not in either table). A "not applicable" answer ('-') and a
 * missing answer print "–"; every other answer as given ("Ja", "Nej", "Ok").
 */
export function buildPmAnswersTable(
  number: 3 | 5,
  title: string,
  section: TReportSection,
  interventions: readonly TDashboardInterventionSummary[],
  questions: readonly TStoredReportQuestion[],
  reports: readonly TPmReport[],
): TPmTable {
  const asked = questions.filter((q) => q.section === section);
  const byIntervention = new Map(reports.map((r) => [r.interventionId, r]));
  const answered = (id: string) => {
    const report = byIntervention.get(id);
    return report !== undefined && asked.some((q) => report.answers[q.key] !== undefined);
  };
  return {
    number,
    title,
    columns: [
      column('name', 'Insats', 'TEXT'),
      ...asked.map((q) => column(q.key, q.label.replace(/:\s*$/, ''), 'TEXT')),
    ],
    groups: groupPmInterventions(interventions.filter((i) => answered(i.id))).map((group) => ({
      label: group.label,
      rows: group.interventions.map((i) => {
        const answers = byIntervention.get(i.id)!.answers;
        const cells: TPmTable['groups'][number]['rows'][number]['cells'] = {
          name: textCell(pmFullName(i)),
        };
        for (const q of asked) {
          const value = answers[q.key]?.value.trim();
          cells[q.key] = textCell(
            value === undefined || NOT_APPLICABLE_VALUES.includes(value) ? null : value,
          );
        }
        return { key: i.id, emphasis: false, cells };
      }),
    })),
    footerRows: [],
    notes: asked.some((q) => q.notApplicableFor?.length)
      ? ['– = frågan gäller inte insatsen eller är obesvarad.']
      : [],
  };
}
