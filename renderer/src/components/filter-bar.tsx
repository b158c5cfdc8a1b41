/**
 * The global filter bar (年度 / 区县 / 执法机关 / 执法领域) from `filterOptions()`. Agencies narrow to the
 * chosen division and sector so the lists stay short; every page reads the same filter.
 */
import { Select, Space } from 'antd';
import { zh } from '../i18n/zh-CN.ts';
import { useAppState } from '../state/app-state.tsx';

function opts(values: string[]) {
  return values.map((v) => ({ value: v, label: v }));
}

export function FilterBar() {
  const { options, filter, routeFilter, setFilter } = useAppState();
  const years = options?.years ?? [];
  const agencies = (options?.agencies ?? []).filter(
    (a) => (!routeFilter.division || a.division === routeFilter.division) && (!routeFilter.sector || a.sector === routeFilter.sector),
  );
  // A chosen agency outside a newly chosen division / sector would filter everything away: drop it.
  const keepAgency = (patch: { division?: string | null; sector?: string | null }) => {
    const a = options?.agencies.find((x) => x.name === routeFilter.agency);
    if (!a) return {};
    const d = 'division' in patch ? patch.division : routeFilter.division;
    const s = 'sector' in patch ? patch.sector : routeFilter.sector;
    return (d && a.division !== d) || (s && a.sector !== s) ? { agency: null } : {};
  };
  const common = { showSearch: { optionFilterProp: 'label' }, allowClear: true, loading: !options, popupMatchSelectWidth: false } as const;
  return (
    <Space size={8} className="filter-bar" wrap={false}>
      <Select
        aria-label={zh.filter.year}
        data-filter="year"
        style={{ width: 104 }}
        value={filter?.year}
        placeholder={zh.filter.year}
        loading={!options}
        options={years.map((y) => ({ value: y, label: zh.filter.yearValue(y) }))}
        onChange={(y: number) => setFilter({ year: y })}
      />
      <Select
        {...common}
        aria-label={zh.filter.division}
        data-filter="division"
        style={{ width: 150 }}
        value={routeFilter.division ?? undefined}
        placeholder={zh.filter.allDivisions}
        options={opts((options?.divisions ?? []).map((d) => d.name))}
        onChange={(v?: string) => setFilter({ division: v ?? null, ...keepAgency({ division: v ?? null }) })}
      />
      <Select
        {...common}
        aria-label={zh.filter.agency}
        data-filter="agency"
        style={{ width: 236 }}
        value={routeFilter.agency ?? undefined}
        placeholder={zh.filter.allAgencies}
        options={opts(agencies.map((a) => a.name))}
        onChange={(v?: string) => setFilter({ agency: v ?? null })}
      />
      <Select
        {...common}
        aria-label={zh.filter.sector}
        data-filter="sector"
        style={{ width: 150 }}
        value={routeFilter.sector ?? undefined}
        placeholder={zh.filter.allSectors}
        options={opts(options?.sectors ?? [])}
        onChange={(v?: string) => setFilter({ sector: v ?? null, ...keepAgency({ sector: v ?? null }) })}
      />
    </Space>
  );
}
