import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import {
  resolveReportQuestions,
  ZSaveReportQuestionSetInput,
  type TReportQuestionSet,
  type TSaveReportQuestionSetInput,
  type TStoredReportQuestionInput,
} from '@finsam/domain';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { Form } from '../../../components/form/form.tsx';
import { isApiError } from '../../../lib/api-error.ts';
import { useSaveQuestionSet } from '../api/save-question-set.ts';
import { QuestionFields } from './question-fields.tsx';

type TValues = TSaveReportQuestionSetInput;

/**
 * A stored question as the form edits it: every list present, and the rule for explanations
 * written out (a set without one uses the default rule: "Nej" in Tabell 2 and 5).
 */
function toFormQuestion(question: TStoredReportQuestionInput): TStoredReportQuestionInput {
  const kind = question.appliesTo?.[0] ?? 'INDIVIDUAL';
  return {
    key: question.key,
    section: question.section,
    label: question.label,
    options: question.options ?? [],
    textRequiredFor:
      question.textRequiredFor ??
      resolveReportQuestions([question], kind)[0]?.textRequiredFor ??
      [],
    appliesTo: question.appliesTo ?? [],
    notApplicableFor: question.notApplicableFor ?? [],
  };
}

/** What the API stores: no kinds chosen = all kinds; an explanation only for a kept option. */
function toInputQuestion(question: TStoredReportQuestionInput): TStoredReportQuestionInput {
  const options = question.options ?? [];
  return {
    key: question.key,
    section: question.section,
    label: question.label,
    options,
    textRequiredFor: (question.textRequiredFor ?? []).filter((answer) => options.includes(answer)),
    ...(question.appliesTo?.length ? { appliesTo: question.appliesTo } : {}),
    ...(question.notApplicableFor?.length ? { notApplicableFor: question.notApplicableFor } : {}),
  };
}

function Questions({ storedKeys }: { storedKeys: ReadonlySet<string> }) {
  const { control } = useFormContext<TValues>();
  const { fields, move, remove, append } = useFieldArray({ control, name: 'questions' });
  return (
    <>
      {fields.map((field, index) => (
        <QuestionFields
          key={field.id}
          index={index}
          count={fields.length}
          isNew={!storedKeys.has(field.key)}
          onMove={(to) => move(index, to)}
          onRemove={() => remove(index)}
        />
      ))}
      <div>
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            append({
              key: '',
              section: 'QUALITY',
              label: '',
              options: ['Ja', 'Nej'],
              textRequiredFor: ['Nej'],
              appliesTo: [],
              notApplicableFor: [],
            })
          }
        >
          Lägg till en fråga
        </Button>
      </div>
    </>
  );
}

/**
 * A year's questions in a form: saved as a whole at the version read (409: someone saved in
 * between; the saved version can be fetched), checked by the shared schema in the browser and by
 * the API's rules (an explanation for an answer that is no option, a destructive change to a set
 * already used by submitted reports) with each message beside its field.
 */
export function QuestionSetEditor({
  set,
  onReload,
  onSaved,
}: {
  set: TReportQuestionSet;
  onReload: () => void;
  /** The set was saved (the editor starts again from the saved version). */
  onSaved: () => void;
}) {
  const save = useSaveQuestionSet(set.year);
  const storedKeys = new Set(set.questions.map((question) => question.key));
  const conflict = isApiError(save.error) && save.error.status === 409;
  return (
    <section aria-labelledby="question-set-heading">
      <Heading level={2} data-size="sm" id="question-set-heading">
        Frågor {set.year}
      </Heading>
      {set.inUse ? (
        <Alert data-color="info">
          <Paragraph>
            Kvartalsrapporter för {set.year} har redan skickats in med de här frågorna. Du kan ändra
            formuleringar och ordning och lägga till svarsalternativ sist; annat ändras i nästa års
            frågor.
          </Paragraph>
        </Alert>
      ) : null}
      {conflict ? (
        <Alert data-color="warning">
          <Paragraph>
            Frågorna har sparats av någon annan sedan du öppnade dem. Hämta den sparade versionen
            och gör dina ändringar igen.
          </Paragraph>
          <Button type="button" variant="secondary" data-size="sm" onClick={onReload}>
            Hämta den sparade versionen
          </Button>
        </Alert>
      ) : null}
      <Form
        schema={ZSaveReportQuestionSetInput}
        defaultValues={{ version: set.version, questions: set.questions.map(toFormQuestion) }}
        submitLabel={`Spara frågorna för ${set.year}`}
        pendingLabel="Sparar …"
        aria-labelledby="question-set-heading"
        onSubmit={async (values) => {
          await save.mutateAsync({
            version: values.version,
            questions: values.questions.map(toInputQuestion),
          });
          onSaved();
        }}
      >
        <Questions storedKeys={storedKeys} />
      </Form>
    </section>
  );
}
