import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { AXIS_TICK, CHART_COLOURS } from './chart-theme.ts';
import { renderLegendText } from './chart-legend.tsx';
import { fitChartToWidth } from './fit-chart-to-width.tsx';

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
  /** Set by `fitChartToWidth` on a narrow screen: the axes are fitted to this width. */
  fitWidth?: number;
}

/**
 * The one bar-chart frame: grid, axes with the domain formatters, tooltip, legend in the text
 * colour, the theme's colours. Every dashboard chart is one of these inside `ChartWithTable`,
 * which gives it its table ("Visa som tabell").
 *
 * Every axis has a numeric `interval` and ticks without a width (`AXIS_TICK`): with recharts'
 * defaults each tick label is measured in a DOM span, and each measurement restyled the whole
 * page (Designsystemet's `:has()` rules) — 65 forced style recalculations, a 4–6 s long task on
 * Överblick (decision 011).
 */
export function BarChartFrame<T extends object>({
  data,
  categoryKey,
  series,
  formatValue,
  unit = '',
  layout = 'horizontal',
  height,
  categoryWidth = 190,
  valueWidth,
  integer = false,
  valueDomain,
  zeroLine = false,
  legend = true,
  barFill,
  fitWidth = 0,
}: TBarChartFrameProps<T>) {
  const vertical = layout === 'vertical';
  const valueAxis = {
    type: 'number' as const,
    allowDecimals: !integer,
    tickFormatter: (value: number) => formatValue(value),
    tick: AXIS_TICK,
    interval: 0,
    ...(valueDomain ? { domain: valueDomain } : {}),
    ...(valueWidth ? { width: valueWidth } : {}),
  };
  const categoryAxis = {
    type: 'category' as const,
    dataKey: categoryKey,
    tick: AXIS_TICK,
    interval: 0,
  };
  return fitChartToWidth(
    <BarChart
      responsive
      accessibilityLayer={false}
      layout={layout}
      data={data}
      style={{ width: '100%', height: barChartHeight({ data, layout, height }) }}
      margin={{ top: 8, right: 24, bottom: 8, left: vertical ? 8 : 16 }}
    >
      <CartesianGrid horizontal={!vertical} vertical={vertical} stroke={CHART_COLOURS.grid} />
      {vertical ? (
        <>
          <XAxis {...valueAxis} />
          <YAxis {...categoryAxis} width={categoryWidth} />
        </>
      ) : (
        <>
          <XAxis {...categoryAxis} />
          <YAxis {...valueAxis} />
        </>
      )}
      {zeroLine ? (
        vertical ? (
          <ReferenceLine x={0} stroke={CHART_COLOURS.text} />
        ) : (
          <ReferenceLine y={0} stroke={CHART_COLOURS.text} />
        )
      ) : null}
      <Tooltip
        formatter={(value) => `${formatValue(value === null ? null : Number(value))}${unit}`}
      />
      {legend ? <Legend formatter={renderLegendText} /> : null}
      {series.map((s) => (
        <Bar key={s.dataKey} dataKey={s.dataKey} name={s.name} fill={s.fill} stackId={s.stackId}>
          {barFill ? data.map((datum, index) => <Cell key={index} fill={barFill(datum)} />) : null}
        </Bar>
      ))}
    </BarChart>,
    fitWidth,
  );
}
BarChartFrame.fitsToWidth = true;

/** A frame's height: as given, else one row of 44 px per category (vertical) or 300 px. */
export function barChartHeight({
  data,
  layout = 'horizontal',
  height,
}: Pick<TBarChartFrameProps<object>, 'data' | 'layout' | 'height'>): number {
  return height ?? (layout === 'vertical' ? Math.max(240, 44 * data.length + 80) : 300);
}
