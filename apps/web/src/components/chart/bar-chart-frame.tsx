import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, CHART_COLOURS } from './chart-theme.ts';
import { renderLegendText } from './chart-legend.tsx';

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
  formatValue: (value: number) => string;
  /** Tooltip suffix, e.g. " TSEK". */
  unit?: string;
  /** 'vertical' = horizontal bars with the categories down the side (long names). */
  layout?: 'horizontal' | 'vertical';
  height?: number;
  /** Width of the category axis for vertical layout. */
  categoryWidth?: number;
  /** Counts: whole-number ticks only. */
  integer?: boolean;
}

/**
 * The one bar-chart frame: grid, axes with the domain formatters, tooltip, legend in the text
 * colour, the theme's colours. Every dashboard chart is one of these inside `ChartWithTable`,
 * which gives it its table ("Visa som tabell").
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
  integer = false,
}: TBarChartFrameProps<T>) {
  const vertical = layout === 'vertical';
  const valueAxis = {
    type: 'number' as const,
    allowDecimals: !integer,
    tickFormatter: (value: number) => formatValue(value),
    tick: AXIS_TICK,
  };
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      layout={layout}
      data={data}
      style={{
        width: '100%',
        height: height ?? (vertical ? Math.max(240, 44 * data.length + 80) : 300),
      }}
      margin={{ top: 8, right: 24, bottom: 8, left: vertical ? 8 : 16 }}
    >
      <CartesianGrid horizontal={!vertical} vertical={vertical} stroke={CHART_COLOURS.grid} />
      {vertical ? (
        <>
          <XAxis {...valueAxis} />
          <YAxis
            type="category"
            dataKey={categoryKey as string}
            width={categoryWidth}
            tick={AXIS_TICK}
            interval={0}
          />
        </>
      ) : (
        <>
          <XAxis type="category" dataKey={categoryKey as string} tick={AXIS_TICK} />
          <YAxis {...valueAxis} />
        </>
      )}
      <Tooltip formatter={(value) => `${formatValue(Number(value))}${unit}`} />
      <Legend formatter={renderLegendText} />
      {series.map((s) => (
        <Bar key={s.dataKey} dataKey={s.dataKey} name={s.name} fill={s.fill} stackId={s.stackId} />
      ))}
    </BarChart>
  );
}
