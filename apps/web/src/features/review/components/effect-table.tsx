import { Table } from '@digdir/designsystemet-react';
import { formatCount, formatDate, formatKronor, type TDeviationEffectView } from '@finsam/domain';
import { EXPECTED_PARTICIPANTS_LABEL } from '../../../lib/labels.ts';
import { ScrollArea } from './scroll-area.tsx';

type TChange = TDeviationEffectView['changes'][number];

function describe(change: TChange): { what: string; before: string; after: string } {
  switch (change.type) {
    case 'BUDGET':
      return {
        what: `Justerad budget ${change.year}`,
        before:
          change.beforeKronor === null
            ? 'Ingen budget'
            : formatKronor(change.beforeKronor, { unit: true }),
        after: formatKronor(change.afterKronor, { unit: true }),
      };
    case 'PERIOD':
      return {
        what: 'Insatsperiod',
        before: `${formatDate(change.before.startDate)} – ${formatDate(change.before.endDate)}`,
        after: `${formatDate(change.after.startDate)} – ${formatDate(change.after.endDate)}`,
      };
    case 'EXPECTED_PARTICIPANTS':
      return {
        what: 'Förväntat antal deltagare',
        before: change.before
          ? `${formatCount(change.before.count)} ${EXPECTED_PARTICIPANTS_LABEL[change.before.kind]}`
          : 'Inget angivet',
        after: `${formatCount(change.after.count)} ${EXPECTED_PARTICIPANTS_LABEL[change.after.kind]}`,
      };
  }
}

/**
 * A deviation's effect as a table, before → after: the preview before a decision ("om den
 * beviljas"), or what the approval changed. Amounts in whole kronor: a decision is to the krona.
 */
export function EffectTable({
  effect,
  caption,
}: {
  effect: TDeviationEffectView;
  caption: string;
}) {
  if (effect.changes.length === 0) {
    return (
      <p className="review-effect__none">
        {effect.mode === 'NONE'
          ? 'Avslaget ändrade ingen budget, period eller deltagarantal.'
          : 'Avvikelsen ändrar ingen budget, period eller deltagarantal (mål, målgrupp eller metod).'}
      </p>
    );
  }
  return (
    <ScrollArea label={caption}>
      <Table data-size="sm" className="data-table__table">
        <caption className="data-table__caption">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">Uppgift</Table.HeaderCell>
            <Table.HeaderCell scope="col">Före</Table.HeaderCell>
            <Table.HeaderCell scope="col">Efter</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {effect.changes.map((change, index) => {
            const row = describe(change);
            return (
              <Table.Row key={index}>
                <Table.HeaderCell scope="row">{row.what}</Table.HeaderCell>
                <Table.Cell>{row.before}</Table.Cell>
                <Table.Cell>{row.after}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </ScrollArea>
  );
}
