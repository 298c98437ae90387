/** Query keys of the lead's kvartalsrapport form; the one place these keys are spelled. */
export const leadReportQueryKeys = {
  all: ['lead-reports'] as const,
  report: (id: string) => [...leadReportQueryKeys.all, 'report', id] as const,
  previous: (id: string) => [...leadReportQueryKeys.all, 'previous', id] as const,
  participants: (interventionId: string, period: string) =>
    [...leadReportQueryKeys.all, 'participants', interventionId, period] as const,
};
