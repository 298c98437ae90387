import { formatKronor, type TMemberFeeMember, type TMemberFeeSplit } from '@finsam/domain';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import type { TDataColumn } from '../../../components/data-table/data-column.ts';

interface TFeeRow {
  key: string;
  name: string;
  part: string;
  amountKronor: number | null;
  /** For the foot rows: a signed difference is shown with its sign. */
  signed?: boolean;
}

const PART = { STATE: 'Staten 50 %', REGION: 'Regionen 25 %', MUNICIPALITY: 'Kommunerna 25 %' };

const signed = (kronor: number) => `${kronor > 0 ? '+' : ''}${formatKronor(kronor)}`;

/**
 * Medlemsavgifter per member as split by `splitMemberFees`: each member rounded to whole kronor
 * on its own, and under the municipalities the sum of their rounded amounts against the nominal
 * quarter, with the difference shown rather than hidden (2022: 5 692 501 against 5 692 500).
 */
export function MemberFeeSplitTable({
  caption,
  split,
  members,
}: {
  caption: string;
  split: TMemberFeeSplit;
  members: TMemberFeeMember[];
}) {
  const byId = new Map(members.map((m) => [m.id, m]));
  const nameOf = (id: string, covers: readonly string[]) =>
    covers.map((key) => byId.get(key)?.name ?? key).join(' och ');
  const rows: TFeeRow[] = split.lines.map((line) => ({
    key: line.key,
    name: nameOf(line.key, line.coversKeys),
    part: PART[line.group],
    amountKronor: line.amountKronor,
  }));
  const foot: TFeeRow[] = [
    {
      key: 'kommuner-summa',
      name: 'Summa kommunerna (avrundade var för sig)',
      part: '',
      amountKronor: split.municipalitiesSumKronor,
    },
    {
      key: 'kommuner-nominellt',
      name: 'Kommunernas andel, 25 % av totalen',
      part: '',
      amountKronor: split.municipalitiesNominalKronor,
    },
    {
      key: 'kommuner-skillnad',
      name: 'Skillnad av avrundningen',
      part: '',
      amountKronor: split.municipalRoundingDifferenceKronor,
      signed: true,
    },
    {
      key: 'total',
      name: 'Summa alla medlemmar',
      part: `Totalt ${formatKronor(split.totalKronor)}`,
      amountKronor: split.sumKronor,
    },
  ];
  const columns: TDataColumn<TFeeRow>[] = [
    { id: 'name', header: 'Medlem', rowHeader: true, value: (row) => row.name },
    { id: 'part', header: 'Del', value: (row) => row.part },
    {
      id: 'amount',
      header: 'Avgift (kr)',
      kind: 'kronor',
      value: (row) => row.amountKronor,
      cell: (row) =>
        row.amountKronor === null
          ? '–'
          : row.signed
            ? signed(row.amountKronor)
            : formatKronor(row.amountKronor),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      footRows={foot}
      rowKey={(r) => r.key}
    />
  );
}
