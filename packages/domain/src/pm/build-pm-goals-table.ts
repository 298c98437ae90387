import type { TDashboardInterventionSummary } from '../schemas/dashboard.ts';
import type { TPmTable } from '../schemas/pm.ts';
import type { TStoredReportQuestion } from '../calculations/resolve-report-questions.ts';
import { groupPmInterventions } from './group-pm-interventions.ts';
import { column, textCell } from './pm-cells.ts';
import { pmFullName } from './build-pm-interventions-table.ts';

/** The prognosis is a yes/no: "Ja" will reach the goals (green), "Nej" will not (red). */
function forecastColour(answer: string | null): 'GREEN' | 'RED' | null {
  if (answer === 'Ja') return 'GREEN';
  if (answer === 'Nej') return 'RED';
  return null;
}

/** Header of a question: its label without the paper's trailing colon. */
export function questionLabel(
  questions: readonly TStoredReportQuestion[],
  key: string,
  fallback: string,
): string {
  const label = questions.find((q) => q.key === key)?.label ?? fallback;
  return label.replace(/:\s*$/, '');
}

/**
 * Tabell 2. Nuläge mål: per samverkansinsats the answers "Insatsen ligger i fas gällande uppsatta
 * mål" (coloured as the goal status: Ja green, I stort sett / Delvis yellow, Nej red) and
 * "Styrgruppens prognos för måluppfyllelse" (Ja green, Nej red), from the report behind the goal
 * status (the half-year's last quarter, submitted reports only). No report: "–", no colour.
 */
export function buildPmGoalsTable(
  interventions: readonly TDashboardInterventionSummary[],
  questions: readonly TStoredReportQuestion[],
): TPmTable {
  return {
    number: 2,
    title: 'Nuläge mål',
    columns: [
      column('name', 'Insats', 'TEXT'),
      column(
        'phase',
        questionLabel(questions, 'goalPhase', 'Insatsen ligger i fas gällande uppsatta mål'),
        'TEXT',
      ),
      column(
        'forecast',
        questionLabel(questions, 'goalForecast', 'Styrgruppens prognos för måluppfyllelse'),
        'TEXT',
      ),
    ],
    groups: groupPmInterventions(interventions).map((group) => ({
      label: group.label,
      rows: group.interventions.map((i) => ({
        key: i.id,
        emphasis: false,
        cells: {
          name: textCell(pmFullName(i)),
          phase: textCell(i.goalStatus?.phaseAnswer, i.goalStatus?.colour ?? null),
          forecast: textCell(
            i.goalStatus?.forecastAnswer,
            forecastColour(i.goalStatus?.forecastAnswer ?? null),
          ),
        },
      })),
    })),
    footerRows: [],
    notes: [
      'Grönt: i fas med ansökan. Gult: hålls under uppsikt. Rött: behöver åtgärdas eller en avvikelserapport.',
    ],
  };
}
