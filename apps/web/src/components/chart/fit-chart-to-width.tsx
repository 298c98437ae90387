import {
  Children,
  cloneElement,
  isValidElement,
  useEffect,
  useState,
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

type TAxisProps = {
  type?: 'number' | 'category';
  tickFormatter?: (value: unknown, index: number) => string;
  width?: number | 'auto';
  height?: number;
};

/**
 * The width of an element as laid out, followed as it changes (0 before the first layout). A
 * callback ref: the element may appear later (the chart view after "Visa som diagram").
 */
export function useElementWidth<TElement extends HTMLElement>() {
  const [element, ref] = useState<TElement | null>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!element) return;
    const measure = () => setWidth(element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return { ref, width };
}

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
  const element = chart as ReactElement<{ children?: ReactNode }>;
  return cloneElement(
    element,
    undefined,
    Children.map(element.props.children, (child) => {
      if (!isValidElement(child) || (child.type !== XAxis && child.type !== YAxis)) return child;
      const axis = child as ReactElement<TAxisProps>;
      const horizontal = child.type === XAxis;
      return cloneElement(axis, narrowAxisProps(axis.props, horizontal));
    }),
  );
}

function narrowAxisProps(props: TAxisProps, horizontal: boolean): Record<string, unknown> {
  const numeric = props.type === 'number' || (!horizontal && props.type === undefined);
  if (numeric) return { tickCount: 3, interval: 'preserveStartEnd', minTickGap: 8 };
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
      interval: 'preserveStartEnd',
      minTickGap: 2,
    };
  }
  const width = typeof props.width === 'number' ? props.width : NARROW_CATEGORY_AXIS_WIDTH;
  return { tickFormatter, width: Math.min(width, NARROW_CATEGORY_AXIS_WIDTH), interval: 0 };
}
