import { useMutation } from '@tanstack/react-query';
import {
  ZBulkApproveResult,
  type TBulkApproveReportsInput,
  type TBulkApproveResult,
} from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { useInvalidateAll } from './use-invalidate-review.ts';

/**
 * POST /api/reports/approve: approves several reports, each at the version the office saw. The
 * answer is per report: one that changed meanwhile has status 409 in its line.
 */
export function approveReports(input: TBulkApproveReportsInput): Promise<TBulkApproveResult> {
  return apiRequest('/reports/approve', {
    method: 'POST',
    body: input,
    schema: ZBulkApproveResult,
  });
}

export function useApproveReports() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: approveReports, onSuccess: () => void invalidate() });
}
