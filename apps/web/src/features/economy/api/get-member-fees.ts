import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZMemberFeeYear, type TMemberFeeYear } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { economyQueryKeys } from './economy-query-keys.ts';

/** GET /api/member-fees/:year: members with populations, and the year's fees once decided. */
export function getMemberFees(year: number, signal?: AbortSignal): Promise<TMemberFeeYear> {
  return apiRequest(`/member-fees/${year}`, { schema: ZMemberFeeYear, signal });
}

export const memberFeesQueryOptions = (year: number) =>
  queryOptions({
    queryKey: economyQueryKeys.memberFees(year),
    queryFn: ({ signal }) => getMemberFees(year, signal),
  });

export function useMemberFees(year: number) {
  return useQuery(memberFeesQueryOptions(year));
}
