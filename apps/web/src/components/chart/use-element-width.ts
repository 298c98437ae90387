import { useEffect, useState } from 'react';

/**
 * The width of an element as laid out, followed as it changes (0 before the first layout). A
 * callback ref: the element may appear later (the chart view after "Visa som diagram").
 */
export function useElementWidth<TElement extends HTMLElement>() {
  const [element, ref] = useState<TElement | null>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!element) return;
    const measure = () => setWidth(element.clientWidth);
    // The observer's first report comes after the next layout: no forced layout here.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return { ref, width };
}
