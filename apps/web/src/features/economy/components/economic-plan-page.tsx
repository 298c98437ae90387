import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { z } from 'zod/mini';
import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
} from '@digdir/designsystemet-react';
import {
  formatDate,
  formatTsek,
  ZEconomicPlanCreateInput,
  ZEconomicPlanNewLine,
  type TEconomicPlan,
  type TEconomicPlanSummary,
} from '@finsam/domain';
import { Form } from '../../../components/form/form.tsx';
import { FormSelectField } from '../../../components/form/form-select-field.tsx';
import { FormTextField } from '../../../components/form/form-text-field.tsx';
import { QueryState } from '../../../components/query/query-state.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { useCreateEconomicPlan } from '../api/create-economic-plan.ts';
import { useEconomicPlan } from '../api/get-economic-plan.ts';
import { useEconomicPlans } from '../api/get-economic-plans.ts';
import { EconomicPlanTable } from './economic-plan-table.tsx';
import { usePlanDrafts } from './use-plan-drafts.ts';
import './economy.css';

const ZSaveFields = z.pick(ZEconomicPlanCreateInput, { asOfDate: true, title: true });
const ZAddLineFields = z.pick(ZEconomicPlanNewLine, {
  category: true,
  label: true,
  ownerLabel: true,
});

const ADDABLE = [
  { value: 'PENDING_APPLICATION', label: 'Ansökan (ej beviljad)' },
  { value: 'INTERVENTION', label: 'Samverkansinsats' },
  { value: 'OTHER_COOPERATION', label: 'Övrig samverkansinsats' },
  { value: 'OTHER_INCOME', label: 'Övrig intäkt' },
];

const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * Ekonomisk plan (the office; others read it): the multi-year plan with the beslutsutrymme
 * computed as it is typed. Saving makes a new plan from the newest one; every saved plan is kept
 * with its date and can be opened (?plan=id) as it stood then.
 */
export function EconomicPlanPage() {
  usePageTitle('Ekonomisk plan');
  const plans = useEconomicPlans();
  return (
    <>
      <Heading level={1} data-size="lg">
        Ekonomisk plan
      </Heading>
      <QueryState
        query={plans}
        what="de sparade planerna"
        isEmpty={(data) => data.plans.length === 0}
      >
        {(data) => <PlanChooser plans={data.plans} />}
      </QueryState>
    </>
  );
}

function PlanChooser({ plans }: { plans: TEconomicPlanSummary[] }) {
  const [params, setParams] = useSearchParams();
  const newest = plans[0]!;
  const chosenId = plans.some((p) => p.id === params.get('plan')) ? params.get('plan')! : newest.id;
  const plan = useEconomicPlan(chosenId);
  return (
    <>
      <Field className="economy-period-field">
        <Label>Sparad plan</Label>
        <Select
          width="auto"
          value={chosenId}
          onChange={(event) => setParams({ plan: event.target.value })}
        >
          {plans.map((p, index) => (
            <Select.Option key={p.id} value={p.id}>
              {`${p.title} (${formatDate(p.asOfDate)})${index === 0 ? ', senaste' : ''}`}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <QueryState query={plan} what="planen">
        {(data) => (
          <PlanEditor
            key={`${data.id}:${data.version}`}
            plan={data}
            editable={data.id === newest.id}
            onSaved={(saved) => setParams({ plan: saved.id })}
          />
        )}
      </QueryState>
    </>
  );
}

function PlanEditor({
  plan,
  editable,
  onSaved,
}: {
  plan: TEconomicPlan;
  editable: boolean;
  onSaved: (plan: TEconomicPlan) => void;
}) {
  const {
    lines,
    headroom,
    setCell,
    addLine,
    removeLine,
    restoreLine,
    removedLines,
    changes,
    hasErrors,
  } = usePlanDrafts(plan);
  const create = useCreateEconomicPlan();
  const [addKey, setAddKey] = useState(0);
  const title = `${plan.title}${editable ? ' – ändringar räknas om direkt' : ''}`;

  return (
    <>
      <Paragraph>
        {editable
          ? 'Skriv beloppen i kronor. Summor, årets resultat och beslutsutrymme (i TSEK) räknas om medan du skriver. När du sparar blir det en ny plan med dagens datum; den här planen sparas oförändrad.'
          : `Planen per ${formatDate(plan.asOfDate)} är sparad och ändras inte. Välj den senaste planen för att göra en ny.`}
      </Paragraph>
      <Paragraph data-size="sm">
        Över-/underskott från tidigare år när planen börjar: {formatTsek(plan.openingSurplusKronor)}{' '}
        TSEK
        {plan.reserveFundKronor
          ? ` (reservfonden ${formatTsek(plan.reserveFundKronor)} TSEK räknas inte)`
          : ''}
        .
      </Paragraph>
      <EconomicPlanTable
        title={title}
        columns={plan.columns}
        lines={lines}
        headroom={headroom}
        editable={editable}
        setCell={setCell}
        onRemove={removeLine}
      />
      {editable && removedLines.length > 0 ? (
        <Alert data-color="info">
          <Paragraph>
            Tas bort ur den nya planen när du sparar (planen per {formatDate(plan.asOfDate)}{' '}
            behåller dem):
          </Paragraph>
          <ul className="plain-list">
            {removedLines.map((line) => (
              <li key={line.id}>
                {line.label}{' '}
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  aria-label={`Ångra borttagningen av ${line.label}`}
                  onClick={() => restoreLine(line.id)}
                >
                  Ångra
                </Button>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {editable ? (
        <>
          <Heading level={2} data-size="sm">
            Lägg till en rad
          </Heading>
          <Form
            key={addKey}
            schema={ZAddLineFields}
            defaultValues={{ category: 'PENDING_APPLICATION', label: '', ownerLabel: '' }}
            submitLabel="Lägg till raden"
            onSubmit={(values) => {
              addLine({ ...values, ownerLabel: values.ownerLabel || null });
              setAddKey((k) => k + 1);
            }}
          >
            <FormSelectField name="category" label="Slag av rad" options={ADDABLE} />
            <FormTextField name="label" label="Namn" />
            <FormTextField name="ownerLabel" label="Insatsägare (valfritt)" />
          </Form>
          <Heading level={2} data-size="sm">
            Spara som ny plan
          </Heading>
          {hasErrors ? (
            <Alert data-color="warning" role="status">
              <Paragraph>Rätta de markerade beloppen innan du sparar.</Paragraph>
            </Alert>
          ) : null}
          <Form
            schema={ZSaveFields}
            defaultValues={{ asOfDate: todayIso(), title: '' }}
            submitLabel="Spara som ny plan"
            pendingLabel="Sparar …"
            onSubmit={async (values) => {
              if (hasErrors) throw new Error('invalid cells');
              const saved = await create.mutateAsync({
                basePlanId: plan.id,
                baseVersion: plan.version,
                asOfDate: values.asOfDate,
                ...(values.title ? { title: values.title } : {}),
                ...changes(),
              });
              onSaved(saved);
            }}
          >
            <FormTextField
              name="asOfDate"
              label="Planens datum"
              description="ÅÅÅÅ-MM-DD, t.ex. 2024-10-24 (”Ekonomisk information per …”)"
            />
            <FormTextField
              name="title"
              label="Rubrik (valfritt)"
              description="Tomt: ”Ekonomisk information per” och datumet"
            />
          </Form>
        </>
      ) : null}
    </>
  );
}
