import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  ZQuarterlyReport,
  type TCreateQuarterlyReportInput,
  type TQuarterlyReport,
} from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { reportQueryKeys } from '../../../lib/queries/reports/report-query-keys.ts';

export interface TCreateReportVariables {
  interventionId: string;
  input: TCreateQuarterlyReportInput;
}

/** POST /api/interventions/:id/reports: a new draft for a quarter (409 if one exists). */
export function createReport({
  interventionId,
  input,
}: TCreateReportVariables): Promise<TQuarterlyReport> {
  return apiRequest(`/interventions/${encodeURIComponent(interventionId)}/reports`, {
    method: 'POST',
    body: input,
    schema: ZQuarterlyReport,
  });
}

export function useCreateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReport,
    onSuccess: (report) =>
      queryClient.invalidateQueries({
        queryKey: reportQueryKeys.ofIntervention(report.interventionId),
      }),
  });
}
