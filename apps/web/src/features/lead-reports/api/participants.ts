import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ZParticipantPeriod,
  type TParticipantCountsInput,
  type TParticipantPeriod,
} from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { leadReportQueryKeys } from './lead-report-query-keys.ts';

const url = (interventionId: string, period: string) =>
  `/interventions/${encodeURIComponent(interventionId)}/participants/${encodeURIComponent(period)}`;

/** GET /api/interventions/:id/participants/:period: a period's counts by K/M, version, warnings. */
export function getParticipantPeriod(
  interventionId: string,
  period: string,
  signal?: AbortSignal,
): Promise<TParticipantPeriod> {
  return apiRequest(url(interventionId, period), { schema: ZParticipantPeriod, signal });
}

export const participantPeriodQueryOptions = (interventionId: string, period: string) =>
  queryOptions({
    queryKey: leadReportQueryKeys.participants(interventionId, period),
    queryFn: ({ signal }) => getParticipantPeriod(interventionId, period, signal),
    refetchOnWindowFocus: false,
  });

export function useParticipantPeriod(interventionId: string, period: string) {
  return useQuery(participantPeriodQueryOptions(interventionId, period));
}

/** PUT /api/interventions/:id/participants/:period: the period's counts, at `input.version`. */
export function saveParticipantPeriod(variables: {
  interventionId: string;
  period: string;
  input: TParticipantCountsInput;
}): Promise<TParticipantPeriod> {
  return apiRequest(url(variables.interventionId, variables.period), {
    method: 'PUT',
    body: variables.input,
    schema: ZParticipantPeriod,
  });
}

export function useSaveParticipantPeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveParticipantPeriod,
    onSuccess: (period) =>
      queryClient.setQueryData(
        leadReportQueryKeys.participants(period.interventionId, period.period),
        period,
      ),
  });
}
