import type { TPmBlock, TPmDocument, TPmSection, TPmTable } from '../schemas/pm.ts';
import { buildPmAnswersTable } from './build-pm-answers-table.ts';
import { buildPmEndedTexts } from './build-pm-ended-texts.ts';
import { buildPmGoalsTable } from './build-pm-goals-table.ts';
import {
  buildPmBackgroundTexts,
  buildPmInterventionsTexts,
  buildPmReflectionTexts,
  buildPmStatisticsTexts,
  buildPmSummaryTexts,
} from './build-pm-intro-texts.ts';
import { buildPmInterventionsTable } from './build-pm-interventions-table.ts';
import { buildPmMoneyTable } from './build-pm-money-table.ts';
import { buildPmParticipantTexts, buildPmTargetGroupTexts } from './build-pm-participant-texts.ts';
import { buildPmParticipantsTable } from './build-pm-participants-table.ts';
import {
  buildPmConditionTexts,
  buildPmGoalTexts,
  buildPmMoneyTexts,
  buildPmQualityTexts,
} from './build-pm-result-texts.ts';
import { groupPmInterventions } from './group-pm-interventions.ts';
import { paragraph } from './pm-paragraph.ts';
import type { TPmInputs } from './pm-inputs.ts';

const table = (t: TPmTable): TPmBlock => ({ kind: 'TABLE', table: t });

function section(id: string, heading: string, blocks: TPmBlock[], level: 2 | 3 = 2): TPmSection {
  return { id, heading, level, blocks };
}

/**
 * The whole PM for a half-year, in the papers' order: Sammanfattning, Bakgrund, Insatser (Tabell
 * 1), Resultat av i insatsen angivna mål (Tabell 2), Utfall av beviljad budget (Tabell 3 and 4),
 * Kvalitetssäkring (Tabell 5 and a paragraph per question), Statistik och kostnader, Utfall för
 * deltagare (Tabell 6), Målgrupp, Avslutade insatser, Sammanfattning och reflektioner. Every
 * paragraph is pre-filled from the data (`applyPmTexts` puts the office's edits over them).
 */
export function buildPmDocument(inputs: TPmInputs): TPmDocument {
  const { year, half, questions, reports } = inputs;
  const groups = groupPmInterventions(inputs.interventions);
  const covered = groups.flatMap((g) => g.interventions);
  const count = (kind: string) => covered.filter((i) => i.kind === kind).length;
  const counts = {
    individual: count('INDIVIDUAL'),
    structural: count('STRUCTURAL'),
    preStudy: count('PRE_STUDY'),
  };
  // Tabell 4's H2 budget needs each money row's budget period (its start and "till och med").
  const datesById = new Map(inputs.interventions.map((i) => [i.id, i]));
  const period =
    half === 1
      ? { startDate: `${year}-01-01`, endDate: `${year}-06-30` }
      : { startDate: `${year}-07-01`, endDate: `${year}-12-31` };

  const sections: TPmSection[] = [
    section('sammanfattning', 'Sammanfattning', buildPmSummaryTexts(year, half, counts)),
    section('bakgrund', 'Bakgrund', buildPmBackgroundTexts(inputs.federationName, year, half)),
    section('insatser', 'Insatser', [
      ...buildPmInterventionsTexts(year, half, counts),
      table(buildPmInterventionsTable(covered)),
    ]),
    section('mal', 'Resultat av i insatsen angivna mål', [
      paragraph(
        'mal.intro',
        'Här ges information kring hur varje insats ligger till när det gäller de mål som angivits i ' +
          'ansökan till förbundet. Det som bedöms vara i fas med ansökan är markerat med grönt, det som ' +
          'behöver hållas under uppsikt markerat med gult och det som behöver åtgärdas alternativt ' +
          'skickas in en avvikelserapport på är markerat med rött.',
      ),
      table(buildPmGoalsTable(covered, questions)),
      ...buildPmGoalTexts(covered, reports),
    ]),
    section('utfall-budget', 'Utfall av beviljad budget', [
      table(
        buildPmAnswersTable(
          3,
          'Förutsättningar för utfall',
          'CONDITIONS',
          covered,
          questions,
          reports,
        ),
      ),
      ...buildPmConditionTexts(covered, questions, reports),
      table(buildPmMoneyTable(half, year, inputs.moneyRows, datesById)),
      ...buildPmMoneyTexts(inputs.moneyRows),
    ]),
    section('kvalitetssakring', 'Kvalitetssäkring av insatsen', [
      table(buildPmAnswersTable(5, 'Kvalitetssäkring', 'QUALITY', covered, questions, reports)),
      ...buildPmQualityTexts(covered, questions, reports),
    ]),
    section('statistik', 'Statistik och kostnader', buildPmStatisticsTexts(counts)),
    section(
      'deltagare',
      'Utfall för deltagare',
      [
        table(
          buildPmParticipantsTable(
            half,
            year,
            inputs.participants,
            inputs.halfParticipants ?? null,
          ),
        ),
        ...buildPmParticipantTexts(
          year,
          half,
          inputs.participants,
          inputs.halfParticipants ?? null,
        ),
      ],
      3,
    ),
    section('malgrupp', 'Målgrupp', buildPmTargetGroupTexts(inputs.participants), 3),
    section(
      'avslutade',
      'Avslutade insatser',
      buildPmEndedTexts(covered, inputs.finalReports, period),
    ),
    section('reflektioner', 'Sammanfattning och reflektioner', buildPmReflectionTexts(counts)),
  ];
  return {
    period: `${year}H${half}`,
    year,
    half,
    title: `Uppföljning av insatser inom ${inputs.federationName}`,
    subtitle: `Kvartal ${half === 1 ? '1 och 2' : '3 och 4'} ${year}`,
    federationName: inputs.federationName,
    complete: inputs.complete,
    dataThroughPeriod: inputs.dataThroughPeriod,
    generatedAt: inputs.generatedAt,
    sections,
  };
}
