/** Runs one analysis for the global filter; refetches when the filter or the data change. */
import type { AnalysisName, AnalysisResponse } from '../../../analytics/contract.ts';
import { useAppState } from '../state/app-state.tsx';
import { useAsync, type AsyncState } from './use-async.ts';

export function useAnalysis(name: AnalysisName, scope?: 'complaints' | 'all'): AsyncState<AnalysisResponse> {
  const { api, filter, dataVersion } = useAppState();
  const key = filter ? JSON.stringify([name, filter, scope ?? null, dataVersion]) : null;
  return useAsync(key, () => api.analyze({ name, filter: filter!, ...(scope ? { scope } : {}) }));
}
