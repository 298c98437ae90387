import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZQuarterlyReport, type TQuarterlyReport } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { reportQueryKeys } from '../../../lib/queries/reports/report-query-keys.ts';
import { leadReportQueryKeys } from './lead-report-query-keys.ts';

/** POST /api/reports/:id/submit: DRAFT or RETURNED → SUBMITTED, when every question is answered. */
export function submitReport({
  id,
  version,
}: {
  id: string;
  version: number;
}): Promise<TQuarterlyReport> {
  return apiRequest(`/reports/${encodeURIComponent(id)}/submit`, {
    method: 'POST',
    body: { version },
    schema: ZQuarterlyReport,
  });
}

export function useSubmitReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitReport,
    onSuccess: (report) => {
      queryClient.setQueryData(leadReportQueryKeys.report(report.id), report);
      void queryClient.invalidateQueries({
        queryKey: reportQueryKeys.ofIntervention(report.interventionId),
      });
    },
  });
}
