import { useMutation } from '@tanstack/react-query';
import { ZQuarterlyReport, type TQuarterlyReport, type TReopenReportInput } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { useInvalidateAll } from './use-invalidate-review.ts';

export interface TReopenReportVariables {
  id: string;
  input: TReopenReportInput;
}

/** POST /api/reports/:id/reopen: an approved (locked) report back to the intervention, with a reason. */
export function reopenReport({ id, input }: TReopenReportVariables): Promise<TQuarterlyReport> {
  return apiRequest(`/reports/${encodeURIComponent(id)}/reopen`, {
    method: 'POST',
    body: input,
    schema: ZQuarterlyReport,
  });
}

export function useReopenReport() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: reopenReport, onSuccess: () => void invalidate() });
}
