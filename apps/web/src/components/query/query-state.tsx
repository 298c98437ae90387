import { useDeferredValue, type ReactNode } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { isApiError, errorMessage } from '../../lib/api-error.ts';
import { AppLink } from '../link/app-link.tsx';
import { LoadingSkeleton, LoadingSpinner } from './loading-marks.tsx';

export interface TQueryStateProps<TData> {
  query: UseQueryResult<TData>;
  /** What is being fetched, for the loading text: "överblicken för 2024 H1". */
  what: string;
  /** True when the data hold nothing to show; then `empty` is shown instead. */
  isEmpty?: (data: TData) => boolean;
  empty?: ReactNode;
  children: (data: TData) => ReactNode;
  /**
   * Render the children the first time in slices React can interrupt (a dashboard's ~1 700
   * elements). Not for forms: their inputs must be there the moment they are shown.
   */
  deferFirstRender?: boolean;
}

/**
 * Loading, error and empty states of one query (laddning, fel, tomt), each saying what is going on
 * and what to do next. The children render only with parsed data.
 *
 * With `deferFirstRender` the children first render deferred (`useDeferredValue`): react-query's
 * update renders at once and in one piece, so a dashboard's ~1 700 elements were one long task when its data arrived
 * (1.8 s on a throttled phone); deferred, React renders them in slices it can interrupt, with the
 * loading state on screen until they are done (decision 016).
 */
export function QueryState<TData>({
  query,
  what,
  isEmpty,
  empty,
  children,
  deferFirstRender = false,
}: TQueryStateProps<TData>) {
  // Only the first arrival is deferred: a later answer (another period, a save) shows at once.
  const deferredReady = useDeferredValue(query.data !== undefined);
  const ready = deferFirstRender ? deferredReady : true;
  if (query.isPending) return <LoadingState what={what} />;
  if (query.isError)
    return <ErrorState error={query.error} what={what} onRetry={() => void query.refetch()} />;
  if (!ready) return <LoadingState what={what} />;
  if (isEmpty?.(query.data)) return <>{empty ?? <EmptyState />}</>;
  return <>{children(query.data)}</>;
}

export function LoadingState({ what }: { what: string }) {
  return (
    <div className="loading-state" aria-busy="true">
      <div role="status" className="loading-state__status">
        <LoadingSpinner />
        <span>Hämtar {what} …</span>
      </div>
      <div className="loading-state__skeletons" aria-hidden="true">
        <LoadingSkeleton height="6rem" />
        <LoadingSkeleton height="6rem" />
        <LoadingSkeleton height="6rem" />
      </div>
      <LoadingSkeleton height="14rem" />
    </div>
  );
}

export function ErrorState({
  error,
  what,
  onRetry,
}: {
  error: unknown;
  what: string;
  onRetry?: () => void;
}) {
  const location = useLocation();
  const status = isApiError(error) ? error.status : undefined;
  if (status === 401) {
    const back = encodeURIComponent(`${location.pathname}${location.search}`);
    return (
      <Alert data-color="warning" role="alert">
        <Heading level={2} data-size="xs">
          Du behöver logga in igen
        </Heading>
        <Paragraph>
          Din session har gått ut. Logga in igen så kommer du tillbaka till den här sidan.
        </Paragraph>
        <Paragraph>
          <AppLink to={`/logga-in?till=${back}`}>Gå till inloggningen</AppLink>
        </Paragraph>
      </Alert>
    );
  }
  if (status === 404 || status === 403) {
    return (
      <Alert data-color="info" role="alert">
        <Heading level={2} data-size="xs">
          {status === 404 ? 'Sidan hittades inte' : 'Du saknar behörighet'}
        </Heading>
        <Paragraph>{errorMessage(error)}</Paragraph>
        <Paragraph>
          Kontrollera adressen, eller gå till <AppLink to="/oversikt">Överblick</AppLink> och välj
          därifrån.
        </Paragraph>
      </Alert>
    );
  }
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        Det gick inte att hämta {what}
      </Heading>
      <Paragraph>{errorMessage(error)}</Paragraph>
      {onRetry ? (
        <Button variant="secondary" data-size="sm" onClick={onRetry}>
          Försök igen
        </Button>
      ) : null}
    </Alert>
  );
}

export function EmptyState({
  title = 'Inga uppgifter för perioden',
  children = 'Det finns inga inrapporterade uppgifter för den valda perioden. Välj en annan period ovan.',
}: {
  title?: string;
  children?: ReactNode;
}) {
  return (
    <Alert data-color="info">
      <Heading level={2} data-size="xs">
        {title}
      </Heading>
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}

/**
 * `data` once `QueryState deferFirstRender` shows it (undefined until then): a page's header that
 * shows parts of the same data must appear in the same commit as the content, or it pushes the
 * loading state down (a layout shift of 0.1–0.2, decision 016).
 */
export function useDeferredArrival<TData>(data: TData | undefined): TData | undefined {
  const ready = useDeferredValue(data !== undefined);
  return ready ? data : undefined;
}
