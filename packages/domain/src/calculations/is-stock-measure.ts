import type { TParticipantMeasure } from '../schemas/index.ts';

const STOCK_MEASURES: ReadonlySet<TParticipantMeasure> = new Set(['ONGOING', 'ENDED_WHOLE_PERIOD']);

/**
 * Whether a participant measure is a stock — the state at a period's end (pågående; avslutade
 * under hela insatsperioden, a running total) — rather than a flow over the period. A longer
 * period takes a stock from its last piece and sums every flow over its pieces.
 */
export function isStockMeasure(measure: TParticipantMeasure): boolean {
  return STOCK_MEASURES.has(measure);
}
