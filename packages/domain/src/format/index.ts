export { NO_BREAK_SPACE, MINUS_SIGN, NO_DATA } from './characters.ts';
export { MONTH_NAMES_SV } from './month-names.ts';
export { formatCount } from './format-count.ts';
export { formatTsek } from './format-tsek.ts';
export { formatKronor, type TFormatKronorOptions } from './format-kronor.ts';
export { formatPercent } from './format-percent.ts';
export { formatDate } from './format-date.ts';
export { formatPeriod } from './format-period.ts';
export { formatConsumptionReason } from './format-consumption-reason.ts';
