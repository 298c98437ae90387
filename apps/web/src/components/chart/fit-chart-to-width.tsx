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
  dataKey?: unknown;
  /**
   * Read with the value alone: recharts passes the index of the tick after thinning, not of the
   * datum, so a label that depends on the index would differ between the axis and the data.
   */
  tickFormatter?: (value: unknown) => string;
  width?: number | 'auto';
  height?: number;
};

/** "Lokussamordnare Älvkarleby" → "Lokussamordna…" (the table under the chart has the full name). */
export function shortenLabel(text: string, length = NARROW_LABEL_LENGTH): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

/**
 * Shortened labels that still tell the categories apart: where two names would be cut to the
 * same text ("Lokussamordnare Uppsala" and "Lokussamordnare Älvkarleby" both "Lokussamord…"),
 * those show the end of their name instead ("…Uppsala", "…Älvkarleby"), which is where such
 * names differ. Where whole words at the end read alike too ("Arbetsträning Knivsta 2024" and
 * "Arbetsträning Enköping 2024" both "…2024"), the end is cut mid-word ("…nivsta 2024"). Names
 * still alike keep that label: the table under the chart tells them apart.
 * Returns each full text's label.
 */
export function distinctShortLabels(texts: string[], length: number): Map<string, string> {
  const unique = [...new Set(texts)];
  const short = new Map(unique.map((text) => [text, shortenLabel(text, length)]));
  const alike = () => {
    const uses = new Map<string, number>();
    for (const label of short.values()) uses.set(label, (uses.get(label) ?? 0) + 1);
    return unique.filter((text) => text.length > length && uses.get(short.get(text)!)! > 1);
  };
  for (const text of alike()) short.set(text, `…${lastWords(text, length - 1)}`);
  for (const text of alike()) short.set(text, `…${lastCharacters(text, length - 1)}`);
  return short;
}

/** The whole words at the end of `text` that fit `length` (at least the end of its last word). */
function lastWords(text: string, length: number): string {
  const words = text.trim().split(/\s+/);
  let end = words.pop() ?? '';
  if (end.length > length) return end.slice(-length);
  while (words.length > 0 && end.length + 1 + words.at(-1)!.length <= length) {
    end = `${words.pop()!} ${end}`;
  }
  return end;
}

/** The last `length` characters, cut mid-word if need be: "Arbetsträning Knivsta 2024" → "nivsta 2024". */
function lastCharacters(text: string, length: number): string {
  return text.trim().slice(-length).trimStart();
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
  return cloneElement(
    element,
    undefined,
    fitAxes(element.props.children, element.props.data ?? [], width),
  );
}

/**
 * The axes among `children`, also inside a fragment: a chart that picks its axes by layout
 * (`<>{XAxis}{YAxis}</>`) had them passed by unfitted, and its labels overlapped on a phone.
 */
function fitAxes(children: ReactNode, data: unknown[], width: number): ReactNode {
  return Children.map(children, (child) => {
    if (!isValidElement(child)) return child;
    if (child.type === Fragment) {
      const fragment = child as ReactElement<{ children?: ReactNode }>;
      return cloneElement(fragment, undefined, fitAxes(fragment.props.children, data, width));
    }
    if (child.type !== XAxis && child.type !== YAxis) return child;
    const axis = child as ReactElement<TAxisProps>;
    const horizontal = child.type === XAxis;
    return cloneElement(axis, narrowAxisProps(axis.props, horizontal, data, width));
  });
}

/**
 * Every interval is a number: recharts' own choices ('preserveStartEnd') measure each label in a
 * DOM span, which restyles the whole page per label (decision 011). Thinning is computed here.
 */
function narrowAxisProps(
  props: TAxisProps,
  horizontal: boolean,
  data: unknown[],
  chartWidth: number,
): Record<string, unknown> {
  const numeric = props.type === 'number' || (!horizontal && props.type === undefined);
  if (numeric) return { tickCount: 3, interval: 0 };
  const count = data.length;
  const format = (value: unknown) =>
    props.tickFormatter ? props.tickFormatter(value) : String(value);
  const length = horizontal ? NARROW_LABEL_LENGTH : NARROW_SIDE_LABEL_LENGTH;
  // Every category's text is known from the data, so two that shorten alike can be told apart.
  const key = typeof props.dataKey === 'string' ? props.dataKey : null;
  const labels = key
    ? distinctShortLabels(
        data.map((datum) => format((datum as Record<string, unknown>)[key])),
        length,
      )
    : new Map<string, string>();
  const tickFormatter = (value: unknown) => {
    const text = format(value);
    return labels.get(text) ?? shortenLabel(text, length);
  };
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
  return {
    tickFormatter,
    width: narrowSideAxisWidth(typeof props.width === 'number' ? props.width : undefined),
    interval: 0,
  };
}

/** The width a category axis on the side of a narrow chart gets: its own, at most 112 px. */
export function narrowSideAxisWidth(width: number | undefined): number {
  return Math.min(width ?? NARROW_CATEGORY_AXIS_WIDTH, NARROW_CATEGORY_AXIS_WIDTH);
}
