import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import {
  formatDate,
  toSwedishDate,
  type TQuarterlyReport,
  type TReportFormValues,
} from '@finsam/domain';
import { valuesFromReport } from './report-values.ts';
import { questionLabel } from './section-questions.tsx';

function shown(answer: { value: string; text: string } | undefined) {
  if (!answer || answer.value === '') return '–';
  return answer.text.trim() ? `${answer.value} – ${answer.text.trim()}` : answer.value;
}

/**
 * A save that lost the race (another tab, another person): both versions side by side, the rows
 * that differ only, and the choice of which to keep. Nothing is saved until the person chooses.
 */
export function ConflictPanel({
  server,
  mine,
  onKeepMine,
  onUseServer,
}: {
  server: TQuarterlyReport;
  mine: TReportFormValues;
  onKeepMine: () => void;
  onUseServer: () => void;
}) {
  const theirs = valuesFromReport(server);
  const rows = [
    ...server.questions.map((question) => ({
      key: question.key,
      label: questionLabel(question),
      mine: shown(mine.answers[question.key]),
      theirs: shown(theirs.answers[question.key]),
    })),
    {
      key: 'comment',
      label: 'Sammanfattning',
      mine: mine.comment.trim() || '–',
      theirs: theirs.comment.trim() || '–',
    },
  ].filter((row) => row.mine !== row.theirs);
  return (
    <Alert data-color="warning" role="alert" className="conflict-panel">
      <Heading level={2} data-size="xs">
        Rapporten har ändrats på annat håll
      </Heading>
      <Paragraph>
        Den sparades {formatDate(toSwedishDate(new Date(server.updatedAt)))}
        {server.submittedBy ? ` av ${server.submittedBy.name}` : ''} från ett annat fönster eller av
        någon annan. Dina ändringar är inte sparade på servern men finns kvar här. Välj vilken
        version som ska gälla.
      </Paragraph>
      <Table data-size="sm">
        <caption>Skillnader mellan versionerna</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">Fråga</Table.HeaderCell>
            <Table.HeaderCell scope="col">Dina ändringar</Table.HeaderCell>
            <Table.HeaderCell scope="col">Sparad version</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.key}>
              <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
              <Table.Cell>{row.mine}</Table.Cell>
              <Table.Cell>{row.theirs}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="button-row">
        <Button onClick={onKeepMine}>Behåll mina ändringar</Button>
        <Button variant="secondary" onClick={onUseServer}>
          Använd den sparade versionen
        </Button>
      </div>
    </Alert>
  );
}
