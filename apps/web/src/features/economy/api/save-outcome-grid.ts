import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZOutcomeGrid, type TOutcomeGrid, type TOutcomeGridSaveInput } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { economyQueryKeys } from './economy-query-keys.ts';

export interface TSaveOutcomeGridVariables {
  period: string;
  input: TOutcomeGridSaveInput;
}

/**
 * PUT /api/outcome-grids/:period (kansli): the changed rows as a whole; a 409 carries one field
 * error per row someone else saved in between ("body.rows.N.amountKronor").
 */
export function saveOutcomeGrid({
  period,
  input,
}: TSaveOutcomeGridVariables): Promise<TOutcomeGrid> {
  return apiRequest(`/outcome-grids/${encodeURIComponent(period)}`, {
    method: 'PUT',
    body: input,
    schema: ZOutcomeGrid,
  });
}

export function useSaveOutcomeGrid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveOutcomeGrid,
    onSuccess: (grid) => {
      queryClient.setQueryData(economyQueryKeys.outcomeGrid(grid.period), grid);
      // Dashboards and other grids of the year read these outcomes too.
      return queryClient.invalidateQueries({
        predicate: (query) =>
          query.queryKey[1] !== 'outcome-grid' || query.queryKey[2] !== grid.period,
      });
    },
  });
}
