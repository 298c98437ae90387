import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../../components/query/query-state.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { errorMessage } from '../../../lib/api-error.ts';
import { useCopyQuestionSet } from '../api/copy-question-set.ts';
import { useQuestionSet } from '../api/get-question-set.ts';
import { useQuestionSets } from '../api/get-question-sets.ts';
import { QuestionSetEditor } from './question-set-editor.tsx';
import './question-sets.css';

/**
 * Kvartalsrapportens frågor (the office): the years that have a question set, next year started
 * as a copy of the newest, and the chosen year's questions to edit.
 */
export function QuestionSetsPage() {
  usePageTitle('Kvartalsrapportens frågor');
  const [params, setParams] = useSearchParams();
  const list = useQuestionSets();
  const copy = useCopyQuestionSet();
  const years = list.data?.sets.map((set) => set.year) ?? [];
  const newest = years.length > 0 ? Math.max(...years) : null;
  const chosen = Number(params.get('ar')) || newest;
  const set = useQuestionSet(chosen);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const choose = (year: number) => {
    setSavedAt(null);
    setParams({ ar: String(year) });
  };

  return (
    <>
      <Heading level={1} data-size="lg">
        Kvartalsrapportens frågor
      </Heading>
      <Paragraph>
        Frågorna i Tabell 2, 3 och 5 är egna för varje år. En rapport använder sitt års frågor,
        eller närmast tidigare års.
      </Paragraph>
      <QueryState query={list} what="frågorna">
        {(data) => (
          <>
            <Table data-size="sm" className="question-set-years">
              <caption>År med egna frågor</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">År</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Antal frågor</Table.HeaderCell>
                  <Table.HeaderCell scope="col">
                    <span className="visually-hidden">Åtgärd</span>
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.sets.map((entry) => (
                  <Table.Row key={entry.year}>
                    <Table.HeaderCell scope="row">{entry.year}</Table.HeaderCell>
                    <Table.Cell className="numeric">{entry.questionCount}</Table.Cell>
                    <Table.Cell>
                      <Button
                        type="button"
                        variant="tertiary"
                        data-size="sm"
                        aria-current={entry.year === chosen ? 'true' : undefined}
                        onClick={() => choose(entry.year)}
                      >
                        {entry.year === chosen ? `Visas: ${entry.year}` : `Redigera ${entry.year}`}
                      </Button>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
            {newest !== null ? (
              <div>
                <Button
                  type="button"
                  variant="secondary"
                  loading={copy.isPending}
                  onClick={() =>
                    copy.mutate(
                      { year: newest + 1, fromYear: newest },
                      { onSuccess: (created) => choose(created.year) },
                    )
                  }
                >
                  Börja frågorna för {newest + 1} från {newest}
                </Button>
              </div>
            ) : null}
            {copy.error ? (
              <Alert data-color="danger" role="alert">
                <Paragraph>{errorMessage(copy.error)}</Paragraph>
              </Alert>
            ) : null}
          </>
        )}
      </QueryState>
      {chosen !== null ? (
        <QueryState query={set} what={`frågorna för ${chosen}`}>
          {(data) => (
            <>
              {savedAt === `${data.year}-${data.version}` ? (
                <Paragraph role="status">Frågorna för {data.year} är sparade.</Paragraph>
              ) : null}
              <QuestionSetEditor
                key={`${data.year}-${data.version}`}
                set={data}
                onReload={() => void set.refetch()}
                onSaved={() => setSavedAt(`${data.year}-${data.version + 1}`)}
              />
            </>
          )}
        </QueryState>
      ) : null}
    </>
  );
}
