import { useId, type ReactNode } from 'react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';

/** A titled part of a dashboard (avsnitt), an `<h2>` landmark region a reader can jump to. */
export function DashboardSection({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="dashboard-section" aria-labelledby={id}>
      <Heading level={2} data-size="sm" id={id}>
        {title}
      </Heading>
      {intro ? <Paragraph className="dashboard-section__intro">{intro}</Paragraph> : null}
      <div className="dashboard-section__body">{children}</div>
    </section>
  );
}
