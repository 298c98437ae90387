import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { isPrinting, onBeforePrint } from '../../lib/before-print.ts';

/**
 * A dashboard's lower sections, rendered once what is above them has been committed and painted
 * (issue 16): the first commit of a whole Överblick (~1 700 elements) and the style and layout of
 * all of them in its first frame were one task of ~200 ms on a throttled phone; split here, each
 * half is its own task, and the top of the page shows first. The rest follows in the next frame,
 * as a transition React may interrupt. Until then the space below is kept free (a screen's
 * height), so nothing shown moves. Nested, each level is one more frame: the dashboards draw what
 * is below their first screen in two to five steps, so no commit holds a whole half-page. Printed
 * before that, every level is committed inside the `beforeprint` event (`lib/before-print.ts`),
 * so the print is whole.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(isPrinting);
  useEffect(() => {
    if (shown) return;
    // requestAnimationFrame runs before the next paint; the timeout after it, once painted.
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(
      () => (timeout = setTimeout(() => startTransition(() => setShown(true)), 0)),
    );
    const unsubscribe = onBeforePrint(() => setShown(true));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timeout);
      unsubscribe();
    };
  }, [shown]);
  return shown ? children : <div className="after-first-paint" aria-hidden="true" />;
}
