import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZMemberFeeYear, type TMemberFeeCreateInput, type TMemberFeeYear } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { economyQueryKeys } from './economy-query-keys.ts';

export interface TCreateMemberFeesVariables {
  year: number;
  input: TMemberFeeCreateInput;
}

/** POST /api/member-fees/:year (kansli): decides the year's fees; a decided year answers 409. */
export function createMemberFees({
  year,
  input,
}: TCreateMemberFeesVariables): Promise<TMemberFeeYear> {
  return apiRequest(`/member-fees/${year}`, {
    method: 'POST',
    body: input,
    schema: ZMemberFeeYear,
  });
}

export function useCreateMemberFees() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMemberFees,
    onSuccess: (year) => queryClient.setQueryData(economyQueryKeys.memberFees(year.year), year),
  });
}
