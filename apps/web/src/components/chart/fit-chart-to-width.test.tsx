import { render } from '@testing-library/react';
import { Fragment } from 'react';
import { describe, expect, it } from 'vitest';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import { distinctShortLabels, fitChartToWidth, shortenLabel } from './fit-chart-to-width.tsx';

// Beslutsutrymme enligt ekonomisk information 2024-10 (seed): six plan columns.
const columns = ['Budget 2024', 'Prognos 2024', 'Prel 2025', 'Prel 2026', 'Prel 2027', 'Prel 2028'];

function chart() {
  return (
    <BarChart
      data={columns.map((name, index) => ({ name, value: index }))}
      width={340}
      height={300}
    >
      <XAxis dataKey="name" interval={0} />
      <YAxis width={72} />
      <Bar dataKey="value" />
    </BarChart>
  );
}

/** As `DrawnBarChart` draws it: the axes chosen by layout, inside a fragment. */
function chartWithAxesInAFragment() {
  return (
    <BarChart
      data={columns.map((name, index) => ({ name, value: index }))}
      width={340}
      height={300}
    >
      <>
        <XAxis dataKey="name" interval={0} />
        <YAxis width={72} />
      </>
      <Bar dataKey="value" />
    </BarChart>
  );
}

type TAxisElement = { type: unknown; props: Record<string, unknown> & { children?: unknown } };

/** The chart's children, with fragments opened. */
function flatten(children: unknown): TAxisElement[] {
  return ([] as TAxisElement[])
    .concat(children as TAxisElement[])
    .flatMap((child) => (child.type === Fragment ? flatten(child.props.children) : [child]));
}

function axes(node: ReturnType<typeof fitChartToWidth>) {
  const element = node as { props: { children: TAxisElement[] } };
  const children = flatten(element.props.children);
  return {
    x: children.find((child) => child.type === XAxis)!.props,
    y: children.find((child) => child.type === YAxis)!.props,
  };
}

describe('fitChartToWidth', () => {
  it('leaves a wide chart as drawn', () => {
    const { x, y } = axes(fitChartToWidth(chart(), 900));
    expect(x.angle).toBeUndefined();
    expect(x.interval).toBe(0);
    expect(y.tickCount).toBeUndefined();
  });

  it('angles, shortens and thins category labels and gives a number axis three ticks on a phone', () => {
    const { x, y } = axes(fitChartToWidth(chart(), 330));
    expect(x.angle).toBe(-35);
    expect(x.textAnchor).toBe('end');
    // A number, never recharts' measuring 'preserveStartEnd': six labels fit 330 px angled.
    expect(x.interval).toBe(0);
    expect((x.tickFormatter as (value: unknown) => string)('Budget 2024')).toBe('Budget 2024');
    expect(y.tickCount).toBe(3);
    // Still a chart recharts can draw.
    const { container } = render(fitChartToWidth(chart(), 330) as React.ReactElement);
    expect(container.querySelector('svg')).not.toBeNull();
  });

  it('fits axes inside a fragment too (the bar chart picks its axes by layout)', () => {
    const { x, y } = axes(fitChartToWidth(chartWithAxesInAFragment(), 330));
    expect(x.angle).toBe(-35);
    expect(x.height).toBe(72);
    expect(y.tickCount).toBe(3);
    const { x: wide } = axes(fitChartToWidth(chartWithAxesInAFragment(), 900));
    expect(wide.angle).toBeUndefined();
  });

  it('shortens a long name with an ellipsis; the table has it in full', () => {
    expect(shortenLabel('Lokussamordnare Älvkarleby')).toBe('Lokussamordna…');
    expect(shortenLabel('Lokussamordnare Älvkarleby', 12)).toBe('Lokussamord…');
    expect(shortenLabel('Jobbcentrum')).toBe('Jobbcentrum');
  });

  // Överblick 2024 H1's interventions (seed): two Lokussamordnare, cut alike at 12 characters.
  it.each([
    ['Lokussamordnare Uppsala', '…Uppsala'],
    ['Lokussamordnare Älvkarleby', '…Älvkarleby'],
    ['Jobbcentrum', 'Jobbcentrum'],
    ['Plattform för individstöd', 'Plattform f…'],
  ])('tells apart names that shorten alike: %s → %s', (text, label) => {
    const labels = distinctShortLabels(
      [
        'Jobbcentrum',
        'Plattform för individstöd',
        'Lokussamordnare Uppsala',
        'Lokussamordnare Älvkarleby',
      ],
      12,
    );
    expect(labels.get(text)).toBe(label);
  });

  it('cuts the end mid-word where whole words at the end read alike too', () => {
    const labels = distinctShortLabels(
      ['Arbetsträning Knivsta 2024', 'Arbetsträning Enköping 2024', 'Jobbcentrum'],
      12,
    );
    expect([...labels.values()]).toEqual(['…nivsta 2024', '…köping 2024', 'Jobbcentrum']);
  });

  it('gives a side axis of a narrow chart those distinct labels', () => {
    const names = ['Lokussamordnare Uppsala', 'Lokussamordnare Älvkarleby'];
    const node = fitChartToWidth(
      <BarChart
        layout="vertical"
        data={names.map((name) => ({ name, value: 1 }))}
        width={340}
        height={200}
      >
        <XAxis type="number" />
        <YAxis type="category" dataKey="name" width={190} />
        <Bar dataKey="value" />
      </BarChart>,
      340,
    );
    const format = axes(node).y.tickFormatter as (value: unknown) => string;
    expect(names.map((name) => format(name))).toEqual(['…Uppsala', '…Älvkarleby']);
  });
});
