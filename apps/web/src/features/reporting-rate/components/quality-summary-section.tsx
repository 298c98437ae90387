import { Field, Heading, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { formatCount, formatPeriod, type TQualitySummary } from '@finsam/domain';
import { QueryState } from '../../../components/query/query-state.tsx';
import { useQualitySummary } from '../api/get-quality-summary.ts';

type TQuestion = TQualitySummary['questions'][number];

/** "Ja i 8 av 11 insatser, Nej i 3 av 11 insatser" — the PM's wording, answers with a count. */
export function describeAnswers(question: TQuestion): string {
  if (question.answered === 0) return '–';
  const of = formatCount(question.answered);
  return question.counts
    .filter((entry) => entry.count > 0)
    .map((entry) => `${entry.value} i ${formatCount(entry.count)} av ${of} insatser`)
    .join(', ');
}

/**
 * Kvalitetssäkring (Tabell 5) of a half-year as the PM summarises it ("i N av M insatser …"),
 * from the domain package through the API: per question the answers, those for which it does not
 * apply ("–") and those without an answer.
 */
export function QualitySummarySection({
  year,
  half,
  onHalfChange,
}: {
  year: number;
  half: 1 | 2;
  onHalfChange: (half: 1 | 2) => void;
}) {
  const period = `${year}H${half}`;
  const summary = useQualitySummary(period);
  return (
    <section aria-labelledby="quality-heading" className="section-gap">
      <Heading level={2} data-size="sm" id="quality-heading">
        Kvalitetssäkring (Tabell 5)
      </Heading>
      <div className="filters">
        <Field>
          <Label>Halvår</Label>
          <Select
            width="auto"
            value={String(half)}
            onChange={(event) => onHalfChange(event.target.value === '2' ? 2 : 1)}
          >
            <Select.Option value="1">Kvartal 1 och 2</Select.Option>
            <Select.Option value="2">Kvartal 3 och 4</Select.Option>
          </Select>
        </Field>
      </div>
      <QueryState query={summary} what={`kvalitetssäkringen ${formatPeriod(period).toLowerCase()}`}>
        {(data) => (
          <>
            <Paragraph data-size="sm">
              {formatCount(data.reportedCount)} av {formatCount(data.interventionCount)} insatser
              har lämnat en rapport för {formatPeriod(data.period).toLowerCase()}; svaren är från
              varje insats senaste inskickade rapport i perioden.
            </Paragraph>
            <div
              className="table-scroll"
              tabIndex={0}
              role="region"
              aria-label={`Kvalitetssäkring ${formatPeriod(data.period).toLowerCase()} (rulla i sidled)`}
            >
              <Table data-size="sm">
                <caption>Kvalitetssäkring {formatPeriod(data.period).toLowerCase()}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">Fråga</Table.HeaderCell>
                    <Table.HeaderCell scope="col">Svar</Table.HeaderCell>
                    <Table.HeaderCell scope="col">Ej tillämpligt</Table.HeaderCell>
                    <Table.HeaderCell scope="col">Utan svar</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {data.questions.map((question) => (
                    <Table.Row key={question.key}>
                      <Table.HeaderCell scope="row">{question.label}</Table.HeaderCell>
                      <Table.Cell>{describeAnswers(question)}</Table.Cell>
                      <Table.Cell className="numeric">
                        {formatCount(question.notApplicable)}
                      </Table.Cell>
                      <Table.Cell className="numeric">
                        {formatCount(question.unanswered)}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          </>
        )}
      </QueryState>
    </section>
  );
}
