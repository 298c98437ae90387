import { useState } from 'react';
import './economy.css';
import { useSearchParams } from 'react-router';
import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  List,
  Paragraph,
  Select,
} from '@digdir/designsystemet-react';
import { formatPeriod, type TOutcomeGrid } from '@finsam/domain';
import { QueryState } from '../../../components/query/query-state.tsx';
import { errorMessage, isApiError } from '../../../lib/api-error.ts';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { useOutcomeGrid } from '../api/get-outcome-grid.ts';
import { useSaveOutcomeGrid } from '../api/save-outcome-grid.ts';
import { RequisitionImport } from './requisition-import.tsx';
import { OutcomeGridTable } from './outcome-grid-table.tsx';
import { useOutcomeGridDrafts } from './use-outcome-grid-drafts.ts';
import { gridPeriodOptions, defaultGridPeriod } from './grid-periods.ts';

/**
 * Utfall (the office): one grid per quarter (or half-year) with every running intervention as a
 * row, typed or pasted from Excel, saved as a whole. The period is in the address (?period=2024Q3).
 */
export function OutcomeGridPage() {
  usePageTitle('Utfall');
  const [params, setParams] = useSearchParams();
  const period = (params.get('period') ?? defaultGridPeriod(new Date())).toUpperCase();
  const query = useOutcomeGrid(period);
  return (
    <>
      <Heading level={1} data-size="lg">
        Utfall {formatPeriod(period)}
      </Heading>
      <Paragraph>
        Skriv in eller klistra in beloppen från rekvisitionslistan i Excel (en kolumn med belopp,
        eller insatsens namn och belopp). Förbrukningskvoten räknas från 1 januari mot årets
        justerade budget medan du skriver. Alla ändrade rader sparas tillsammans.
      </Paragraph>
      <Field className="economy-period-field">
        <Label>Period</Label>
        <Select
          width="auto"
          value={period}
          onChange={(event) => setParams({ period: event.target.value })}
        >
          {gridPeriodOptions(new Date(), period).map((option) => (
            <Select.Option key={option} value={option}>
              {formatPeriod(option)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <QueryState query={query} what={`utfallen för ${formatPeriod(period)}`}>
        {(grid) => (
          <>
            <OutcomeGridEditor key={grid.period} grid={grid} />
            <RequisitionImport key={`rekv-${grid.period}`} period={grid.period} />
          </>
        )}
      </QueryState>
    </>
  );
}

function OutcomeGridEditor({ grid }: { grid: TOutcomeGrid }) {
  const { lines, setCell, changedRows, hasErrors, clearDrafts } = useOutcomeGridDrafts(grid);
  const save = useSaveOutcomeGrid();
  const [serverMessages, setServerMessages] = useState<Record<string, string>>({});
  const [pasteProblems, setPasteProblems] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ message: string; rows: string[] } | null>(null);
  const changed = changedRows();

  const onSave = async () => {
    setStatus(null);
    setFailure(null);
    setServerMessages({});
    if (hasErrors) {
      setFailure({ message: 'Rätta de markerade beloppen innan du sparar.', rows: [] });
      return;
    }
    if (changed.length === 0) {
      setStatus('Inget att spara: inga belopp är ändrade.');
      return;
    }
    try {
      await save.mutateAsync({ period: grid.period, input: { rows: changed } });
      clearDrafts();
      setStatus(
        `${changed.length === 1 ? 'En rad sparades' : `${changed.length} rader sparades`} för ${formatPeriod(grid.period)}.`,
      );
    } catch (error) {
      const messages: Record<string, string> = {};
      for (const field of isApiError(error) ? error.fields : []) {
        const index = Number(/^body\.rows\.(\d+)/.exec(field.path)?.[1]);
        const row = changed[index];
        if (row) messages[row.interventionId] = field.message;
      }
      setServerMessages(messages);
      setFailure({
        message:
          isApiError(error) && error.status === 409
            ? `${errorMessage(error)} Dina inskrivna belopp finns kvar; de senast sparade står i varje rad.`
            : errorMessage(error),
        rows: Object.values(messages),
      });
    }
  };

  return (
    <>
      {pasteProblems.length > 0 ? (
        <Alert data-color="warning" role="status">
          <Paragraph>Några inklistrade rader kunde inte placeras:</Paragraph>
          <List.Unordered>
            {pasteProblems.map((problem) => (
              <List.Item key={problem}>{problem}</List.Item>
            ))}
          </List.Unordered>
        </Alert>
      ) : null}
      <OutcomeGridTable
        grid={grid}
        lines={lines}
        serverMessages={serverMessages}
        setCell={setCell}
        onPasteProblems={setPasteProblems}
      />
      {failure ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{failure.message}</Paragraph>
          {failure.rows.length > 0 ? (
            <List.Unordered>
              {failure.rows.map((row) => (
                <List.Item key={row}>{row}</List.Item>
              ))}
            </List.Unordered>
          ) : null}
        </Alert>
      ) : null}
      {status ? (
        <Alert data-color="success" role="status">
          <Paragraph>{status}</Paragraph>
        </Alert>
      ) : null}
      <div className="economy-actions">
        <Button type="button" onClick={() => void onSave()} loading={save.isPending}>
          {save.isPending
            ? 'Sparar …'
            : `Spara utfall${changed.length > 0 ? ` (${changed.length} ändrade)` : ''}`}
        </Button>
      </div>
    </>
  );
}
