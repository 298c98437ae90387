import type { TStoredReportQuestion } from '../calculations/resolve-report-questions.ts';
import { GOAL_KEY_SEPARATOR } from '../calculations/roll-up-goal-answers.ts';
import { summarizeQualityAnswers } from '../calculations/summarize-quality-answers.ts';
import { formatCountInWords } from '../format/format-count-in-words.ts';
import { formatPercent } from '../format/format-percent.ts';
import type { TDashboardInterventionSummary, TDashboardMoneyRow } from '../schemas/dashboard.ts';
import type { TPmParagraphBlock } from '../schemas/pm.ts';
import { paragraph } from './pm-paragraph.ts';
import type { TPmReport } from './pm-inputs.ts';

type TSummary = TDashboardInterventionSummary;

function nameOf(i: TSummary) {
  return i.owner ? `${i.shortName} (${i.owner.shortName})` : i.shortName;
}

/**
 * The steering group's explanation of a report's goal status: the text of "Styrgruppens prognos",
 * or, in a report answered per goal (`goalPhase__<goalId>`, DOMAIN.md §3), the goals' own texts in
 * the report's order.
 */
function goalExplanation(answers: TPmReport['answers'] | undefined): string | undefined {
  if (!answers) return undefined;
  const single = answers.goalForecast?.text?.trim();
  if (single) return single;
  const perGoal = Object.entries(answers)
    .filter(([key]) => key.startsWith(`goalPhase${GOAL_KEY_SEPARATOR}`))
    .map(([, answer]) => answer?.text?.trim())
    .filter((text): text is string => !!text);
  return perGoal.length > 0 ? perGoal.join(' ') : undefined;
}

/**
 * Resultat av i insatsen angivna mål: the count by goal colour, then the steering groups'
 * explanations (the text given with "Styrgruppens prognos"), one paragraph per intervention.
 */
export function buildPmGoalTexts(
  interventions: readonly TSummary[],
  reports: readonly TPmReport[],
): TPmParagraphBlock[] {
  const colours = { GREEN: 0, YELLOW: 0, RED: 0, none: 0 };
  for (const i of interventions) colours[i.goalStatus?.colour ?? 'none'] += 1;
  // Only the colours that occur are named; the first one carries the noun ("Åtta insatser ligger i
  // fas …, fyra ligger i stort sett …"), in the singular for one ("En insats ligger …").
  const phrases = (
    [
      [colours.GREEN, 'ligger i fas med uppsatta mål'],
      [colours.YELLOW, 'ligger i stort sett eller delvis i fas'],
      [colours.RED, 'ligger inte i fas'],
    ] as const
  ).filter(([count]) => count > 0);
  const parts = phrases.map(([count, phrase], index) =>
    index === 0
      ? `${formatCountInWords(count, true)} ${count === 1 ? 'insats' : 'insatser'} ${phrase}`
      : `${formatCountInWords(count)} ${phrase}`,
  );
  if (colours.none > 0)
    parts.push(
      parts.length === 0
        ? `För ${formatCountInWords(colours.none)} ${colours.none === 1 ? 'insats' : 'insatser'} saknas bedömning`
        : `för ${formatCountInWords(colours.none)} saknas bedömning`,
    );
  const sentence =
    parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}`;
  const blocks = sentence ? [paragraph('mal.1', `${sentence}.`)] : [];
  const byId = new Map(reports.map((r) => [r.interventionId, r]));
  for (const i of interventions) {
    const text = goalExplanation(byId.get(i.id)?.answers);
    if (text) blocks.push(paragraph(`mal.${i.key}`, `${nameOf(i)}: ${text}`));
  }
  return blocks;
}

/** Utfall av beviljad budget: the vacancies explained in the reports, and the deviations. */
export function buildPmConditionTexts(
  interventions: readonly TSummary[],
  questions: readonly TStoredReportQuestion[],
  reports: readonly TPmReport[],
): TPmParagraphBlock[] {
  const keys = questions.filter((q) => q.section === 'CONDITIONS').map((q) => q.key);
  const byId = new Map(reports.map((r) => [r.interventionId, r]));
  const blocks: TPmParagraphBlock[] = [];
  let deviations = 0;
  for (const i of interventions) {
    const answers = byId.get(i.id)?.answers;
    if (!answers) continue;
    if (answers.budgetDeviations?.value === 'Ja') deviations += 1;
    const texts = keys.map((key) => answers[key]?.text?.trim()).filter((t): t is string => !!t);
    if (texts.length > 0) blocks.push(paragraph(`utfall-budget.${i.key}`, texts.join(' ')));
  }
  blocks.push(
    paragraph(
      'utfall-budget.avvikelser',
      deviations === 0
        ? 'Inga avvikelser har inkommit under perioden.'
        : `Avvikelser gällande budget har inkommit för ${formatCountInWords(deviations)} insatser under perioden.`,
    ),
  );
  return blocks;
}

/**
 * After Tabell 4: how many förbrukningskvoter lie within the förbund's limits (the rows' flags),
 * and which lie outside, with their ratio.
 */
export function buildPmMoneyTexts(rows: readonly TDashboardMoneyRow[]): TPmParagraphBlock[] {
  const withRatio = rows.filter((row) => row.ratio !== null);
  const outside = withRatio.filter((row) => row.flag === 'YELLOW');
  const within = withRatio.length - outside.length;
  const list = outside
    .map((row) => `${row.intervention.shortName} ${formatPercent(row.ratio)}`)
    .join(', ');
  return [
    paragraph(
      'utfall-budget.kvot',
      `Förbrukningskvoten ligger inom förbundets gränser för ${formatCountInWords(within)} av ` +
        `${formatCountInWords(withRatio.length)} insatser` +
        (outside.length > 0 ? `; utanför ligger ${list}.` : '.'),
    ),
  ];
}

/**
 * Kvalitetssäkring: one paragraph per question of Tabell 5, from `summarizeQualityAnswers`: "Ja
 * i 11 av 11 insatser" (a not-applicable answer is left out of M).
 */
export function buildPmQualityTexts(
  interventions: readonly TSummary[],
  questions: readonly TStoredReportQuestion[],
  reports: readonly TPmReport[],
): TPmParagraphBlock[] {
  const asked = questions.filter((q) => q.section === 'QUALITY');
  const ids = new Set(interventions.map((i) => i.id));
  const rows = reports
    .filter((r) => ids.has(r.interventionId) && asked.some((q) => r.answers[q.key] !== undefined))
    .map((r) => r.answers);
  return summarizeQualityAnswers(asked, rows).map((summary, index) => {
    const label = asked[index]!.label.replace(/:\s*$/, '');
    const counts = summary.counts
      .filter((c) => c.count > 0)
      .map((c) => `${c.value} i ${c.count} av ${summary.answered} insatser`);
    const tail = summary.notApplicable > 0 ? ` Ej tillämpligt för ${summary.notApplicable}.` : '';
    return paragraph(
      `kvalitetssakring.${summary.key}`,
      counts.length === 0 ? `${label}: inga svar.` : `${label}: ${counts.join(', ')}.${tail}`,
    );
  });
}
