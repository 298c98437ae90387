import type { ReactNode } from 'react';
import { useHorizontalOverflow } from '../../../components/data-table/use-horizontal-overflow.ts';

/**
 * The sideways-scrolling box of a table that is not a DataTable (it holds form controls): when
 * its content is wider than the screen (390 px) it becomes a focusable, named region, so a
 * keyboard user can scroll it, as DataTable does.
 */
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  const scroll = useHorizontalOverflow<HTMLDivElement>();
  return (
    <div
      ref={scroll.ref}
      className="data-table__scroll"
      {...(scroll.overflowing
        ? { tabIndex: 0, role: 'region', 'aria-label': `${label} (rulla i sidled)` }
        : {})}
    >
      {children}
    </div>
  );
}
