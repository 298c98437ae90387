import { useState } from 'react';
import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import {
  END_REASON_LABELS,
  formatCount,
  PARTICIPANT_MEASURE_LABELS,
  type TEndReason,
  type TParticipantImportInput,
  type TParticipantMeasure,
} from '@finsam/domain';
import { ImportRowErrors } from '../../../components/file-import/import-row-errors.tsx';
import { SpreadsheetFileField } from '../../../components/file-import/spreadsheet-file-field.tsx';
import { errorMessage } from '../../../lib/api-error.ts';
import {
  usePreviewParticipantImport,
  useSaveParticipantImport,
} from '../api/import-participants.ts';

/**
 * The monthly "uppföljningsfil" from a spreadsheet: choose a CSV or XLSX file (columns Månad,
 * Mått, Kvinnor, Män), see every month and every bad row, and save only a file without errors.
 */
export function ParticipantImport({ interventionId }: { interventionId: string }) {
  const preview = usePreviewParticipantImport();
  const save = useSaveParticipantImport();
  const [input, setInput] = useState<TParticipantImportInput | null>(null);
  const result = preview.data;
  return (
    <div className="participant-import">
      <Heading level={3} data-size="xs">
        Läs in från kalkylark
      </Heading>
      <Paragraph data-size="sm">
        En CSV- eller Excel-fil med en rad per månad och mått och kolumnerna Månad (t.ex. 2024-07),
        Mått (t.ex. Inregistrerade eller ”Avslutsorsak: Studier”), Kvinnor och Män. Inget sparas
        förrän du har sett filen och den saknar fel.
      </Paragraph>
      <SpreadsheetFileField
        id="participant-file"
        label="Fil med deltagarantal"
        onChoose={(file) => {
          save.reset();
          if (!file) return;
          setInput(file);
          preview.mutate({ interventionId, input: file });
        }}
      />
      {preview.error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{errorMessage(preview.error)}</Paragraph>
        </Alert>
      ) : null}
      {result ? (
        <div role="region" aria-label="Förhandsgranskning av filen">
          <ImportRowErrors
            errors={result.errors}
            intro={`Filen ${result.fileName} har ${result.errors.length} fel och kan inte sparas. Rätta raderna i kalkylarket och välj filen igen:`}
          />
          {result.months.map((month) => (
            <div
              className="table-scroll"
              key={month.month}
              tabIndex={0}
              role="region"
              aria-label={`${month.month} (rulla i sidled)`}
            >
              <Table data-size="sm">
                <caption>
                  {month.month}
                  {month.replaces ? ' (ersätter sparade antal)' : ''}
                </caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">Mått</Table.HeaderCell>
                    <Table.HeaderCell scope="col">Kvinnor</Table.HeaderCell>
                    <Table.HeaderCell scope="col">Män</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {Object.entries(month.measures).map(([key, c]) => (
                    <Table.Row key={key}>
                      <Table.HeaderCell scope="row">
                        {PARTICIPANT_MEASURE_LABELS[key as TParticipantMeasure]}
                      </Table.HeaderCell>
                      <Table.Cell>{formatCount(c.women)}</Table.Cell>
                      <Table.Cell>{formatCount(c.men)}</Table.Cell>
                    </Table.Row>
                  ))}
                  {Object.entries(month.endReasons).map(([key, c]) => (
                    <Table.Row key={key}>
                      <Table.HeaderCell scope="row">
                        Avslutsorsak: {END_REASON_LABELS[key as TEndReason]}
                      </Table.HeaderCell>
                      <Table.Cell>{formatCount(c.women)}</Table.Cell>
                      <Table.Cell>{formatCount(c.men)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
              {month.problems.length > 0 ? (
                <ul>
                  {month.problems.map((p) => (
                    <li key={p.path + p.message}>
                      {p.severity === 'ERROR' ? 'Fel' : 'Varning'}: {p.message}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
          {result.valid && input ? (
            <Button
              loading={save.isPending}
              onClick={() =>
                save.mutate({
                  interventionId,
                  input: {
                    ...input,
                    versions: Object.fromEntries(result.months.map((m) => [m.month, m.version])),
                  },
                })
              }
            >
              Spara {result.months.length} {result.months.length === 1 ? 'månad' : 'månader'}
            </Button>
          ) : null}
        </div>
      ) : null}
      {save.error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{errorMessage(save.error)}</Paragraph>
        </Alert>
      ) : null}
      {save.data ? (
        <Paragraph role="status">Sparat: {save.data.savedMonths.join(', ')}.</Paragraph>
      ) : null}
    </div>
  );
}
