import { useRef, useState } from 'react';
import { Alert, Button, Checkbox, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import {
  formatDate,
  formatDateTime,
  formatPeriod,
  type TBulkApproveResult,
  type TQuarterlyReport,
  type TReviewQueue,
} from '@finsam/domain';
import { StatusTag } from '../../../components/status/status-tag.tsx';
import { errorMessage } from '../../../lib/api-error.ts';
import { useApproveReports } from '../api/approve-reports.ts';
import { ReportReviewPanel } from './report-review-panel.tsx';
import { ScrollArea } from './scroll-area.tsx';

type TLine = TReviewQueue['submitted'][number];

const nameOf = (line: TLine) =>
  `${line.intervention.shortName}, ${formatPeriod(`${line.report.year}Q${line.report.quarter}`).toLowerCase()}`;

/**
 * Inskickade rapporter: choose several and approve them at once, or open one to read it and
 * approve or return it. A bulk approval is per report: a report that changed since the queue was
 * fetched is not approved, and says so, while the others are.
 */
export function SubmittedReports({ lines }: { lines: TLine[] }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failures, setFailures] = useState<{ name: string; message: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const approve = useApproveReports();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const names = new Map(lines.map((line) => [line.report.id, nameOf(line)]));

  const report = (result: TBulkApproveResult, extra?: string) => {
    const ok = result.results.filter((item) => item.status === 200);
    setMessage(
      [
        extra,
        ok.length === 1
          ? `${ok.map((item) => names.get(item.id) ?? item.id).join('')} godkändes.`
          : ok.length > 1
            ? `${ok.length} rapporter godkändes.`
            : null,
      ]
        .filter(Boolean)
        .join(' ') || null,
    );
    setFailures(
      result.results
        .filter((item) => item.status !== 200)
        .map((item) => ({ name: names.get(item.id) ?? item.id, message: item.message ?? '' })),
    );
    setSelected(new Set());
    statusRef.current?.focus();
  };

  const run = async (items: { id: string; version: number }[]) => {
    setError(null);
    try {
      const result = await approve.mutateAsync({ reports: items });
      report(result);
      if (result.results.some((item) => item.id === openId && item.status === 200)) setOpenId(null);
    } catch (cause) {
      setError(errorMessage(cause));
    }
  };

  const approveSelected = () => {
    const items = lines
      .filter((line) => selected.has(line.report.id))
      .map((line) => ({ id: line.report.id, version: line.report.version }));
    if (items.length === 0) {
      setError('Välj minst en rapport att godkänna.');
      return;
    }
    void run(items);
  };

  const onApprove = (opened: TQuarterlyReport) => run([{ id: opened.id, version: opened.version }]);
  const onReturned = (returned: TQuarterlyReport) => {
    setOpenId(null);
    setFailures([]);
    setMessage(
      `${returned.interventionName}, ${formatPeriod(`${returned.year}Q${returned.quarter}`).toLowerCase()} skickades tillbaka med kommentaren: ${returned.officeComment ?? ''}`,
    );
    statusRef.current?.focus();
  };

  return (
    <section aria-labelledby="submitted-heading" className="review-section">
      <Heading level={2} data-size="sm" id="submitted-heading">
        Inskickade rapporter ({lines.length})
      </Heading>
      <p role="status" ref={statusRef} tabIndex={-1} className="review-section__status">
        {message}
      </p>
      {failures.length > 0 ? (
        <Alert data-color="warning">
          <Heading level={3} data-size="2xs">
            {failures.length === 1
              ? 'En rapport godkändes inte'
              : `${failures.length} rapporter godkändes inte`}
          </Heading>
          <ul>
            {failures.map((failure) => (
              <li key={failure.name}>
                {failure.name}: {failure.message}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      ) : null}
      {lines.length === 0 ? (
        <Paragraph>Inga kvartalsrapporter väntar på granskning just nu.</Paragraph>
      ) : (
        <>
          <ScrollArea label={'Rapporter som väntar på granskning'}>
            <Table data-size="sm" className="data-table__table">
              <caption className="data-table__caption">Rapporter som väntar på granskning</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">Välj</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Insats</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Kvartal</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Sista dag</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Inskickad</Table.HeaderCell>
                  <Table.HeaderCell scope="col">I tid</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Granska</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {lines.map((line) => {
                  const name = nameOf(line);
                  return (
                    <Table.Row key={line.report.id}>
                      <Table.Cell>
                        <Checkbox
                          aria-label={`Välj ${name}`}
                          checked={selected.has(line.report.id)}
                          onChange={(event) => {
                            const next = new Set(selected);
                            if (event.target.checked) next.add(line.report.id);
                            else next.delete(line.report.id);
                            setSelected(next);
                          }}
                        />
                      </Table.Cell>
                      <Table.HeaderCell scope="row">{line.intervention.shortName}</Table.HeaderCell>
                      <Table.Cell>
                        {formatPeriod(`${line.report.year}Q${line.report.quarter}`)}
                      </Table.Cell>
                      <Table.Cell>{formatDate(line.report.dueDate)}</Table.Cell>
                      <Table.Cell>{formatDateTime(line.report.submittedAt)}</Table.Cell>
                      <Table.Cell>
                        {line.report.overdue ? (
                          <StatusTag status="YELLOW" label="Försenad" />
                        ) : (
                          <StatusTag status="GREEN" label="I tid" />
                        )}
                      </Table.Cell>
                      <Table.Cell>
                        <Button
                          type="button"
                          variant="secondary"
                          data-size="sm"
                          aria-label={`Granska ${name}`}
                          aria-expanded={openId === line.report.id}
                          onClick={() =>
                            setOpenId(openId === line.report.id ? null : line.report.id)
                          }
                        >
                          Granska
                        </Button>
                      </Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </ScrollArea>
          <div className="review-panel__actions">
            <Button type="button" onClick={approveSelected} aria-disabled={approve.isPending}>
              {approve.isPending ? 'Godkänner …' : `Godkänn markerade (${selected.size})`}
            </Button>
          </div>
          {openId ? (
            <ReportReviewPanel
              key={openId}
              reportId={openId}
              onApprove={onApprove}
              onReturned={onReturned}
              onClose={() => setOpenId(null)}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
