import { useId } from 'react';
import {
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useFormContext } from 'react-hook-form';
import {
  formatDateTime,
  ZDeviationDecisionInput,
  type TDeviation,
  type TDeviationDecisionInput,
  type TReviewQueue,
} from '@finsam/domain';
import { Form } from '../../../components/form/form.tsx';
import { QueryState } from '../../../components/query/query-state.tsx';
import { DEVIATION_KIND_LABEL, DEVIATION_STATUS_LABEL } from '../../../lib/labels.ts';
import { useDecideDeviation } from '../api/decide-deviation.ts';
import { useDeviationEffect } from '../api/get-deviation-effect.ts';
import { CommentField } from './comment-field.tsx';
import { EffectTable } from './effect-table.tsx';

type TQueueDeviation = TReviewQueue['deviations'][number];

function DecisionRadios() {
  const { register, getFieldState, formState } = useFormContext<TDeviationDecisionInput>();
  const { error } = getFieldState('decision', formState);
  const errorId = useId();
  return (
    <Fieldset aria-describedby={error ? errorId : undefined}>
      <Fieldset.Legend>Beslut</Fieldset.Legend>
      <Radio label="Bevilja" value="APPROVED" {...register('decision')} />
      <Radio label="Avslå" value="REJECTED" {...register('decision')} />
      {error?.message ? <ValidationMessage id={errorId}>{error.message}</ValidationMessage> : null}
    </Fieldset>
  );
}

/**
 * One open avvikelse in the office's queue: what the intervention asks, what approving would
 * change (a preview: nothing is applied until the decision), and the decision with its reason
 * (required for an avslag).
 */
export function OpenDeviation({
  line,
  onDecided,
}: {
  line: TQueueDeviation;
  onDecided: (deviation: TDeviation) => void;
}) {
  const { deviation, intervention } = line;
  const effect = useDeviationEffect(deviation.id);
  const decide = useDecideDeviation();
  const headingId = `deviation-${deviation.id}`;
  const title = `${intervention.shortName}: ${DEVIATION_KIND_LABEL[deviation.kind]}`;
  return (
    <article aria-labelledby={headingId} className="review-card">
      <Heading level={3} data-size="xs" id={headingId}>
        {title}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {DEVIATION_STATUS_LABEL[deviation.status]} {formatDateTime(deviation.submittedAt)}
        {deviation.submittedBy ? ` av ${deviation.submittedBy.name}` : ''}
      </Paragraph>
      <Paragraph className="review-card__text">{deviation.description}</Paragraph>
      <QueryState query={effect} what="avvikelsens effekt">
        {(data) => (
          <>
            <EffectTable effect={data} caption={`Effekt om avvikelsen beviljas: ${title}`} />
            {data.problems.map((problem) => (
              <ValidationMessage key={problem}>{problem}</ValidationMessage>
            ))}
          </>
        )}
      </QueryState>
      <Form
        schema={ZDeviationDecisionInput}
        defaultValues={{ version: deviation.version, reason: '' }}
        submitLabel="Besluta"
        pendingLabel="Beslutar …"
        aria-labelledby={headingId}
        onSubmit={async (values) => {
          const decided = await decide.mutateAsync({
            id: deviation.id,
            input: { ...values, version: deviation.version },
          });
          onDecided(decided);
        }}
      >
        <DecisionRadios />
        <CommentField<TDeviationDecisionInput>
          name="reason"
          label="Skäl"
          description="Krävs vid avslag. Syns för insatsen."
        />
      </Form>
    </article>
  );
}

/** A deviation the office has just decided: the decision and, for an approval, what it changed. */
export function DecidedDeviation({ deviation }: { deviation: TDeviation }) {
  const effect = useDeviationEffect(deviation.id);
  const headingId = `decided-${deviation.id}`;
  const title = `${deviation.interventionName}: ${DEVIATION_KIND_LABEL[deviation.kind]}`;
  return (
    <article aria-labelledby={headingId} className="review-card">
      <Heading level={3} data-size="xs" id={headingId}>
        {title}
      </Heading>
      <Paragraph>
        <strong>{DEVIATION_STATUS_LABEL[deviation.status]}</strong>{' '}
        {formatDateTime(deviation.decidedAt)}
        {deviation.decidedBy ? ` av ${deviation.decidedBy.name}` : ''}
        {deviation.decisionReason ? `. Skäl: ${deviation.decisionReason}` : ''}
      </Paragraph>
      <QueryState query={effect} what="beslutets effekt">
        {(data) => <EffectTable effect={data} caption={`Genomförd effekt: ${title}`} />}
      </QueryState>
    </article>
  );
}
