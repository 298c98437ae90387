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
import { fitChartToWidth, NARROW_CHART_WIDTH, narrowSideAxisWidth } from './fit-chart-to-width.tsx';
import { barChartHeight, type TBarChartFrameProps } from './bar-chart-frame.tsx';

/**
 * What `BarChartFrame` draws, in a chunk of its own with recharts (decision 016): grid, axes with
 * the domain formatters, tooltip, legend in the text colour, the theme's colours.
 *
 * Every axis has a numeric `interval` and ticks without a width (`AXIS_TICK`): with recharts'
 * defaults each tick label is measured in a DOM span, and each measurement restyled the whole
 * page (Designsystemet's `:has()` rules) — 65 forced style recalculations, a 4–6 s long task on
 * Överblick (decision 011).
 */
export function DrawnBarChart<T extends object>({
  data,
  categoryKey,
  narrowCategoryKey,
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
  const narrow = fitWidth > 0 && fitWidth < NARROW_CHART_WIDTH;
  const categoryAxis = {
    type: 'category' as const,
    // The axis keeps the full label as its value, so the tooltip names the category in full;
    // only the tick text is the short one.
    dataKey: categoryKey,
    tick: AXIS_TICK,
    interval: 0,
    ...(narrow && narrowCategoryKey
      ? { tickFormatter: narrowLabels(data, categoryKey, narrowCategoryKey) }
      : {}),
  };
  const margin = { top: 8, right: 24, bottom: 8, left: vertical ? 8 : 16 };
  return fitChartToWidth(
    <BarChart
      responsive
      accessibilityLayer={false}
      layout={layout}
      data={data}
      style={{ width: '100%', height: barChartHeight({ data, layout, height }) }}
      margin={margin}
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
        // recharts keeps the tooltip inside the plot area only where it fits there: on a phone
        // its one-line box was wider than the plot, ran off the screen and made the page scroll
        // sideways. Narrow, it is as wide as the plot at most and its lines wrap.
        {...(narrow
          ? {
              wrapperStyle: {
                maxWidth: plotWidth(
                  fitWidth,
                  margin,
                  vertical
                    ? narrowSideAxisWidth(categoryWidth)
                    : (valueWidth ?? DEFAULT_VALUE_AXIS_WIDTH),
                ),
              },
              contentStyle: { whiteSpace: 'normal' },
            }
          : {})}
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

/** Each category's short tick text, looked up by its full label (the axis' value). */
function narrowLabels<T extends object>(
  data: T[],
  categoryKey: string,
  narrowCategoryKey: string,
): (value: unknown) => string {
  const labels = new Map(
    data.map((datum) => {
      const record = datum as Record<string, unknown>;
      return [String(record[categoryKey]), String(record[narrowCategoryKey])];
    }),
  );
  return (value) => labels.get(String(value)) ?? String(value);
}

/** recharts' width of a value axis that sets none. */
const DEFAULT_VALUE_AXIS_WIDTH = 60;

/** The plot area's width: the chart's, less its margins and the axis on its left. */
function plotWidth(
  chartWidth: number,
  margin: { left: number; right: number },
  leftAxisWidth: number,
): number {
  return Math.max(chartWidth - margin.left - margin.right - leftAxisWidth, 120);
}
