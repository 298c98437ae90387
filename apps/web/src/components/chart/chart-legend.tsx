import { CHART_COLOURS } from './chart-theme.ts';

/** Legend text in the body text colour: recharts paints it in the series colour, often too pale. */
export function renderLegendText(value: string) {
  return <span style={{ color: CHART_COLOURS.text }}>{value}</span>;
}
