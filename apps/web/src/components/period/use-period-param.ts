import { useCallback, useContext, useEffect } from 'react';
import { UNSAFE_NavigationContext, useLocation, useSearchParams } from 'react-router';
import { ZPeriod } from '@finsam/domain';
import { PERIOD_PARAM } from '../../lib/period-param.ts';

export { PERIOD_PARAM };

/**
 * The period chosen in the URL (`?period=2024H1`), so every page is deep-linkable. `period` is
 * null when the URL names none (the API then picks the newest period with data) or names an
 * invalid one, which `invalid` reports so the page can say so.
 */
export function usePeriodParam() {
  const [params, setParams] = useSearchParams();
  const raw = params.get(PERIOD_PARAM);
  const parsed = raw === null ? null : ZPeriod.safeParse(raw);
  const period = parsed?.success ? parsed.data : null;

  const setPeriod = useCallback(
    (next: string, options: { replace?: boolean } = {}) => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          updated.set(PERIOD_PARAM, next);
          return updated;
        },
        { replace: options.replace ?? false, preventScrollReset: true },
      );
    },
    [setParams],
  );

  return { period, raw, invalid: parsed !== null && !parsed.success, setPeriod };
}

/**
 * Writes the period the API resolved into the URL when the URL named none, so the address always
 * says what is shown (and a copied link opens the same period). Replaces the history entry — but
 * never while the reader is already on the way to another page: a new navigation would cancel
 * theirs (a click on a menu item whose page chunk is still loading was lost that way).
 */
export function useResolvedPeriodInUrl(resolved: string | undefined) {
  const { period, setPeriod } = usePeriodParam();
  const navigating = useNavigationPending();
  useEffect(() => {
    if (resolved && period === null && !navigating) setPeriod(resolved, { replace: true });
  }, [resolved, period, setPeriod, navigating]);
}

/**
 * Whether the reader is on the way to another address: the history has moved on while the
 * router still shows this page (every navigation is a transition, which waits for the new
 * page's chunk; decision 023).
 */
function useNavigationPending(): boolean {
  const shown = useLocation();
  const { navigator } = useContext(UNSAFE_NavigationContext);
  const current = (navigator as { location?: { pathname: string } }).location;
  return current !== undefined && current.pathname !== shown.pathname;
}
