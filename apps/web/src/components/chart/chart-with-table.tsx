import {
  cloneElement,
  isValidElement,
  useCallback,
  useId,
  useRef,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useElementWidth } from './use-element-width.ts';
import { barChartHeight, type TBarChartFrameProps } from './bar-chart-frame.tsx';
import { useMountWhenNear } from './use-mount-when-near.ts';
import { DataTable, type TDataTableProps } from '../data-table/data-table.tsx';
import { DownloadButtons } from '../data-table/download-buttons.tsx';
import type { TExportTable } from '../../lib/export/export-table.ts';

export interface TChartWithTableProps<TRow> {
  title: string;
  headingLevel?: 2 | 3 | 4;
  /** One or two sentences under the heading: what the chart shows and how to read it. */
  description?: ReactNode;
  /**
   * The chart's text alternative (diagrammets beskrivning) for screen readers, e.g. "Stapeldiagram
   * över utfall och budget per insats i TSEK". The exact figures are in the table.
   */
  chartLabel: string;
  chart: ReactNode;
  /** The same figures as the chart, as a table. */
  table: Omit<TDataTableProps<TRow>, 'downloads' | 'exporter'>;
  /** Which view shows first; a reader can switch with "Visa som tabell" / "Visa som diagram". */
  defaultView?: 'chart' | 'table';
}

/**
 * A chart with its figures as an accessible table behind a "Visa som tabell" toggle (diagram med
 * tabell), and the table downloadable as CSV and Excel in both views. On a narrow screen the
 * chart's axes are fitted to its width (`fitChartToWidth`), so their labels do not overlap.
 */
export function ChartWithTable<TRow>({
  title,
  headingLevel = 3,
  description,
  chartLabel,
  chart,
  table,
  defaultView = 'chart',
}: TChartWithTableProps<TRow>) {
  const [view, setView] = useState(defaultView);
  const headingId = useId();
  const regionId = useId();
  const showTable = view === 'table';
  const exporter = useRef<(() => TExportTable) | null>(null);
  // The table is mounted the first time it is shown or downloaded, then kept (hidden in the chart
  // view) so a chosen sort survives switching. Mounting every chart's table up front doubled the
  // time before Överblick appeared (2,9 s → 6,2 s for a lead on this machine).
  const [tableMounted, setTableMounted] = useState(defaultView === 'table');
  const exportTable = (): TExportTable => {
    // A download in the chart view: mount the hidden table now (synchronously) and read its cells.
    if (!tableMounted) flushSync(() => setTableMounted(true));
    return exporter.current!();
  };
  const frame = useElementWidth<HTMLDivElement>();
  const [chartElement, setChartElement] = useState<HTMLDivElement | null>(null);
  const drawn = useMountWhenNear(chartElement);
  const setFrameRef = frame.ref;
  const chartRef = useCallback(
    (element: HTMLDivElement | null) => {
      setFrameRef(element);
      setChartElement(element);
    },
    [setFrameRef],
  );

  return (
    <section className="chart-with-table" aria-labelledby={headingId}>
      <div className="chart-with-table__header">
        <Heading level={headingLevel} data-size="xs" id={headingId}>
          {title}
        </Heading>
        <Button
          variant="secondary"
          data-size="sm"
          aria-controls={regionId}
          onClick={() => {
            setTableMounted(true);
            setView(showTable ? 'chart' : 'table');
          }}
        >
          {showTable ? 'Visa som diagram' : 'Visa som tabell'}
        </Button>
      </div>
      {description ? (
        <Paragraph data-size="sm" className="chart-with-table__description">
          {description}
        </Paragraph>
      ) : null}
      <div id={regionId}>
        {/* Once mounted the table stays (hidden in the chart view): the download reads the texts
            its cells show, and a sort the reader chose survives switching views. */}
        {tableMounted ? (
          <div hidden={!showTable}>
            <DataTable {...table} downloads={false} captionHidden exporter={exporter} />
          </div>
        ) : null}
        {showTable ? null : (
          <div
            ref={chartRef}
            className="chart-with-table__chart"
            role="img"
            aria-label={`${chartLabel}. Välj "Visa som tabell" för siffrorna.`}
            // The chart's own height is kept free until it is drawn: nothing below moves.
            style={drawn ? undefined : { minHeight: reservedHeight(chart) }}
          >
            {drawn ? withWidth(chart, frame.width) : null}
          </div>
        )}
      </div>
      {table.rows.length > 0 ? <DownloadButtons table={exportTable} /> : null}
    </section>
  );
}

/**
 * A chart that fits itself to its width (`BarChartFrame`, which applies `fitChartToWidth`) gets
 * the width; this module does not import recharts, so a page's tables come without it.
 */
function withWidth(chart: ReactNode, width: number): ReactNode {
  if (!isValidElement(chart) || !(chart.type as { fitsToWidth?: boolean }).fitsToWidth)
    return chart;
  return cloneElement(chart as ReactElement<{ fitWidth?: number }>, { fitWidth: width });
}

/** The height a chart will take, reserved before it is drawn. */
function reservedHeight(chart: ReactNode): number {
  if (isValidElement(chart) && (chart.type as { fitsToWidth?: boolean }).fitsToWidth) {
    return barChartHeight(chart.props as TBarChartFrameProps<object>);
  }
  return 300;
}
