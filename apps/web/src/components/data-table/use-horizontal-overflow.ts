import { useEffect, useRef, useState } from 'react';

/**
 * Whether an element's content is wider than the element (it scrolls sideways), and whether more
 * is hidden to the right. Only when it overflows does a table's scroll area need to be a
 * focusable, named region with a visible "scroll sideways" cue; otherwise that would add a tab
 * stop, a landmark and a hint for nothing.
 */
export function useHorizontalOverflow<TElement extends HTMLElement>() {
  const ref = useRef<TElement>(null);
  const [overflowing, setOverflowing] = useState(false);
  const [moreToTheRight, setMoreToTheRight] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const wider = element.scrollWidth > element.clientWidth + 1;
      setOverflowing(wider);
      setMoreToTheRight(
        wider && element.scrollLeft + element.clientWidth < element.scrollWidth - 1,
      );
    };
    // No measure() here: reading scrollWidth in an effect forces a layout of the whole page once
    // per table, inside the task that rendered it (~0.8 s of a phone's first Överblick, decision
    // 016). A ResizeObserver reports each observed element once after the next layout anyway.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, []);
  return { ref, overflowing, moreToTheRight };
}
