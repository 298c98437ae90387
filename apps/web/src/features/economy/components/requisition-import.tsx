import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { formatKronor, formatPeriod } from '@finsam/domain';
import { errorMessage } from '../../../lib/api-error.ts';
import { ImportRowErrors } from '../../../components/file-import/import-row-errors.tsx';
import { SpreadsheetFileField } from '../../../components/file-import/spreadsheet-file-field.tsx';
import { usePreviewRequisitions } from '../api/preview-requisitions.ts';
import { useSaveOutcomeGrid } from '../api/save-outcome-grid.ts';

/**
 * Rekvisitioner → utfall: the requisition list as a CSV or XLSX file (columns Insats, Belopp,
 * Beräknat), previewed against the grid with every bad row, and saved into the period's grid
 * (at the versions the preview showed; a row changed in between answers 409) only when valid.
 */
export function RequisitionImport({ period }: { period: string }) {
  const preview = usePreviewRequisitions();
  const save = useSaveOutcomeGrid();
  const result = preview.data;
  return (
    <section aria-labelledby="requisition-heading" className="section-gap">
      <Heading level={2} data-size="sm" id="requisition-heading">
        Läs in rekvisitionslistan
      </Heading>
      <Paragraph data-size="sm">
        En CSV- eller Excel-fil med kolumnerna Insats, Belopp (kronor) och gärna Beräknat (Ja/Nej).
        Flera rekvisitioner för samma insats läggs ihop. Inget sparas förrän filen saknar fel.
      </Paragraph>
      <SpreadsheetFileField
        id="requisition-file"
        label={`Rekvisitionslista för ${formatPeriod(period)}`}
        onChoose={(file) => {
          save.reset();
          if (file) preview.mutate({ period, input: file });
        }}
      />
      {preview.error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{errorMessage(preview.error)}</Paragraph>
        </Alert>
      ) : null}
      {result ? (
        <div role="region" aria-label="Förhandsgranskning av rekvisitionslistan">
          <ImportRowErrors
            errors={result.errors}
            intro={`Filen har ${result.errors.length} fel och kan inte sparas. Rätta raderna och välj filen igen:`}
          />
          {result.lines.length > 0 ? (
            <div
              className="table-scroll"
              tabIndex={0}
              role="region"
              aria-label={`Utfall från rekvisitionerna, ${formatPeriod(result.period)} (rulla i sidled)`}
            >
              <Table data-size="sm">
                <caption>Utfall från rekvisitionerna, {formatPeriod(result.period)}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">Insats</Table.HeaderCell>
                    <Table.HeaderCell scope="col">Rader</Table.HeaderCell>
                    <Table.HeaderCell scope="col">Utfall (kr)</Table.HeaderCell>
                    <Table.HeaderCell scope="col">Beräknat</Table.HeaderCell>
                    <Table.HeaderCell scope="col">Sparat nu (kr)</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {result.lines.map((line) => (
                    <Table.Row key={line.interventionId}>
                      <Table.HeaderCell scope="row">{line.shortName}</Table.HeaderCell>
                      <Table.Cell>{line.rows.join(', ')}</Table.Cell>
                      <Table.Cell className="numeric">{formatKronor(line.amountKronor)}</Table.Cell>
                      <Table.Cell>{line.estimated ? 'Ja' : 'Nej'}</Table.Cell>
                      <Table.Cell className="numeric">
                        {formatKronor(line.previousAmountKronor)}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          ) : null}
          {result.valid ? (
            <Button
              type="button"
              loading={save.isPending}
              onClick={() =>
                save.mutate({
                  period: result.period,
                  input: {
                    source: 'Rekvisitionslista',
                    rows: result.lines.map((line) => ({
                      interventionId: line.interventionId,
                      baseVersion: line.baseVersion,
                      amountKronor: line.amountKronor,
                      estimated: line.estimated,
                    })),
                  },
                })
              }
            >
              Spara {result.lines.length} utfall i rutnätet
            </Button>
          ) : null}
          {save.error ? (
            <Alert data-color="danger" role="alert">
              <Paragraph>{errorMessage(save.error)}</Paragraph>
            </Alert>
          ) : null}
          {save.isSuccess ? (
            <Paragraph role="status">
              Utfallen från rekvisitionslistan är sparade för {formatPeriod(result.period)}.
            </Paragraph>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
