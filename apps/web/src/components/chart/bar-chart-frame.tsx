import { lazy, Suspense } from 'react';

/** One series of a bar chart. */
export interface TBarSeries {
  dataKey: string;
  name: string;
  fill: string;
  stackId?: string;
}

export interface TBarChartFrameProps<T extends object> {
  data: T[];
  /** The key of each datum's category label (an intervention, a period). */
  categoryKey: string;
  /**
   * The key of a shorter tick text for a narrow chart ("Kv 1–2 2024" for "Kvartal 1–2 2024"),
   * where the cut-off full label would read alike for every category; else the label is
   * shortened. The tooltip and the table keep the full label.
   */
  narrowCategoryKey?: string;
  series: TBarSeries[];
  /** Axis and tooltip text of a value: always a domain formatter (recharts' own has no grouping). */
  formatValue: (value: number | null) => string;
  /** Tooltip suffix, e.g. " TSEK". */
  unit?: string;
  /** 'vertical' = horizontal bars with the categories down the side (long names). */
  layout?: 'horizontal' | 'vertical';
  height?: number;
  /** Width of the category axis for vertical layout. */
  categoryWidth?: number;
  /** Width of the value axis (long TSEK figures); recharts' default otherwise. */
  valueWidth?: number;
  /** Counts: whole-number ticks only. */
  integer?: boolean;
  /** Fixed value range, e.g. [0, 1] for shares. */
  valueDomain?: [number, number];
  /** A line at zero (amounts that can be negative). */
  zeroLine?: boolean;
  /** A single series needs no legend. */
  legend?: boolean;
  /** A colour per bar (e.g. red for a negative amount), instead of the series' colour. */
  barFill?: (datum: T) => string;
  /**
   * The chart's measured width, set by `ChartWithTable`; below `NARROW_CHART_WIDTH` the axes are
   * fitted to it (`fitChartToWidth`) and the category axis shows `narrowCategoryKey`.
   */
  fitWidth?: number;
}

/**
 * The one bar-chart frame: every dashboard chart is one of these inside `ChartWithTable`, which
 * gives it its table ("Visa som tabell"). recharts (~110 kB gzip) is in the chunk of
 * `DrawnBarChart`, loaded when the first chart is drawn, not with the page (decision 016): the
 * page's tables need none of it. Until it has loaded the chart's height is kept free.
 */
export function BarChartFrame<T extends object>(props: TBarChartFrameProps<T>) {
  return (
    <Suspense fallback={<div style={{ height: barChartHeight(props) }} />}>
      <DrawnBarChart {...(props as unknown as TBarChartFrameProps<object>)} />
    </Suspense>
  );
}
BarChartFrame.fitsToWidth = true;

const DrawnBarChart = lazy(async () => ({
  default: (await import('./bar-chart-drawn.tsx')).DrawnBarChart,
}));

/** A frame's height: as given, else one row of 44 px per category (vertical) or 300 px. */
export function barChartHeight({
  data,
  layout = 'horizontal',
  height,
}: Pick<TBarChartFrameProps<object>, 'data' | 'layout' | 'height'>): number {
  return height ?? (layout === 'vertical' ? Math.max(240, 44 * data.length + 80) : 300);
}
