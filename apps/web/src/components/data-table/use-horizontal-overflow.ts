import { useEffect, useRef, useState } from 'react';

/**
 * Whether an element's content is wider than the element (it scrolls sideways). Only then does a
 * table's scroll area need to be a focusable, named region, so keyboard users can scroll it;
 * otherwise it would add a tab stop and a landmark for nothing.
 */
export function useHorizontalOverflow<TElement extends HTMLElement>() {
  const ref = useRef<TElement>(null);
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return { ref, overflowing };
}
