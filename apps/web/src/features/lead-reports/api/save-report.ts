import {
  ZQuarterlyReport,
  type TQuarterlyReport,
  type TUpdateQuarterlyReportInput,
} from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';

/**
 * PATCH /api/reports/:id: the autosave of a draft or returned report, at `input.version`. A 409
 * carries the report as saved (ApiError.current) so the form can show both versions.
 */
export function saveReport(
  id: string,
  input: TUpdateQuarterlyReportInput,
): Promise<TQuarterlyReport> {
  return apiRequest(`/reports/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
    schema: ZQuarterlyReport,
  });
}
