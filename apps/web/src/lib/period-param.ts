/** The query-string key that carries a dashboard's period (`/oversikt?period=2024H1`). */
export const PERIOD_PARAM = 'period';
