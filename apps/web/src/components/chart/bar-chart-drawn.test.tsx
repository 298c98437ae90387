import { Fragment, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { XAxis } from 'recharts';
import { formatPercent, formatPeriod, formatPeriodShort } from '@finsam/domain';
import { DrawnBarChart } from './bar-chart-drawn.tsx';

// The trend of Överblick (seed): three half-years, whose full labels cut alike on a phone.
const periods = ['2023H2', '2024H1', '2024H2'];
const data = periods.map((period, index) => ({
  name: formatPeriod(period),
  narrowName: formatPeriodShort(period),
  ratio: 0.5 + index / 10,
}));

type TElement = { type: unknown; props: Record<string, unknown> & { children?: unknown } };

/** The category axis (bottom) of the chart `DrawnBarChart` returns. */
function bottomAxis(fitWidth: number) {
  const chart = DrawnBarChart({
    data,
    categoryKey: 'name',
    narrowCategoryKey: 'narrowName',
    series: [{ dataKey: 'ratio', name: 'Förbrukningskvot', fill: '#000' }],
    formatValue: formatPercent,
    fitWidth,
  }) as ReactElement<{ children: unknown }>;
  const flatten = (children: unknown): TElement[] =>
    ([] as TElement[])
      .concat(children as TElement[])
      .filter(Boolean)
      .flatMap((child) => (child.type === Fragment ? flatten(child.props.children) : [child]));
  return flatten(chart.props.children).find((child) => child.type === XAxis)!.props;
}

describe('DrawnBarChart', () => {
  it('shows the full period on a wide chart (the width is always measured)', () => {
    const axis = bottomAxis(900);
    expect(axis.dataKey).toBe('name');
    expect(axis.tickFormatter).toBeUndefined();
    expect(axis.angle).toBeUndefined();
  });

  it('shows the short period on a narrow chart, and keeps the full one as the value', () => {
    const axis = bottomAxis(330);
    // The tooltip names what the axis holds: the full label.
    expect(axis.dataKey).toBe('name');
    const format = axis.tickFormatter as (value: unknown) => string;
    expect(data.map((datum) => format(datum.name))).toEqual(data.map((datum) => datum.narrowName));
    expect(axis.angle).toBe(-35);
  });
});
