import { useEffect } from 'react';

/** Sets the browser tab's title (sidtitel), the first thing a screen reader reads of a page. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} – Finsam Uppföljning`;
  }, [title]);
}
