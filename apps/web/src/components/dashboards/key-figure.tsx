import { useId, type ReactNode } from 'react';
import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';

export interface TKeyFigureProps {
  label: string;
  /** The figure, already formatted by a domain formatter. */
  value: string;
  /** Unit after the figure ("TSEK"), smaller. */
  unit?: string;
  /** A status tag or a short explanation under the figure. */
  children?: ReactNode;
}

/** A key figure card (nyckeltal) at the top of a dashboard: label, big number, one line of context. */
export function KeyFigure({ label, value, unit, children }: TKeyFigureProps) {
  return (
    <Card className="key-figure" data-color="neutral">
      <Card.Block>
        <Heading level={3} data-size="2xs" className="key-figure__label">
          {label}
        </Heading>
        <Paragraph className="key-figure__value">
          <span className="key-figure__number">{value}</span>
          {unit ? <span className="key-figure__unit"> {unit}</span> : null}
        </Paragraph>
        {children ? <div className="key-figure__context">{children}</div> : null}
      </Card.Block>
    </Card>
  );
}

/**
 * The row of key figures, under a (visually hidden) `<h2>` so the headings stay in order: h1 page,
 * h2 "Nyckeltal …", h3 each figure.
 */
export function KeyFigures({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="key-figures" aria-labelledby={id}>
      <h2 id={id} className="visually-hidden">
        {label}
      </h2>
      {children}
    </section>
  );
}
