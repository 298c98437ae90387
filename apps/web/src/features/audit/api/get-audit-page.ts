import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { ZAuditPage, type TAuditPage } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';

/** The search as the office typed it; empty fields are left out of the request. */
export interface TAuditSearch {
  who?: string;
  entity?: string;
  q?: string;
  from?: string;
  to?: string;
  page: number;
}

export const auditQueryKeys = {
  all: ['audit'] as const,
  search: (search: TAuditSearch) => [...auditQueryKeys.all, search] as const,
};

/** GET /api/audit: one page of the förbund's audit trail, newest first. */
export function getAuditPage(search: TAuditSearch, signal?: AbortSignal): Promise<TAuditPage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  params.set('pageSize', '25');
  return apiRequest(`/audit?${params.toString()}`, { schema: ZAuditPage, signal });
}

export const auditPageQueryOptions = (search: TAuditSearch) =>
  queryOptions({
    queryKey: auditQueryKeys.search(search),
    queryFn: ({ signal }) => getAuditPage(search, signal),
    placeholderData: keepPreviousData,
  });

export function useAuditPage(search: TAuditSearch) {
  return useQuery(auditPageQueryOptions(search));
}
