import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  ZParticipantImportPreview,
  ZParticipantImportResult,
  type TParticipantImportInput,
  type TParticipantImportPreview,
  type TParticipantImportResult,
} from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { leadReportQueryKeys } from './lead-report-query-keys.ts';

const url = (interventionId: string, preview: boolean) =>
  `/interventions/${encodeURIComponent(interventionId)}/participants/import${preview ? '/preview' : ''}`;

/** POST …/participants/import/preview: what the file holds, errors per row; nothing saved. */
export function previewParticipantImport(variables: {
  interventionId: string;
  input: TParticipantImportInput;
}): Promise<TParticipantImportPreview> {
  return apiRequest(url(variables.interventionId, true), {
    method: 'POST',
    body: variables.input,
    schema: ZParticipantImportPreview,
  });
}

/** POST …/participants/import: saves a valid file's months in one go. */
export function saveParticipantImport(variables: {
  interventionId: string;
  input: TParticipantImportInput;
}): Promise<TParticipantImportResult> {
  return apiRequest(url(variables.interventionId, false), {
    method: 'POST',
    body: variables.input,
    schema: ZParticipantImportResult,
  });
}

export function usePreviewParticipantImport() {
  return useMutation({ mutationFn: previewParticipantImport });
}

export function useSaveParticipantImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveParticipantImport,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: leadReportQueryKeys.all }),
  });
}
