import { useMutation } from '@tanstack/react-query';
import {
  ZRequisitionPreview,
  type TRequisitionImportInput,
  type TRequisitionPreview,
} from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';

/** POST /api/outcome-grids/:period/requisitions/preview (kansli): nothing is saved. */
export function previewRequisitions({
  period,
  input,
}: {
  period: string;
  input: TRequisitionImportInput;
}): Promise<TRequisitionPreview> {
  return apiRequest(`/outcome-grids/${encodeURIComponent(period)}/requisitions/preview`, {
    method: 'POST',
    body: input,
    schema: ZRequisitionPreview,
  });
}

export function usePreviewRequisitions() {
  return useMutation({ mutationFn: previewRequisitions });
}
