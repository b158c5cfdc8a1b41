/**
 * App-wide state: the API, app and workspace info, filter options, and the route (page + global
 * filter). `dataVersion` bumps after an import or a batch deletion so every page refetches.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppInfo, FilterOptions, FilterSpec, WorkspaceInfo, WorkstationApi } from '../../../analytics/contract.ts';
import { getApi } from '../api/client.ts';
import { useHashRoute } from './use-hash-route.ts';
import { EMPTY_FILTER, type PageKey, type RouteFilter } from './route.ts';

export interface AppState {
  api: WorkstationApi;
  info: AppInfo | null;
  workspace: WorkspaceInfo | null;
  options: FilterOptions | null;
  /** Error loading the basics (shown instead of the page). */
  bootError: unknown;
  page: PageKey;
  /** The filter as chosen (year may be null before options arrive). */
  routeFilter: RouteFilter;
  /** The filter pages send: year resolved to the latest data year. Null until known. */
  filter: FilterSpec | null;
  navigate(page: PageKey): void;
  setFilter(patch: Partial<RouteFilter>): void;
  clearFilter(): void;
  /** Call after data changed (import, delete): reloads workspace info and options; pages refetch. */
  dataChanged(): void;
  dataVersion: number;
  /** True while the info and options of the current data version are still loading. */
  refreshing: boolean;
  /** No year with data, as the current info says: pages show the way to 数据导入 (never while refreshing). */
  noData: boolean;
}

const Ctx = createContext<AppState | null>(null);

export function useAppState(): AppState {
  const s = useContext(Ctx);
  if (!s) throw new Error('useAppState outside AppStateProvider');
  return s;
}

export function AppStateProvider({ children }: { children: ReactNode }) {
  const api = useMemo(() => getApi(), []);
  const [route, go] = useHashRoute();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [workspace, setWorkspace] = useState<WorkspaceInfo | null>(null);
  const [options, setOptions] = useState<FilterOptions | null>(null);
  const [bootError, setBootError] = useState<unknown>(null);
  const [dataVersion, setDataVersion] = useState(0);
  // The data version the info and options were loaded for: right after an import the old ones (no
  // year yet) would otherwise read as an empty workspace until the new ones arrive.
  const [loadedVersion, setLoadedVersion] = useState(-1);

  useEffect(() => {
    let live = true;
    Promise.all([api.appInfo(), api.currentWorkspace(), api.filterOptions()])
      .then(([i, w, o]) => {
        if (!live) return;
        setInfo(i);
        setWorkspace(w);
        setOptions(o);
        setLoadedVersion(dataVersion);
        setBootError(null);
      })
      .catch((e: unknown) => live && setBootError(e));
    return () => {
      live = false;
    };
  }, [api, dataVersion]);

  const latestYear = options?.years[0] ?? workspace?.years[0] ?? null;
  const rf = route.filter;
  const year = rf.year ?? latestYear;
  const filter = useMemo<FilterSpec | null>(
    () => (year === null ? null : { year, division: rf.division, agency: rf.agency, sector: rf.sector }),
    [year, rf.division, rf.agency, rf.sector],
  );

  const navigate = useCallback((page: PageKey) => go({ page, filter: route.filter }), [go, route.filter]);
  const setFilter = useCallback((patch: Partial<RouteFilter>) => go({ page: route.page, filter: { ...route.filter, ...patch } }, true), [go, route]);
  const clearFilter = useCallback(() => go({ page: route.page, filter: { ...EMPTY_FILTER, year: route.filter.year } }, true), [go, route]);
  const dataChanged = useCallback(() => setDataVersion((v) => v + 1), []);
  const refreshing = loadedVersion !== dataVersion;
  const noData = !refreshing && options !== null && filter === null;

  const state: AppState = {
    api, info, workspace, options, bootError, page: route.page, routeFilter: route.filter, filter,
    navigate, setFilter, clearFilter, dataChanged, dataVersion, refreshing, noData,
  };
  return <Ctx.Provider value={state}>{children}</Ctx.Provider>;
}
