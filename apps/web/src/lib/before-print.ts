import { flushSync } from 'react-dom';

/**
 * Parts of a page that wait to be drawn (`AfterFirstPaint`, a chart off-screen) are drawn at once
 * when the reader prints. The browser lays out the printed page right after its `beforeprint`
 * event, so they must be committed inside it: a transition or a state update in an effect would
 * come after the page was printed. One listener for the page, added when this module loads:
 * a part mounted while printing (a section inside another) reads `isPrinting()` as it mounts,
 * where a listener of its own would come after the event.
 */
const waiting = new Set<() => void>();
let printing = false;

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => {
    printing = true;
    flushSync(() => {
      for (const show of [...waiting]) show();
    });
  });
  window.addEventListener('afterprint', () => {
    printing = false;
  });
}

/** Whether the page is being printed now (between `beforeprint` and `afterprint`). */
export function isPrinting(): boolean {
  return printing;
}

/** Calls `show` (a state update) synchronously when printing starts; returns the unsubscribe. */
export function onBeforePrint(show: () => void): () => void {
  waiting.add(show);
  return () => waiting.delete(show);
}
