import { startTransition, useEffect, useState } from 'react';
import { isPrinting, onBeforePrint } from '../../lib/before-print.ts';

/** How far below the window a chart is drawn ahead of the reader's scrolling. */
const AHEAD = '400px';

/**
 * Whether a chart should be drawn yet (decision 011): when it comes near the window or before
 * printing — not all at once while the page first appears, where Överblick's five charts made one
 * long task. Not after a fixed delay either (decision 016): recharts renders each chart in one
 * piece (0.5–0.7 s on a throttled phone), so charts nobody scrolled to were long tasks for
 * nothing. Without IntersectionObserver (tests): at once. Printing, the chart is committed inside
 * the `beforeprint` event (`lib/before-print.ts`); recharts' chunk, if not loaded yet, is not.
 */
export function useMountWhenNear(element: HTMLElement | null): boolean {
  const [near, setNear] = useState(
    () => typeof IntersectionObserver === 'undefined' || isPrinting(),
  );
  useEffect(() => {
    if (near || !element) return;
    // A transition: React draws the chart in slices it can interrupt (a click, a navigation).
    const show = () => startTransition(() => setNear(true));
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) show();
      },
      { rootMargin: `${AHEAD} 0px` },
    );
    observer.observe(element);
    const unsubscribe = onBeforePrint(() => setNear(true));
    return () => {
      observer.disconnect();
      unsubscribe();
    };
  }, [element, near]);
  return near;
}
