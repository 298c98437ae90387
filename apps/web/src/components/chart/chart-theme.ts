/**
 * Chart colours from the Designsystemet theme (diagramfärger), so charts follow the theme's
 * contrast. Series are also told apart by pattern/order and named in the legend and the table.
 */
export const CHART_COLOURS = {
  primary: 'var(--ds-color-accent-base-default)',
  secondary: 'var(--ds-color-neutral-border-strong)',
  women: 'var(--ds-color-brand1-base-default)',
  men: 'var(--ds-color-brand2-base-default)',
  total: 'var(--ds-color-accent-base-default)',
  green: 'var(--ds-color-success-base-default)',
  yellow: 'var(--ds-color-warning-base-default)',
  red: 'var(--ds-color-danger-base-default)',
  none: 'var(--ds-color-neutral-border-default)',
  grid: 'var(--ds-color-neutral-border-subtle)',
  text: 'var(--ds-color-neutral-text-default)',
} as const;

/**
 * Axis and legend text in the page's text colour and size. `width: undefined` overrides the axis
 * width recharts hands each tick label: with a width it wraps the label and measures every word in
 * a DOM span, one forced restyle of the whole page per word (decision 011). Labels stay on one
 * line; a narrow chart shortens them (`fitChartToWidth`), the table has them in full.
 */
export const AXIS_TICK = { fill: CHART_COLOURS.text, fontSize: 14, width: undefined } as const;
