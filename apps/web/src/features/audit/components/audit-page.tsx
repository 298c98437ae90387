import { useState, type FormEvent } from 'react';
import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { formatCount, formatDateTime, ZAuditQuery, type TAuditEntry } from '@finsam/domain';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import type { TDataColumn } from '../../../components/data-table/data-column.ts';
import { QueryState } from '../../../components/query/query-state.tsx';
import { PageHeader } from '../../../components/dashboards/page-header.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { useAuditPage, type TAuditSearch } from '../api/get-audit-page.ts';
import '../audit.css';

const ENTITIES: [string, string][] = [
  ['QuarterlyReport', 'Kvartalsrapport'],
  ['Deviation', 'Avvikelse'],
  ['Intervention', 'Insats'],
  ['AnnualBudget', 'Årsbudget'],
  ['BudgetAdjustment', 'Budgetändring'],
  ['Outcome', 'Utfall'],
  ['ExpectedParticipants', 'Förväntat antal deltagare'],
  ['User', 'Användarkonto'],
];
const ENTITY_NAME = new Map(ENTITIES);

const ACTIONS: Record<string, string> = {
  create: 'Skapad',
  update: 'Ändrad',
  delete: 'Borttagen',
  submit: 'Inskickad',
  approve: 'Godkänd',
  return: 'Skickad tillbaka',
  reopen: 'Öppnad igen',
  review: 'Tagen upp för granskning',
  decide: 'Beslutad',
};

const json = (value: unknown) => (value === null ? '–' : JSON.stringify(value, null, 1));

const columns: TDataColumn<TAuditEntry>[] = [
  {
    id: 'at',
    header: 'När',
    rowHeader: true,
    value: (e) => e.at,
    cell: (e) => formatDateTime(e.at),
  },
  { id: 'who', header: 'Vem', value: (e) => e.userEmail },
  { id: 'action', header: 'Händelse', value: (e) => ACTIONS[e.action] ?? e.action },
  {
    id: 'entity',
    header: 'Gäller',
    value: (e) => `${ENTITY_NAME.get(e.entity) ?? e.entity} ${e.entityId}`,
  },
  {
    id: 'before',
    header: 'Före',
    value: (e) => json(e.before),
    cell: (e) => <pre className="audit-value">{json(e.before)}</pre>,
  },
  {
    id: 'after',
    header: 'Efter',
    value: (e) => json(e.after),
    cell: (e) => <pre className="audit-value">{json(e.after)}</pre>,
  },
];

type TFieldErrors = Partial<Record<'who' | 'q' | 'from' | 'to', string>>;

/**
 * Ändringslogg (the office): who changed what and when, with the values before and after.
 * Search by who (part of the e-mail), what kind of data, a date range and free text found
 * anywhere in the entry — a comment, a name, an amount. Checked with the API's own ZAuditQuery.
 */
export function AuditPage() {
  usePageTitle('Ändringslogg');
  const [search, setSearch] = useState<TAuditSearch>({ page: 1 });
  const [errors, setErrors] = useState<TFieldErrors>({});
  const page = useAuditPage(search);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = Object.fromEntries(
      ['who', 'entity', 'q', 'from', 'to'].map((key) => [key, String(data.get(key) ?? '').trim()]),
    );
    const candidate = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
    const parsed = ZAuditQuery.safeParse(candidate);
    if (!parsed.success) {
      const next: TFieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]) as keyof TFieldErrors;
        next[key] ??= issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    setSearch({ ...candidate, page: 1 });
  };

  return (
    <>
      <PageHeader
        title="Ändringslogg"
        lead="Vem ändrade vad och när, med värdena före och efter. Nyaste först."
      />
      <form
        role="search"
        aria-label="Sök i ändringsloggen"
        onSubmit={submit}
        className="app-form"
        noValidate
      >
        <div className="filters">
          <Textfield name="who" label="Vem (e-postadress)" error={errors.who} />
          <Field>
            <Label>Typ av uppgift</Label>
            <Select name="entity" width="auto" defaultValue="">
              <Select.Option value="">Alla</Select.Option>
              {ENTITIES.map(([value, label]) => (
                <Select.Option key={value} value={value}>
                  {label}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            name="q"
            label="Fritext"
            description="T.ex. en kommentar eller ett belopp"
            error={errors.q}
          />
          <Textfield name="from" type="date" label="Från och med" error={errors.from} />
          <Textfield name="to" type="date" label="Till och med" error={errors.to} />
        </div>
        <div>
          <Button type="submit">Sök</Button>
        </div>
      </form>
      <QueryState query={page} what="ändringsloggen">
        {(data) => {
          const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
          return (
            <section aria-labelledby="audit-result" className="section-gap">
              <Heading level={2} data-size="sm" id="audit-result">
                Träffar
              </Heading>
              <p role="status" className="filters__count">
                {data.total === 1 ? '1 ändring.' : `${formatCount(data.total)} ändringar.`} Sida{' '}
                {data.page} av {pages}.
              </p>
              <DataTable
                caption="Ändringar"
                captionHidden
                columns={columns}
                rows={data.entries}
                rowKey={(entry) => entry.id}
                emptyText="Inga ändringar matchar sökningen. Ändra eller ta bort något villkor."
              />
              <div className="audit-pages">
                <Button
                  type="button"
                  variant="secondary"
                  disabled={data.page <= 1}
                  onClick={() => setSearch({ ...search, page: data.page - 1 })}
                >
                  Föregående sida
                </Button>
                <Button
                  type="button"
                  variant="secondary"
                  disabled={data.page >= pages}
                  onClick={() => setSearch({ ...search, page: data.page + 1 })}
                >
                  Nästa sida
                </Button>
              </div>
              {data.entries.length === 0 ? null : (
                <Paragraph data-size="sm" className="muted">
                  Tider i svensk tid.
                </Paragraph>
              )}
            </section>
          );
        }}
      </QueryState>
    </>
  );
}
