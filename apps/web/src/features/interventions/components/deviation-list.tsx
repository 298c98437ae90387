import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { formatDate, formatKronor, type TDashboardDeviation } from '@finsam/domain';
import { DEVIATION_KIND_LABEL, DEVIATION_STATUS_LABEL } from '../../../lib/labels.ts';

const STATUS_COLOUR = {
  SUBMITTED: 'info',
  UNDER_REVIEW: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
} as const;

/** Timestamps come as ISO date-times; the board needs the day. */
function day(value: string): string {
  return formatDate(value.slice(0, 10));
}

/** Avvikelser and their decisions: what was asked, what was decided and the trail of who and when. */
export function DeviationList({ deviations }: { deviations: TDashboardDeviation[] }) {
  if (deviations.length === 0) {
    return <Paragraph>Inga avvikelser har rapporterats för insatsen.</Paragraph>;
  }
  return (
    <ul className="deviation-list">
      {deviations.map((deviation) => (
        <li key={deviation.id}>
          <Card data-color="neutral">
            <Card.Block>
              <div className="deviation-list__head">
                <Heading level={3} data-size="xs">
                  {DEVIATION_KIND_LABEL[deviation.kind]}
                </Heading>
                <Tag data-color={STATUS_COLOUR[deviation.status]} data-size="sm">
                  {DEVIATION_STATUS_LABEL[deviation.status]}
                </Tag>
              </div>
              <Paragraph data-size="sm">Inskickad {day(deviation.submittedAt)}</Paragraph>
              <Paragraph>{deviation.description}</Paragraph>
              <RequestedEffect effect={deviation.requestedEffect} />
              {deviation.decidedAt ? (
                <Paragraph>
                  <strong>Beslut {day(deviation.decidedAt)}:</strong>{' '}
                  {DEVIATION_STATUS_LABEL[deviation.status]}
                  {deviation.decisionReason ? `. ${deviation.decisionReason}` : ''}
                </Paragraph>
              ) : null}
              {deviation.events.length > 0 ? (
                <>
                  <Heading level={4} data-size="2xs">
                    Händelser
                  </Heading>
                  <ol className="plain-list">
                    {deviation.events.map((event, index) => (
                      <li key={index}>
                        {day(event.at)}: {DEVIATION_STATUS_LABEL[event.status]}
                        {event.userName ? ` (${event.userName})` : ''}
                        {event.comment ? ` – ${event.comment}` : ''}
                      </li>
                    ))}
                  </ol>
                </>
              ) : null}
            </Card.Block>
          </Card>
        </li>
      ))}
    </ul>
  );
}

function RequestedEffect({ effect }: { effect: TDashboardDeviation['requestedEffect'] }) {
  const parts: string[] = [];
  if (effect.amountKronor !== null)
    parts.push(`belopp ${formatKronor(effect.amountKronor, { unit: true })}`);
  if (effect.fromYear !== null && effect.toYear !== null)
    parts.push(`från ${effect.fromYear} till ${effect.toYear}`);
  if (effect.newStartDate) parts.push(`ny start ${formatDate(effect.newStartDate)}`);
  if (effect.newEndDate) parts.push(`nytt slutdatum ${formatDate(effect.newEndDate)}`);
  if (parts.length === 0) return null;
  return <Paragraph data-size="sm">Begärd ändring: {parts.join(', ')}.</Paragraph>;
}
