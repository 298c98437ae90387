import { useMutation } from '@tanstack/react-query';
import {
  ZQuarterlyReport,
  type TQuarterlyReport,
  type TReturnQuarterlyReportInput,
} from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { useInvalidateAll } from './use-invalidate-review.ts';

export interface TReturnReportVariables {
  id: string;
  input: TReturnQuarterlyReportInput;
}

/** POST /api/reports/:id/return: back to the intervention with the office's comment (required). */
export function returnReport({ id, input }: TReturnReportVariables): Promise<TQuarterlyReport> {
  return apiRequest(`/reports/${encodeURIComponent(id)}/return`, {
    method: 'POST',
    body: input,
    schema: ZQuarterlyReport,
  });
}

export function useReturnReport() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: returnReport, onSuccess: () => void invalidate() });
}
