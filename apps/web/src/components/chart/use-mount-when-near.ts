import { startTransition, useEffect, useState } from 'react';

/** How far below the window a chart is drawn ahead of the reader's scrolling. */
const AHEAD = '400px';
/** Charts further down are drawn anyway once the page has settled (and for printing at once). */
const SETTLE_MS = 2500;

/**
 * Whether a chart should be drawn yet (decision 011): when it comes near the window, when the
 * page has settled, or before printing — not all at once while the page first appears, where
 * Överblick's five charts made one long task. Without IntersectionObserver (tests): at once.
 */
export function useMountWhenNear(element: HTMLElement | null): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
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
    const timer = window.setTimeout(show, SETTLE_MS);
    window.addEventListener('beforeprint', show);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
      window.removeEventListener('beforeprint', show);
    };
  }, [element, near]);
  return near;
}
