import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TReportQuestion } from '@finsam/domain';
import { AnswerField } from './answer-field.tsx';

interface TGoalGroup {
  goal: NonNullable<TReportQuestion['goal']> | null;
  questions: TReportQuestion[];
}

/** Questions in form order, those asked per goal (Tabell 2) grouped under their goal. */
export function groupByGoal(questions: readonly TReportQuestion[]): TGoalGroup[] {
  const groups: TGoalGroup[] = [];
  for (const question of questions) {
    const last = groups[groups.length - 1];
    const goal = question.goal ?? null;
    if (last && goal && last.goal?.id === goal.id) last.questions.push(question);
    else groups.push({ goal, questions: [question] });
  }
  return groups;
}

/** "Mål 1: Insatsen ligger i fas …" where a question is asked per goal; else the question. */
export function questionLabel(question: TReportQuestion): string {
  return question.goal ? `Mål ${question.goal.number}: ${question.label}` : question.label;
}

/**
 * The questions of one section of the form. Goal questions asked per goal of the intervention are
 * grouped under "Mål N" and the goal's text, so phase, forecast and the text on progress are
 * answered goal by goal.
 */
export function SectionQuestions({ questions }: { questions: readonly TReportQuestion[] }) {
  return (
    <>
      {groupByGoal(questions).map((group) =>
        group.goal ? (
          <div
            key={group.goal.id}
            role="group"
            aria-labelledby={`goal-${group.goal.id}`}
            className="report-goal"
          >
            <Heading level={4} data-size="2xs" id={`goal-${group.goal.id}`}>
              Mål {group.goal.number}
            </Heading>
            <Paragraph data-size="sm">{group.goal.text}</Paragraph>
            {group.questions.map((question) => (
              <AnswerField key={question.key} question={question} />
            ))}
          </div>
        ) : (
          group.questions.map((question) => <AnswerField key={question.key} question={question} />)
        ),
      )}
    </>
  );
}
