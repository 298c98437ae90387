/*
 * Designsystemet's spinner and skeleton, drawn with its own classes and markup but without its
 * `useSynchronizedAnimation` hook: the hook calls `document.getAnimations()` in a layout effect
 * for every spinner (twice) and skeleton, and each call restyles the whole document. A loading
 * state mounts six of them, ~35 ms of a phone's main thread while a dashboard first appears
 * (issue 16). What is lost: several skeletons may pulse out of step.
 */

/** `<Spinner data-size="sm" aria-hidden>` without the animation hook. */
export function LoadingSpinner() {
  return (
    <svg className="ds-spinner" data-size="sm" aria-hidden="true" viewBox="0 0 50 50">
      <circle
        className="ds-spinner__background"
        cx="25"
        cy="25"
        r="20"
        fill="none"
        strokeWidth="5"
      />
      <circle className="ds-spinner__circle" cx="25" cy="25" r="20" fill="none" strokeWidth="5" />
    </svg>
  );
}

/** `<Skeleton variant="rectangle" height={height}>` (hidden from assistive technology). */
export function LoadingSkeleton({ height }: { height: string }) {
  return (
    <span className="ds-skeleton" data-variant="rectangle" aria-hidden="true" style={{ height }} />
  );
}
