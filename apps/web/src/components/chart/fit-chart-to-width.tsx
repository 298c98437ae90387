import {
  Children,
  cloneElement,
  Fragment,
  isValidElement,
  type ReactElement,
  type ReactNode,
} from 'react';
import { XAxis, YAxis } from 'recharts';

/** Below this width (px of the chart itself, ~a phone) axes get fewer, angled, shorter labels. */
export const NARROW_CHART_WIDTH = 560;
/** Longest axis label on a narrow chart; the full name is in the table. */
const NARROW_LABEL_LENGTH = 14;
const NARROW_CATEGORY_AXIS_WIDTH = 112;
/** A label on a side axis: its width is taken from the bars. */
const NARROW_SIDE_LABEL_LENGTH = 12;
/** Room along the bottom axis for one angled label (14 px text at −35°, with a gap). */
const ANGLED_LABEL_SPACING = 32;
/** The chart's margins and value axis: what of the width the bottom axis does not get. */
const PLOT_INSET = 96;

type TAxisProps = {
  type?: 'number' | 'category';
  tickFormatter?: (value: unknown, index: number) => string;
  width?: number | 'auto';
  height?: number;
};

/** "Lokussamordnare Älvkarleby" → "Lokussamordna…" (the table under the chart has the full name). */
export function shortenLabel(text: string, length = NARROW_LABEL_LENGTH): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

/**
 * A recharts chart fitted to a narrow width: each `XAxis`/`YAxis` among the chart's children
 * gets props that keep its labels apart — a category axis along the bottom angled, shortened
 * and thinned out (recharts skips a label that would still collide), a number axis three ticks,
 * a category axis on the side narrower with shortened labels. Wide charts are left as drawn.
 * Charts (sections) set their own axes; this only overrides what a phone cannot fit.
 */
export function fitChartToWidth(chart: ReactNode, width: number): ReactNode {
  if (width === 0 || width >= NARROW_CHART_WIDTH || !isValidElement(chart)) return chart;
  // A component that fits itself (`BarChartFrame`) gets the width and applies this to its chart.
  if ((chart.type as { fitsToWidth?: boolean }).fitsToWidth) {
    return cloneElement(chart as ReactElement<{ fitWidth?: number }>, { fitWidth: width });
  }
  const element = chart as ReactElement<{ children?: ReactNode; data?: unknown[] }>;
  const count = element.props.data?.length ?? 0;
  return cloneElement(element, undefined, fitAxes(element.props.children, count, width));
}

/**
 * The axes among `children`, also inside a fragment: a chart that picks its axes by layout
 * (`<>{XAxis}{YAxis}</>`) had them passed by unfitted, and its labels overlapped on a phone.
 */
function fitAxes(children: ReactNode, count: number, width: number): ReactNode {
  return Children.map(children, (child) => {
    if (!isValidElement(child)) return child;
    if (child.type === Fragment) {
      const fragment = child as ReactElement<{ children?: ReactNode }>;
      return cloneElement(fragment, undefined, fitAxes(fragment.props.children, count, width));
    }
    if (child.type !== XAxis && child.type !== YAxis) return child;
    const axis = child as ReactElement<TAxisProps>;
    const horizontal = child.type === XAxis;
    return cloneElement(axis, narrowAxisProps(axis.props, horizontal, count, width));
  });
}

/**
 * Every interval is a number: recharts' own choices ('preserveStartEnd') measure each label in a
 * DOM span, which restyles the whole page per label (decision 011). Thinning is computed here.
 */
function narrowAxisProps(
  props: TAxisProps,
  horizontal: boolean,
  count: number,
  chartWidth: number,
): Record<string, unknown> {
  const numeric = props.type === 'number' || (!horizontal && props.type === undefined);
  if (numeric) return { tickCount: 3, interval: 0 };
  const format = props.tickFormatter;
  const tickFormatter = (value: unknown, index: number) =>
    shortenLabel(
      format ? format(value, index) : String(value),
      horizontal ? NARROW_LABEL_LENGTH : NARROW_SIDE_LABEL_LENGTH,
    );
  if (horizontal) {
    return {
      tickFormatter,
      angle: -35,
      textAnchor: 'end',
      height: Math.max(props.height ?? 0, 72),
      interval: Math.max(
        0,
        Math.ceil((count * ANGLED_LABEL_SPACING) / Math.max(chartWidth - PLOT_INSET, 1)) - 1,
      ),
    };
  }
  const width = typeof props.width === 'number' ? props.width : NARROW_CATEGORY_AXIS_WIDTH;
  return { tickFormatter, width: Math.min(width, NARROW_CATEGORY_AXIS_WIDTH), interval: 0 };
}
