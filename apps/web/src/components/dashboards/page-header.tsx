import type { ReactNode } from 'react';
import { Breadcrumbs, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';

export interface TCrumb {
  label: string;
  to: string;
}

/** The page's `<h1>`, an optional trail back (brödsmulor) and one line of context under it. */
export function PageHeader({
  title,
  lead,
  crumbs = [],
  children,
}: {
  title: string;
  lead?: ReactNode;
  crumbs?: TCrumb[];
  children?: ReactNode;
}) {
  return (
    <div className="page-header">
      {crumbs.length > 0 ? (
        <Breadcrumbs aria-label="Du är här">
          <Breadcrumbs.List>
            {crumbs.map((crumb) => (
              <Breadcrumbs.Item key={crumb.to}>
                <Breadcrumbs.Link asChild>
                  <RouterLink to={crumb.to}>{crumb.label}</RouterLink>
                </Breadcrumbs.Link>
              </Breadcrumbs.Item>
            ))}
          </Breadcrumbs.List>
        </Breadcrumbs>
      ) : null}
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {lead ? <Paragraph className="page-header__lead">{lead}</Paragraph> : null}
      {children}
    </div>
  );
}
