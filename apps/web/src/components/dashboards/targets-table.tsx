import { formatCount, formatPercent, formatTsek, type TDashboardTarget } from '@finsam/domain';
import { DataTable } from '../data-table/data-table.tsx';
import type { TDataColumn } from '../data-table/data-column.ts';
import { StatusTag } from '../status/status-tag.tsx';
import { COMPARISON_LABEL } from '../../lib/labels.ts';

function formatTargetValue(target: TDashboardTarget, value: number | null): string {
  return target.unit === 'SHARE' ? formatPercent(value) : formatCount(value);
}

/** "minst 35 %" — the target as the verksamhetsplan words it. */
export function targetText(target: TDashboardTarget): string {
  return `${COMPARISON_LABEL[target.comparison]} ${formatTargetValue(target, target.targetValue)}`;
}

/** Targets whose part and whole are money (the 60-30-10 split: kronor, shown in TSEK). */
const MONEY_METRICS: readonly TDashboardTarget['metric'][] = [
  'SHARE_OF_FUNDS_INDIVIDUAL',
  'SHARE_OF_FUNDS_STRUCTURAL',
  'SHARE_OF_FUNDS_COMPETENCE',
];

/** The measured value with its basis: "46 % (59 av 127)", "58 % (475 av 816 TSEK)". */
export function targetActualText(target: TDashboardTarget): string {
  const value = formatTargetValue(target, target.actual);
  if (target.part === null || target.whole === null) return value;
  return MONEY_METRICS.includes(target.metric)
    ? `${value} (${formatTsek(target.part)} av ${formatTsek(target.whole)} TSEK)`
    : `${value} (${formatCount(target.part)} av ${formatCount(target.whole)})`;
}

const STATUS_TEXT: Record<NonNullable<TDashboardTarget['status']>, string> = {
  MET: 'Uppfyllt',
  NOT_MET: 'Inte uppfyllt',
  // A yearly minimum count (aktiviteter) part-way through the year.
  NOT_YET_MET: 'Inte uppnått ännu',
};

export function TargetStatus({ status }: { status: TDashboardTarget['status'] }) {
  if (status === null) return <span className="muted">Uppgift saknas</span>;
  return <StatusTag status={status === 'MET' ? 'GREEN' : 'YELLOW'} label={STATUS_TEXT[status]} />;
}

/**
 * Förbundets mål (verksamhetsplanen) for the year and how far each is met in the period. Targets
 * are data per förbund and year; "Underlag" says what each figure is measured over.
 */
export function TargetsTable({
  targets,
  caption,
}: {
  targets: TDashboardTarget[];
  caption: string;
}) {
  const columns: TDataColumn<TDashboardTarget>[] = [
    { id: 'label', header: 'Mål', rowHeader: true, value: (target) => target.label },
    {
      id: 'target',
      header: 'Målvärde',
      value: (target) =>
        target.unit === 'SHARE'
          ? { number: target.targetValue, kind: 'fraction' }
          : target.targetValue,
      cell: (target) => targetText(target),
    },
    {
      id: 'actual',
      header: 'Utfall',
      value: (target) =>
        target.actual === null
          ? null
          : target.unit === 'SHARE'
            ? { number: target.actual, kind: 'fraction' }
            : target.actual,
      cell: (target) => targetActualText(target),
    },
    {
      id: 'met',
      header: 'Status',
      value: (target) => (target.status === null ? null : STATUS_TEXT[target.status]),
      cell: (target) => <TargetStatus status={target.status} />,
    },
    { id: 'note', header: 'Hur det mäts', value: (target) => target.note ?? '', sortable: false },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={targets}
      rowKey={(target) => target.metric}
      emptyText="Förbundet har inga mål registrerade för året."
    />
  );
}
